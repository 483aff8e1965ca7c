#include "sandbox/platformstore.h"

#include "sandbox/platformschema.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

namespace o2o::sandbox {

namespace {

constexpr const char* kVoucherColumns = "id, code, kind, store_id, currency, value_minor, uses, valid_from, "
                                        "valid_until, signed, rotating, wallet_seed, revoked, campaign";

IssuedVoucher readVoucher(const sql::Statement& s) {
    IssuedVoucher v;
    v.id = s.text(0);
    v.code = s.text(1);
    v.kind = kindFromName(s.text(2)).value_or(VoucherKind::SingleUse);
    v.storeId = s.text(3);
    v.currency = s.text(4);
    v.valueMinor = s.int64(5);
    v.uses = int(s.int64(6));
    v.validFrom = s.int64(7);
    v.validUntil = s.int64(8);
    v.isSigned = s.int64(9) != 0;
    v.rotating = s.int64(10) != 0;
    v.walletSeed = s.blob(11);
    v.revoked = s.int64(12) != 0;
    v.campaign = s.text(13);
    return v;
}

SigningKey readKey(const sql::Statement& s) {
    return SigningKey{quint32(s.int64(0)), s.blob(1), s.blob(2), s.int64(3), s.int64(4)};
}

} // namespace

Result<std::unique_ptr<PlatformStore>> PlatformStore::open(const QString& dataDir) {
    if (!QDir().mkpath(dataDir))
        return fail(ErrorCode::Io, QStringLiteral("cannot create %1").arg(dataDir));
    const QString path = QDir(dataDir).filePath(QStringLiteral("platform.db"));
    const bool isNew = !QFile::exists(path);
    std::unique_ptr<PlatformStore> store(new PlatformStore);
    O2O_TRY(store->m_connection.open(path, false));
    // It holds private keys: only the owner may read it.
    if (isNew)
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // The server and the admin commands are separate processes on one file: WAL lets them read while
    // another writes, the busy timeout makes a writer wait instead of failing. The events the platform
    // answers "accepted" must survive a power cut: synchronous=FULL.
    O2O_TRY(store->m_connection.exec("PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL; "
                                     "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON"));
    O2O_TRY(migratePlatformSchema(store->m_connection));
    O2O_TRY(store->loadIdentity());
    return store;
}

Result<QString> PlatformStore::meta(const char* key) {
    auto stmt = m_connection.prepare("SELECT value FROM meta WHERE key = ?1");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, QString::fromLatin1(key));
    const int rc = stmt->step();
    if (rc != sql::kRow && rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot read the platform settings")));
    return rc == sql::kRow ? stmt->text(0) : QString();
}

Result<void> PlatformStore::setMeta(const char* key, const QString& value) {
    auto stmt = m_connection.prepare("INSERT INTO meta(key, value) VALUES(?1, ?2) "
                                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, QString::fromLatin1(key)).bind(2, value);
    if (const int rc = stmt->step(); rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot save the platform settings")));
    return {};
}

Result<void> PlatformStore::loadIdentity() {
    // Made once per data directory; later opens (one per server connection) only read.
    auto merchant = meta("merchant_id");
    auto rootSeed = meta("root_seed");
    if (merchant && rootSeed && !merchant->isEmpty() && !rootSeed->isEmpty())
        return useIdentity(*merchant, *rootSeed);
    sql::Transaction transaction(m_connection);
    if (auto r = transaction.begin(); !r)
        return r;
    merchant = meta("merchant_id");
    rootSeed = meta("root_seed");
    if (!merchant || !rootSeed)
        return Unexpected(!merchant ? merchant.error() : rootSeed.error());
    if (merchant->isEmpty()) {
        *merchant = QString::number(QRandomGenerator::system()->bounded(1u, 0x7FFFFFFFu));
        if (auto r = setMeta("merchant_id", *merchant); !r)
            return r;
    }
    if (rootSeed->isEmpty()) {
        auto root = Ed25519PrivateKey::generate();
        if (!root)
            return Unexpected(root.error());
        *rootSeed = QString::fromLatin1(root->seed().toBase64());
        if (auto r = setMeta("root_seed", *rootSeed); !r)
            return r;
    }
    if (auto r = useIdentity(*merchant, *rootSeed); !r)
        return r;
    return transaction.commit();
}

Result<void> PlatformStore::useIdentity(const QString& merchant, const QString& rootSeed) {
    auto root = Ed25519PrivateKey::fromSeed(QByteArray::fromBase64(rootSeed.toLatin1()));
    if (!root)
        return Unexpected(root.error());
    m_rootKey.emplace(std::move(*root));
    m_merchantId = merchant.toUInt();
    return {};
}

Result<SigningKey> PlatformStore::createSigningKey(qint64 validFrom, qint64 validUntil) {
    auto key = Ed25519PrivateKey::generate();
    if (!key)
        return Unexpected(key.error());
    SigningKey k{keyIdOf(key->publicRaw()), key->publicRaw(), key->seed(), validFrom, validUntil};
    auto stmt = m_connection.prepare("INSERT INTO signing_keys(key_id, public_key, private_seed, valid_from, "
                                     "valid_until) VALUES(?1, ?2, ?3, ?4, ?5)");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, k.id)
        .bindBlob(2, k.publicKey)
        .bindBlob(3, k.privateSeed)
        .bind(4, validFrom)
        .bind(5, validUntil);
    if (const int rc = stmt->step(); rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot store the signing key")));
    return k;
}

Result<std::vector<SigningKey>> PlatformStore::signingKeys() {
    auto stmt = m_connection.prepare("SELECT key_id, public_key, private_seed, valid_from, valid_until "
                                     "FROM signing_keys ORDER BY valid_from, key_id");
    if (!stmt)
        return Unexpected(stmt.error());
    std::vector<SigningKey> keys;
    int rc = sql::kRow;
    while ((rc = stmt->step()) == sql::kRow)
        keys.push_back(readKey(*stmt));
    if (rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot read the signing keys")));
    return keys;
}

Result<std::optional<SigningKey>> PlatformStore::currentSigningKey(qint64 utcSecs) {
    auto keys = signingKeys();
    if (!keys)
        return Unexpected(keys.error());
    std::optional<SigningKey> newest;
    for (const SigningKey& k : *keys)
        if (k.validFrom <= utcSecs && (k.validUntil == 0 || utcSecs < k.validUntil))
            newest = k; // ordered by valid_from: the last valid one is the newest
    return newest;
}

Result<void> PlatformStore::addVoucher(const IssuedVoucher& v) {
    const QByteArray sqlText = QByteArrayLiteral("INSERT INTO vouchers(") + kVoucherColumns +
                               ") VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)";
    auto stmt = m_connection.prepare(sqlText.constData());
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, v.id)
        .bind(2, v.code)
        .bind(3, kindName(v.kind))
        .bind(4, v.storeId)
        .bind(5, v.currency)
        .bind(6, v.valueMinor)
        .bind(7, v.uses)
        .bind(8, v.validFrom)
        .bind(9, v.validUntil)
        .bind(10, v.isSigned)
        .bind(11, v.rotating)
        .bindBlob(12, v.walletSeed)
        .bind(13, v.revoked)
        .bind(14, v.campaign);
    if (const int rc = stmt->step(); rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot store the voucher")));
    return {};
}

Result<std::optional<IssuedVoucher>> PlatformStore::findVoucher(const QString& codeOrId) {
    const QByteArray sqlText =
        QByteArrayLiteral("SELECT ") + kVoucherColumns + " FROM vouchers WHERE id = ?1 OR code = ?1";
    auto stmt = m_connection.prepare(sqlText.constData());
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, codeOrId.trimmed());
    const int rc = stmt->step();
    if (rc == sql::kDone)
        return std::optional<IssuedVoucher>();
    if (rc != sql::kRow)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot read the vouchers")));
    return std::optional<IssuedVoucher>(readVoucher(*stmt));
}

Result<bool> PlatformStore::revoke(const QString& voucherId) {
    auto stmt = m_connection.prepare("UPDATE vouchers SET revoked = 1 WHERE id = ?1 AND revoked = 0");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, voucherId);
    if (const int rc = stmt->step(); rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot revoke the voucher")));
    return m_connection.changes() > 0;
}

Result<QByteArray> PlatformStore::revokedSignedIds() {
    // Revoked members share the list (sandbox/memberstore.h): their ids are 16 random bytes too.
    auto stmt = m_connection.prepare("SELECT id FROM vouchers WHERE signed = 1 AND revoked = 1 "
                                     "UNION SELECT member_id FROM members WHERE revoked = 1 ORDER BY 1");
    if (!stmt)
        return Unexpected(stmt.error());
    QByteArray ids;
    int rc = sql::kRow;
    while ((rc = stmt->step()) == sql::kRow)
        ids.append(QByteArray::fromHex(stmt->text(0).toLatin1()));
    if (rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot read the revocations")));
    return ids;
}

Result<qint64> PlatformStore::trustSequence() {
    auto current = meta("trust_sequence");
    if (!current)
        return Unexpected(current.error());
    return current->toLongLong();
}

Result<qint64> PlatformStore::nextTrustSequence() {
    auto current = meta("trust_sequence");
    if (!current)
        return Unexpected(current.error());
    const qint64 next = current->toLongLong() + 1;
    O2O_TRY(setMeta("trust_sequence", QString::number(next)));
    return next;
}

} // namespace o2o::sandbox
