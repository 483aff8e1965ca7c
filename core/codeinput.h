#pragma once

#include <QString>
#include <optional>

namespace o2o {

/** Longest code a scanner or a person may give us, in UTF-8 bytes. QR codes of real vouchers are far shorter.
 */
constexpr int kMaxCodeBytes = 512;

/**
 * A scanned or typed code made ready for lookup: surrounding white space and a scanner's CR/LF/Tab
 * suffix removed. Nothing comes back for input that cannot be a voucher code (empty, too long, control,
 * bidi or other format characters, not valid UTF-8: core/codedisplay.h, isCodeText).
 */
std::optional<QString> normalizeCode(const QString& raw);

/** The code as logs may show it: the last four characters (as safeCodeText) after at most 508 stars. */
QString maskCode(const QString& code);

} // namespace o2o
