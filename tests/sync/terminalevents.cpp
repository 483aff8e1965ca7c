#include "tests/sync/terminalevents.h"

#include "store/outbox.h"
#include "store/syncstate.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace o2o::test {

namespace {

QString redemptionIdOf(const QByteArray& payload) {
    return QJsonDocument::fromJson(payload).object().value(QStringLiteral("redemption_id")).toString();
}

} // namespace

void readTerminalEvents(const QString& dataDir, TerminalEvents& out) {
    auto db = Database::open(dataDir);
    QVERIFY(db);
    auto queued = Outbox(**db).oldest(10'000);
    QVERIFY(queued);
    for (const OutboxEvent& e : *queued) {
        QVERIFY2(!out.pending.contains(e.eventId), qPrintable(e.eventId));
        out.pending.insert(e.eventId, redemptionIdOf(e.payload));
    }
    auto stmt = (*db)->connection().prepare(
        "SELECT event_id, status, first_status, payload FROM event_answers WHERE type != 'audit'");
    QVERIFY(stmt);
    while (stmt->step() == sql::kRow) {
        const QString id = stmt->text(0);
        out.answered.insert(id, redemptionIdOf(stmt->text(3).toUtf8()));
        out.answers.insert(id, stmt->text(1) == QStringLiteral("duplicate")
                                   ? QStringLiteral("duplicate of ") + stmt->text(2)
                                   : stmt->text(1));
    }
    auto state = SyncState::load(**db);
    QVERIFY(state);
    out.cursor = state->cursor;
}

} // namespace o2o::test
