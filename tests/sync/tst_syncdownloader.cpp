// Pulling the change feed in process (tests/sync/scriptedtransport.h), pages of five changes standing
// in for the platform's 5 000: a pull broken at page 2 or 3 resumes after its last whole page, a stall in
// the middle of a pull does not keep a redemption waiting, and cancelling a stalled pull abandons the
// request at once and keeps what was written. The stall is a scripted hang the test releases, so no case
// waits for a timeout; the only real wait is the pull's own group of at most Downloader::kGroupMs.
#include "sync/syncengine.h"
#include "tests/sync/fakescenario.h"

#include <QTest>
#include <atomic>
#include <thread>

using namespace o2o;
using namespace o2o::test;

namespace {

constexpr int kPage = 5;

QList<VoucherRecord> vouchers(const QString& prefix, int count) {
    QList<VoucherRecord> records;
    for (int i = 1; i <= count; ++i)
        records.append(voucherRecord(QStringLiteral("%1-%2").arg(prefix).arg(i)));
    return records;
}

FaultRule hangAfter(int pages) {
    FaultRule rule;
    rule.fault = Fault::Hang;
    rule.after = pages;
    return rule;
}

/**
 * A sync cycle on a thread of its own with its own connection, as the window's worker runs it. Whatever
 * the test does (a failed QCOMPARE returns early), the destructor ends the cycle: it cancels, releases
 * every hang and joins, so no thread outlives the test.
 */
class BackgroundCycle {
public:
    BackgroundCycle(FakePlatform& platform, const QString& dataDir)
        : m_platform(platform) {
        auto db = Database::open(dataDir);
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        m_db = std::move(*db);
        m_engine = std::make_unique<SyncEngine>(*m_db, m_clock, platform.factory());
        m_engine->setCancelFlag(&m_cancel);
        m_thread = std::thread([this] {
            m_completed = m_engine->runCycle().has_value();
            m_done = true;
        });
    }
    ~BackgroundCycle() {
        if (!m_thread.joinable())
            return;
        m_cancel = true;
        m_platform.transport().release();
        m_thread.join();
    }

    void cancel() { m_cancel = true; }
    bool done() const { return m_done; }
    /** Waits for the end of the cycle; whether it completed. */
    bool join() {
        m_thread.join();
        return m_completed;
    }

private:
    FakePlatform& m_platform;
    SystemClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SyncEngine> m_engine;
    std::atomic_bool m_cancel{false};
    std::atomic_bool m_done{false};
    std::atomic_bool m_completed{false};
    std::thread m_thread;
};

} // namespace

class TestSyncDownloader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // A pull of three pages broken at page 2 or 3 (the next page is fetched while one is written): the
    // whole pages before the break stay with their cursor, and the next cycle fetches only the rest.
    void aBrokenPullResumesAfterItsLastWholePage_data() {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<int>("pagesBefore");
        const QList<std::pair<const char*, Fault>> faults{{"reset_mid_response", Fault::ResetMidResponse},
                                                          {"truncated_json", Fault::TruncatedBody},
                                                          {"status_500", Fault::Status500}};
        for (const auto& [name, fault] : faults)
            for (int pagesBefore : {1, 2})
                QTest::addRow("%s page %d", name, pagesBefore + 1) << fault << pagesBefore;
    }
    void aBrokenPullResumesAfterItsLastWholePage() {
        QFETCH(Fault, fault);
        QFETCH(int, pagesBefore);
        constexpr int kVouchers = 2 * kPage + 2; // three pages
        FakePlatform platform;
        platform.setPageSize(kPage);
        platform.addVouchers(vouchers(QStringLiteral("BROKEN"), kVouchers));
        FakeTerminal t;
        FaultRule rule;
        rule.fault = fault;
        rule.after = pagesBefore;
        platform.transport().script(kGetChanges, rule);
        QVERIFY(!t.syncOnce(platform));
        QVERIFY(platform.transport().scriptUsedUp());
        const qint64 kept = t.cachedVouchers();
        // The vouchers came before the terminal's first pull: they fill the first pages exactly.
        QCOMPARE(kept, qint64(pagesBefore * kPage));

        const auto resumed = t.syncOnce(platform);
        QVERIFY2(resumed, resumed ? "" : qPrintable(resumed.error().message));
        QCOMPARE(resumed->download.pages, 3 - pagesBefore);
        QCOMPARE(kept + resumed->download.vouchers, qint64(kVouchers));
        QCOMPARE(t.cachedVouchers(), qint64(kVouchers));
    }

    // A platform that stalls in the middle of a big delta (on page 2, held until the test lets it go,
    // far longer than a redemption waits for the write lock) must not keep the cashier from redeeming:
    // the pages written so far are committed before the pull waits for the next.
    void aStalledPullDoesNotBlockRedemptions() {
        FakePlatform platform;
        platform.setPageSize(kPage);
        platform.transport().setTimeScale(1); // the page's real 60 s: the test releases it long before
        const VoucherRecord voucher = voucherRecord(QStringLiteral("STALL-REDEEM"));
        platform.addVouchers({voucher});
        FakeTerminal t;
        QVERIFY(t.syncOnce(platform)); // current: within its offline budget
        platform.addVouchers(vouchers(QStringLiteral("STALL"), 2 * kPage + 2));
        platform.transport().script(kGetChanges, hangAfter(1));

        BackgroundCycle pull(platform, t.dataDir());
        // Page 1 committed while page 2 is held back.
        QTRY_COMPARE_WITH_TIMEOUT(t.cachedVouchers(), qint64(1 + kPage), 10'000);
        QCOMPARE(platform.transport().hanging(), 1);

        const auto redeemed = t.redeem(voucher.code);
        QVERIFY2(redeemed, redeemed ? "" : qPrintable(redeemed.error().message));
        QVERIFY(redeemed->verdict.accepted());
        QCOMPARE(platform.transport().hanging(), 1); // the redemption did not wait for the stall to end
        QVERIFY(!pull.done());

        platform.transport().release();
        QVERIFY(pull.join());
        QCOMPARE(t.cachedVouchers(), qint64(1 + 2 * kPage + 2));
        QCOMPARE(t.pendingEvents(), 1); // the redemption goes up with the next cycle
        RedemptionService service(t.db(), t.clock());
        RedeemInput again;
        again.code = voucher.code;
        const auto check = service.check(again);
        QVERIFY(check);
        QCOMPARE(check->verdict.reason, Reason::AlreadyRedeemed);
    }

    // Shutting down in the middle of a stalled pull: the request in flight is abandoned, not waited out,
    // the pages already written stay, a cancelled request says nothing about the platform (still
    // online), and the next cycle goes on from there.
    void cancelDuringAStalledPullKeepsWhatWasWritten() {
        FakePlatform platform;
        platform.setPageSize(kPage);
        platform.transport().setTimeScale(1); // only the cancel may end the hang
        platform.addVouchers(vouchers(QStringLiteral("CANCEL"), 2 * kPage + 2));
        FakeTerminal t;
        platform.transport().script(kGetChanges, hangAfter(1));

        BackgroundCycle pull(platform, t.dataDir());
        QTRY_COMPARE_WITH_TIMEOUT(t.cachedVouchers(), qint64(kPage), 10'000);
        QCOMPARE(platform.transport().hanging(), 1);
        pull.cancel();
        // Abandoned at once: the hang looks at the flag every few milliseconds, as curl's progress
        // callback does, and the page's 60 s timeout is not scaled down here.
        QTRY_VERIFY_WITH_TIMEOUT(pull.done(), 2'000);
        QVERIFY(!pull.join());
        QCOMPARE(platform.transport().requests().constLast().outcome, QStringLiteral("cancelled"));
        QCOMPARE(t.cachedVouchers(), qint64(kPage));
        QCOMPARE(t.online(), true);

        const auto resumed = t.syncOnce(platform);
        QVERIFY(resumed);
        QCOMPARE(resumed->download.pages, 2);
        QCOMPARE(t.cachedVouchers(), qint64(2 * kPage + 2));
    }
};

QTEST_GUILESS_MAIN(TestSyncDownloader)
#include "tst_syncdownloader.moc"
