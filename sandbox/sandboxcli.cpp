#include "sandbox/sandboxcli.h"

namespace o2o::sandbox {

namespace {

using cli::Command;
using cli::Option;

const Option kJson{QStringLiteral("json"), {}, QStringLiteral("answer in one line of JSON")};

QList<Option> budgetOptions() {
    return {{QStringLiteral("offline-max-count"), QStringLiteral("N"),
             QStringLiteral("redemptions offline (-1: no limit)")},
            {QStringLiteral("offline-max-value"), QStringLiteral("AMOUNT"),
             QStringLiteral("value redeemed offline (-1: no limit)")},
            {QStringLiteral("offline-max-hours"), QStringLiteral("H"),
             QStringLiteral("hours offline since the last sync (-1: no limit)")}};
}

QList<Command> commandList() {
    const Option store{QStringLiteral("store"), QStringLiteral("ID"), QStringLiteral("the store"), true};
    const Option validDays{QStringLiteral("valid-days"), QStringLiteral("N"),
                           QStringLiteral("days of validity")};
    const QList<Option> faultOptions{
        {QStringLiteral("count"), QStringLiteral("N"),
         QStringLiteral("how many requests it strikes (default 1)")},
        {QStringLiteral("after"), QStringLiteral("N"), QStringLiteral("matching requests let through first")},
        {QStringLiteral("path"), QStringLiteral("PREFIX"),
         QStringLiteral("request paths it applies to (default /v1/)")},
        {QStringLiteral("seconds"), QStringLiteral("S"),
         QStringLiteral("stall: how long the answer is held")},
        {QStringLiteral("retry-after"), QStringLiteral("S"),
         QStringLiteral("status_503/429: the Retry-After header")},
        kJson};
    return {
        {{QStringLiteral("keys"), QStringLiteral("new")},
         {},
         QStringLiteral("a new voucher signing key"),
         {validDays, kJson},
         commandKeys},
        {{QStringLiteral("keys"), QStringLiteral("list")},
         {},
         QStringLiteral("the signing keys, the root key's fingerprint, the merchant"),
         {kJson},
         commandKeys},
        {{QStringLiteral("keys"), QStringLiteral("export")},
         {},
         QStringLiteral("the signed trust list for 'o2o-terminal trust import'"),
         {{QStringLiteral("out"), QStringLiteral("FILE"), QStringLiteral("where to write it"), true}, kJson},
         commandKeys},
        {{QStringLiteral("issue")},
         {},
         QStringLiteral("issue vouchers (cached, or --signed codes the terminal verifies itself)"),
         {{QStringLiteral("kind"), QStringLiteral("K"),
           QStringLiteral("single_use, multi_use, stored_value, pickup_order, ticket, online_only"), true},
          store,
          {QStringLiteral("value"), QStringLiteral("AMOUNT"), QStringLiteral("face value")},
          {QStringLiteral("uses"), QStringLiteral("N"), QStringLiteral("uses of a multi-use pass")},
          {QStringLiteral("count"), QStringLiteral("N"), QStringLiteral("how many")},
          {QStringLiteral("currency"), QStringLiteral("CUR"), QStringLiteral("ISO 4217 code")},
          validDays,
          {QStringLiteral("signed"), {}, QStringLiteral("a signed code")},
          {QStringLiteral("rotating"),
           {},
           QStringLiteral("a signed code whose wallet code changes every 30 s")},
          {QStringLiteral("campaign"), QStringLiteral("ID"),
           QStringLiteral("the deal or campaign it belongs to (counted by 'report campaigns')")},
          kJson},
         commandIssue},
        {{QStringLiteral("report"), QStringLiteral("campaigns")},
         {},
         QStringLiteral("per campaign, across every terminal: redemptions, the spend of the sales they were "
                        "used in, members new and returning, by day and hour"),
         {{QStringLiteral("from"), QStringLiteral("YYYY-MM-DD"),
           QStringLiteral("the first day (local time)")},
          {QStringLiteral("to"), QStringLiteral("YYYY-MM-DD"), QStringLiteral("the last day")},
          kJson},
         commandReportCampaigns},
        {{QStringLiteral("revoke")},
         QStringLiteral("CODE_OR_ID"),
         QStringLiteral("revoke a voucher (export the trust list again)"),
         {kJson},
         commandRevoke},
        {{QStringLiteral("wallet")},
         QStringLiteral("CODE"),
         QStringLiteral("the rotating code a customer's phone shows"),
         {{QStringLiteral("at-offset"), QStringLiteral("SECONDS"),
           QStringLiteral("as it will be (or was) that far from now")},
          kJson},
         commandWallet},
        {{QStringLiteral("member"), QStringLiteral("new")},
         {},
         QStringLiteral("a new member and the signed member code their app shows (prints member_id, code)"),
         {{QStringLiteral("name"), QStringLiteral("N"),
           QStringLiteral("the name the terminal greets them with (at most 32 bytes)")},
          {QStringLiteral("rotating"),
           {},
           QStringLiteral("a member code whose wallet code changes every 30 s")},
          kJson},
         commandMember},
        {{QStringLiteral("member"), QStringLiteral("show")},
         QStringLiteral("MEMBER_ID"),
         QStringLiteral("a member's points, visits and the events terminals attributed to them"),
         {kJson},
         commandMember},
        {{QStringLiteral("member"), QStringLiteral("revoke")},
         QStringLiteral("MEMBER_ID"),
         QStringLiteral("revoke a member code (terminals learn it with the next trust list)"),
         {kJson},
         commandMember},
        {{QStringLiteral("member"), QStringLiteral("wallet")},
         QStringLiteral("MEMBER_ID"),
         QStringLiteral("the rotating member code a member's phone shows"),
         {{QStringLiteral("at-offset"), QStringLiteral("SECONDS"),
           QStringLiteral("as it will be (or was) that far from now")},
          kJson},
         commandMember},
        {{QStringLiteral("serve")},
         {},
         QStringLiteral(
             "the HTTPS server with mutual TLS; prints 'listening on https://HOST:PORT' when ready"),
         {{QStringLiteral("listen"), QStringLiteral("HOST:PORT"),
           QStringLiteral("default 127.0.0.1:8443; port 0: any free port")}},
         commandServe},
        {{QStringLiteral("pair")},
         {},
         QStringLiteral("a one-time pairing code (15 minutes) for enrolling a terminal"),
         {store, kJson},
         commandPair},
        {{QStringLiteral("settings")},
         {},
         QStringLiteral("show or change a store's offline budget (terminals get it with their next sync) and "
                        "claim window"),
         QList<Option>{store} + budgetOptions() +
             QList<Option>{{QStringLiteral("claim-window-hours"), QStringLiteral("H"),
                            QStringLiteral("how long after a sale its claim code is taken (-1: no limit; "
                                           "default 720)")},
                           kJson},
         commandSettings},
        {{QStringLiteral("claim")},
         QStringLiteral("CODE"),
         QStringLiteral("a member claims an in-store sale with the claim code from its receipt: claimed, "
                        "already_claimed, held (until the sale arrives), bad_signature, unknown_terminal, "
                        "expired"),
         {{QStringLiteral("member"), QStringLiteral("ID"), QStringLiteral("the member claiming it"), true},
          kJson},
         commandClaim},
        {{QStringLiteral("devices")}, {}, QStringLiteral("the enrolled terminals"), {kJson}, commandDevices},
        {{QStringLiteral("devices"), QStringLiteral("revoke")},
         QStringLiteral("DEVICE_ID"),
         QStringLiteral("its requests get 403 from now on"),
         {kJson},
         commandDevices},
        {{QStringLiteral("devices"), QStringLiteral("forget")},
         QStringLiteral("DEVICE_ID"),
         QStringLiteral("its certificate becomes unknown (401)"),
         {kJson},
         commandDevices},
        {{QStringLiteral("ledger")},
         {},
         QStringLiteral("every event terminals uploaded, once each, with its outcome"),
         {kJson},
         commandLedger},
        {{QStringLiteral("catalog"), QStringLiteral("add")},
         {},
         QStringLiteral(
             "add or change a product of a store's catalog (terminals get it through the change feed)"),
         {store,
          {QStringLiteral("sku"), QStringLiteral("SKU"), QStringLiteral("the product's code"), true},
          {QStringLiteral("name"), QStringLiteral("NAME"), QStringLiteral("as receipts show it"), true},
          {QStringLiteral("price"), QStringLiteral("AMOUNT"),
           QStringLiteral("without tax, in the store's currency"), true},
          {QStringLiteral("tax-rate"), QStringLiteral("PCT"), QStringLiteral("tax in percent (default 0)")},
          kJson},
         commandCatalog},
        {{QStringLiteral("catalog"), QStringLiteral("list")},
         {},
         QStringLiteral("a store's catalog"),
         {store, kJson},
         commandCatalog},
        {{QStringLiteral("audit")},
         {},
         QStringLiteral("whether a terminal's audit chain is intact, and where it first broke"),
         {{QStringLiteral("terminal"), QStringLiteral("ID"),
           QStringLiteral("the terminal's id or its device id"), true},
          kJson},
         commandAudit},
        {{QStringLiteral("days")},
         {},
         QStringLiteral("the business days a store's terminals closed, with their Z reports' totals"),
         {store, kJson},
         commandDays},
        {{QStringLiteral("fault"), QStringLiteral("set")},
         QStringLiteral("KIND"),
         QStringLiteral("a real fault on the server's next requests: reset_before, reset_mid_response, "
                        "stall, status_500, "
                        "status_503, status_429, truncated_json, malformed_json, reply_lost"),
         faultOptions,
         commandFault},
        {{QStringLiteral("fault"), QStringLiteral("chaos")},
         {},
         QStringLiteral("a random fault of any kind (TLS handshakes too) on this share of the requests, "
                        "until fault clear; fault list counts them"),
         {{QStringLiteral("rate"), QStringLiteral("P"), QStringLiteral("probability per request, 0 to 1"),
           true},
          {QStringLiteral("seed"), QStringLiteral("N"), QStringLiteral("of the random choices (default 0)")},
          {QStringLiteral("stall-ms"), QStringLiteral("MS"),
           QStringLiteral("how long a stall holds the answer (default 2000)")},
          {QStringLiteral("stall-weight"), QStringLiteral("PCT"),
           QStringLiteral("a stall's chance against 100 for each other kind (default 100)")},
          {QStringLiteral("path"), QStringLiteral("PREFIX"),
           QStringLiteral("request paths it applies to (default /v1/)")},
          kJson},
         commandFault},
        {{QStringLiteral("fault"), QStringLiteral("clear")},
         {},
         QStringLiteral("remove every fault and stop chaos"),
         {kJson},
         commandFault},
        {{QStringLiteral("fault"), QStringLiteral("list")},
         {},
         QStringLiteral("the faults still to strike"),
         {kJson},
         commandFault},
    };
}

} // namespace

const cli::CommandTable& sandboxCommands() {
    static const cli::CommandTable table(
        QStringLiteral("o2o-sandbox"), commandList(),
        {{QStringLiteral("data-dir"), QStringLiteral("DIR"),
          QStringLiteral("the platform's data directory (default $O2O_SANDBOX_DIR)")}});
    return table;
}

QString sandboxUsage() {
    return QStringLiteral(
               "Usage: o2o-sandbox [--data-dir DIR] COMMAND [OPTIONS]\n"
               "The reference platform for tests and demos; the server of docs/protocol.md. The other\n"
               "commands work on the same data directory while the server runs.\n\n"
               "Commands:\n") +
           sandboxCommands().overview() + QStringLiteral("\nExit codes: 0 done, 2 usage or system error.\n");
}

Result<std::unique_ptr<PlatformStore>> openStore(const SandboxContext& context) {
    if (context.dataDir.isEmpty())
        return fail(ErrorCode::Usage, QStringLiteral("give --data-dir DIR or set O2O_SANDBOX_DIR"));
    return PlatformStore::open(context.dataDir);
}

} // namespace o2o::sandbox
