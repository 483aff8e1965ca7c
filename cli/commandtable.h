#pragma once

#include "cli/cliargs.h"

#include <QList>
#include <functional>
#include <optional>

namespace o2o::cli {

/** One option of a command. */
struct Option {
    QString name;      // without the dashes: "amount"
    QString valueName; // "AMOUNT"; empty: a flag
    QString help;
    bool required = false; // shown without brackets; the command itself says when it is missing
};

/** One command of an executable: its words, what it takes, what it does, and the function that does it. */
struct Command {
    QStringList words; // {"cache", "import"}
    QString arguments; // the positionals for the usage line: "FILE|-"
    QString summary;   // one line for the overview and the command's --help
    QList<Option> options;
    std::function<int(const Invocation&)> run;
};

/**
 * The one table of an executable's commands. Parsing (QCommandLineParser), each command's --help and
 * the overview are generated from it, so what the help says is what the parser accepts. An unknown
 * option or a missing value is exit 2 with the command's usage; "--" ends the options, so a code that
 * starts with dashes can still be given.
 */
class CommandTable {
public:
    /** shared: options every command accepts besides its own (--data-dir), shown in the overview. */
    CommandTable(QString program, QList<Command> commands, QList<Option> shared = {});

    /** The command named by the leading words of args (the longest match), or nullptr. */
    const Command* find(const QStringList& args) const;
    /** Runs the command args name (words first, then its arguments) with dataDir unless overridden. */
    int run(const QString& dataDir, const QStringList& args) const;
    /** The arguments after the command's words, as the command would get them; nullopt: error says why. */
    std::optional<CliArgs> parse(const Command& command, const QStringList& arguments, QString* error,
                                 bool* help = nullptr) const;

    QString usageLine(const Command& command) const;
    /** A command's --help: its usage line, summary and options. */
    QString help(const Command& command) const;
    /** Every command's usage line and summary. */
    QString overview() const;
    const QList<Command>& commands() const { return m_commands; }

private:
    QString m_program;
    QList<Command> m_commands;
    QList<Option> m_shared;
};

} // namespace o2o::cli
