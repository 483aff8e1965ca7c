#include "sandbox/sandboxcli.h"
#include "sandbox/trustfile.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSaveFile>

namespace o2o::sandbox {

namespace {

constexpr qint64 kClockSkewSecs = 5 * 60; // keys and vouchers start a little early: terminals' clocks drift

QString keyIdText(quint32 id) {
    return QStringLiteral("%1").arg(id, 8, 16, QLatin1Char('0'));
}

int keysNew(PlatformStore& store, const CliArgs& args) {
    bool ok = false;
    const qint64 days = args.value(QStringLiteral("valid-days"), QStringLiteral("365")).toLongLong(&ok);
    if (!ok || days < 1 || days > 3650)
        return reportUsage(QStringLiteral("--valid-days must be a whole number from 1 to 3650"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto key = store.createSigningKey(now - kClockSkewSecs, now + days * 86400);
    if (!key)
        return reportError(key.error());
    if (args.has(QStringLiteral("json")))
        printJson(QJsonObject{{QStringLiteral("id"), keyIdText(key->id)},
                              {QStringLiteral("valid_from"), key->validFrom},
                              {QStringLiteral("valid_until"), key->validUntil}});
    else
        printLine(QStringLiteral(
                      "New signing key %1, valid for %2 days. Export the trust list to hand it to terminals.")
                      .arg(keyIdText(key->id))
                      .arg(days));
    return 0;
}

int keysList(PlatformStore& store, const CliArgs& args) {
    auto keys = store.signingKeys();
    auto current = store.currentSigningKey(QDateTime::currentSecsSinceEpoch());
    if (!keys || !current)
        return reportError(!keys ? keys.error() : current.error());
    const QString root = keyFingerprint(store.rootKey().publicRaw());
    QJsonArray list;
    for (const SigningKey& k : *keys)
        list.append(QJsonObject{{QStringLiteral("id"), keyIdText(k.id)},
                                {QStringLiteral("valid_from"), k.validFrom},
                                {QStringLiteral("valid_until"), k.validUntil},
                                {QStringLiteral("current"), *current && (*current)->id == k.id}});
    if (args.has(QStringLiteral("json"))) {
        printJson(QJsonObject{{QStringLiteral("keys"), list},
                              {QStringLiteral("root_fingerprint"), root},
                              {QStringLiteral("merchant_id"), qint64(store.merchantId())}});
        return 0;
    }
    printLine(QStringLiteral("Merchant %1, root key %2").arg(store.merchantId()).arg(root));
    for (const SigningKey& k : *keys)
        printLine(QStringLiteral("%1  %2 .. %3%4")
                      .arg(keyIdText(k.id),
                           QDateTime::fromSecsSinceEpoch(k.validFrom, Qt::UTC).toString(Qt::ISODate),
                           QDateTime::fromSecsSinceEpoch(k.validUntil, Qt::UTC).toString(Qt::ISODate),
                           *current && (*current)->id == k.id ? QStringLiteral("  (signing)") : QString()));
    return 0;
}

int keysExport(PlatformStore& store, const CliArgs& args) {
    const QString out = args.value(QStringLiteral("out"));
    if (out.isEmpty())
        return reportUsage(QStringLiteral("keys export needs --out FILE"));
    sql::Transaction transaction(store.connection());
    if (auto r = transaction.begin(); !r)
        return reportError(r.error());
    auto sequence = store.nextTrustSequence();
    if (!sequence)
        return reportError(sequence.error());
    auto trust = buildTrustFile(store, *sequence, QDateTime::currentSecsSinceEpoch());
    if (!trust)
        return reportError(trust.error());
    const TrustList& list = trust->list;
    const QByteArray& content = trust->content;
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return reportError(
            Error{ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(out, file.errorString())});
    if (auto r = transaction.commit(); !r)
        return reportError(r.error());
    if (args.has(QStringLiteral("json")))
        printJson(
            QJsonObject{{QStringLiteral("file"), out},
                        {QStringLiteral("sequence"), list.sequence},
                        {QStringLiteral("keys"), qint64(list.keys.size())},
                        {QStringLiteral("revoked"), qint64(list.revokedCount())},
                        {QStringLiteral("root_fingerprint"), keyFingerprint(store.rootKey().publicRaw())}});
    else
        printLine(QStringLiteral("Trust list %1 written to %2: %3 keys, %4 revoked vouchers.")
                      .arg(list.sequence)
                      .arg(out)
                      .arg(list.keys.size())
                      .arg(list.revokedCount()));
    return 0;
}

} // namespace

int commandKeys(const SandboxContext& context) {
    // The table routes "keys new", "keys list" and "keys export" here; the second word says which.
    const QString sub = context.command.value(1);
    const CliArgs& args = context.args;
    if (!args.positional.isEmpty())
        return reportUsage(QStringLiteral("keys %1 takes no further arguments").arg(sub.left(20)));
    auto store = openStore(context);
    if (!store)
        return reportError(store.error());
    if (sub == QStringLiteral("new"))
        return keysNew(**store, args);
    if (sub == QStringLiteral("list"))
        return keysList(**store, args);
    return keysExport(**store, args);
}

} // namespace o2o::sandbox
