#include "app/cli.h"

namespace o2o {

namespace {

using cli::Command;
using cli::Option;

const Option kJson{QStringLiteral("json"), {}, QStringLiteral("answer in one line of JSON")};

QList<Option> redeemOptions() {
    QList<Option> options{
        {QStringLiteral("uses"), QStringLiteral("N"), QStringLiteral("uses of a multi-use pass (default 1)")},
        {QStringLiteral("amount"), QStringLiteral("AMOUNT"),
         QStringLiteral("what to debit from a stored-value card")},
        {QStringLiteral("spend"), QStringLiteral("AMOUNT"),
         QStringLiteral("the purchase, for a minimum-spend rule")}};
    options.append({QStringLiteral("cashier"), QStringLiteral("ID"), QStringLiteral("who redeems it")});
    options.append({QStringLiteral("member"), QStringLiteral("CODE"),
                    QStringLiteral("a member code: attributes it to the member (verified offline)")});
    options.append({QStringLiteral("code-file"), QStringLiteral("FILE"),
                    QStringLiteral("read the code from FILE (- for standard input) byte for byte, as a "
                                   "scanner delivers it, instead of CODE")});
    options.append(kJson);
    return options;
}

QList<Command> commandList() {
    const Option formats{QStringLiteral("formats"), QStringLiteral("LIST"),
                         QStringLiteral("barcode formats to look for (default QRCode)")};
    return {
        {{QStringLiteral("demo"), QStringLiteral("init")},
         {},
         QStringLiteral("demo vouchers of every kind and printable QR sheets in the data directory"),
         {{QStringLiteral("count"), QStringLiteral("N"),
           QStringLiteral("extra single-use vouchers (0 to 1000000)")},
          kJson},
         commandDemoInit},
        {{QStringLiteral("demo"), QStringLiteral("staff")},
         {},
         QStringLiteral(
             "demo staff: Ana (cashier), Marco (manager), Ines (installer) with printed demo PINs; "
             "from then on the window asks for a sign-in and redeem for --cashier"),
         {kJson},
         commandDemoStaff},
        {{QStringLiteral("check")},
         QStringLiteral("CODE"),
         QStringLiteral("the verdict, without redeeming"),
         redeemOptions(),
         commandCheck},
        {{QStringLiteral("redeem")},
         QStringLiteral("CODE"),
         QStringLiteral(
             "redeem a code: exit 0 accepted, 1 refused (put -- before a code that starts with dashes)"),
         redeemOptions(),
         commandRedeem},
        {{QStringLiteral("ledger")},
         {},
         QStringLiteral("the redemptions of a day, filed under the trusted time"),
         {{QStringLiteral("date"), QStringLiteral("YYYY-MM-DD"), QStringLiteral("the day (default today)")},
          kJson},
         commandLedger},
        {{QStringLiteral("status")},
         {},
         QStringLiteral("identity, cache, outbox, sync state and the age of each data set"),
         {kJson},
         commandStatus},
        {{QStringLiteral("enroll")},
         {},
         QStringLiteral("join the platform with a pairing code (exit 1: refused)"),
         {{QStringLiteral("platform"), QStringLiteral("URL"),
           QStringLiteral("https://host[:port] of the platform"), true},
          {QStringLiteral("pairing-code"), QStringLiteral("CODE"),
           QStringLiteral("the one-time code from the platform"), true},
          {QStringLiteral("ca-fingerprint"), QStringLiteral("SHA256"),
           QStringLiteral("the platform CA's fingerprint, checked before the code is sent")},
          kJson},
         commandEnroll},
        {{QStringLiteral("sync")},
         {},
         QStringLiteral("one sync cycle (--once: upload the outbox, pull changes and the trust list), or the "
                        "sync service (--watch: cycles until SIGTERM, systemd readiness and watchdog)"),
         {{QStringLiteral("once"), {}, QStringLiteral("one cycle, then exit")},
          {QStringLiteral("watch"), {}, QStringLiteral("sync until SIGTERM or SIGINT (exit 0)")},
          {QStringLiteral("interval"), QStringLiteral("SECONDS"),
           QStringLiteral("--watch: seconds between completed cycles (default 30)")},
          kJson},
         commandSync},
        {{QStringLiteral("conflicts")},
         {},
         QStringLiteral("redemptions the platform found another terminal made first"),
         {kJson},
         commandConflicts},
        {{QStringLiteral("cache"), QStringLiteral("import")},
         QStringLiteral("FILE|-"),
         QStringLiteral(
             "import vouchers as JSON lines (docs/voucher-records.md), all or nothing; -: standard input"),
         {kJson},
         commandCacheImport},
        {{QStringLiteral("trust"), QStringLiteral("import")},
         QStringLiteral("FILE|-"),
         QStringLiteral(
             "import the platform's signed keys and revocations; the first import pins the root key"),
         {kJson},
         commandTrustImport},
        {{QStringLiteral("config")},
         {},
         QStringLiteral("show or change the settings"),
         {{QStringLiteral("store"), QStringLiteral("ID"), QStringLiteral("this terminal's store")},
          {QStringLiteral("currency"), QStringLiteral("CUR"),
           QStringLiteral("the store's currency (ISO 4217)")},
          {QStringLiteral("offline-max-count"), QStringLiteral("N"),
           QStringLiteral("redemptions offline (-1: no limit)")},
          {QStringLiteral("offline-max-value"), QStringLiteral("AMOUNT"),
           QStringLiteral("value redeemed offline (-1: no limit)")},
          {QStringLiteral("offline-max-hours"), QStringLiteral("H"),
           QStringLiteral("hours offline since the last sync (-1: no limit)")},
          {QStringLiteral("void-window-minutes"), QStringLiteral("N"),
           QStringLiteral("how long cashiers may void their own entries (default 15)")},
          {QStringLiteral("data-age-warn-minutes"), QStringLiteral("N"),
           QStringLiteral("the window warns when the vouchers are older than this (default 60)")},
          {QStringLiteral("idle-signout-minutes"), QStringLiteral("N"),
           QStringLiteral("the window signs staff out after N idle minutes (0: never; default 5)")},
          {QStringLiteral("return-window-days"), QStringLiteral("N"),
           QStringLiteral("how many days after a sale or handover it may be returned (default 30)")},
          {QStringLiteral("return-approval-above"), QStringLiteral("AMOUNT"),
           QStringLiteral("a refund above this needs a manager (-1: never; default 50.00)")},
          kJson},
         commandConfig},
        {{QStringLiteral("decode")},
         QStringLiteral("FILE..."),
         QStringLiteral("codes in images or videos, one JSON line per file with the decode time"),
         {formats, kJson},
         commandDecode},
        {{QStringLiteral("scan")},
         {},
         QStringLiteral("the live camera pipeline on a video file: each code once, its verdict and latency"),
         {{QStringLiteral("video"), QStringLiteral("FILE"), QStringLiteral("the video to play as the camera"),
           true},
          {QStringLiteral("redeem"), {}, QStringLiteral("redeem the codes, not only check them")},
          formats,
          {QStringLiteral("cashier"), QStringLiteral("ID"), QStringLiteral("who redeems them")},
          kJson},
         commandScan},
        {{QStringLiteral("staff"), QStringLiteral("add")},
         {},
         QStringLiteral("add a member of staff; the PIN (4 to 12 digits) comes on standard input"),
         {{QStringLiteral("id"), QStringLiteral("ID"), QStringLiteral("how they sign in"), true},
          {QStringLiteral("name"), QStringLiteral("NAME"), QStringLiteral("as receipts and reports show it"),
           true},
          {QStringLiteral("role"), QStringLiteral("ROLE"), QStringLiteral("cashier, manager or installer"),
           true},
          kJson},
         commandStaffAdd},
        {{QStringLiteral("staff"), QStringLiteral("list")},
         {},
         QStringLiteral("the staff, their roles, who is locked out"),
         {kJson},
         commandStaffList},
        {{QStringLiteral("staff"), QStringLiteral("pin")},
         QStringLiteral("ID"),
         QStringLiteral("a new PIN (from standard input); lifts a lockout"),
         {},
         commandStaffPin},
        {{QStringLiteral("staff"), QStringLiteral("disable")},
         QStringLiteral("ID"),
         QStringLiteral("the member can no longer sign in (their history stays)"),
         {},
         commandStaffDisable},
        {{QStringLiteral("staff"), QStringLiteral("verify")},
         QStringLiteral("ID"),
         QStringLiteral(
             "check a PIN from standard input (exit 1: wrong_pin, locked, disabled, unknown_staff)"),
         {kJson},
         commandStaffVerify},
        {{QStringLiteral("sale")},
         {},
         QStringLiteral(
             "an in-store sale: lines from the catalog (--sku) or named (--item with --price), vouchers "
             "applied (deals as discounts, cards as payment); exit 1: a voucher refused, nothing sold"),
         {{QStringLiteral("sku"), QStringLiteral("SKU"), QStringLiteral("a catalog product (repeatable)")},
          {QStringLiteral("item"), QStringLiteral("NAME"),
           QStringLiteral("a product not in the catalog (repeatable)")},
          {QStringLiteral("price"), QStringLiteral("AMOUNT"),
           QStringLiteral("the --item's price, without tax")},
          {QStringLiteral("quantity"), QStringLiteral("N"),
           QStringLiteral("of the line before it (default 1)")},
          {QStringLiteral("payment"), QStringLiteral("METHOD"),
           QStringLiteral("cash, card or other: what pays the rest")},
          {QStringLiteral("voucher"), QStringLiteral("CODE"),
           QStringLiteral("a voucher applied (repeatable)")},
          {QStringLiteral("cashier"), QStringLiteral("ID"), QStringLiteral("who sells")},
          {QStringLiteral("member"), QStringLiteral("CODE"),
           QStringLiteral("a member code: attributes the sale to the member (verified offline)")},
          kJson},
         commandSale},
        {{QStringLiteral("sale"), QStringLiteral("receipt")},
         QStringLiteral("SALE_ID"),
         QStringLiteral("the receipt: 42 columns of text for a receipt printer, or a PDF with --out"),
         {{QStringLiteral("out"), QStringLiteral("FILE.pdf"), QStringLiteral("write the receipt as a PDF")}},
         commandSaleReceipt},
        {{QStringLiteral("sale"), QStringLiteral("claim-code")},
         QStringLiteral("SALE_ID"),
         QStringLiteral("the sale's claim code, signed with the device key: a customer scans it to add the "
                        "sale to their online account (exit 1: no such sale, or voided; 2: not enrolled)"),
         {{QStringLiteral("png"), QStringLiteral("FILE"), QStringLiteral("also write it as a QR code (PNG)")},
          kJson},
         commandSaleClaimCode},
        {{QStringLiteral("catalog")},
         {},
         QStringLiteral("the store's products and prices, as the platform sent them"),
         {kJson},
         commandCatalog},
        {{QStringLiteral("void")},
         QStringLiteral("REDEMPTION_OR_SALE_ID"),
         QStringLiteral(
             "undo a redemption (the PIN of --by on standard input): its maker within the void window, a "
             "manager for any day not closed; exit 1: refused"),
         {{QStringLiteral("reason"), QStringLiteral("TEXT"),
           QStringLiteral("why, for the audit log and the manager"), true},
          {QStringLiteral("by"), QStringLiteral("STAFF_ID"), QStringLiteral("who voids it"), true},
          kJson},
         commandVoid},
        {{QStringLiteral("return")},
         QStringLiteral("[CODE]"),
         QStringLiteral(
             "return an online order (its code) or an in-store sale (--sale), whole or by line (the "
             "PIN of --by on standard input); exit 1: refused"),
         {{QStringLiteral("sale"), QStringLiteral("SALE_ID"),
           QStringLiteral("an in-store sale, instead of a code")},
          {QStringLiteral("line"), QStringLiteral("SKU[:QTY]"),
           QStringLiteral("a line to return, all of it unless QTY (repeatable; none: everything)")},
          {QStringLiteral("reason"), QStringLiteral("TEXT"), QStringLiteral("why, for the audit log"), true},
          {QStringLiteral("by"), QStringLiteral("STAFF_ID"),
           QStringLiteral("who returns it (a manager above the approval threshold)"), true},
          kJson},
         commandReturn},
        {{QStringLiteral("audit")},
         {},
         QStringLiteral("the audit log: sign-ins, wrong PINs, lockouts, staff changes"),
         {kJson},
         commandAudit},
        {{QStringLiteral("audit"), QStringLiteral("verify")},
         {},
         QStringLiteral("exit 0 when the audit chain is intact, 1 naming the first entry that is not"),
         {kJson},
         commandAuditVerify},
        {{QStringLiteral("report")},
         {},
         QStringLiteral("the redemptions and sales of a business day (or --from/--to) with totals, as JSON, "
                        "CSV or PDF"),
         {{QStringLiteral("date"), QStringLiteral("YYYY-MM-DD"), QStringLiteral("the day (default today)")},
          {QStringLiteral("from"), QStringLiteral("YYYY-MM-DD"), QStringLiteral("the first day of a range")},
          {QStringLiteral("to"), QStringLiteral("YYYY-MM-DD"), QStringLiteral("the last day of a range")},
          {QStringLiteral("format"), QStringLiteral("json|csv|pdf"), QStringLiteral("default json")},
          {QStringLiteral("out"), QStringLiteral("FILE"),
           QStringLiteral("where to write it (default standard output; a PDF needs a file)")}},
         commandReport},
        {{QStringLiteral("report"), QStringLiteral("campaigns")},
         {},
         QStringLiteral(
             "per campaign: redemptions, the spend of the sales they were used in, members new and "
             "returning, by day and hour (default today), as JSON, CSV or PDF"),
         {{QStringLiteral("from"), QStringLiteral("YYYY-MM-DD"), QStringLiteral("the first day")},
          {QStringLiteral("to"), QStringLiteral("YYYY-MM-DD"), QStringLiteral("the last day")},
          {QStringLiteral("format"), QStringLiteral("json|csv|pdf"), QStringLiteral("default json")},
          {QStringLiteral("out"), QStringLiteral("FILE"),
           QStringLiteral("where to write it (default standard output; a PDF needs a file)")}},
         commandReportCampaigns},
        {{QStringLiteral("screenshots")},
         {},
         QStringLiteral("every screen and state of the window as PNG files, rendered offscreen on demo data "
                        "(the data directory is not used)"),
         {{QStringLiteral("out"), QStringLiteral("DIR"), QStringLiteral("where to write the pictures"), true},
          {QStringLiteral("lang"), QStringLiteral("en|es|zh_CN"),
           QStringLiteral("a language (repeat for more; default all three)")},
          {QStringLiteral("size"), QStringLiteral("WxH"),
           QStringLiteral("a window size (repeat for more; default 800x480 and 1920x1080)")},
          {QStringLiteral("only"), QStringLiteral("TEXT"),
           QStringLiteral("the shots whose name contains it")}},
         commandScreenshots},
        {{QStringLiteral("close-day")},
         {},
         QStringLiteral("end of day (a manager's PIN on standard input): stores the Z report, sends it, "
                        "locks the day; exit 1: refused"),
         {{QStringLiteral("date"), QStringLiteral("YYYY-MM-DD"), QStringLiteral("the day (default today)")},
          {QStringLiteral("by"), QStringLiteral("STAFF_ID"), QStringLiteral("the manager who closes it"),
           true},
          {QStringLiteral("override-reason"), QStringLiteral("TEXT"),
           QStringLiteral("close although events wait to upload, and say why")},
          kJson},
         commandCloseDay},
        {{QStringLiteral("backup")},
         {},
         QStringLiteral("a consistent copy of the database, taken while the terminal runs (mode 0600)"),
         {{QStringLiteral("out"), QStringLiteral("FILE"), QStringLiteral("where to write the copy"), true},
          kJson},
         commandBackup},
        {{QStringLiteral("restore")},
         QStringLiteral("FILE"),
         QStringLiteral("put a backup in place of the database (the replaced one is kept under backups/); "
                        "exit 1: refused"),
         {{QStringLiteral("force"),
           {},
           QStringLiteral("replace it although events wait to upload or it cannot be read")},
          kJson},
         commandRestore},
        {{QStringLiteral("support-bundle")},
         {},
         QStringLiteral("logs, configuration without secrets, status, doctor and database checks in one "
                        ".tar.gz for support"),
         {{QStringLiteral("out"), QStringLiteral("FILE.tar.gz"), QStringLiteral("where to write the bundle"),
           true},
          kJson},
         commandSupportBundle},
        {{QStringLiteral("doctor")},
         {},
         QStringLiteral("self-test: camera, scanner, platform, certificates, clock, disk, database, outbox, "
                        "offline budget, data age, translations, fonts, versions; exit 1 when a check fails"),
         {kJson},
         commandDoctor},
    };
}

} // namespace

const cli::CommandTable& terminalCommands() {
    static const cli::CommandTable table(
        QStringLiteral("o2o-terminal"), commandList(),
        {{QStringLiteral("data-dir"), QStringLiteral("DIR"),
          QStringLiteral("the data directory (default $O2O_DATA_DIR, else the user's application data)")}});
    return table;
}

QString usageText() {
    return QStringLiteral(
               "Usage: o2o-terminal [--data-dir DIR] [COMMAND [OPTIONS]]\n"
               "Without a command, opens the terminal window:\n"
               "  o2o-terminal [--kiosk] [--fullscreen] [--camera NAME | --scan-video FILE] [--lang "
               "en|es|zh_CN] "
               "[--size WxH] [--screenshot PNG]\n"
               "  (--kiosk redeems scanned codes at once; --scan-video plays a video as the camera)\n"
               "  Defaults for these, the data directory and O2O_WEDGE: /etc/o2o-terminal/terminal.conf\n"
               "  ($O2O_CONFIG); the command line and the environment win over it.\n"
               "  --version                         print the version\n\n"
               "Commands (add --help to one for its options):\n") +
           terminalCommands().overview() +
           QStringLiteral(
               "\nExit codes: 0 success or accepted, 1 refused (a code, or an import file for its content),\n"
               "2 usage or system error.\n");
}

Result<void> openInputFile(QFile& file, const QString& path) {
    const bool ok = path == QStringLiteral("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!ok)
        return fail(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace o2o
