#include "store/migrations.h"

#include "store/databasefile.h"
#include "store/migrationrunner.h"
#include "store/returnsmigration.h"

#include <array>

namespace o2o {

namespace {

constexpr std::array<sql::MigrationStep, 13> kMigrations{{
    {1, R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE vouchers (
  code_hash BLOB PRIMARY KEY,        -- keyed hash of the code; the code itself is never stored
  voucher_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  status TEXT NOT NULL,
  description TEXT NOT NULL,
  currency TEXT NOT NULL,
  face_value INTEGER NOT NULL,
  balance INTEGER NOT NULL,
  uses_total INTEGER NOT NULL,
  uses_left INTEGER NOT NULL,
  valid_from INTEGER NOT NULL,
  valid_until INTEGER NOT NULL,
  stores TEXT NOT NULL,              -- comma-separated store ids; empty: every store
  weekdays INTEGER NOT NULL,         -- bit 0 = Monday
  minute_from INTEGER NOT NULL,
  minute_until INTEGER NOT NULL,
  min_spend INTEGER NOT NULL,
  items TEXT NOT NULL,               -- newline-separated item names (pickup orders)
  code_tail TEXT NOT NULL            -- last four characters, for people reading the ledger
) WITHOUT ROWID;
)sql"},
    {2, R"sql(
CREATE TABLE redemptions (
  seq INTEGER PRIMARY KEY,           -- append order: a redemption writes the end of the table
  id TEXT NOT NULL UNIQUE,           -- permanent UUID, also the platform's deduplication key
  code_hash BLOB NOT NULL,
  voucher_id TEXT NOT NULL,
  code_tail TEXT NOT NULL,
  kind TEXT NOT NULL,
  description TEXT NOT NULL,
  uses INTEGER NOT NULL,
  amount INTEGER NOT NULL,           -- minor units taken from the voucher (value for the offline budget)
  currency TEXT NOT NULL,
  cashier TEXT NOT NULL,
  terminal_id TEXT NOT NULL,
  store_id TEXT NOT NULL,
  at_ms INTEGER NOT NULL,
  online INTEGER NOT NULL
);
-- Append-only: each redemption's commit touches as few pages as possible (it is fsynced).
CREATE TABLE outbox (
  seq INTEGER PRIMARY KEY,
  event_id TEXT NOT NULL,            -- permanent UUID (random v4) the platform deduplicates forever
  type TEXT NOT NULL,
  payload TEXT NOT NULL,             -- the JSON body sent to the platform
  created_ms INTEGER NOT NULL
);
)sql"},
    {3, R"sql(
CREATE INDEX redemptions_by_time ON redemptions(at_ms);
)sql"},
    {4, R"sql(
-- Signed vouchers: the platform keys from the latest trust list, its revocations, and what is
-- left of each signed voucher this terminal has redeemed (absent: untouched).
CREATE TABLE signing_keys (
  key_id INTEGER PRIMARY KEY,        -- first 4 bytes of SHA-256 of the public key
  public_key BLOB NOT NULL,
  valid_from INTEGER NOT NULL,
  valid_until INTEGER NOT NULL       -- 0: no end
);
CREATE TABLE revoked_vouchers (voucher_id BLOB PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE signed_usage (
  voucher_id BLOB PRIMARY KEY,
  uses_left INTEGER NOT NULL,
  balance INTEGER NOT NULL
) WITHOUT ROWID;
)sql"},
    {5, R"sql(
-- Sync: the platform's answer to every event that left the outbox (kept: the proof of what was sent),
-- the conflicts among them for the manager, and an index so a removal from the change feed is one probe.
CREATE TABLE event_answers (
  event_id TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  status TEXT NOT NULL,              -- accepted, duplicate, conflict, rejected
  first_status TEXT NOT NULL,        -- duplicate: the status the platform gave the first time
  reason TEXT NOT NULL,              -- rejected: the platform's reason
  payload TEXT NOT NULL,             -- the event as it was queued
  created_ms INTEGER NOT NULL,
  answered_ms INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE conflicts (
  event_id TEXT PRIMARY KEY,
  redemption_id TEXT NOT NULL,       -- this terminal's redemption that lost
  voucher_id TEXT NOT NULL,
  terminal_id TEXT NOT NULL,
  at_ms INTEGER NOT NULL,
  first_terminal_id TEXT NOT NULL,   -- who redeemed it first, according to the platform
  first_at_ms INTEGER NOT NULL,
  first_redemption_id TEXT NOT NULL,
  recorded_ms INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX vouchers_by_id ON vouchers(voucher_id);
)sql"},
    {6, R"sql(
-- at_ms is the trusted time (never below the platform's last word nor the previous redemption), under
-- which the ledger files a redemption; wall_ms is what this machine's clock said, kept as evidence.
ALTER TABLE redemptions ADD COLUMN wall_ms INTEGER NOT NULL DEFAULT 0;
UPDATE redemptions SET wall_ms = at_ms;
)sql"},
    {7, R"sql(
-- Staff: the PIN only as its Argon2id hash (PHC string); the wrong-PIN counter and the lockout live here,
-- so no restart resets them.
CREATE TABLE staff (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('cashier', 'manager', 'installer')),
  pin_hash TEXT NOT NULL,
  active INTEGER NOT NULL,
  failed_attempts INTEGER NOT NULL,
  locked_until_ms INTEGER NOT NULL,
  created_ms INTEGER NOT NULL,
  updated_ms INTEGER NOT NULL
) WITHOUT ROWID;
-- The audit log: each entry SHA-256-chained to the one before. Its own rowid keeps the storage order,
-- so an entry moved (seq rewritten) shows as a break.
CREATE TABLE audit_log (
  seq INTEGER NOT NULL UNIQUE,
  at_ms INTEGER NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  subject TEXT NOT NULL,
  detail TEXT NOT NULL,
  prev_hash BLOB NOT NULL,
  hash BLOB NOT NULL
);
)sql"},
    {8, R"sql(
-- Voids: one per redemption or sale at most, restoring what it took in the same transaction. A
-- redemption remembers its event, so the void event can name it.
ALTER TABLE redemptions ADD COLUMN event_id TEXT NOT NULL DEFAULT '';
CREATE TABLE voids (
  id TEXT PRIMARY KEY,
  target_id TEXT NOT NULL UNIQUE,     -- the redemption (or sale) voided
  target_kind TEXT NOT NULL,          -- redemption, sale
  reason TEXT NOT NULL,
  by_staff TEXT NOT NULL,
  at_ms INTEGER NOT NULL,
  event_id TEXT NOT NULL
) WITHOUT ROWID;
-- Closed business days (local dates): the Z report as it was stored, and its SHA-256.
CREATE TABLE day_closes (
  day TEXT PRIMARY KEY,               -- YYYY-MM-DD in the terminal's time zone
  closed_ms INTEGER NOT NULL,
  by_staff TEXT NOT NULL,
  override_reason TEXT NOT NULL,
  report TEXT NOT NULL,
  report_sha256 TEXT NOT NULL,
  event_id TEXT NOT NULL
) WITHOUT ROWID;
)sql"},
    {9, R"sql(
-- The store's catalog, as the platform's change feed sends it. Prices in minor units, without tax;
-- tax rates in basis points (20 % = 2000).
CREATE TABLE catalog (
  sku TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  price INTEGER NOT NULL,
  tax_rate_bp INTEGER NOT NULL,
  active INTEGER NOT NULL
) WITHOUT ROWID;
-- In-store sales. Amounts in minor units of currency: total = subtotal - discount + tax. The lines,
-- payments and the redemptions of the vouchers applied are kept as the JSON the sale event carries.
CREATE TABLE sales (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  cashier TEXT NOT NULL,
  terminal_id TEXT NOT NULL,
  store_id TEXT NOT NULL,
  at_ms INTEGER NOT NULL,
  wall_ms INTEGER NOT NULL,
  currency TEXT NOT NULL,
  subtotal INTEGER NOT NULL,
  discount INTEGER NOT NULL,
  tax INTEGER NOT NULL,
  total INTEGER NOT NULL,
  lines TEXT NOT NULL,
  payments TEXT NOT NULL,
  redemption_ids TEXT NOT NULL,
  event_id TEXT NOT NULL
);
CREATE INDEX sales_by_time ON sales(at_ms);
-- A redemption made as part of a sale names it.
ALTER TABLE redemptions ADD COLUMN sale_id TEXT NOT NULL DEFAULT '';
)sql"},
    {10, R"sql(
-- A refusal names the redemption that used the voucher up (when, where, by whom): one probe by code,
-- however long the ledger has grown.
CREATE INDEX redemptions_by_code ON redemptions(code_hash);
)sql"},
    // Member codes (issue 14, section 1): the member a redemption or sale was attributed to.
    {11, R"sql(
-- The member (hex of the 16-byte id from a verified member code) a redemption or a sale was attributed
-- to; '' when none. Member codes are revoked through revoked_vouchers, like signed vouchers.
ALTER TABLE redemptions ADD COLUMN member_id TEXT NOT NULL DEFAULT '';
ALTER TABLE sales ADD COLUMN member_id TEXT NOT NULL DEFAULT '';
)sql"},
    {12, kReturnsSchemaStep}, // returns (issue 14): store/returnsmigration.h
    // --- campaigns (issue 14, section 4) ---
    {13, R"sql(
-- Campaigns: the deal or campaign a voucher came from, kept on the cached voucher and copied onto each
-- redemption so the count survives the voucher leaving the cache. Empty: none (every older row).
ALTER TABLE vouchers ADD COLUMN campaign TEXT NOT NULL DEFAULT '';
ALTER TABLE redemptions ADD COLUMN campaign TEXT NOT NULL DEFAULT '';
CREATE INDEX redemptions_by_campaign ON redemptions(campaign, at_ms) WHERE campaign != '';
)sql"},
}};

} // namespace

int latestSchemaVersion() {
    return kMigrations.back().version;
}

Result<void> migrate(sql::Connection& connection, int targetVersion) {
    return sql::runMigrations(connection, sql::MigrationPlan{QStringLiteral("terminal.db"), kMigrations,
                                                             targetVersion, kApplicationId});
}

} // namespace o2o
