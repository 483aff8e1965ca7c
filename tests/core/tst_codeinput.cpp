#include "core/codeinput.h"

#include <QTest>

using namespace o2o;

class TestCodeInput : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void normalize_data() {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("expected"); // null: refused as malformed
        QTest::newRow("plain") << "O2O-ABCD-EFGH-JKLM"
                               << "O2O-ABCD-EFGH-JKLM";
        QTest::newRow("scanner enter suffix") << "O2O-ABCD\r\n"
                                              << "O2O-ABCD";
        QTest::newRow("scanner tab suffix") << "O2O-ABCD\t"
                                            << "O2O-ABCD";
        QTest::newRow("surrounding spaces") << "  O2O-ABCD "
                                            << "O2O-ABCD";
        QTest::newRow("sql text is just text") << "'; DROP TABLE vouchers; --"
                                               << "'; DROP TABLE vouchers; --";
        QTest::newRow("shell text is just text") << "$(rm -rf /)"
                                                 << "$(rm -rf /)";
        QTest::newRow("chinese") << QString::fromUtf8("\xE5\x85\x91\xE6\x8D\xA2-42")
                                 << QString::fromUtf8("\xE5\x85\x91\xE6\x8D\xA2-42");
        QTest::newRow("emoji pair") << QString::fromUtf8("\xF0\x9F\x8E\x81")
                                    << QString::fromUtf8("\xF0\x9F\x8E\x81");
        QTest::newRow("empty") << "" << QString();
        QTest::newRow("only white space") << " \t\r\n" << QString();
        QTest::newRow("control character inside") << QStringLiteral("AB\x01"
                                                                    "CD")
                                                  << QString();
        QTest::newRow("escape sequence") << QStringLiteral("\x1b[31mRED") << QString();
        QTest::newRow("nul inside") << QString(QStringLiteral("AB") + QChar(0) + QStringLiteral("CD"))
                                    << QString();
        QTest::newRow("delete") << QStringLiteral("AB\x7f") << QString();
        QTest::newRow("C1 control inside")
            << QString(QStringLiteral("A") + QChar(0x9B) + QStringLiteral("B")) << QString();
        QTest::newRow("invalid UTF-8 replaced") << QString::fromUtf8("AB\xff\xfe") << QString();
        QTest::newRow("lone high surrogate") << QString(QStringLiteral("AB") + QChar(0xD800)) << QString();
        QTest::newRow("lone low surrogate") << QString(QChar(0xDC00) + QStringLiteral("AB")) << QString();
        QTest::newRow("512 characters") << QString(512, u'A') << QString(512, u'A');
        QTest::newRow("513 characters") << QString(513, u'A') << QString();
        QTest::newRow("10000 characters") << QString(10000, u'A') << QString();
        QTest::newRow("300 chinese = 900 bytes") << QString(300, QChar(0x5151)) << QString();
    }
    void normalize() {
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        const auto code = normalizeCode(raw);
        QCOMPARE(code.has_value(), !expected.isNull());
        if (code)
            QCOMPARE(*code, expected);
    }

    void mask_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("masked");
        QTest::newRow("long") << "O2O-ABCD-EFGH"
                              << "*********EFGH";
        QTest::newRow("five") << "12345"
                              << "*2345";
        QTest::newRow("four shows nothing") << "1234"
                                            << "****";
        QTest::newRow("empty") << ""
                               << "";
    }
    void mask() {
        QFETCH(QString, code);
        QFETCH(QString, masked);
        QCOMPARE(maskCode(code), masked);
    }
};

QTEST_GUILESS_MAIN(TestCodeInput)
#include "tst_codeinput.moc"
