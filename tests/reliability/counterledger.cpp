#include "tests/reliability/counterledger.h"

#include "tests/reliability/counterfixture.h"

namespace o2o::test {

void Acknowledged::addOutput(const QByteArray& output) {
    QList<QByteArray> lines = output.split('\n');
    lines.removeLast(); // after the last newline: empty, or a line the kill cut short
    for (const QByteArray& line : lines) {
        const QStringList fields = QString::fromLatin1(line).split(u' ');
        auto insertOnce = [this](QSet<QString>& set, const QString& id) {
            if (set.contains(id))
                repeated.append(id);
            set.insert(id);
        };
        if (fields.first() == u"R" && fields.size() == 2) {
            insertOnce(redemptions, fields.at(1));
        } else if (fields.first() == u"S" && fields.size() >= 2) {
            insertOnce(sales, fields.at(1));
            for (qsizetype i = 2; i < fields.size(); ++i)
                insertOnce(redemptions, fields.at(i));
        } else if (fields.first() == u"V" && fields.size() == 3) {
            if (voids.contains(fields.at(1)))
                repeated.append(fields.at(1));
            voids.insert(fields.at(1), fields.at(2));
        } else {
            ++refusals;
        }
    }
}

namespace {

// Each id of query's first column exists once in the table the query reads.
void expectEach(Database& db, const QSet<QString>& ids, const char* sql, const QString& what,
                QStringList& violations) {
    auto count = db.connection().prepare(sql);
    for (const QString& id : ids) {
        count->bind(1, id);
        if (count->step() != sql::kRow || count->int64(0) != 1)
            violations.append(QStringLiteral("acknowledged %1 %2 is not in the database once").arg(what, id));
        count->reset();
    }
}

qint64 scalar(Database& db, const QByteArray& sql) {
    auto value = db.connection().scalar(sql.constData());
    return value ? *value : -1;
}

// Every voucher's uses and balance replayed from its starting values and the ledger.
void replayVouchers(Database& db, QStringList& violations) {
    auto rows = db.connection().prepare(
        "SELECT v.voucher_id, v.kind, v.uses_total, v.uses_left, v.face_value, v.balance, "
        "  (SELECT coalesce(sum(r.uses), 0) FROM redemptions r WHERE r.voucher_id = v.voucher_id "
        "     AND r.id NOT IN (SELECT target_id FROM voids) "
        "     AND r.sale_id NOT IN (SELECT target_id FROM voids)), "
        "  (SELECT coalesce(sum(r.amount), 0) FROM redemptions r WHERE r.voucher_id = v.voucher_id "
        "     AND r.id NOT IN (SELECT target_id FROM voids) "
        "     AND r.sale_id NOT IN (SELECT target_id FROM voids)) "
        "FROM vouchers v");
    while (rows->step() == sql::kRow) {
        const QString kind = rows->text(1);
        const qint64 usesTotal = rows->int64(2), usesLeft = rows->int64(3);
        const qint64 face = rows->int64(4), balance = rows->int64(5);
        const qint64 usesTaken = rows->int64(6), amountTaken = rows->int64(7);
        if (kind == u"stored_value" ? balance != face - amountTaken || balance < 0
                                    : usesLeft != usesTotal - usesTaken || usesLeft < 0)
            violations.append(
                QStringLiteral("voucher %1 (%2): uses %3 of %4, balance %5 of %6, but the ledger "
                               "took %7 uses and %8")
                    .arg(rows->text(0), kind)
                    .arg(usesLeft)
                    .arg(usesTotal)
                    .arg(balance)
                    .arg(face)
                    .arg(usesTaken)
                    .arg(amountTaken));
    }
}

} // namespace

QStringList counterLedgerViolations(Database& db, const Acknowledged& acknowledged) {
    QStringList violations;
    for (const QString& id : acknowledged.repeated)
        violations.append(QStringLiteral("%1 was acknowledged twice").arg(id));
    auto integrity = db.connection().prepare("PRAGMA integrity_check");
    if (integrity->step() != sql::kRow || integrity->text(0) != u"ok")
        violations.append(QStringLiteral("integrity_check: ") + integrity->text(0));
    integrity->reset();
    expectEach(db, acknowledged.redemptions, "SELECT count(*) FROM redemptions WHERE id = ?1",
               QStringLiteral("redemption"), violations);
    expectEach(db, acknowledged.sales, "SELECT count(*) FROM sales WHERE id = ?1", QStringLiteral("sale"),
               violations);
    expectEach(db, QSet<QString>(acknowledged.voids.keyBegin(), acknowledged.voids.keyEnd()),
               "SELECT count(*) FROM voids WHERE target_id = ?1", QStringLiteral("void of"), violations);
    for (auto it = acknowledged.voids.begin(); it != acknowledged.voids.end(); ++it) {
        auto match = db.connection().prepare("SELECT count(*) FROM voids WHERE target_id = ?1 AND id = ?2");
        match->bind(1, it.key()).bind(2, it.value());
        if (match->step() != sql::kRow || match->int64(0) != 1)
            violations.append(
                QStringLiteral("void %1 of %2 is not the one recorded").arg(it.value(), it.key()));
    }
    // The outbox holds exactly the events of the ledger: each once, none without its row.
    if (const qint64 duplicated = scalar(
            db, "SELECT count(*) FROM (SELECT event_id FROM outbox GROUP BY event_id HAVING count(*) > 1)");
        duplicated != 0)
        violations.append(QStringLiteral("%1 outbox events are queued more than once").arg(duplicated));
    const char* ledgerEvents = "SELECT event_id FROM redemptions UNION "
                               "SELECT event_id FROM sales UNION SELECT event_id FROM voids";
    if (const qint64 missing = scalar(db, QByteArray("SELECT count(*) FROM (") + ledgerEvents +
                                              ") WHERE event_id NOT IN (SELECT event_id FROM outbox)");
        missing != 0)
        violations.append(QStringLiteral("%1 ledger entries have no outbox event").arg(missing));
    if (const qint64 orphans =
            scalar(db, QByteArray("SELECT count(*) FROM outbox WHERE type <> 'audit' AND event_id NOT IN (") +
                           ledgerEvents + ")");
        orphans != 0)
        violations.append(QStringLiteral("%1 outbox events belong to no ledger entry").arg(orphans));
    // The audit log (a void's entry) travels as events too: one per entry.
    if (const qint64 audit = scalar(db, "SELECT count(*) FROM audit_log"),
        queued = scalar(db, "SELECT count(*) FROM outbox WHERE type = 'audit'");
        audit != queued)
        violations.append(QStringLiteral("%1 audit entries but %2 audit events").arg(audit).arg(queued));
    replayVouchers(db, violations);
    return violations;
}

} // namespace o2o::test
