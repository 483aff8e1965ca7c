#include "app/cliargs.h"

namespace o2o {

CliArgs parseCliArgs(const QStringList& args, const QSet<QString>& valueOptions,
                     const QSet<QString>& flagOptions) {
    CliArgs parsed;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (optionsEnded || !arg.startsWith(QStringLiteral("--")) || arg.size() == 2) {
            if (!optionsEnded && arg == QStringLiteral("--")) {
                optionsEnded = true;
                continue;
            }
            parsed.positional.append(arg);
            continue;
        }
        QString name = arg.mid(2);
        QString inlineValue;
        const bool hasInline = name.contains(u'=');
        if (hasInline) {
            inlineValue = name.section(u'=', 1);
            name = name.section(u'=', 0, 0);
        }
        if (flagOptions.contains(name) && !hasInline) {
            parsed.flags.insert(name);
        } else if (valueOptions.contains(name)) {
            if (hasInline) {
                parsed.values.insert(name, inlineValue);
            } else if (i + 1 < args.size()) {
                parsed.values.insert(name, args.at(++i));
            } else {
                parsed.error = QStringLiteral("--%1 needs a value").arg(name);
                return parsed;
            }
        } else {
            parsed.error = QStringLiteral("unknown option --%1").arg(name.left(40));
            return parsed;
        }
    }
    return parsed;
}

} // namespace o2o
