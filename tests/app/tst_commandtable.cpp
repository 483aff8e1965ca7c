// Both executables' command tables against the README (the contract) and the real binaries: every
// documented command and option is accepted, every command answers --help, and a wrong option or a
// missing value is exit 2 with the command's usage.
#include "app/cli.h"
#include "sandbox/sandboxcli.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace o2o;

namespace {

struct Documented {
    QString form; // as the README writes it: "cache import FILE|- [--json]"
    bool sandbox = false;
};

// The command forms of the README's tables and of the sandbox's paragraph: `command ...` spans.
QList<Documented> documentedForms() {
    QFile readme(QStringLiteral(O2O_SOURCE_DIR "/README.md"));
    if (!readme.open(QIODevice::ReadOnly))
        return {};
    QList<Documented> forms;
    bool sandbox = false;
    static const QRegularExpression span(QStringLiteral("`([a-z][^`]*)`"));
    for (QString line : QString::fromUtf8(readme.readAll()).split(u'\n')) {
        if (line.startsWith(QStringLiteral("## ")))
            sandbox = line.contains(QStringLiteral("sandbox"));
        line.replace(QStringLiteral("\\|"), QStringLiteral("/")); // "FILE\|-" inside a table cell
        const bool tableRow = line.startsWith(QStringLiteral("| `"));
        if (!tableRow && !sandbox)
            continue;
        // In a table only the first cell names commands; the others are prose with `fields`. In the
        // sandbox's paragraph, a span names a command when it starts with one of its words.
        const QString text = tableRow ? line.section(u'|', 1, 1) : line;
        auto it = span.globalMatch(text);
        while (it.hasNext()) {
            const QString form = it.next().captured(1).replace(u'/', u'|');
            const QString first = form.section(u' ', 0, 0);
            const bool named = std::any_of(sandbox::sandboxCommands().commands().cbegin(),
                                           sandbox::sandboxCommands().commands().cend(),
                                           [&](const cli::Command& c) { return c.words.first() == first; });
            if (tableRow || named)
                forms.append({form, sandbox});
        }
    }
    return forms;
}

// "keys new|list|export --out FILE" -> the command word lists it names, and its --options.
void splitForm(const QString& form, QList<QStringList>& commands, QStringList& options) {
    QList<QStringList> words{{}};
    bool inWords = true;
    for (const QString& token : form.split(u' ', Qt::SkipEmptyParts)) {
        static const QRegularExpression option(QStringLiteral("--([a-z-]+)"));
        auto matches = option.globalMatch(token);
        while (matches.hasNext())
            options.append(matches.next().captured(1));
        if (!inWords || !token.at(0).isLower()) {
            inWords = false;
            continue;
        }
        QList<QStringList> expanded;
        for (const QStringList& w : words)
            for (const QString& alternative : token.split(u'|'))
                expanded.append(w + QStringList{alternative});
        words = expanded;
    }
    commands = words;
}

int runBinary(const QString& program, const QStringList& args, QByteArray* out, QByteArray* err) {
    QProcess p;
    p.start(program, args);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000))
        return -1;
    *out = p.readAllStandardOutput();
    *err = p.readAllStandardError();
    return p.exitCode();
}

} // namespace

class TestCommandTable : public QObject {
    Q_OBJECT

    static const cli::CommandTable& table(bool sandbox) {
        return sandbox ? sandbox::sandboxCommands() : terminalCommands();
    }
    static QString binary(bool sandbox) {
        return sandbox ? qEnvironmentVariable("O2O_SANDBOX") : test::terminalBinary();
    }

private Q_SLOTS:
    void readmeFormsAreAccepted_data() {
        QTest::addColumn<QString>("form");
        QTest::addColumn<bool>("sandbox");
        const QList<Documented> forms = documentedForms();
        QVERIFY2(forms.size() >= 25, "the README's command tables were not found");
        for (const Documented& d : forms)
            QTest::newRow(qPrintable((d.sandbox ? QStringLiteral("sandbox: ") : QString()) + d.form))
                << d.form << d.sandbox;
    }
    void readmeFormsAreAccepted() {
        QFETCH(QString, form);
        QFETCH(bool, sandbox);
        QList<QStringList> commands;
        QStringList options;
        splitForm(form, commands, options);
        for (const QString& option : options) {
            bool acceptedSomewhere = false;
            for (const QStringList& words : commands) {
                const cli::Command* command = table(sandbox).find(words);
                QVERIFY2(command && command->words == words, qPrintable(words.join(u' ')));
                QString error;
                // A value for options that take one; a flag given a value is an error, so try both.
                auto withValue = table(sandbox).parse(
                    *command, {QStringLiteral("--") + option, QStringLiteral("1")}, &error);
                auto asFlag = table(sandbox).parse(*command, {QStringLiteral("--") + option}, &error);
                if ((withValue && withValue->values.contains(option)) || (asFlag && asFlag->has(option)))
                    acceptedSomewhere = true;
            }
            QVERIFY2(acceptedSomewhere,
                     qPrintable(QStringLiteral("--%1 is documented but not accepted").arg(option)));
        }
        for (const QStringList& words : commands) {
            const cli::Command* command = table(sandbox).find(words);
            QVERIFY2(command && command->words == words,
                     qPrintable(words.join(u' ') + QStringLiteral(" is not a command")));
        }
    }

    void everyCommandAnswersHelpAndRefusesWrongOptions_data() {
        QTest::addColumn<bool>("sandbox");
        QTest::addColumn<QStringList>("words");
        for (bool sandbox : {false, true})
            for (const cli::Command& c : table(sandbox).commands())
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(sandbox ? "o2o-sandbox" : "o2o-terminal",
                                                                     c.words.join(u' '))))
                    << sandbox << c.words;
    }
    void everyCommandAnswersHelpAndRefusesWrongOptions() {
        QFETCH(bool, sandbox);
        QFETCH(QStringList, words);
        const QString program = binary(sandbox);
        const QByteArray usage =
            QStringLiteral("Usage: %1 %2").arg(QFileInfo(program).fileName(), words.join(u' ')).toUtf8();
        QByteArray out;
        QByteArray err;
        QCOMPARE(runBinary(program, words + QStringList{QStringLiteral("--help")}, &out, &err), 0);
        QVERIFY2(out.startsWith(usage), out.constData());

        QCOMPARE(runBinary(program, words + QStringList{QStringLiteral("--no-such-option")}, &out, &err), 2);
        QVERIFY2(err.contains("Unknown option 'no-such-option'") && err.contains(usage), err.constData());

        const cli::Command* command = table(sandbox).find(words);
        for (const cli::Option& o : command->options) {
            if (o.valueName.isEmpty())
                continue;
            QCOMPARE(runBinary(program, words + QStringList{QStringLiteral("--") + o.name}, &out, &err), 2);
            QVERIFY2(err.contains("Missing value after") && err.contains(usage), err.constData());
        }
    }

    void topLevelHelpListsEveryCommand() {
        for (bool sandbox : {false, true}) {
            QByteArray out;
            QByteArray err;
            QCOMPARE(runBinary(binary(sandbox), {QStringLiteral("--help")}, &out, &err), 0);
            for (const cli::Command& c : table(sandbox).commands())
                QVERIFY2(out.contains("\n  " + c.words.join(u' ').toUtf8()), qPrintable(c.words.join(u' ')));
        }
    }
};

QTEST_GUILESS_MAIN(TestCommandTable)
#include "tst_commandtable.moc"
