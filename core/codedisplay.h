#pragma once

#include <QString>
#include <QStringView>

namespace o2o {

/** How many characters of an overlong scan shownCode keeps. */
constexpr int kShownLongCodeChars = 48;

/**
 * Whether a character (a whole code point) may be part of a code: not a control character, not one that
 * changes how the text around it is shown (bidi overrides and isolates, zero-width and other format
 * characters, line and paragraph separators: a code with them can pass for another one), not U+FFFD
 * (what Qt puts where the bytes were not UTF-8).
 */
bool allowedInCode(char32_t c);

/** Whether every character of the text is allowedInCode (and no surrogate is alone). */
bool isCodeText(QStringView text);

/** The text with every character a code may not contain (a lone surrogate too) shown as U+FFFD. */
QString safeCodeText(QStringView text);

/**
 * A scanned text as a screen may show it: surrounding white space removed, safeCodeText, and a text longer
 * than any code (kMaxCodeBytes) cut to its first kShownLongCodeChars characters and "…". A code that
 * normalizeCode accepts comes back unchanged.
 */
QString shownCode(const QString& raw);

} // namespace o2o
