#pragma once

#include "core/error.h"

#include <QString>
#include <optional>

namespace o2o {

/** The key a keyboard-wedge scanner sends after each code. */
enum class WedgeSuffix { Enter, Tab, None };

/** Longest code a burst can report; the rest of a longer burst is still swallowed, never typed. */
constexpr qsizetype kWedgeMaxCodeChars = 4096;

/** How a scanner burst is told from typing. The defaults suit USB scanners at their usual 2-15 ms a key. */
struct WedgeSettings {
    WedgeSuffix suffix = WedgeSuffix::Enter;
    /** Longest pause between two keys of one burst. Typing runs at 120-250 ms a key, scanners 2-15 ms. */
    int maxGapMs = 35;
    /** Shortest burst that counts as a scan; shorter fast bursts are fast fingers. */
    int minLength = 4;
    /** Silence that ends a recognised burst without a suffix. Kept at least maxGapMs. */
    int endGapMs = 60;

    /** The same settings clamped to values the detector can work with. */
    WedgeSettings sanitized() const;
};

/**
 * Reads settings such as "suffix=tab,maxgap=30,minlength=6,endgap=80" (any subset, any order); what is not
 * named keeps its default.
 */
[[nodiscard]] Result<WedgeSettings> parseWedgeSettings(const QString& spec);

/** One key press as the detector sees it: no Qt event types, so tests can feed it by hand. */
struct WedgeKey {
    enum class Kind {
        Text,  // a key that types something (letters, digits, control characters...)
        Enter, // Return or keypad Enter
        Tab,
        Other, // a key that types nothing (arrows, function keys) or an auto-repeat: ends any burst
    };
    Kind kind = Kind::Text;
    QString text;
    qint64 timestampMs = 0;
};

/** A burst recognised as a scanner's. */
struct WedgeScan {
    QString code;            // as typed, at most kWedgeMaxCodeChars; may contain anything
    qint64 firstKeyMs = 0;   // timestamp of its first key
    bool truncated = false;  // the burst was longer than kWedgeMaxCodeChars
    bool terminated = false; // it ended with the configured suffix, not with silence
};

/**
 * What to do after one key (or one poll). Apply in field order: `released` belongs to a burst that ended
 * as typing, `scan` to one that ended as a scan (never both), `dropped` to the burst still going on.
 */
struct WedgeStep {
    enum class Fate {
        Pass,    // deliver the key now (after the released ones)
        Hold,    // keep it back until the detector says whether it was typing
        Swallow, // it belongs to a scan: nobody receives it
    };
    int released = 0; // this many of the oldest held keys were typing: deliver them, in order
    std::optional<WedgeScan> scan;
    int dropped = 0;        // this many of the oldest held keys turned out to be a scan: discard them
    Fate fate = Fate::Pass; // what becomes of the key just fed (poll() and finish() leave it Pass)
};

/**
 * Tells a keyboard-wedge scanner from a person by timing. Every typing key is held back until its burst is
 * decided: a burst of at least minLength characters, each within maxGapMs of the last, is a scan and its
 * keys are swallowed; anything else is handed back in order, so typing is delayed by about maxGapMs but
 * never lost. The configured suffix ends a scan at once; otherwise silence (poll) or the next slow key
 * does. Time only comes in through the keys' timestamps and poll(), so tests drive it without a clock.
 */
class WedgeDetector {
public:
    explicit WedgeDetector(const WedgeSettings& settings = {});

    const WedgeSettings& settings() const { return m_settings; }

    [[nodiscard]] WedgeStep feed(const WedgeKey& key);
    /** Ends the current burst if it has been silent long enough at nowMs (same time base as the keys). */
    [[nodiscard]] WedgeStep poll(qint64 nowMs);
    /** Ends the current burst now, whatever the time (a click, a window closing). */
    [[nodiscard]] WedgeStep finish();
    /** The earliest time at which poll() can end the current burst; nothing when no burst is open. */
    std::optional<qint64> deadline() const;
    /** Keys fed and held, not yet released or dropped. */
    int heldKeys() const { return m_held; }

private:
    bool recognised() const { return m_chars >= m_settings.minLength; }
    void append(const QString& text);
    WedgeStep closeBurst(bool terminated);

    WedgeSettings m_settings;
    bool m_open = false;
    int m_held = 0;
    qsizetype m_chars = 0; // characters typed in the burst, including any beyond the cap
    QString m_text;
    qint64 m_firstMs = 0;
    qint64 m_lastMs = 0;
};

} // namespace o2o
