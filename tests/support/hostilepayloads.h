#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace o2o::test {

/** One payload of tests/fixtures/hostile-qr: what a QR code or a scanner could hand the terminal. */
struct HostilePayload {
    QString file;        // its file name in the fixture directory
    QByteArray bytes;    // the payload, byte for byte
    QString reason;      // the refusal reason it must get (reasonCode)
    QString description; // what it is
};

/** The fixture set, read from its manifest.tsv (file, reason, description); empty if it cannot be read. */
QList<HostilePayload> hostilePayloads();

/** Whether the text holds a character that would break a line of output or a label: controls (but a line
 * break), bidi overrides and isolates, zero-width and other format characters, line separators. */
bool hasUnsafeCharacters(const QString& text);

} // namespace o2o::test
