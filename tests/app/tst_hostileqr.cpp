// Hostile QR payloads through the command line (docs/reliability.md, section 6): every payload of
// tests/fixtures/hostile-qr (oversized, not UTF-8, NUL and control characters, bidi overrides, SQL and
// shell text, URLs, Wi-Fi, vCards, other codes' prefixes with garbage) given to `o2o-terminal redeem`
// byte for byte (--code-file -, as a scanner hands it over) and as an argument is refused with its
// reason and a message, exits 1, prints nothing that could break a terminal line, and leaves the
// database exactly as it was: ledger, outbox, voucher cache, audit, every table. A valid code afterwards
// is accepted and does change it, so the comparison can fail.
#include "tests/support/databasedigest.h"
#include "tests/support/hostilepayloads.h"
#include "tests/support/testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace o2o;

namespace {

// The longest argument Linux passes (MAX_ARG_STRLEN is 128 KiB); NUL cannot be in one at all.
constexpr qsizetype kMaxArgumentBytes = 128 * 1024 - 1;
const QString kPwned = QStringLiteral("/tmp/o2o-hostile-pwned");

} // namespace

class TestHostileQr : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_validCode;
    int m_refused = 0;
    QElapsedTimer m_clock;

    test::ProcessResult run(const QStringList& args, const QByteArray& input = {}) {
        return test::runTerminal(m_dir.path(), args, input);
    }

private Q_SLOTS:
    void initTestCase() {
        m_clock.start();
        QFile::remove(kPwned);
        const auto demo = run({QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("--count"),
                               QStringLiteral("1"), QStringLiteral("--json")});
        QCOMPARE(demo.exitCode, 0);
        for (const QJsonValue v : demo.json().value(QStringLiteral("vouchers")).toArray())
            if (v.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("single_use"))
                m_validCode = v.toObject().value(QStringLiteral("code")).toString();
        QVERIFY(!m_validCode.isEmpty());
        QVERIFY(test::hostilePayloads().size() >= 40);
    }

    void refusedWithoutSideEffect_data() {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("file");
        for (const test::HostilePayload& p : test::hostilePayloads())
            QTest::newRow(qPrintable(p.file)) << p.bytes << p.reason << p.file;
    }
    void refusedWithoutSideEffect() {
        QFETCH(QByteArray, payload);
        QFETCH(QString, reason);
        QFETCH(QString, file);
        const test::DatabaseDigest before = test::databaseDigest(m_dir.path());
        QVERIFY(!before.rows.isEmpty());

        // Byte for byte on standard input, as a scanner delivers it.
        const auto json = run({QStringLiteral("redeem"), QStringLiteral("--code-file"), QStringLiteral("-"),
                               QStringLiteral("--json")},
                              payload);
        QCOMPARE(json.exitCode, 1);
        QCOMPARE(json.out.count('\n'), 1); // one JSON line, whatever the payload held
        const QJsonObject o = json.json();
        QCOMPARE(o.value(QStringLiteral("verdict")).toString(), QStringLiteral("refused"));
        QCOMPARE(o.value(QStringLiteral("reason")).toString(), reason);
        QVERIFY(!o.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY2(!test::hasUnsafeCharacters(QString::fromUtf8(json.out + json.err)), json.out.constData());

        // As an argument, as a script would pass it (what an argument can carry), in words for people.
        const bool argument = !payload.contains('\0') && payload.size() <= kMaxArgumentBytes;
        const auto text =
            argument ? run({QStringLiteral("redeem"), QStringLiteral("--"), QString::fromUtf8(payload)})
                     : run({QStringLiteral("redeem"), QStringLiteral("--code-file"),
                            QStringLiteral(O2O_HOSTILE_QR_DIR "/") + file});
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.out.startsWith("REFUSED (" + reason.toUtf8() + "): "), text.out.constData());
        QVERIFY2(!test::hasUnsafeCharacters(QString::fromUtf8(text.out + text.err)), text.out.constData());
        // Nothing of a long payload is echoed back.
        QVERIFY(text.out.size() < 400 && json.out.size() < 1000);

        const test::DatabaseDigest after = test::databaseDigest(m_dir.path());
        QVERIFY2(after == before, qPrintable(before.describe() + QStringLiteral(" -> ") + after.describe()));
        QVERIFY(!QFile::exists(kPwned));
        ++m_refused;
    }

    // The terminal still works, and the digest sees a write: the comparison above can fail.
    void validCodeAfterwardsIsAccepted() {
        const test::DatabaseDigest before = test::databaseDigest(m_dir.path());
        const auto r = run({QStringLiteral("redeem"), QStringLiteral("--code-file"), QStringLiteral("-"),
                            QStringLiteral("--json")},
                           m_validCode.toUtf8() + "\r\n"); // a scanner's suffix
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("verdict")).toString(), QStringLiteral("accepted"));
        const test::DatabaseDigest after = test::databaseDigest(m_dir.path());
        QVERIFY(after.sha256 != before.sha256);
        QCOMPARE(after.rows.value(QStringLiteral("redemptions")),
                 before.rows.value(QStringLiteral("redemptions")) + 1);
        QCOMPARE(after.rows.value(QStringLiteral("outbox")), before.rows.value(QStringLiteral("outbox")) + 1);
        qInfo("hostile QR through the CLI: %d payloads refused with their reason and no side effect, "
              "a valid code accepted afterwards, %.1f s",
              m_refused, double(m_clock.elapsed()) / 1000);
    }

    void usage() {
        // A code and --code-file at once is a usage error, not a verdict.
        const auto r = run({QStringLiteral("redeem"), QStringLiteral("X"), QStringLiteral("--code-file"),
                            QStringLiteral("-")});
        QCOMPARE(r.exitCode, 2);
        const auto missing = run({QStringLiteral("redeem"), QStringLiteral("--code-file"),
                                  m_dir.filePath(QStringLiteral("no-such-file"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("cannot read"));
    }
};

QTEST_GUILESS_MAIN(TestHostileQr)
#include "tst_hostileqr.moc"
