#include "app/systemconfig.h"

#include <QFile>
#include <QFileInfo>

namespace o2o {

QString SystemConfig::path() {
    const QString fromEnv = qEnvironmentVariable("O2O_CONFIG");
    return fromEnv.isEmpty() ? defaultPath() : fromEnv;
}

SystemConfig SystemConfig::load(const QString& path) {
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        SystemConfig config;
        config.warnings.append(
            QStringLiteral("%1: cannot be read (%2); using the defaults").arg(path, file.errorString()));
        return config;
    }
    return parse(file.readAll(), path);
}

SystemConfig SystemConfig::parse(const QByteArray& text, const QString& path) {
    SystemConfig config;
    const QString name = QFileInfo(path).fileName();
    QString section;
    int lineNumber = 0;
    for (const QByteArray& raw : text.split('\n')) {
        ++lineNumber;
        const QString line = QString::fromUtf8(raw).trimmed();
        const auto warnLine = [&](const QString& message) {
            config.warnings.append(QStringLiteral("%1:%2: %3").arg(name).arg(lineNumber).arg(message));
        };
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            section = line.mid(1, line.size() - 2).trimmed();
            if (section != QStringLiteral("terminal"))
                warnLine(QStringLiteral("unknown section [%1] ignored").arg(section));
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0) {
            warnLine(QStringLiteral("not a 'key = value' line; ignored"));
            continue;
        }
        if (section != QStringLiteral("terminal"))
            continue; // already reported with its section
        const QString key = line.left(equals).trimmed();
        QString value = line.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
            value = value.mid(1, value.size() - 2);
        const auto boolean = [&](std::optional<bool>& target) {
            const QString v = value.toLower();
            if (v == QStringLiteral("true") || v == QStringLiteral("yes") || v == QStringLiteral("1"))
                target = true;
            else if (v == QStringLiteral("false") || v == QStringLiteral("no") || v == QStringLiteral("0"))
                target = false;
            else
                warnLine(QStringLiteral("%1 must be true or false; ignored").arg(key));
        };
        if (key == QStringLiteral("data_dir")) {
            if (QFileInfo(value).isAbsolute())
                config.dataDir = value;
            else
                warnLine(QStringLiteral("data_dir must be an absolute path; ignored"));
        } else if (key == QStringLiteral("language")) {
            config.language = value;
        } else if (key == QStringLiteral("camera")) {
            config.camera = value;
        } else if (key == QStringLiteral("size")) {
            config.size = value;
        } else if (key == QStringLiteral("wedge")) {
            config.wedge = value;
        } else if (key == QStringLiteral("log_rules")) {
            config.logRules = value;
        } else if (key == QStringLiteral("kiosk")) {
            boolean(config.kiosk);
        } else if (key == QStringLiteral("fullscreen")) {
            boolean(config.fullscreen);
        } else {
            warnLine(QStringLiteral("unknown setting '%1' ignored").arg(key));
        }
    }
    return config;
}

} // namespace o2o
