#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace o2o {

/**
 * The machine's settings file (/etc/o2o-terminal/terminal.conf, or $O2O_CONFIG): INI, `key = value` under
 * `[terminal]`, `#` or `;` comments. The lowest-precedence source: the command line wins over the
 * environment (O2O_DATA_DIR, O2O_WEDGE, QT_LOGGING_RULES), which wins over this file, which wins over the
 * built-in defaults. A missing file is an empty one; an unknown key or a bad value is reported on stderr
 * and ignored, so a typo never keeps a counter closed.
 */
struct SystemConfig {
    static QString defaultPath() { return QStringLiteral("/etc/o2o-terminal/terminal.conf"); }
    /** $O2O_CONFIG when set, else defaultPath(). */
    static QString path();

    QString dataDir;
    QString language;
    QString camera;
    QString size;
    QString wedge;
    QString logRules;
    std::optional<bool> kiosk;
    std::optional<bool> fullscreen;
    QStringList warnings; // "terminal.conf:12: ..." for each line that was ignored

    /** Reads the file; never fails (see above). */
    static SystemConfig load(const QString& path);
    /** Reads the text of a file named path (for messages). */
    static SystemConfig parse(const QByteArray& text, const QString& path);
};

} // namespace o2o
