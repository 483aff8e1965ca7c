// The database of every earlier schema version, as a terminal of that version made it
// (tests/fixtures/schema/vN.sql), opened by this o2o-terminal: migrated to the latest schema after a
// safety copy of the old one, every row of every table still there exactly once with the same values,
// integrity ok, the ledger readable, and the events that were waiting uploaded to the platform.
#include "core/money.h"
#include "store/backuprestore.h"
#include "store/migrations.h"
#include "store/safetycopy.h"
#include "store/sqlite.h"
#include "tests/support/testsupport.h"
#include "tests/sync/sandboxserver.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace o2o;
using test::ProcessResult;
using test::runTerminal;

namespace {

QString fixtureDir() {
    return QStringLiteral(O2O_SOURCE_DIR "/tests/fixtures/schema");
}

QString fixturePath(int version) {
    return QDir(fixtureDir()).filePath(QStringLiteral("v%1.sql").arg(version));
}

QByteArray fixtureText(int version) {
    QFile file(fixturePath(version));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** The version a fixture stamps with its closing `PRAGMA user_version = N;` (-1: none). */
int declaredVersion(const QByteArray& text) {
    static const QRegularExpression stamp(QStringLiteral("^PRAGMA user_version\\s*=\\s*(\\d+);"),
                                          QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = stamp.match(QString::fromUtf8(text));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

/** A line of the fixture's header, `-- NAME: VALUE` (empty: none). */
QString headerValue(const QByteArray& text, const QString& name) {
    const QRegularExpression line(QStringLiteral("^-- %1: (\\S+)$").arg(QRegularExpression::escape(name)),
                                  QRegularExpression::MultilineOption);
    return line.match(QString::fromUtf8(text)).captured(1);
}

/** A new database file made from a fixture's SQL text, as `sqlite3 FILE < vN.sql` would. */
bool load(const QByteArray& text, const QString& path) {
    sql::Connection c;
    if (!c.open(path, false))
        return false;
    auto r = c.exec(text.constData());
    if (!r)
        qWarning("loading the fixture failed: %s", qPrintable(r.error().message));
    return r.has_value();
}

QStringList column(sql::Connection& c, const QByteArray& query, const QString& bind = {}) {
    QStringList values;
    auto stmt = c.prepare(query.constData());
    if (!stmt)
        return values;
    if (!bind.isNull())
        stmt->bind(1, bind);
    while (stmt->step() == sql::kRow)
        values << stmt->text(0);
    return values;
}

QStringList tables(sql::Connection& c) {
    return column(c, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                     "ORDER BY name");
}

QStringList columns(sql::Connection& c, const QString& table) {
    return column(c, "SELECT name FROM pragma_table_info(?1) ORDER BY cid", table);
}

QByteArray quoted(const QString& name) {
    return '"' + name.toUtf8().replace('"', "\"\"") + '"';
}

/** Each row of table as the SQL literals of the named columns (blobs in hex), with how often it occurs. */
QMap<QString, int> rows(sql::Connection& c, const QString& table, const QStringList& names) {
    QByteArray select = "SELECT ";
    for (qsizetype i = 0; i < names.size(); ++i)
        select += (i ? " || ',' || quote(" : "quote(") + quoted(names[i]) + ')';
    select += " FROM " + quoted(table);
    QMap<QString, int> counted;
    for (const QString& row : column(c, select))
        ++counted[row];
    return counted;
}

/** Every table of a database by name, its rows as rows() gives them with the columns of `shape`. */
QMap<QString, QMap<QString, int>> contents(sql::Connection& c, sql::Connection& shape) {
    QMap<QString, QMap<QString, int>> all;
    for (const QString& table : tables(shape))
        all.insert(table, rows(c, table, columns(shape, table)));
    return all;
}

/** The first row whose count differs, for the failure message. */
QString difference(const QString& table, const QMap<QString, int>& before, const QMap<QString, int>& after) {
    for (auto row = before.cbegin(); row != before.cend(); ++row)
        if (after.value(row.key()) != row.value())
            return QStringLiteral("table %1: row (%2) %3 time(s) before the upgrade, %4 after")
                .arg(table, row.key())
                .arg(row.value())
                .arg(after.value(row.key()));
    for (auto row = after.cbegin(); row != after.cend(); ++row)
        if (!before.contains(row.key()))
            return QStringLiteral("table %1: row (%2) added by the upgrade").arg(table, row.key());
    return {};
}

qint64 scalar(sql::Connection& c, const char* query) {
    return c.scalar(query).value_or(-1);
}

} // namespace

class TestUpgradeFixtures : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // A new migration needs the fixture of the schema before it, made by that version's terminal while it
    // was the latest (README.md in tests/fixtures/schema): the control fixture of the current schema is it.
    void everySchemaVersionHasAFixture() {
        for (int version = 1; version <= latestSchemaVersion(); ++version) {
            const QByteArray text = fixtureText(version);
            QVERIFY2(!text.isEmpty(), qPrintable(QStringLiteral("schema %1 has no fixture %2: make it with "
                                                                "tests/fixtures/schema/make-fixture (see "
                                                                "README.md there) before adding a migration")
                                                     .arg(version)
                                                     .arg(fixturePath(version))));
            QCOMPARE(declaredVersion(text), version);
        }
        // A fixture from beyond this build's schema would be refused, not upgraded.
        QVERIFY(!QFile::exists(fixturePath(latestSchemaVersion() + 1)));
    }

    void upgrade_data() {
        QTest::addColumn<int>("version");
        for (int version = 1; version <= latestSchemaVersion(); ++version)
            QTest::newRow(qPrintable(QStringLiteral("v%1").arg(version))) << version;
    }

    void upgrade() {
        QFETCH(int, version);
        const QByteArray text = fixtureText(version);
        QVERIFY(!text.isEmpty());
        QTemporaryDir pristineDir;
        const QString pristinePath = pristineDir.filePath(QStringLiteral("fixture.db"));
        QVERIFY(load(text, pristinePath));
        sql::Connection pristine;
        QVERIFY(pristine.openReadOnly(pristinePath, true));
        QCOMPARE(scalar(pristine, "PRAGMA user_version"), qint64(version));
        const auto before = contents(pristine, pristine);
        QVERIFY(before.contains(QStringLiteral("vouchers")));
        QVERIFY2(!before.value(QStringLiteral("vouchers")).isEmpty(), "a fixture holds cached vouchers");

        QTemporaryDir dir;
        QVERIFY(load(text, dir.filePath(QStringLiteral("terminal.db"))));
        // The rest of the data directory the old terminal left: the key its cached vouchers are found by.
        QFile key(dir.filePath(QStringLiteral("code-hash.key")));
        QVERIFY(key.open(QIODevice::WriteOnly));
        QVERIFY(key.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const QByteArray keyBytes =
            QByteArray::fromHex(headerValue(text, QStringLiteral("code-hash.key")).toLatin1());
        QVERIFY(!keyBytes.isEmpty());
        QCOMPARE(key.write(keyBytes), keyBytes.size());
        key.close();

        // The first command of the new build migrates.
        const ProcessResult status =
            runTerminal(dir.path(), {QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(status.exitCode == 0, status.err.constData());
        QCOMPARE(status.json().value(QStringLiteral("schema_version")).toInt(), latestSchemaVersion());
        const qint64 waiting = version >= 2 ? scalar(pristine, "SELECT count(*) FROM outbox") : 0;
        QCOMPARE(status.json().value(QStringLiteral("pending_events")).toInteger(-1), waiting);

        sql::Connection upgraded;
        QVERIFY(upgraded.open(dir.filePath(QStringLiteral("terminal.db")), true));
        QCOMPARE(scalar(upgraded, "PRAGMA user_version"), qint64(latestSchemaVersion()));
        QCOMPARE(scalar(upgraded, "PRAGMA application_id"), scalar(pristine, "PRAGMA application_id"));
        QCOMPARE(*integrityCheck(upgraded), QStringList{QStringLiteral("ok")});

        // Every row the old version stored, with its values, as often as before (nothing added either).
        const auto after = contents(upgraded, pristine);
        for (auto table = before.cbegin(); table != before.cend(); ++table)
            QVERIFY2(after.value(table.key()) == table.value(),
                     qPrintable(difference(table.key(), table.value(), after.value(table.key()))));

        // The safety copy: the old database as it was, under DATA_DIR/backups, named by its schema.
        const QStringList copies = safetycopy::list(dir.path(), QStringLiteral("upgrade"));
        if (version == latestSchemaVersion()) {
            QVERIFY(copies.isEmpty()); // the control: nothing to migrate, nothing copied
        } else {
            QCOMPARE(copies.size(), 1);
            QCOMPARE(QFileInfo(copies.first()).absolutePath(),
                     QDir(safetycopy::directory(dir.path())).absolutePath());
            QVERIFY2(QFileInfo(copies.first())
                         .fileName()
                         .startsWith(QStringLiteral("terminal-schema%1-").arg(version)),
                     qPrintable(copies.first()));
            sql::Connection copy;
            QVERIFY(copy.openReadOnly(copies.first(), true));
            QCOMPARE(scalar(copy, "PRAGMA user_version"), qint64(version));
            QCOMPARE(*integrityCheck(copy), QStringList{QStringLiteral("ok")});
            QVERIFY(contents(copy, pristine) == before);
        }

        // The ledger command lists each redemption of the fixture once, with its uses and amount.
        QMap<QString, QStringList> expected; // id -> uses, amount, currency
        QSet<QString> days;
        {
            auto stmt = pristine.prepare("SELECT id, uses, amount, currency, at_ms FROM redemptions");
            if (version >= 2) {
                QVERIFY(stmt);
                while (stmt->step() == sql::kRow) {
                    expected.insert(stmt->text(0),
                                    {QString::number(stmt->int64(1)),
                                     Money(stmt->int64(2), stmt->text(3)).amountText(), stmt->text(3)});
                    days << QDateTime::fromMSecsSinceEpoch(stmt->int64(4)).date().toString(Qt::ISODate);
                }
                QVERIFY2(!expected.isEmpty(), "a fixture from schema 2 on holds redemptions");
            }
        }
        QMap<QString, QStringList> listed;
        for (const QString& day : days) {
            const ProcessResult ledger =
                runTerminal(dir.path(), {QStringLiteral("ledger"), QStringLiteral("--date"), day,
                                         QStringLiteral("--json")});
            QVERIFY2(ledger.exitCode == 0, ledger.err.constData());
            for (const QJsonValue e : ledger.json().value(QStringLiteral("redemptions")).toArray()) {
                const QString id = e[QStringLiteral("redemption_id")].toString();
                QVERIFY2(!listed.contains(id), qPrintable(id));
                listed.insert(id, {QString::number(e[QStringLiteral("uses")].toInt()),
                                   e[QStringLiteral("amount")].toString(),
                                   e[QStringLiteral("currency")].toString()});
            }
        }
        QCOMPARE(listed, expected);

        // The events that waited upload: each answered once by the platform, none left waiting.
        const QStringList events =
            version >= 2 ? column(pristine, "SELECT event_id FROM outbox ORDER BY seq") : QStringList();
        QCOMPARE(events.isEmpty(), version < 2);
        if (!events.isEmpty())
            uploads(dir.path(), events, upgraded);
        if (QTest::currentTestFailed())
            return;

        // The cache still finds codes by their keyed hash, and the ledger knows what was used.
        const QString unused = headerValue(text, QStringLiteral("unused code"));
        QVERIFY(!unused.isEmpty());
        const QJsonObject fresh =
            runTerminal(dir.path(), {QStringLiteral("check"), unused, QStringLiteral("--json")}).json();
        QCOMPARE(fresh.value(QStringLiteral("verdict")).toString(), QStringLiteral("accepted"));
        const QString used = headerValue(text, QStringLiteral("redeemed code"));
        QCOMPARE(used.isEmpty(), version < 2);
        if (!used.isEmpty()) {
            const QJsonObject again =
                runTerminal(dir.path(), {QStringLiteral("check"), used, QStringLiteral("--json")}).json();
            QCOMPARE(again.value(QStringLiteral("verdict")).toString(), QStringLiteral("refused"));
            QCOMPARE(again.value(QStringLiteral("reason")).toString(), QStringLiteral("already_redeemed"));
        }
    }

    void initTestCase() { QVERIFY(m_server.start()); }

private:
    // Enrolled with the sandbox, one sync cycle leaves nothing waiting: the platform holds each event that
    // waited in the old database once, and the terminal stored its answer.
    void uploads(const QString& dataDir, const QStringList& events, sql::Connection& upgraded) {
        const QString store = runTerminal(dataDir, {QStringLiteral("status"), QStringLiteral("--json")})
                                  .json()
                                  .value(QStringLiteral("store_id"))
                                  .toString();
        const QString pairing = m_server.pairingCode(store);
        QVERIFY(!pairing.isEmpty());
        const ProcessResult enroll =
            runTerminal(dataDir, {QStringLiteral("enroll"), QStringLiteral("--platform"), m_server.url(),
                                  QStringLiteral("--pairing-code"), pairing, QStringLiteral("--json")});
        QVERIFY2(enroll.exitCode == 0, enroll.err.constData());
        const ProcessResult sync = runTerminal(
            dataDir, {QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--json")});
        QVERIFY2(sync.exitCode == 0, sync.err.constData() + sync.out);
        QCOMPARE(runTerminal(dataDir, {QStringLiteral("status"), QStringLiteral("--json")})
                     .json()
                     .value(QStringLiteral("pending_events"))
                     .toInteger(-1),
                 0);
        QMap<QString, int> onPlatform;
        const ProcessResult platformLedger =
            m_server.admin({QStringLiteral("ledger"), QStringLiteral("--json")});
        for (const QJsonValue e : platformLedger.json().value(QStringLiteral("events")).toArray())
            ++onPlatform[e[QStringLiteral("event_id")].toString()];
        for (const QString& event : events) {
            QCOMPARE(onPlatform.value(event), 1);
            auto stmt = upgraded.prepare("SELECT count(*) FROM event_answers WHERE event_id = ?1");
            QVERIFY(stmt);
            stmt->bind(1, event);
            QCOMPARE(stmt->step(), sql::kRow);
            QCOMPARE(stmt->int64(0), 1);
        }
    }

    test::SandboxServer m_server;
};

QTEST_GUILESS_MAIN(TestUpgradeFixtures)
#include "tst_upgradefixtures.moc"
