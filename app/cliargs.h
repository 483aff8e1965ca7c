#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

namespace o2o {

/** A command's arguments split into options and positionals. */
struct CliArgs {
    QStringList positional;
    QHash<QString, QString> values;
    QSet<QString> flags;
    QString error; // non-empty when the arguments do not fit the command

    bool has(const QString& flag) const { return flags.contains(flag); }
    QString value(const QString& option, const QString& fallback = {}) const {
        return values.value(option, fallback);
    }
};

/**
 * Splits args by the options a command knows. Anything after "--" is positional, so a voucher code
 * that starts with dashes can still be given; an unknown "--option" before it is an error.
 */
CliArgs parseCliArgs(const QStringList& args, const QSet<QString>& valueOptions,
                     const QSet<QString>& flagOptions);

} // namespace o2o
