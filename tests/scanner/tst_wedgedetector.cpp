#include "scanner/wedgedetector.h"

#include <QRandomGenerator>
#include <QTest>
#include <algorithm>
#include <deque>
#include <limits>

using namespace o2o;

namespace {

// Marks in a script string for keys that are not plain text (private-use characters, never in a code).
const QChar kEnter(0xE000);
const QChar kTab(0xE001);
const QChar kOther(0xE002); // an arrow key: types nothing, shown as '|' in what the widget received

/** One key every gapMs from startMs; a surrogate pair is one key. */
QList<WedgeKey> keys(qint64 startMs, int gapMs, const QString& script) {
    QList<WedgeKey> out;
    qint64 t = startMs;
    for (qsizetype i = 0; i < script.size(); ++i) {
        WedgeKey key;
        key.timestampMs = t;
        t += gapMs;
        const QChar c = script.at(i);
        if (c == kEnter) {
            key.kind = WedgeKey::Kind::Enter;
            key.text = QStringLiteral("\r");
        } else if (c == kTab) {
            key.kind = WedgeKey::Kind::Tab;
            key.text = QStringLiteral("\t");
        } else if (c == kOther) {
            key.kind = WedgeKey::Kind::Other;
        } else if (c.isHighSurrogate() && i + 1 < script.size()) {
            key.text = script.mid(i, 2);
            ++i;
        } else {
            key.text = QString(c);
        }
        out.append(key);
    }
    return out;
}

/** A person typing: 120 to 250 ms between keys, the same every run. */
QList<WedgeKey> human(qint64 startMs, const QString& script, quint32 seed) {
    QList<WedgeKey> out = keys(startMs, 0, script);
    QRandomGenerator random(seed);
    qint64 t = startMs;
    for (WedgeKey& key : out) {
        key.timestampMs = t;
        t += random.bounded(120, 251);
    }
    return out;
}

WedgeSettings withSuffix(WedgeSuffix suffix) {
    WedgeSettings s;
    s.suffix = suffix;
    return s;
}

/** What the focused widget and the application saw after a script. */
struct Outcome {
    QString typed; // delivered keys in order; an Other key shows as '|'
    QStringList codes;
    QList<qint64> firstKeyMs;
    QList<bool> terminated;
    qint64 worstDelayMs = 0; // longest a typed key was held
};

/**
 * Feeds a script the way WedgeEventFilter does, with a model of its queue of held keys. With `onTime`
 * the timer fires at every deadline; without it the event loop is stuck until after the last key, and the
 * result must be the same.
 */
Outcome run(const WedgeSettings& settings, const QList<WedgeKey>& script, bool onTime) {
    WedgeDetector detector(settings);
    std::deque<WedgeKey> held;
    Outcome out;
    auto apply = [&](const WedgeStep& step, qint64 nowMs) {
        for (int i = 0; i < step.released; ++i) {
            if (held.empty())
                qFatal("released more keys than were held");
            out.typed += held.front().text;
            out.worstDelayMs = std::max(out.worstDelayMs, nowMs - held.front().timestampMs);
            held.pop_front();
        }
        if (step.scan) {
            out.codes.append(step.scan->code);
            out.firstKeyMs.append(step.scan->firstKeyMs);
            out.terminated.append(step.scan->terminated);
        }
        for (int i = 0; i < step.dropped; ++i) {
            if (held.empty())
                qFatal("dropped more keys than were held");
            held.pop_front();
        }
    };
    auto pollUntil = [&](qint64 nowMs) {
        while (const auto due = detector.deadline()) {
            if (*due > nowMs)
                break;
            apply(detector.poll(*due), *due);
        }
    };
    for (const WedgeKey& key : script) {
        if (onTime)
            pollUntil(key.timestampMs);
        const WedgeStep step = detector.feed(key);
        apply(step, key.timestampMs);
        switch (step.fate) {
        case WedgeStep::Fate::Hold:
            held.push_back(key);
            break;
        case WedgeStep::Fate::Pass:
            out.typed += key.kind == WedgeKey::Kind::Other ? QStringLiteral("|") : key.text;
            break;
        case WedgeStep::Fate::Swallow:
            break;
        }
        if (int(held.size()) != detector.heldKeys())
            qFatal("detector and queue disagree on held keys");
    }
    pollUntil(std::numeric_limits<qint64>::max() / 2);
    if (!held.empty() || detector.deadline())
        qFatal("keys left held after the script");
    return out;
}

} // namespace

class TestWedgeDetector : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bursts_data() {
        QTest::addColumn<WedgeSettings>("settings");
        QTest::addColumn<QList<WedgeKey>>("script");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("codes");

        const WedgeSettings enter = withSuffix(WedgeSuffix::Enter);
        const WedgeSettings tab = withSuffix(WedgeSuffix::Tab);
        const WedgeSettings none = withSuffix(WedgeSuffix::None);
        const QString code = QStringLiteral("O2O-7KQ2-X9PL");
        const QString other = QStringLiteral("B2B-0000-1111");

        QTest::newRow("enter suffix")
            << enter << keys(1000, 8, code + kEnter) << QString() << QStringList{code};
        QTest::newRow("tab suffix") << tab << keys(1000, 8, code + kTab) << QString() << QStringList{code};
        QTest::newRow("no suffix, ends by silence")
            << none << keys(1000, 8, code) << QString() << QStringList{code};
        QTest::newRow("2 ms a key") << enter << keys(1000, 2, code + kEnter) << QString()
                                    << QStringList{code};
        QTest::newRow("35 ms a key, the limit")
            << enter << keys(1000, 35, code + kEnter) << QString() << QStringList{code};
        QTest::newRow("36 ms a key is typing") << enter << keys(1000, 36, QStringLiteral("abcd") + kEnter)
                                               << QStringLiteral("abcd\r") << QStringList{};
        QTest::newRow("same timestamps")
            << enter << keys(1000, 0, code + kEnter) << QString() << QStringList{code};

        QTest::newRow("typing at 120 ms") << enter << keys(1000, 120, QStringLiteral("O2O-ABCD") + kEnter)
                                          << QStringLiteral("O2O-ABCD\r") << QStringList{};
        QTest::newRow("typing at 250 ms") << enter << keys(1000, 250, QStringLiteral("hello") + kTab)
                                          << QStringLiteral("hello\t") << QStringList{};
        QTest::newRow("typing at 120-250 ms, enter")
            << enter << human(1000, QStringLiteral("The quick brown fox 12.50") + kEnter, 1)
            << QStringLiteral("The quick brown fox 12.50\r") << QStringList{};
        QTest::newRow("typing at 120-250 ms, tab")
            << tab << human(1000, QStringLiteral("Amount 99") + kTab + QStringLiteral("ok"), 2)
            << QStringLiteral("Amount 99\tok") << QStringList{};
        QTest::newRow("typing at 120-250 ms, no suffix")
            << none << human(1000, QStringLiteral("typed by hand") + kEnter, 3)
            << QStringLiteral("typed by hand\r") << QStringList{};
        QTest::newRow("fast fingers: 3 keys in 40 ms")
            << enter
            << keys(1000, 20, QStringLiteral("the")) + keys(1300, 150, QStringLiteral(" end") + kEnter)
            << QStringLiteral("the end\r") << QStringList{};
        QTest::newRow("short fast burst with enter is typing")
            << enter << keys(1000, 5, QStringLiteral("abc") + kEnter) << QStringLiteral("abc\r")
            << QStringList{};
        QTest::newRow("arrow keys pass at once")
            << enter << keys(1000, 150, QStringLiteral("ab") + kOther + QStringLiteral("c") + kOther)
            << QStringLiteral("ab|c|") << QStringList{};
        QTest::newRow("arrow right after a key keeps order")
            << enter << keys(1000, 5, QStringLiteral("ab") + kOther) << QStringLiteral("ab|")
            << QStringList{};

        QTest::newRow("typing then scan")
            << enter << human(1000, QStringLiteral("12.50"), 4) + keys(3000, 8, code + kEnter)
            << QStringLiteral("12.50") << QStringList{code};
        QTest::newRow("typing, scan 40 ms after the last key")
            << enter << keys(1000, 150, QStringLiteral("xy")) + keys(1190, 8, code + kEnter)
            << QStringLiteral("xy") << QStringList{code};
        QTest::newRow("scan then typing")
            << enter << keys(1000, 8, code + kEnter) + human(1200, QStringLiteral("note") + kEnter, 5)
            << QStringLiteral("note\r") << QStringList{code};
        QTest::newRow("scan then the cashier's enter")
            << enter << keys(1000, 8, code + kEnter) + keys(1300, 0, QString(kEnter)) << QStringLiteral("\r")
            << QStringList{code};
        QTest::newRow("typing, scan, typing, no suffix")
            << none
            << keys(1000, 200, QStringLiteral("ab")) + keys(1500, 5, code) +
                   keys(1700, 180, QStringLiteral("cd"))
            << QStringLiteral("abcd") << QStringList{code};
        QTest::newRow("scan interrupted by an arrow key, no suffix")
            << none << keys(1000, 5, code + kOther) << QStringLiteral("|") << QStringList{code};

        QTest::newRow("two scans back to back, enter")
            << enter << keys(1000, 8, code + kEnter + other + kEnter) << QString()
            << QStringList{code, other};
        QTest::newRow("two scans back to back, tab")
            << tab << keys(1000, 8, code + kTab + other + kTab) << QString() << QStringList{code, other};
        QTest::newRow("two scans 36 ms apart, no suffix")
            << none << keys(1000, 8, code) + keys(1000 + 8 * 12 + 36, 8, other) << QString()
            << QStringList{code, other};
        QTest::newRow("two scans 500 ms apart, no suffix")
            << none << keys(1000, 8, code) + keys(2000, 8, other) << QString() << QStringList{code, other};
        QTest::newRow("time base jumps back: never joined")
            << enter << keys(5000, 8, QStringLiteral("AAAA")) + keys(10, 8, QStringLiteral("BBBB") + kEnter)
            << QString() << QStringList{QStringLiteral("AAAA"), QStringLiteral("BBBB")};

        QTest::newRow("enter expected, scanner sends none")
            << enter << keys(1000, 8, code) << QString() << QStringList{code};
        QTest::newRow("no suffix expected, scanner sends enter: kept as text")
            << none << keys(1000, 8, code + kEnter) << QString() << QStringList{code + QStringLiteral("\r")};
        QTest::newRow("tab expected, scanner sends enter: kept as text")
            << tab << keys(1000, 8, code + kEnter + kTab) << QString()
            << QStringList{code + QStringLiteral("\r")};

        const QString control = QStringLiteral("AB\x01\x1d") + QChar(0) + QStringLiteral("\x7f\x1b[31m\b\n");
        QTest::newRow("control characters")
            << enter << keys(1000, 5, control + kEnter) << QString() << QStringList{control};
        const QString sql = QStringLiteral("'; DROP TABLE vouchers; --");
        QTest::newRow("sql text") << enter << keys(1000, 5, sql + kEnter) << QString() << QStringList{sql};
        const QString cjk = QString::fromUtf8("\xE5\x85\x91\xE6\x8D\xA2\xE5\x88\xB8-\xC3\x84\xC3\x96-"
                                              "\xF0\x9F\x8E\x81-42");
        QTest::newRow("non-ASCII and emoji")
            << enter << keys(1000, 5, cjk + kEnter) << QString() << QStringList{cjk};
        QTest::newRow("typed non-ASCII") << enter << keys(1000, 150, cjk) << cjk << QStringList{};
        QTest::newRow("lone surrogate")
            << enter << keys(1000, 5, QStringLiteral("ABC") + QChar(0xDC00) + kEnter) << QString()
            << QStringList{QStringLiteral("ABC") + QChar(0xDC00)};

        WedgeSettings long8 = enter;
        long8.minLength = 8;
        QTest::newRow("minLength 8: 7 fast keys are typing")
            << long8 << keys(1000, 5, QStringLiteral("1234567") + kEnter) << QStringLiteral("1234567\r")
            << QStringList{};
        QTest::newRow("minLength 8: 8 fast keys are a scan")
            << long8 << keys(1000, 5, QStringLiteral("12345678") + kEnter) << QString()
            << QStringList{QStringLiteral("12345678")};
        WedgeSettings slow = none;
        slow.maxGapMs = 60;
        QTest::newRow("maxGap 60: a slow scanner")
            << slow << keys(1000, 55, code) << QString() << QStringList{code};
    }

    void bursts() {
        QFETCH(WedgeSettings, settings);
        QFETCH(QList<WedgeKey>, script);
        QFETCH(QString, typed);
        QFETCH(QStringList, codes);
        for (const bool onTime : {true, false}) {
            const Outcome out = run(settings, script, onTime);
            QCOMPARE(out.typed, typed);
            QCOMPARE(out.codes, codes);
            if (!onTime)
                continue;
            // A person's key is held no longer than it takes to know it is not a scan: one gap, or a whole
            // burst of fast fingers one key short of a scan.
            const WedgeSettings s = settings.sanitized();
            const bool slowKeys =
                std::adjacent_find(script.begin(), script.end(), [&](const auto& a, const auto& b) {
                    return b.timestampMs - a.timestampMs <= s.maxGapMs;
                }) == script.end();
            const qint64 limit = slowKeys ? s.maxGapMs + 1 : qint64(s.minLength) * (s.maxGapMs + 1);
            QVERIFY2(out.worstDelayMs <= limit, qPrintable(QString::number(out.worstDelayMs)));
        }
    }

    void scanDetails() {
        const QList<WedgeKey> script =
            keys(1000, 8, QStringLiteral("AAAA") + kEnter) + keys(1200, 8, QStringLiteral("BBBB"));
        const Outcome out = run(withSuffix(WedgeSuffix::Enter), script, true);
        QCOMPARE(out.codes, (QStringList{QStringLiteral("AAAA"), QStringLiteral("BBBB")}));
        QCOMPARE(out.firstKeyMs, (QList<qint64>{1000, 1200}));
        QCOMPARE(out.terminated, (QList<bool>{true, false}));
    }

    void deadlines() {
        WedgeDetector detector(withSuffix(WedgeSuffix::None));
        QVERIFY(!detector.deadline());
        QCOMPARE(detector.feed({WedgeKey::Kind::Text, QStringLiteral("a"), 100}).fate, WedgeStep::Fate::Hold);
        QCOMPARE(detector.deadline().value_or(-1), 136); // typing: maxGapMs 35 after the last key
        QCOMPARE(detector.poll(135).released, 0);
        QCOMPARE(detector.heldKeys(), 1);
        for (const auto& text : {"b", "c", "d"})
            (void)detector.feed({WedgeKey::Kind::Text, QString::fromLatin1(text), 110});
        QCOMPARE(detector.heldKeys(), 0);
        QCOMPARE(detector.deadline().value_or(-1), 171); // a scan: endGapMs 60
        QVERIFY(!detector.poll(170).scan);
        const WedgeStep step = detector.poll(171);
        QVERIFY(step.scan);
        QCOMPARE(step.scan->code, QStringLiteral("abcd"));
        QVERIFY(!detector.deadline());
    }

    void finishReleasesTyping() {
        WedgeDetector detector;
        (void)detector.feed({WedgeKey::Kind::Text, QStringLiteral("x"), 100});
        (void)detector.feed({WedgeKey::Kind::Text, QStringLiteral("y"), 101});
        const WedgeStep step = detector.finish();
        QCOMPARE(step.released, 2);
        QVERIFY(!step.scan);
        QCOMPARE(detector.heldKeys(), 0);
    }

    void hostileLongBurst_data() {
        QTest::addColumn<WedgeSuffix>("suffix");
        QTest::newRow("enter") << WedgeSuffix::Enter;
        QTest::newRow("none") << WedgeSuffix::None;
    }
    void hostileLongBurst() {
        QFETCH(WedgeSuffix, suffix);
        QString huge;
        for (int i = 0; i < 10'000; ++i)
            huge += QChar(u'A' + i % 26);
        const QString next = QStringLiteral("NEXT-0001");
        QString script = huge;
        if (suffix == WedgeSuffix::Enter)
            script += kEnter;
        QList<WedgeKey> all = keys(1000, 1, script) + keys(1000 + 10'001 + 500, 1, next + kEnter);
        const Outcome out = run(withSuffix(suffix), all, true);
        QCOMPARE(out.typed, QString());
        QCOMPARE(out.codes.size(), 2);
        QCOMPARE(out.codes.at(0), huge.left(kWedgeMaxCodeChars));
        QCOMPARE(out.codes.at(1), suffix == WedgeSuffix::Enter ? next : next + QStringLiteral("\r"));

        WedgeDetector detector(withSuffix(suffix));
        WedgeStep last;
        for (const WedgeKey& key : keys(1000, 1, script))
            last = detector.feed(key);
        QCOMPARE(detector.heldKeys(), 0);
        if (suffix == WedgeSuffix::None)
            last = detector.poll(1'000'000);
        QVERIFY(last.scan);
        QVERIFY(last.scan->truncated);
        QCOMPARE(last.scan->terminated, suffix == WedgeSuffix::Enter);
    }

    void oneKeyWithHugeText() {
        // An input method or a broken driver can put a lot of text on one key event.
        WedgeDetector detector;
        const QString text(100'000, u'Z');
        const WedgeStep held = detector.feed({WedgeKey::Kind::Text, text, 1000});
        QCOMPARE(held.fate, WedgeStep::Fate::Swallow);
        const WedgeStep step = detector.feed({WedgeKey::Kind::Enter, QStringLiteral("\r"), 1001});
        QVERIFY(step.scan);
        QCOMPARE(step.scan->code, QString(kWedgeMaxCodeChars, u'Z'));
        QVERIFY(step.scan->truncated);
    }

    void capKeepsSurrogatePairsWhole() {
        WedgeDetector detector;
        QString script(kWedgeMaxCodeChars - 1, u'a');
        script += QString::fromUtf8("\xF0\x9F\x8E\x81") + kEnter;
        WedgeStep last;
        for (const WedgeKey& key : keys(1000, 1, script))
            last = detector.feed(key);
        QVERIFY(last.scan);
        QCOMPARE(last.scan->code, QString(kWedgeMaxCodeChars - 1, u'a'));
        QVERIFY(last.scan->truncated);
    }

    // Found by fuzz_wedge: once the cap cut a surrogate pair off, a later key must not fill the one
    // character of room left, or the code is no longer what was scanned (its characters skip the pair).
    void nothingJoinsAfterTheCap() {
        WedgeDetector detector;
        QString script(kWedgeMaxCodeChars - 1, u'a');
        script += QString::fromUtf8("\xF0\x9F\x8E\x81") + QStringLiteral("bc") + kEnter;
        WedgeStep last;
        for (const WedgeKey& key : keys(1000, 1, script))
            last = detector.feed(key);
        QVERIFY(last.scan);
        QCOMPARE(last.scan->code, QString(kWedgeMaxCodeChars - 1, u'a'));
        QVERIFY(last.scan->truncated);
    }

    void parseSettings_data() {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("suffix");
        QTest::addColumn<int>("maxGap");
        QTest::addColumn<int>("minLength");
        QTest::addColumn<int>("endGap");
        QTest::newRow("empty: defaults") << "" << true << int(WedgeSuffix::Enter) << 35 << 4 << 60;
        QTest::newRow("all") << "suffix=tab, maxgap=30, minlength=6, endgap=80" << true
                             << int(WedgeSuffix::Tab) << 30 << 6 << 80;
        QTest::newRow("none, any case") << "SUFFIX=None" << true << int(WedgeSuffix::None) << 35 << 4 << 60;
        QTest::newRow("endgap raised to maxgap")
            << "maxgap=50,endgap=10" << true << int(WedgeSuffix::Enter) << 50 << 4 << 50;
        QTest::newRow("minlength 1 raised to 2")
            << "minlength=1" << true << int(WedgeSuffix::Enter) << 35 << 2 << 60;
        QTest::newRow("bad suffix") << "suffix=space" << false << 0 << 0 << 0 << 0;
        QTest::newRow("unknown key") << "speed=fast" << false << 0 << 0 << 0 << 0;
        QTest::newRow("not a number") << "maxgap=abc" << false << 0 << 0 << 0 << 0;
        QTest::newRow("zero") << "maxgap=0" << false << 0 << 0 << 0 << 0;
        QTest::newRow("negative") << "endgap=-5" << false << 0 << 0 << 0 << 0;
        QTest::newRow("no value") << "maxgap" << false << 0 << 0 << 0 << 0;
    }
    void parseSettings() {
        QFETCH(QString, spec);
        QFETCH(bool, ok);
        const auto settings = parseWedgeSettings(spec);
        QCOMPARE(settings.has_value(), ok);
        if (!ok) {
            QCOMPARE(settings.error().code, ErrorCode::Usage);
            return;
        }
        QFETCH(int, suffix);
        QFETCH(int, maxGap);
        QFETCH(int, minLength);
        QFETCH(int, endGap);
        QCOMPARE(int(settings->suffix), suffix);
        QCOMPARE(settings->maxGapMs, maxGap);
        QCOMPARE(settings->minLength, minLength);
        QCOMPARE(settings->endGapMs, endGap);
    }
};

QTEST_APPLESS_MAIN(TestWedgeDetector)
#include "tst_wedgedetector.moc"
