// The session behind the sign-in pad, on a real database: the lockout's countdown on an injected clock, and
// the automatic sign-out after the idle time, which a key, touch or scan starts again.
#include "store/staffstore.h"
#include "tests/support/testsupport.h"
#include "ui/databasethread.h"
#include "ui/sessioncontroller.h"

#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>

using namespace o2o;

namespace {
constexpr qint64 kNow = 1763467200000LL;

void addMember(Database& db, const QString& id, StaffRole role, const QString& pin) {
    StaffMember m;
    m.id = id;
    m.name = id.toUpper();
    m.role = role;
    QVERIFY(StaffStore(db).add(m, pin, QStringLiteral("local:test"), kNow));
}

void enter(SessionController& s, const QString& pin) {
    for (const QChar c : pin)
        s.appendDigit(c.digitValue());
}
} // namespace

class TestSessionController : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TempTerminal> m_terminal;
    std::unique_ptr<DatabaseThread> m_database;
    std::unique_ptr<SessionController> m_session;

private Q_SLOTS:
    void init() {
        m_terminal = std::make_unique<test::TempTerminal>();
        addMember(*m_terminal->db, QStringLiteral("ana"), StaffRole::Cashier, QStringLiteral("1111"));
        addMember(*m_terminal->db, QStringLiteral("marco"), StaffRole::Manager, QStringLiteral("2222"));
        m_database = std::make_unique<DatabaseThread>(m_terminal->dataDir());
        m_session = std::make_unique<SessionController>(m_database.get());
        QTRY_VERIFY(m_session->ready());
        QVERIFY(!m_session->open());
        QVERIFY(m_session->gated());
    }
    void cleanup() {
        m_session.reset();
        m_database.reset();
        m_terminal.reset();
    }

    void rolesOpenWhatTheyList() {
        SessionController& s = *m_session;
        QVERIFY(!s.mayOpen({QStringLiteral("cashier")}));
        s.signIn(QStringLiteral("ana"), QStringLiteral("1111"));
        QTRY_VERIFY(s.signedIn());
        QCOMPARE(s.role(), QStringLiteral("cashier"));
        QCOMPARE(s.actor(), QStringLiteral("ana"));
        QVERIFY(s.mayOpen({QStringLiteral("cashier"), QStringLiteral("manager")}));
        QVERIFY(!s.mayOpen({QStringLiteral("manager"), QStringLiteral("installer")}));
    }

    void lockoutCountsDownOnTheClock() {
        FixedClock clock(kNow);
        SessionController& s = *m_session;
        s.setClock(&clock);
        s.select(QStringLiteral("ana"));
        for (int i = 0; i < StaffStore::kLockoutAttempts; ++i) {
            enter(s, QStringLiteral("9999"));
            s.submit();
            QTRY_VERIFY(!s.busy());
        }
        QCOMPARE(s.error(), SessionController::Locked);
        QCOMPARE(s.lockedUntilMs(), kNow + StaffStore::kLockoutMs);
        QCOMPARE(s.secondsLeft(), 30 * 60);
        clock.advanceSecs(61);
        QCOMPARE(s.secondsLeft(), 30 * 60 - 61);
        // Locked: digits are refused, so even the right PIN cannot be tried.
        enter(s, QStringLiteral("1111"));
        QCOMPARE(s.pinLength(), 0);
        // When the time is up the pad opens again by itself, and the right PIN signs in.
        clock.advanceSecs(30 * 60);
        QTRY_COMPARE_WITH_TIMEOUT(s.error(), SessionController::NoError, 3000);
        QCOMPARE(s.secondsLeft(), 0);
        s.select(QStringLiteral("ana"));
        enter(s, QStringLiteral("1111"));
        s.submit();
        QTRY_VERIFY(s.signedIn());
    }

    void idleTimeSignsOut() {
        SessionController& s = *m_session;
        QCOMPARE(s.idleSignOutMinutes(), 5); // the setting's default
        s.setIdleLimitMs(300);
        QSignalSpy signedOut(&s, &SessionController::signedOut);
        s.signIn(QStringLiteral("marco"), QStringLiteral("2222"));
        QTRY_VERIFY(s.signedIn());
        QTRY_COMPARE_WITH_TIMEOUT(signedOut.size(), 1, 3000);
        QCOMPARE(signedOut.first().first().toBool(), true);
        QVERIFY(!s.signedIn());
        QVERIFY(s.gated());
    }

    void activityStartsTheIdleTimeAgain() {
        SessionController& s = *m_session;
        QCOMPARE(s.idleRemainingMs(), -1); // signed out: nothing due
        s.setIdleLimitMs(60'000);
        s.signIn(QStringLiteral("marco"), QStringLiteral("2222"));
        QTRY_VERIFY(s.signedIn());
        QTRY_VERIFY(s.idleRemainingMs() < 59'700);
        // Any key or touch anywhere in the application (the session filters the application's events).
        QCoreApplication::instance()->installEventFilter(&s);
        QObject target;
        QKeyEvent key(QEvent::KeyPress, Qt::Key_5, Qt::NoModifier, QStringLiteral("5"));
        QCoreApplication::sendEvent(&target, &key);
        QVERIFY(s.idleRemainingMs() > 59'700);
        QTRY_VERIFY(s.idleRemainingMs() < 59'700);
        QCoreApplication::sendEvent(&target, &key);
        QVERIFY(s.idleRemainingMs() > 59'700);
        QCoreApplication::instance()->removeEventFilter(&s);
        s.setIdleLimitMs(0); // 0: never
        QCOMPARE(s.idleRemainingMs(), -1);
        QVERIFY(s.signedIn());
    }

    void heldScanComesWithTheSignIn() {
        SessionController& s = *m_session;
        QSignalSpy signedIn(&s, &SessionController::signedInWith);
        s.holdScan(QStringLiteral("O2O-AAAA-BBBB-CCCC"));
        s.holdScan(QStringLiteral("O2O-DDDD-EEEE-FFFF"));
        QCOMPARE(s.heldScans(), 2);
        QCOMPARE(s.heldScanTail(), QStringLiteral("FFFF"));
        s.signIn(QStringLiteral("ana"), QStringLiteral("1111"));
        QTRY_COMPARE(signedIn.size(), 1);
        QCOMPARE(signedIn.first().first().toString(), QStringLiteral("O2O-DDDD-EEEE-FFFF"));
        QCOMPARE(s.heldScans(), 0);
    }
};

QTEST_MAIN(TestSessionController)
#include "tst_sessioncontroller.moc"
