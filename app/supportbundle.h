#pragma once

#include "core/error.h"

#include <QString>
#include <QStringList>

namespace o2o {

/** Where a support bundle comes from and goes to. */
struct SupportBundleOptions {
    QString dataDir;
    QString out;        // FILE.tar.gz
    QString program;    // this executable, run again for `status --json` and `doctor --json`
    QString configFile; // the installer's terminal.conf (default /etc/o2o-terminal/terminal.conf)
    bool doctorAvailable = false;
};

struct SupportBundleSummary {
    QString path;
    QStringList files; // inside the archive, below its top folder
    QString logSource; // "journal", "file", or "none"
};

/** The units whose journal a bundle carries. */
QStringList supportBundleUnits();

/**
 * Writes a .tar.gz for the support team from an allow-list: each file is built here field by field
 * (settings, sync state, database health, versions) or is the output of a read-only command, and free
 * text (logs, the installer's config) is scrubbed of anything shaped like a code, key or token. Voucher
 * and member codes, keys, PINs, pairing codes and tokens never enter it. The archive is made with tar(1)
 * (Debian's tar is Essential: present on every system) and is 0600.
 */
[[nodiscard]] Result<SupportBundleSummary> writeSupportBundle(const SupportBundleOptions& options);

/**
 * Masks every run that looks like a secret (12+ characters of letters, digits, '-', '_', '+', '/',
 * '=' with at least three letters and two digits, not a UUID or a date) to its last four characters,
 * and every one of knownSecrets wherever it appears.
 */
QString scrubSecrets(const QString& text, const QStringList& knownSecrets);

} // namespace o2o
