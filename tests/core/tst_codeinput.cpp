#include "core/codedisplay.h"
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
        // Characters that change how the text around them is shown: a code with them can pass for another.
        QTest::newRow("right-to-left override")
            << QString(QStringLiteral("COFFEE-") + QChar(0x202E) + "0001") << QString();
        QTest::newRow("right-to-left isolate")
            << QString(QChar(0x2067) + QStringLiteral("ABC") + QChar(0x2069)) << QString();
        QTest::newRow("zero-width space")
            << QString(QStringLiteral("AB") + QChar(0x200B) + "CD") << QString();
        QTest::newRow("soft hyphen") << QString(QStringLiteral("AB") + QChar(0x00AD) + "CD") << QString();
        QTest::newRow("line separator") << QString(QStringLiteral("AB") + QChar(0x2028) + "CD") << QString();
        QTest::newRow("tag character (a pair)")
            << QString(QStringLiteral("AB") + QString::fromUcs4(U"\U000E0041")) << QString();
        QTest::newRow("arabic letters are text")
            << QString::fromUtf8("\xD9\x82\xD8\xB3-12") << QString::fromUtf8("\xD9\x82\xD8\xB3-12");
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
        QTest::newRow("bidi override in the tail")
            << QString(QStringLiteral("O2O-ABCD-") + QChar(0x202E) + "XYZ")
            << QString(QStringLiteral("*********") + QChar(0xFFFD) + "XYZ");
        QTest::newRow("escape in the tail")
            << QStringLiteral("O2O-AB\x1b[2J") << QString(QStringLiteral("******") + QChar(0xFFFD) + "[2J");
        QTest::newRow("100000 characters: 508 stars") << QString(100000, u'A') << QString(508, u'*') + "AAAA";
    }
    void mask() {
        QFETCH(QString, code);
        QFETCH(QString, masked);
        QCOMPARE(maskCode(code), masked);
    }

    void shown_data() {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("shown");
        QTest::newRow("a code as it is") << "O2O-ABCD-EFGH"
                                         << "O2O-ABCD-EFGH";
        QTest::newRow("scanner suffix") << "O2O-ABCD\r\n"
                                        << "O2O-ABCD";
        QTest::newRow("emoji pair kept")
            << QString::fromUtf8("\xF0\x9F\x8E\x81-1") << QString::fromUtf8("\xF0\x9F\x8E\x81-1");
        QTest::newRow("controls replaced")
            << QStringLiteral("A\x1b[2J\x07"
                              "B")
            << QString(QStringLiteral("A") + QChar(0xFFFD) + "[2J" + QChar(0xFFFD) + "B");
        QTest::newRow("bidi override replaced")
            << QString(QStringLiteral("COFFEE-") + QChar(0x202E) + "0001")
            << QString(QStringLiteral("COFFEE-") + QChar(0xFFFD) + "0001");
        QTest::newRow("nul and line break replaced")
            << QString(QStringLiteral("A") + QChar(0) + "B\nC")
            << QString(QStringLiteral("A") + QChar(0xFFFD) + "B" + QChar(0xFFFD) + "C");
        QTest::newRow("lone surrogate replaced") << QString(QStringLiteral("AB") + QChar(0xD800) + "C")
                                                 << QString(QStringLiteral("AB") + QChar(0xFFFD) + "C");
        QTest::newRow("overlong cut")
            << QString(100000, u'Z') << QString(kShownLongCodeChars, u'Z') + QChar(0x2026);
    }
    void shown() {
        QFETCH(QString, raw);
        QFETCH(QString, shown);
        QCOMPARE(shownCode(raw), shown);
        // Whatever a screen shows of a scan is itself free of what a code may not contain (but the mark).
        QVERIFY(!shownCode(raw).contains(QChar(0x202E)) && !shownCode(raw).contains(QChar(0x1b)));
    }
};

QTEST_GUILESS_MAIN(TestCodeInput)
#include "tst_codeinput.moc"
