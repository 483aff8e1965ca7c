#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>
#include <utility>

namespace o2o {

/** A command's arguments as its entry in the command table declares them (cli/commandtable.h). */
struct CliArgs {
    QStringList positional;
    QHash<QString, QString> values;    // the last value of each option given
    QHash<QString, QStringList> lists; // every value of each option, in order (repeatable options)
    QSet<QString> flags;
    /** Every option in the order given, (name, value or empty): for commands whose options form groups
     *  (`sale --sku A --quantity 2 --item Tea --price 3.00`). */
    QList<std::pair<QString, QString>> sequence;

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
