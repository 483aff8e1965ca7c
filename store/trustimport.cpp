#include "store/trustimport.h"

#include "core/signedvoucher.h"
#include "core/trustlist.h"
#include "store/terminalsettings.h"

#include <algorithm>
#include <array>
#include <set>

namespace o2o {

namespace {

Result<void> replaceKeys(sql::Connection& c, const std::vector<TrustedKey>& keys) {
    if (auto r = c.exec("DELETE FROM signing_keys"); !r)
        return r;
    auto insert = c.prepare(
        "INSERT INTO signing_keys(key_id, public_key, valid_from, valid_until) VALUES(?1, ?2, ?3, ?4)");
    if (!insert)
        return Unexpected(insert.error());
    for (const TrustedKey& k : keys) {
        insert->reset()
            .bind(1, keyIdOf(k.publicKey))
            .bindBlob(2, k.publicKey)
            .bind(3, k.validFrom)
            .bind(4, k.validUntil);
        if (const int rc = insert->step(); rc != sql::kDone)
            return Unexpected(c.error(rc, QStringLiteral("cannot store a signing key")));
    }
    return {};
}

Result<void> replaceRevocations(sql::Connection& c, const QByteArray& ids) {
    if (auto r = c.exec("DELETE FROM revoked_vouchers"); !r)
        return r;
    // Sorted ids append to the B-tree instead of splitting pages all over it.
    using Id = std::array<char, 16>;
    std::vector<Id> sorted(size_t(ids.size() / 16));
    std::memcpy(sorted.data(), ids.constData(), size_t(ids.size()));
    std::sort(sorted.begin(), sorted.end(),
              [](const Id& a, const Id& b) { return std::memcmp(a.data(), b.data(), 16) < 0; });
    auto insert = c.prepare("INSERT OR IGNORE INTO revoked_vouchers(voucher_id) VALUES(?1)");
    if (!insert)
        return Unexpected(insert.error());
    for (const Id& id : sorted) {
        insert->reset().bindBlob(1, QByteArray::fromRawData(id.data(), 16));
        if (const int rc = insert->step(); rc != sql::kDone)
            return Unexpected(c.error(rc, QStringLiteral("cannot store the revocation list")));
    }
    return {};
}

} // namespace

Result<TrustImportSummary> importTrustFile(Database& db, const QByteArray& content) {
    sql::Transaction transaction(db.connection());
    O2O_TRY(transaction.begin());
    auto settings = TerminalSettings::load(db);
    if (!settings)
        return Unexpected(settings.error());
    auto list = readTrustList(content, settings->trustRootKey);
    if (!list)
        return Unexpected(list.error());

    TrustImportSummary summary;
    summary.sequence = list->sequence;
    summary.keys = int(list->keys.size());
    summary.revoked = list->revokedCount();
    summary.rootFingerprint = keyFingerprint(list->rootKey);
    summary.firstTrust = settings->trustRootKey.isEmpty();
    if (list->sequence < settings->trustSequence)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("trust file refused: sequence %1 is older than the one held (%2)")
                        .arg(list->sequence)
                        .arg(settings->trustSequence));
    if (list->sequence == settings->trustSequence) {
        summary.unchanged = true;
        return summary;
    }
    std::set<quint32> ids;
    for (const TrustedKey& k : list->keys)
        if (!ids.insert(keyIdOf(k.publicKey)).second)
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("trust file refused: two keys share a key id"));

    O2O_TRY(replaceKeys(db.connection(), list->keys));
    O2O_TRY(replaceRevocations(db.connection(), list->revokedIds));
    settings->trustRootKey = list->rootKey;
    settings->trustSequence = list->sequence;
    settings->merchantId = list->merchantId;
    settings->platformTimeMs = std::max(settings->platformTimeMs, list->issuedAt * 1000);
    O2O_TRY(settings->save(db));
    O2O_TRY(transaction.commit());
    return summary;
}

} // namespace o2o
