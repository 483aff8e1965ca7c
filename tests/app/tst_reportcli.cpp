// report and close-day through the o2o-terminal binary: JSON totals, the CSV parsed back (RFC 4180, UTF-8
// with BOM), the PDF's text read back with pdftotext (English labels, Chinese names), close-day's refusal,
// override and the lock it puts on the day's voids.
#include "store/redemptionservice.h"
#include "store/salestore.h"
#include "store/staffstore.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QProcess>
#include <QTest>

using namespace o2o;

namespace {
const QTimeZone kParis("Europe/Paris");
const QDate kDay(2025, 11, 18);

qint64 at(int h, int m) {
    return QDateTime(kDay, QTime(h, m), kParis).toMSecsSinceEpoch();
}

// RFC 4180: fields separated by commas, records by CRLF, quoted fields may hold both, "" is a quote.
QList<QStringList> parseCsv(const QString& text, bool* ok) {
    QList<QStringList> records(1);
    const auto next = [&](qsizetype i) { return i + 1 < text.size() ? text.at(i + 1) : QChar(); };
    QString field;
    bool quoted = false;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && next(i) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
        } else if (c == u',') {
            records.last().append(field);
            field.clear();
        } else if (c == u'\r' && next(i) == u'\n') {
            records.last().append(field);
            field.clear();
            records.append(QStringList());
            ++i;
        } else if (c == u'\n' || c == u'"') {
            *ok = false; // a bare LF or a stray quote: not RFC 4180
        } else {
            field += c;
        }
    }
    if (records.last().isEmpty() && field.isEmpty())
        records.removeLast();
    return records;
}
} // namespace

class TestReportCli : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TempTerminal> m_terminal;
    QString m_dumplingsId;

    test::ProcessResult run(const QStringList& args, const QByteArray& input = {}) {
        return test::runTerminal(m_terminal->dataDir(), args, input);
    }

private Q_SLOTS:
    void initTestCase() {
        qputenv("TZ", "Europe/Paris"); // the terminal's time zone, for the processes started below
    }

    void init() {
        m_terminal = std::make_unique<test::TempTerminal>();
        VoucherRecord deal = test::voucherRecord(QStringLiteral("DEAL1"));
        deal.voucher.description = QStringLiteral("Lunch deal");
        VoucherRecord dumplings = test::voucherRecord(QStringLiteral("DUMP"));
        dumplings.voucher.faceValueMinor = 800;
        dumplings.voucher.description = QStringLiteral("Dumplings, \"big\" 饺子");
        m_terminal->add({deal, dumplings}, QStringLiteral("上海店"));
        FixedClock clock(at(8, 0), kParis);
        StaffStore staff(*m_terminal->db);
        for (const auto& [id, name, role, pin] : {std::tuple{"ana", "安娜", StaffRole::Cashier, "1111"},
                                                  std::tuple{"max", "Max", StaffRole::Manager, "9999"}}) {
            StaffMember m;
            m.id = QString::fromLatin1(id);
            m.name = QString::fromUtf8(name);
            m.role = role;
            QVERIFY(staff.add(m, QString::fromLatin1(pin), QStringLiteral("local:test"), clock.nowMsecs()));
        }
        for (const auto& [code, time] : {std::pair{"DEAL1", at(9, 10)}, std::pair{"DUMP", at(14, 45)}}) {
            clock.setMsecs(time);
            RedeemInput in;
            in.code = QString::fromLatin1(code);
            in.cashier = QStringLiteral("ana");
            auto r = RedemptionService(*m_terminal->db, clock).redeem(in);
            QVERIFY(r && r->verdict.accepted());
            m_dumplingsId = r->redemptionId;
        }
        Sale sale;
        sale.id = QStringLiteral("sale-1");
        sale.cashier = QStringLiteral("ana");
        sale.atMs = sale.wallMs = at(11, 0);
        sale.currency = QStringLiteral("EUR");
        sale.subtotalMinor = sale.totalMinor = 2500;
        sale.payments = QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("card")},
                                               {QStringLiteral("amount"), 2500}}};
        sql::Transaction transaction(m_terminal->db->connection());
        QVERIFY(transaction.begin());
        QVERIFY(SaleStore(*m_terminal->db).record(sale));
        QVERIFY(transaction.commit());
    }

    void jsonTotals() {
        const test::ProcessResult r =
            run({QStringLiteral("report"), QStringLiteral("--date"), QStringLiteral("2025-11-18")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject totals = r.json().value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("redemptions")).toInt(), 2);
        QCOMPARE(totals.value(QStringLiteral("redemptions_value")).toString(), QStringLiteral("18.00"));
        QCOMPARE(totals.value(QStringLiteral("sales")).toInt(), 1);
        QCOMPARE(totals.value(QStringLiteral("sales_amount")).toString(), QStringLiteral("25.00"));
        QCOMPARE(totals.value(QStringLiteral("voids")).toInt(), 0);
        QVERIFY(totals.value(QStringLiteral("pending_events")).toInt() > 0);
        QCOMPARE(r.json().value(QStringLiteral("time_zone")).toString(), QStringLiteral("Europe/Paris"));
        // The day before and a range.
        QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--date"), QStringLiteral("2025-11-17")})
                     .json()
                     .value(QStringLiteral("totals"))
                     .toObject()
                     .value(QStringLiteral("redemptions"))
                     .toInt(),
                 0);
        const QJsonObject range =
            run({QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2025-11-17"),
                 QStringLiteral("--to"), QStringLiteral("2025-11-19")})
                .json();
        QCOMPARE(range.value(QStringLiteral("by_day")).toArray().size(), 3);
        QCOMPARE(
            range.value(QStringLiteral("totals")).toObject().value(QStringLiteral("redemptions")).toInt(), 2);
        QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--date"), QStringLiteral("2025-11-18"),
                      QStringLiteral("--from"), QStringLiteral("2025-11-17")})
                     .exitCode,
                 2);
        QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("pdf")}).exitCode,
                 2);
    }

    void csvParsesBack() {
        const QString out = m_terminal->dataDir() + QStringLiteral("/day.csv");
        QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--date"), QStringLiteral("2025-11-18"),
                      QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out})
                     .exitCode,
                 0);
        const QByteArray bytes = test::fileBytes(out);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        bool ok = false;
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)), &ok);
        QVERIFY(ok);
        QCOMPARE(rows.first().first(), QStringLiteral("section"));
        QHash<QString, QStringList> byKey;
        for (const QStringList& row : rows) {
            QCOMPARE(row.size(), rows.first().size());
            byKey.insert(row.at(0) + u'/' + row.at(1), row);
        }
        const QStringList total = byKey.value(QStringLiteral("total/all"));
        QCOMPARE(total.mid(3, 6),
                 (QStringList{QStringLiteral("2"), QStringLiteral("18.00"), QStringLiteral("2"),
                              QStringLiteral("1"), QStringLiteral("25.00"), QStringLiteral("0")}));
        QCOMPARE(byKey.value(QStringLiteral("info/store")).value(2), QStringLiteral("上海店"));
        QCOMPARE(byKey.value(QStringLiteral("cashier/ana")).value(2), QStringLiteral("安娜"));
        QCOMPARE(byKey.value(QStringLiteral("deal/Dumplings, \"big\" 饺子")).value(4),
                 QStringLiteral("8.00"));
        QCOMPARE(byKey.value(QStringLiteral("hour/14")).value(3), QStringLiteral("1"));
    }

    void pdfReadsBack_data() {
        QTest::addColumn<QString>("text");
        for (const char* text :
             {"Day report · 2025-11-18", "Store 上海店", "Totals", "Redemptions (voids excluded)", "18.00",
              "25.00", "By hour", "安娜", "饺子", "Events waiting to upload",
              "Conflicts reported by the platform", "Page 1 of"})
            QTest::newRow(text) << QString::fromUtf8(text);
    }
    void pdfReadsBack() {
        QFETCH(QString, text);
        const QString out = m_terminal->dataDir() + QStringLiteral("/day.pdf");
        QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--date"), QStringLiteral("2025-11-18"),
                      QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), out})
                     .exitCode,
                 0);
        QVERIFY(test::fileBytes(out).startsWith("%PDF"));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"),
                        {QStringLiteral("-enc"), QStringLiteral("UTF-8"), out, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(30000));
        QCOMPARE(pdftotext.exitCode(), 0);
        const QString pdfText = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(pdfText.contains(text), qPrintable(pdfText.left(600)));
    }

    void closeDayRefusedThenOverriddenThenLocked() {
        const QStringList close{QStringLiteral("close-day"),  QStringLiteral("--date"),
                                QStringLiteral("2025-11-18"), QStringLiteral("--by"),
                                QStringLiteral("max"),        QStringLiteral("--json")};
        test::ProcessResult r = run(close, "9999\n");
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().value(QStringLiteral("reason")).toString(), QStringLiteral("pending_events"));
        QVERIFY(r.json().value(QStringLiteral("pending_events")).toInt() > 0);
        r = run(close + QStringList{QStringLiteral("--override-reason"), QStringLiteral("router broken")},
                "9999\n");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("verdict")).toString(), QStringLiteral("closed"));
        QCOMPARE(r.json().value(QStringLiteral("report_sha256")).toString().size(), 64);
        QCOMPARE(r.json()
                     .value(QStringLiteral("totals"))
                     .toObject()
                     .value(QStringLiteral("sales_amount"))
                     .toString(),
                 QStringLiteral("25.00"));
        r = run(close + QStringList{QStringLiteral("--override-reason"), QStringLiteral("again")}, "9999\n");
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().value(QStringLiteral("reason")).toString(), QStringLiteral("already_closed"));
        r = run({QStringLiteral("void"), m_dumplingsId, QStringLiteral("--reason"), QStringLiteral("late"),
                 QStringLiteral("--by"), QStringLiteral("max"), QStringLiteral("--json")},
                "9999\n");
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().value(QStringLiteral("reason")).toString(), QStringLiteral("day_closed"));
        r = run({QStringLiteral("close-day"), QStringLiteral("--date"), QStringLiteral("2025-11-17"),
                 QStringLiteral("--by"), QStringLiteral("ana"), QStringLiteral("--override-reason"),
                 QStringLiteral("x"), QStringLiteral("--json")},
                "1111\n");
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().value(QStringLiteral("reason")).toString(), QStringLiteral("not_permitted"));
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
