#include "store/vouchercache.h"

namespace o2o {

namespace {

constexpr const char* kFind =
    "SELECT voucher_id, kind, status, description, currency, face_value, balance, uses_total, uses_left, "
    "valid_from, valid_until, stores, weekdays, minute_from, minute_until, min_spend, items, code_tail, "
    "campaign FROM vouchers WHERE code_hash = ?1";

// A re-sent voucher never gives back uses or balance this terminal has already taken: the platform
// may not have heard of them yet.
constexpr const char* kUpsert =
    "INSERT INTO vouchers(code_hash, voucher_id, kind, status, description, currency, face_value, balance, "
    "uses_total, uses_left, valid_from, valid_until, stores, weekdays, minute_from, minute_until, min_spend, "
    "items, code_tail, campaign) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
    "?16, ?17, ?18, ?19, ?20) "
    "ON CONFLICT(code_hash) DO UPDATE SET voucher_id = excluded.voucher_id, kind = excluded.kind, "
    "status = excluded.status, description = excluded.description, currency = excluded.currency, "
    "face_value = excluded.face_value, balance = min(balance, excluded.balance), uses_total = "
    "excluded.uses_total, "
    "uses_left = min(uses_left, excluded.uses_left), valid_from = excluded.valid_from, "
    "valid_until = excluded.valid_until, stores = excluded.stores, weekdays = excluded.weekdays, "
    "minute_from = excluded.minute_from, minute_until = excluded.minute_until, min_spend = "
    "excluded.min_spend, "
    "items = excluded.items, code_tail = excluded.code_tail, campaign = excluded.campaign";

constexpr const char* kUpdate = "UPDATE vouchers SET uses_left = ?2, balance = ?3 WHERE code_hash = ?1";

QStringList splitList(const QString& joined, QChar separator) {
    return joined.isEmpty() ? QStringList() : joined.split(separator);
}

} // namespace

Result<std::optional<CachedVoucher>> VoucherCache::find(const QString& code) {
    return findByHash(m_db.hasher().hash(code));
}

Result<std::optional<CachedVoucher>> VoucherCache::findByHash(const QByteArray& codeHash) {
    auto stmt = m_db.connection().reuse(m_find, kFind);
    if (!stmt)
        return Unexpected(stmt.error());
    sql::Statement& q = **stmt;
    q.bindBlob(1, codeHash);
    const int rc = q.step();
    if (rc == sql::kDone)
        return std::nullopt;
    if (rc != sql::kRow)
        return Unexpected(m_db.connection().error(rc, QStringLiteral("cannot look up the voucher")));
    CachedVoucher found;
    found.codeHash = codeHash;
    Voucher& v = found.voucher;
    v.id = q.text(0);
    const auto kind = kindFromName(q.text(1));
    const auto status = statusFromName(q.text(2));
    if (!kind || !status)
        return fail(ErrorCode::DatabaseDamaged,
                    QStringLiteral("a cached voucher has an unknown kind or status"));
    v.kind = *kind;
    v.status = *status;
    v.description = q.text(3);
    v.currency = q.text(4);
    v.faceValueMinor = q.int64(5);
    v.balanceMinor = q.int64(6);
    v.usesTotal = int(q.int64(7));
    v.usesLeft = int(q.int64(8));
    v.validFrom = q.int64(9);
    v.validUntil = q.int64(10);
    v.stores = splitList(q.text(11), u',');
    v.weekdays = quint8(q.int64(12));
    v.minuteFrom = int(q.int64(13));
    v.minuteUntil = int(q.int64(14));
    v.minSpendMinor = q.int64(15);
    v.items = splitList(q.text(16), u'\n');
    found.codeTail = q.text(17);
    v.campaign = q.text(18);
    q.reset();
    return found;
}

VoucherRow VoucherRow::encode(QByteArray codeHash, const QString& codeTail, Voucher voucher) {
    VoucherRow row;
    row.codeHash = std::move(codeHash);
    row.id = voucher.id.toUtf8();
    row.kind = kindName(voucher.kind).toUtf8();
    row.status = statusName(voucher.status).toUtf8();
    row.description = voucher.description.toUtf8();
    row.currency = voucher.currency.toUtf8();
    row.stores = voucher.stores.join(u',').toUtf8();
    row.items = voucher.items.join(u'\n').toUtf8();
    row.codeTail = codeTail.toUtf8();
    row.campaign = voucher.campaign.toUtf8();
    row.voucher = std::move(voucher);
    return row;
}

Result<void> VoucherCache::upsert(const VoucherRecord& record) {
    return upsertRow(
        VoucherRow::encode(m_db.hasher().hash(record.code), record.code.right(4), record.voucher));
}

const char* VoucherCache::upsertSql() {
    return kUpsert;
}

const char* VoucherCache::findSql() {
    return kFind;
}

void VoucherCache::bindRow(sql::Statement& upsert, const VoucherRow& row) {
    const Voucher& v = row.voucher;
    upsert.bindBlob(1, row.codeHash)
        .bindUtf8(2, row.id)
        .bindUtf8(3, row.kind)
        .bindUtf8(4, row.status)
        .bindUtf8(5, row.description)
        .bindUtf8(6, row.currency)
        .bind(7, v.faceValueMinor)
        .bind(8, v.balanceMinor)
        .bind(9, v.usesTotal)
        .bind(10, v.usesLeft)
        .bind(11, v.validFrom)
        .bind(12, v.validUntil)
        .bindUtf8(13, row.stores)
        .bind(14, v.weekdays)
        .bind(15, v.minuteFrom)
        .bind(16, v.minuteUntil)
        .bind(17, v.minSpendMinor)
        .bindUtf8(18, row.items)
        .bindUtf8(19, row.codeTail)
        .bindUtf8(20, row.campaign);
}

Result<void> VoucherCache::upsertRow(const VoucherRow& row) {
    auto stmt = m_db.connection().reuse(m_upsert, kUpsert);
    if (!stmt)
        return Unexpected(stmt.error());
    bindRow(**stmt, row);
    if (const int rc = (*stmt)->step(); rc != sql::kDone)
        return Unexpected(m_db.connection().error(rc, QStringLiteral("cannot store a voucher")));
    return {};
}

Result<void> VoucherCache::updateRemaining(const QByteArray& codeHash, const Voucher& v) {
    auto stmt = m_db.connection().reuse(m_update, kUpdate);
    if (!stmt)
        return Unexpected(stmt.error());
    (*stmt)->bindBlob(1, codeHash).bind(2, v.usesLeft).bind(3, v.balanceMinor);
    if (const int rc = (*stmt)->step(); rc != sql::kDone)
        return Unexpected(m_db.connection().error(rc, QStringLiteral("cannot update the voucher")));
    return {};
}

Result<qint64> VoucherCache::removeByIdPrefix(const QString& prefix) {
    auto stmt =
        m_db.connection().prepare("DELETE FROM vouchers WHERE substr(voucher_id, 1, length(?1)) = ?1");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, prefix);
    if (const int rc = stmt->step(); rc != sql::kDone)
        return Unexpected(m_db.connection().error(rc, QStringLiteral("cannot remove vouchers")));
    return qint64(m_db.connection().changes());
}

Result<qint64> VoucherCache::count() {
    return m_db.connection().scalar("SELECT count(*) FROM vouchers");
}

} // namespace o2o
