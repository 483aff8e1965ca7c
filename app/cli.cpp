#include "app/cli.h"

#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <cstdio>

Q_LOGGING_CATEGORY(lcApp, "o2o.app")

namespace o2o {

QString usageText() {
    return QStringLiteral(
        "Usage: o2o-terminal [--data-dir DIR] [COMMAND]\n"
        "Without a command, opens the terminal window:\n"
        "  o2o-terminal [--kiosk] [--camera NAME | --scan-video FILE] [--lang en|es|zh_CN] [--screenshot "
        "PNG]\n"
        "  (--kiosk redeems scanned codes at once; --scan-video plays a video as the camera)\n\n"
        "Commands:\n"
        "  --version                         print the version\n"
        "  demo init [--count N] [--json]    create demo vouchers of every kind and printable QR sheets\n"
        "  check CODE [--spend AMOUNT] [--amount AMOUNT] [--uses N] [--json]\n"
        "                                    the verdict, without redeeming\n"
        "  redeem CODE [--uses N] [--amount AMOUNT] [--spend AMOUNT] [--cashier ID] [--json]\n"
        "  ledger [--date YYYY-MM-DD] [--json]   redemptions of a day (default today)\n"
        "  status [--json]                   terminal identity, cache, outbox, sync and data ages\n"
        "  enroll --platform URL --pairing-code CODE [--ca-fingerprint SHA256HEX] [--json]\n"
        "                                    enroll with the platform (exit 1: refused)\n"
        "  sync --once [--json]              one sync cycle: upload the outbox, pull changes\n"
        "  conflicts [--json]                redemptions the platform found another terminal made first\n"
        "  cache import FILE|- [--json]      import vouchers (JSON lines, docs/voucher-records.md; -: "
        "stdin)\n"
        "  trust import FILE|- [--json]      import the platform's signed keys and revocations\n"
        "  decode [--formats LIST] [--json] FILE...   codes in images or videos, with decode time\n"
        "  scan --video FILE [--redeem] [--formats LIST] [--json]   the live scan pipeline on a video\n"
        "  config [--store ID] [--currency CUR] [--offline-max-count N] [--offline-max-value AMOUNT]\n"
        "         [--offline-max-hours H] [--json]   show or change settings\n\n"
        "Exit codes: 0 success or accepted, 1 refused (a code, or an import file for its content),\n"
        "2 usage or system error.\n");
}

void printJson(const QJsonObject& object) {
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printLine(const QString& line) {
    const QByteArray bytes = line.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int reportError(const Error& error) {
    std::fprintf(stderr, "o2o-terminal: %s\n", error.message.toUtf8().constData());
    return ExitError;
}

int reportRefusedOrError(const Error& error) {
    reportError(error);
    return error.code == ErrorCode::InvalidInput ? ExitRefused : ExitError;
}

int reportUsage(const QString& message) {
    std::fprintf(stderr, "o2o-terminal: %s\nRun 'o2o-terminal --help' for the commands.\n",
                 message.toUtf8().constData());
    return ExitError;
}

Result<void> openInputFile(QFile& file, const QString& path) {
    const bool ok = path == QStringLiteral("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!ok)
        return fail(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return {};
}

bool isKnownCommand(const QString& command) {
    static const QStringList known{
        QStringLiteral("check"),    QStringLiteral("redeem"), QStringLiteral("ledger"),
        QStringLiteral("status"),   QStringLiteral("cache"),  QStringLiteral("demo"),
        QStringLiteral("config"),   QStringLiteral("trust"),  QStringLiteral("decode"),
        QStringLiteral("scan"),     QStringLiteral("enroll"), QStringLiteral("sync"),
        QStringLiteral("conflicts")};
    return known.contains(command);
}

int runCommand(const QString& command, const CommandContext& context) {
    if (command == QStringLiteral("check"))
        return commandCheck(context, false);
    if (command == QStringLiteral("redeem"))
        return commandCheck(context, true);
    if (command == QStringLiteral("ledger"))
        return commandLedger(context);
    if (command == QStringLiteral("status"))
        return commandStatus(context);
    if (command == QStringLiteral("config"))
        return commandConfig(context);
    if (command == QStringLiteral("decode"))
        return commandDecode(context);
    if (command == QStringLiteral("scan"))
        return commandScan(context);
    if (command == QStringLiteral("enroll"))
        return commandEnroll(context);
    if (command == QStringLiteral("sync"))
        return commandSync(context);
    if (command == QStringLiteral("conflicts"))
        return commandConflicts(context);
    const QString sub = context.args.value(0);
    CommandContext rest = context;
    rest.args = context.args.mid(1);
    if (command == QStringLiteral("cache") && sub == QStringLiteral("import"))
        return commandCacheImport(rest);
    if (command == QStringLiteral("trust") && sub == QStringLiteral("import"))
        return commandTrustImport(rest);
    if (command == QStringLiteral("demo") && sub == QStringLiteral("init"))
        return commandDemoInit(rest);
    return reportUsage(QStringLiteral("unknown command '%1 %2'").arg(command.left(40), sub.left(40)));
}

} // namespace o2o
