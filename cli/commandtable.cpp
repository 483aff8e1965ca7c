#include "cli/commandtable.h"

#include "cli/output.h"

#include <QCommandLineParser>

#include <algorithm>
#include <cstdio>

namespace o2o::cli {

namespace {

QString optionSyntax(const Option& o) {
    return o.valueName.isEmpty() ? QStringLiteral("--%1").arg(o.name)
                                 : QStringLiteral("--%1 %2").arg(o.name, o.valueName);
}

void addOption(QCommandLineParser& parser, const Option& o) {
    if (o.valueName.isEmpty())
        parser.addOption(QCommandLineOption(o.name, o.help));
    else
        parser.addOption(QCommandLineOption(o.name, o.help, o.valueName));
}

void writeHelp(std::FILE* stream, const QString& text) {
    std::fputs(text.toUtf8().constData(), stream);
}

} // namespace

CommandTable::CommandTable(QString program, QList<Command> commands, QList<Option> shared)
    : m_program(std::move(program))
    , m_commands(std::move(commands))
    , m_shared(std::move(shared)) {}

const Command* CommandTable::find(const QStringList& args) const {
    const Command* best = nullptr;
    for (const Command& c : m_commands) {
        if (c.words.size() <= args.size() && args.mid(0, c.words.size()) == c.words &&
            (!best || c.words.size() > best->words.size()))
            best = &c;
    }
    return best;
}

QString CommandTable::usageLine(const Command& command) const {
    QStringList parts{m_program, command.words.join(u' ')};
    if (!command.arguments.isEmpty())
        parts.append(command.arguments);
    for (const Option& o : command.options)
        parts.append(o.required ? optionSyntax(o) : QStringLiteral("[%1]").arg(optionSyntax(o)));
    return parts.join(u' ');
}

QString CommandTable::help(const Command& command) const {
    QString text = QStringLiteral("Usage: %1\n%2\n").arg(usageLine(command), command.summary);
    if (!command.options.isEmpty()) {
        text += QStringLiteral("\nOptions:\n");
        for (const Option& o : command.options)
            text += QStringLiteral("  %1  %2\n").arg(optionSyntax(o).leftJustified(24), o.help);
    }
    return text;
}

QString CommandTable::overview() const {
    QString text;
    for (const Command& c : m_commands)
        text += QStringLiteral("  %1\n      %2\n").arg(usageLine(c).mid(m_program.size() + 1), c.summary);
    if (!m_shared.isEmpty()) {
        text += QStringLiteral("\nAccepted by every command:\n");
        for (const Option& o : m_shared)
            text += QStringLiteral("  %1  %2\n").arg(optionSyntax(o).leftJustified(24), o.help);
    }
    return text;
}

std::optional<CliArgs> CommandTable::parse(const Command& command, const QStringList& arguments,
                                           QString* error, bool* help) const {
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, QString());
    parser.addOption(helpOption);
    const QList<Option> options = command.options + m_shared;
    for (const Option& o : options)
        addOption(parser, o);
    // QCommandLineParser skips the first argument: it stands for the program and the command's words.
    if (!parser.parse(QStringList{command.words.join(u' ')} + arguments)) {
        if (error)
            *error = parser.errorText();
        return std::nullopt;
    }
    if (help)
        *help = parser.isSet(helpOption);
    CliArgs args;
    args.positional = parser.positionalArguments();
    // The parser keeps each option's values but not how they interleave; the arguments, already known to
    // be well formed, give the order.
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QStringLiteral("--"))
            break;
        if (!a.startsWith(QStringLiteral("--")))
            continue;
        const QString name = a.mid(2).section(u'=', 0, 0);
        const auto option =
            std::find_if(options.cbegin(), options.cend(), [&](const Option& o) { return o.name == name; });
        if (option == options.cend())
            continue;
        QString value;
        if (!option->valueName.isEmpty())
            value = a.contains(u'=') ? a.section(u'=', 1) : arguments.value(++i);
        args.sequence.append({name, value});
    }
    for (const Option& o : options) {
        if (!parser.isSet(o.name))
            continue;
        if (o.valueName.isEmpty()) {
            args.flags.insert(o.name);
        } else {
            args.lists.insert(o.name, parser.values(o.name));
            args.values.insert(o.name, parser.values(o.name).constLast());
        }
    }
    return args;
}

int CommandTable::run(const QString& dataDir, const QStringList& args) const {
    const Command* command = find(args);
    if (!command)
        return reportUsage(QStringLiteral("unknown command '%1'").arg(args.mid(0, 2).join(u' ').left(80)));
    QString error;
    bool help = false;
    auto parsed = parse(*command, args.mid(command->words.size()), &error, &help);
    if (!parsed) {
        std::fprintf(stderr, "%s: %s\n", m_program.toUtf8().constData(), error.toUtf8().constData());
        writeHelp(stderr, this->help(*command));
        return ExitError;
    }
    if (help) {
        writeHelp(stdout, this->help(*command));
        return ExitOk;
    }
    Invocation invocation{dataDir, command->words, std::move(*parsed)};
    if (invocation.args.values.contains(QStringLiteral("data-dir")))
        invocation.dataDir = invocation.args.values.take(QStringLiteral("data-dir"));
    return command->run(invocation);
}

} // namespace o2o::cli
