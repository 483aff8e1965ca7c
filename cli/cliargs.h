#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

namespace o2o {

/** A command's arguments as its entry in the command table declares them (cli/commandtable.h). */
struct CliArgs {
    QStringList positional;
    QHash<QString, QString> values;    // the last value of each option given
    QHash<QString, QStringList> lists; // every value of each option, in order (repeatable options)
    QSet<QString> flags;

    bool has(const QString& flag) const { return flags.contains(flag); }
    QString value(const QString& option, const QString& fallback = {}) const {
        return values.value(option, fallback);
    }
    QStringList all(const QString& option) const { return lists.value(option); }
};

/** What a command is given: the data directory, the words that named it, and its arguments. */
struct Invocation {
    QString dataDir;
    QStringList command; // "cache", "import"
    CliArgs args;
};

} // namespace o2o
