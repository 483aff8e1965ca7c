#pragma once

#include <QByteArray>

#include <optional>

namespace o2o::base45 {

/**
 * Base45 (RFC 9285): binary as text in the QR alphanumeric character set, so a QR code can use its
 * dense alphanumeric mode. The output never ends with a space (the last character of a group is
 * its most significant digit, at most 'W'), so trimming a scanned line cannot damage it.
 */
QByteArray encode(const QByteArray& bytes);

/** Strict: any character outside the alphabet, a dangling character or an out-of-range group fails. */
std::optional<QByteArray> decode(QByteArrayView text);

} // namespace o2o::base45
