// Staff PINs (Argon2id), the lockout kept in the database, and the audit chain's tamper detection.
#include "store/auditlog.h"
#include "store/pinhash.h"
#include "store/staffstore.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace o2o;

namespace {
constexpr qint64 kNow = 1763467200000LL;

StaffMember member(const QString& id, StaffRole role = StaffRole::Cashier) {
    StaffMember m;
    m.id = id;
    m.name = id.toUpper();
    m.role = role;
    return m;
}
} // namespace

class TestStaff : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pinForm_data() {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("ok");
        QTest::newRow("4 digits") << "1234" << true;
        QTest::newRow("12 digits") << "123456789012" << true;
        QTest::newRow("3 digits") << "123" << false;
        QTest::newRow("13 digits") << "1234567890123" << false;
        QTest::newRow("letters") << "12a4" << false;
        QTest::newRow("Arabic-Indic digits") << QString::fromUtf8("١٢٣٤") << false;
    }
    void pinForm() {
        QFETCH(QString, pin);
        QFETCH(bool, ok);
        QCOMPARE(isWellFormedPin(pin), ok);
    }

    void hashIsSaltedArgon2id() {
        auto a = hashPin(QStringLiteral("1234"));
        auto b = hashPin(QStringLiteral("1234"));
        QVERIFY(a && b);
        QVERIFY(a->startsWith(QStringLiteral("$argon2id$v=19$m=19456,t=2,p=1$")));
        QVERIFY(*a != *b); // a fresh salt each time
        QVERIFY(pinMatches(*a, QStringLiteral("1234")));
        QVERIFY(!pinMatches(*a, QStringLiteral("1235")));
        QVERIFY(!pinMatches(QStringLiteral("garbage"), QStringLiteral("1234")));
    }

    void fiveWrongPinsLockForThirtyMinutes() {
        test::TempTerminal t;
        StaffStore staff(*t.db);
        QVERIFY(staff.add(member(QStringLiteral("ana")), QStringLiteral("1234"), QStringLiteral("local:test"),
                          kNow));
        for (int i = 1; i <= 4; ++i) {
            auto wrong = staff.checkPin(QStringLiteral("ana"), QStringLiteral("0000"), kNow + i);
            QCOMPARE(wrong->outcome, PinCheck::Outcome::WrongPin);
            QCOMPARE(wrong->attemptsLeft, 5 - i);
        }
        auto fifth = staff.checkPin(QStringLiteral("ana"), QStringLiteral("0000"), kNow + 5);
        QCOMPARE(fifth->outcome, PinCheck::Outcome::WrongPin);
        QCOMPARE(fifth->lockedUntilMs, kNow + 5 + StaffStore::kLockoutMs);
        // Locked: even the right PIN is refused, until the half hour is over.
        QCOMPARE(staff.checkPin(QStringLiteral("ana"), QStringLiteral("1234"), kNow + 60'000)->outcome,
                 PinCheck::Outcome::Locked);
        const qint64 after = kNow + 5 + StaffStore::kLockoutMs;
        QCOMPARE(staff.checkPin(QStringLiteral("ana"), QStringLiteral("1234"), after)->outcome,
                 PinCheck::Outcome::Accepted);
        QCOMPARE((*staff.find(QStringLiteral("ana")))->failedAttempts, 0);
    }

    // The attempt is counted and committed before the PIN is compared: an entry cut short (a crash, a
    // kill -9 during the hash) still counts, so restarting gives no guess back.
    void anAttemptCutShortStillCounts() {
        test::TempTerminal t;
        {
            StaffStore staff(*t.db);
            QVERIFY(staff.add(member(QStringLiteral("ana")), QStringLiteral("1234"),
                              QStringLiteral("local:test"), kNow));
            for (int i = 0; i < 5; ++i)
                QCOMPARE(staff.beginAttempt(QStringLiteral("ana"), kNow)->outcome,
                         PinCheck::Outcome::Accepted);
        }
        t.db.reset();
        auto reopened = Database::open(t.dataDir());
        QVERIFY(reopened);
        StaffStore staff(**reopened);
        QCOMPARE(staff.checkPin(QStringLiteral("ana"), QStringLiteral("1234"), kNow + 1)->outcome,
                 PinCheck::Outcome::Locked);
    }

    void unknownAndDisabled() {
        test::TempTerminal t;
        StaffStore staff(*t.db);
        QVERIFY(staff.add(member(QStringLiteral("ana")), QStringLiteral("1234"), QStringLiteral("local:test"),
                          kNow));
        QCOMPARE(staff.checkPin(QStringLiteral("bob"), QStringLiteral("1234"), kNow)->outcome,
                 PinCheck::Outcome::Unknown);
        QVERIFY(staff.disable(QStringLiteral("ana"), QStringLiteral("local:test"), kNow));
        QCOMPARE(staff.checkPin(QStringLiteral("ana"), QStringLiteral("1234"), kNow)->outcome,
                 PinCheck::Outcome::Disabled);
        QVERIFY(!staff.add(member(QStringLiteral("ana")), QStringLiteral("1234"),
                           QStringLiteral("local:test"), kNow));
    }

    void everyChangeIsAuditedAndChained() {
        test::TempTerminal t;
        StaffStore staff(*t.db);
        QVERIFY(staff.add(member(QStringLiteral("ana")), QStringLiteral("1234"), QStringLiteral("local:test"),
                          kNow));
        QVERIFY(staff.checkPin(QStringLiteral("ana"), QStringLiteral("9999"), kNow + 1));
        QVERIFY(staff.checkPin(QStringLiteral("ana"), QStringLiteral("1234"), kNow + 2));
        QVERIFY(staff.setPin(QStringLiteral("ana"), QStringLiteral("4321"), QStringLiteral("local:test"),
                             kNow + 3));
        auto entries = AuditLog(*t.db).entries();
        QStringList actions;
        for (const AuditEntry& e : *entries)
            actions.append(e.action);
        QCOMPARE(actions, (QStringList{"staff_add", "wrong_pin", "sign_in", "staff_pin"}));
        for (qsizetype i = 1; i < entries->size(); ++i)
            QCOMPARE(entries->at(i).prevHash, entries->at(i - 1).hash);
        QVERIFY(AuditLog(*t.db).verify()->intact);
        // Each entry waits in the outbox as an audit event; no PIN in any of them.
        QCOMPARE(*t.db->connection().scalar("SELECT count(*) FROM outbox WHERE type = 'audit'"), 4);
        QCOMPARE(
            *t.db->connection().scalar("SELECT count(*) FROM outbox WHERE payload LIKE '%1234%' OR payload "
                                       "LIKE '%4321%' OR payload LIKE '%9999%'"),
            0);
    }

    // The chain's encoding is QJsonDocument's compact array, byte for byte, whatever the text holds: the
    // platform recomputes it (docs/protocol.md, "Audit").
    void canonicalFieldsAreCompactJson_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << "ana";
        QTest::newRow("quotes and backslashes") << "say \"hi\" \\ there";
        QTest::newRow("control characters") << QString::fromUtf8("a\b\f\n\r\t\x01\x1f\x7f z");
        QTest::newRow("Chinese and emoji") << QString::fromUtf8("收银员 王 🎉");
        QTest::newRow("slash and unicode line separator") << QString::fromUtf8("a/b \u2028 c");
        QTest::newRow("empty") << "";
    }
    void canonicalFieldsAreCompactJson() {
        QFETCH(QString, text);
        const QJsonArray fields{qint64(42), qint64(1763467200123), text, QStringLiteral("void"), text, text};
        QCOMPARE(AuditLog::canonicalFields(42, 1763467200123, text, QStringLiteral("void"), text, text),
                 QJsonDocument(fields).toJson(QJsonDocument::Compact));
    }

    // Each kind of rewrite of the local history is caught, naming the first entry that is wrong.
    void tamperingIsDetected_data() {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<qint64>("firstBad");
        QTest::newRow("modified") << QByteArray(
                                         "UPDATE audit_log SET detail = 'nothing happened' WHERE seq = 3")
                                  << 3LL;
        QTest::newRow("deleted") << QByteArray("DELETE FROM audit_log WHERE seq = 2") << 2LL;
        // A forged entry 5 (a copy of 4), the later ones renumbered to make room.
        QTest::newRow("inserted") << QByteArray(
                                         "UPDATE audit_log SET seq = -seq WHERE seq >= 5;"
                                         "UPDATE audit_log SET seq = 1 - seq WHERE seq < 0;"
                                         "INSERT INTO audit_log(seq, at_ms, actor, action, subject, detail, "
                                         "prev_hash, hash) SELECT 5, at_ms, actor, action, subject, detail, "
                                         "prev_hash, hash FROM audit_log WHERE seq = 4")
                                  << 5LL;
        QTest::newRow("reordered") << QByteArray("UPDATE audit_log SET seq = -1 WHERE seq = 2;"
                                                 "UPDATE audit_log SET seq = 2 WHERE seq = 3;"
                                                 "UPDATE audit_log SET seq = 3 WHERE seq = -1")
                                   << 2LL;
        QTest::newRow("last one changed")
            << QByteArray("UPDATE audit_log SET actor = 'max' WHERE seq = 6") << 6LL;
    }
    void tamperingIsDetected() {
        QFETCH(QByteArray, sql);
        QFETCH(qint64, firstBad);
        test::TempTerminal t;
        StaffStore staff(*t.db);
        QVERIFY(staff.add(member(QStringLiteral("ana")), QStringLiteral("1234"), QStringLiteral("local:test"),
                          kNow));
        for (int i = 1; i <= 5; ++i)
            QVERIFY(staff.checkPin(QStringLiteral("ana"),
                                   i % 2 ? QStringLiteral("0000") : QStringLiteral("1234"), kNow + i));
        QVERIFY(AuditLog(*t.db).verify()->intact);
        QCOMPARE(AuditLog(*t.db).verify()->entries, 6);
        QVERIFY(t.db->connection().exec(sql.constData()));
        auto check = AuditLog(*t.db).verify();
        QVERIFY(check);
        QVERIFY(!check->intact);
        QCOMPARE(check->firstBadSeq, firstBad);
    }
};

QTEST_GUILESS_MAIN(TestStaff)
#include "tst_staff.moc"
