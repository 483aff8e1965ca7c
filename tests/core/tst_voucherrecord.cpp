#include "core/voucherrecord.h"

#include <QJsonDocument>
#include <QTest>

using namespace o2o;

class TestVoucherRecord : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fullRecordRoundTrips() {
        const QByteArray line =
            R"({"code":"O2O-AAAA-BBBB-CCCC","id":"v-1","kind":"multi_use","status":"active",)"
            "\n"
            R"("description":"10 classes","currency":"EUR","face_value":1500,"uses_total":10,"uses_left":7,)"
            "\n"
            R"("valid_from":1763400000,"valid_until":1795000000,"stores":["s1","s2"],"weekdays":[1,2,3,4,5],)"
            "\n"
            R"("hours":{"from":"09:00","until":"21:30"},"min_spend":2000})";
        auto record = parseVoucherRecord(QByteArray(line).replace('\n', ' '));
        QVERIFY2(record, qPrintable(record ? QString() : record.error().message));
        const Voucher& v = record->voucher;
        QCOMPARE(record->code, QStringLiteral("O2O-AAAA-BBBB-CCCC"));
        QCOMPARE(v.kind, VoucherKind::MultiUse);
        QCOMPARE(v.usesTotal, 10);
        QCOMPARE(v.usesLeft, 7);
        QCOMPARE(v.stores, (QStringList{QStringLiteral("s1"), QStringLiteral("s2")}));
        QCOMPARE(v.weekdays, quint8(0x1F));
        QCOMPARE(v.minuteFrom, 9 * 60);
        QCOMPARE(v.minuteUntil, 21 * 60 + 30);
        QCOMPARE(v.minSpendMinor, 2000);
        const QByteArray again = QJsonDocument(voucherRecordToJson(*record)).toJson(QJsonDocument::Compact);
        auto reparsed = parseVoucherRecord(again);
        QVERIFY(reparsed);
        QCOMPARE(voucherRecordToJson(*reparsed), voucherRecordToJson(*record));
    }

    void defaults() {
        auto record =
            parseVoucherRecord(R"({"code":"X1","id":"v","kind":"stored_value","face_value":20000})");
        QVERIFY(record);
        QCOMPARE(record->voucher.status, VoucherStatus::Active);
        QCOMPARE(record->voucher.balanceMinor, 20000);
        QCOMPARE(record->voucher.currency, QStringLiteral("EUR"));
        QCOMPARE(record->voucher.weekdays, kEveryDay);
        // A record from before campaigns has none, and writes none back: the old format, unchanged.
        QCOMPARE(record->voucher.campaign, QString());
        QVERIFY(!voucherRecordToJson(*record).contains(QStringLiteral("campaign")));
    }

    void campaignRoundTrips() {
        auto record =
            parseVoucherRecord(R"({"code":"X1","id":"v","kind":"single_use","campaign":"SPRING26"})");
        QVERIFY(record);
        QCOMPARE(record->voucher.campaign, QStringLiteral("SPRING26"));
        QCOMPARE(voucherRecordToJson(*record).value(QStringLiteral("campaign")).toString(),
                 QStringLiteral("SPRING26"));
        auto empty = parseVoucherRecord(R"({"code":"X1","id":"v","kind":"single_use","campaign":""})");
        QVERIFY(empty);
        QCOMPARE(empty->voucher.campaign, QString());
        auto null = parseVoucherRecord(R"({"code":"X1","id":"v","kind":"single_use","campaign":null})");
        QVERIFY(null);
        QCOMPARE(null->voucher.campaign, QString());
    }

    void refused_data() {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("field");
        QTest::newRow("not json") << QByteArray("{code:") << "JSON";
        QTest::newRow("array") << QByteArray("[1,2]") << "JSON";
        QTest::newRow("no code") << QByteArray(R"({"id":"v","kind":"single_use"})") << "'code'";
        QTest::newRow("code with control")
            << QByteArray(R"({"code":"A\u0001B","id":"v","kind":"single_use"})") << "'code'";
        QTest::newRow("code not string")
            << QByteArray(R"({"code":12,"id":"v","kind":"single_use"})") << "'code'";
        QTest::newRow("no id") << QByteArray(R"({"code":"C","kind":"single_use"})") << "'id'";
        QTest::newRow("bad kind") << QByteArray(R"({"code":"C","id":"v","kind":"coupon"})") << "'kind'";
        QTest::newRow("bad status") << QByteArray(
                                           R"({"code":"C","id":"v","kind":"single_use","status":"gone"})")
                                    << "'status'";
        QTest::newRow("bad currency")
            << QByteArray(R"({"code":"C","id":"v","kind":"single_use","currency":"euro"})") << "'currency'";
        QTest::newRow("pass without uses")
            << QByteArray(R"({"code":"C","id":"v","kind":"multi_use"})") << "'uses_total'";
        QTest::newRow("uses left above total")
            << QByteArray(R"({"code":"C","id":"v","kind":"multi_use","uses_total":2,"uses_left":3})")
            << "'uses_left'";
        QTest::newRow("fractional value")
            << QByteArray(R"({"code":"C","id":"v","kind":"single_use","face_value":12.5})") << "'face_value'";
        QTest::newRow("balance above face value")
            << QByteArray(R"({"code":"C","id":"v","kind":"stored_value","face_value":5000,"balance":5001})")
            << "'balance' must not exceed 'face_value'";
        QTest::newRow("negative balance")
            << QByteArray(R"({"code":"C","id":"v","kind":"stored_value","balance":-1})") << "'balance'";
        QTest::newRow("value as text")
            << QByteArray(R"({"code":"C","id":"v","kind":"single_use","face_value":"12"})") << "'face_value'";
        QTest::newRow("until before from")
            << QByteArray(R"({"code":"C","id":"v","kind":"single_use","valid_from":200,"valid_until":100})")
            << "'valid_until'";
        QTest::newRow("stores not list")
            << QByteArray(R"({"code":"C","id":"v","kind":"single_use","stores":"s1"})") << "'stores'";
        QTest::newRow("store with comma")
            << QByteArray(R"({"code":"C","id":"v","kind":"single_use","stores":["a,b"]})") << "'stores'";
        QTest::newRow("weekday 8") << QByteArray(
                                          R"({"code":"C","id":"v","kind":"single_use","weekdays":[8]})")
                                   << "'weekdays'";
        QTest::newRow("no weekdays") << QByteArray(
                                            R"({"code":"C","id":"v","kind":"single_use","weekdays":[]})")
                                     << "'weekdays'";
        QTest::newRow("hours 25:00")
            << QByteArray(
                   R"({"code":"C","id":"v","kind":"single_use","hours":{"from":"25:00","until":"26:00"}})")
            << "'hours'";
        QTest::newRow("campaign not text")
            << QByteArray(R"({"code":"C","id":"v","kind":"single_use","campaign":7})") << "'campaign'";
        QTest::newRow("campaign with space")
            << QByteArray(R"({"code":"C","id":"v","kind":"single_use","campaign":"a b"})") << "'campaign'";
        QTest::newRow("campaign too long")
            << QByteArray(R"({"code":"C","id":"v","kind":"single_use","campaign":")" + QByteArray(33, 'a') +
                          R"("})")
            << "'campaign'";
        QTest::newRow("empty hours")
            << QByteArray(
                   R"({"code":"C","id":"v","kind":"single_use","hours":{"from":"10:00","until":"10:00"}})")
            << "'hours'";
    }
    void refused() {
        QFETCH(QByteArray, line);
        QFETCH(QString, field);
        auto record = parseVoucherRecord(line);
        QVERIFY(!record);
        QVERIFY2(record.error().message.contains(field), qPrintable(record.error().message));
    }
};

QTEST_GUILESS_MAIN(TestVoucherRecord)
#include "tst_voucherrecord.moc"
