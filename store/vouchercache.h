#pragma once

#include "core/voucherrecord.h"
#include "store/database.h"

#include <optional>

namespace o2o {

/** A cached voucher with the key it is stored under. */
struct CachedVoucher {
    QByteArray codeHash;
    QString codeTail;
    Voucher voucher;
};

/** A voucher encoded as its cache row: built on any thread, written by the cache's. */
struct VoucherRow {
    QByteArray codeHash;
    Voucher voucher;
    QByteArray id, kind, status, description, currency, stores, items, codeTail, campaign; // UTF-8 columns

    static VoucherRow encode(QByteArray codeHash, const QString& codeTail, Voucher voucher);
};

/** The vouchers the platform sent for this store, found by the keyed hash of their code. */
class VoucherCache {
public:
    explicit VoucherCache(Database& db)
        : m_db(db) {}

    [[nodiscard]] Result<std::optional<CachedVoucher>> find(const QString& code);
    [[nodiscard]] Result<std::optional<CachedVoucher>> findByHash(const QByteArray& codeHash);
    /** Inserts or replaces one record; the caller holds the transaction. */
    [[nodiscard]] Result<void> upsert(const VoucherRecord& record);
    [[nodiscard]] Result<void> upsertRow(const VoucherRow& row);
    /** Writes what is left of a voucher after a redemption; the caller holds the transaction. */
    [[nodiscard]] Result<void> updateRemaining(const QByteArray& codeHash, const Voucher& v);
    [[nodiscard]] Result<qint64> count();
    /** Removes the vouchers whose platform id starts with prefix (demo data being replaced). */
    [[nodiscard]] Result<qint64> removeByIdPrefix(const QString& prefix);

    /**
     * The statements themselves, for the benchmark's bare-SQLite baseline (tests/bench): the baseline
     * then measures exactly the SQL the cache runs, without parsing, hashing or rules.
     */
    static const char* upsertSql();
    static const char* findSql();
    static void bindRow(sql::Statement& upsert, const VoucherRow& row);

private:
    Database& m_db;
    sql::Statement m_find;
    sql::Statement m_upsert;
    sql::Statement m_update;
};

} // namespace o2o
