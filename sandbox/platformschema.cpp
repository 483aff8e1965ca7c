#include "sandbox/platformschema.h"

#include "sandbox/refundsmigration.h"
#include "store/migrationrunner.h"

#include <array>

namespace o2o::sandbox {

namespace {

using Step = sql::MigrationStep;

// Step 1 is the schema the sandbox had before it was versioned: IF NOT EXISTS keeps data directories made
// by those builds working. Never edit a step once shipped; add one.
constexpr std::array<Step, 13> kSteps{{
    {1, R"sql(
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS signing_keys (
  key_id INTEGER PRIMARY KEY,
  public_key BLOB NOT NULL,
  private_seed BLOB NOT NULL,
  valid_from INTEGER NOT NULL,
  valid_until INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS vouchers (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  store_id TEXT NOT NULL,
  currency TEXT NOT NULL,
  value_minor INTEGER NOT NULL,
  uses INTEGER NOT NULL,
  valid_from INTEGER NOT NULL,
  valid_until INTEGER NOT NULL,
  signed INTEGER NOT NULL,
  rotating INTEGER NOT NULL,
  wallet_seed BLOB,
  revoked INTEGER NOT NULL DEFAULT 0
);
)sql"},
    {2, R"sql(
-- What the platform knows is left of each voucher (NULL: untouched, i.e. uses / value_minor).
ALTER TABLE vouchers ADD COLUMN uses_left INTEGER;
ALTER TABLE vouchers ADD COLUMN balance_left INTEGER;

-- The change feed: one row per thing that changed, re-numbered on every change, so a cursor (a seq)
-- sees each voucher once in its latest state. AUTOINCREMENT: a seq is never reused, even when the
-- newest row is replaced, or a terminal holding that seq as its cursor would miss the change.
CREATE TABLE changes (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  entity TEXT NOT NULL,              -- 'voucher' (entity_id = voucher id), 'settings' (store id), 'trust'
  entity_id TEXT NOT NULL,
  UNIQUE(entity, entity_id)
);

CREATE TABLE store_settings (
  store_id TEXT PRIMARY KEY,
  offline_max_count INTEGER NOT NULL,
  offline_max_value INTEGER NOT NULL,   -- minor units; -1: no limit
  offline_max_hours INTEGER NOT NULL,
  currency TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE pairing_codes (
  code TEXT PRIMARY KEY,
  store_id TEXT NOT NULL,
  created_ms INTEGER NOT NULL,
  expires_ms INTEGER NOT NULL,
  used_ms INTEGER,
  device_id TEXT
) WITHOUT ROWID;

CREATE TABLE devices (
  device_id TEXT PRIMARY KEY,
  store_id TEXT NOT NULL,
  terminal_id TEXT NOT NULL,
  software TEXT NOT NULL,
  cert_fingerprint TEXT NOT NULL UNIQUE, -- SHA-256 of the certificate's DER, hex: how requests find it
  cert_not_after INTEGER NOT NULL,
  enrolled_ms INTEGER NOT NULL,
  revoked_ms INTEGER
) WITHOUT ROWID;

-- Every event a terminal sent, once: event_id is the deduplication key, kept forever.
CREATE TABLE events (
  seq INTEGER PRIMARY KEY,
  event_id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  device_id TEXT NOT NULL,
  terminal_id TEXT NOT NULL,
  voucher_id TEXT NOT NULL,
  redemption_id TEXT NOT NULL,
  uses INTEGER NOT NULL,
  amount INTEGER NOT NULL,
  at_ms INTEGER NOT NULL,
  received_ms INTEGER NOT NULL,
  status TEXT NOT NULL,              -- accepted, conflict, rejected
  reason TEXT NOT NULL,
  payload TEXT NOT NULL
);
CREATE INDEX events_by_voucher ON events(voucher_id, status);
CREATE INDEX events_by_redemption ON events(redemption_id);

-- Uses reserved by POST /v1/redemptions/prepare until an event confirms them or they expire.
CREATE TABLE holds (
  hold_id TEXT PRIMARY KEY,
  device_id TEXT NOT NULL,
  redemption_id TEXT NOT NULL,
  voucher_id TEXT NOT NULL,
  uses INTEGER NOT NULL,
  amount INTEGER NOT NULL,
  created_ms INTEGER NOT NULL,
  expires_ms INTEGER NOT NULL,
  state TEXT NOT NULL,               -- held, confirmed, released
  UNIQUE(device_id, redemption_id)
) WITHOUT ROWID;

-- Faults the server injects into its next matching requests (o2o-sandbox fault set).
CREATE TABLE faults (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  path_prefix TEXT NOT NULL,
  remaining INTEGER NOT NULL,
  seconds INTEGER NOT NULL,
  retry_after INTEGER NOT NULL       -- -1: no Retry-After header
);

-- Triggers feed the change feed from every writer (the server and the admin commands alike), so no
-- code path can change a voucher or a setting and forget to tell the terminals.
CREATE TRIGGER voucher_added AFTER INSERT ON vouchers WHEN NEW.signed = 0 BEGIN
  DELETE FROM changes WHERE entity = 'voucher' AND entity_id = NEW.id;
  INSERT INTO changes(entity, entity_id) VALUES('voucher', NEW.id);
END;
CREATE TRIGGER voucher_changed AFTER UPDATE ON vouchers WHEN NEW.signed = 0 BEGIN
  DELETE FROM changes WHERE entity = 'voucher' AND entity_id = NEW.id;
  INSERT INTO changes(entity, entity_id) VALUES('voucher', NEW.id);
END;
CREATE TRIGGER settings_added AFTER INSERT ON store_settings BEGIN
  DELETE FROM changes WHERE entity = 'settings' AND entity_id = NEW.store_id;
  INSERT INTO changes(entity, entity_id) VALUES('settings', NEW.store_id);
END;
CREATE TRIGGER settings_changed AFTER UPDATE ON store_settings BEGIN
  DELETE FROM changes WHERE entity = 'settings' AND entity_id = NEW.store_id;
  INSERT INTO changes(entity, entity_id) VALUES('settings', NEW.store_id);
END;
-- The trust list's content changes with a new key or a revoked signed voucher: a new sequence.
CREATE TRIGGER trust_key_added AFTER INSERT ON signing_keys BEGIN
  INSERT OR IGNORE INTO meta(key, value) VALUES('trust_sequence', '0');
  UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'trust_sequence';
END;
CREATE TRIGGER trust_voucher_revoked AFTER UPDATE OF revoked ON vouchers
WHEN NEW.signed = 1 AND NEW.revoked = 1 AND OLD.revoked = 0 BEGIN
  INSERT OR IGNORE INTO meta(key, value) VALUES('trust_sequence', '0');
  UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'trust_sequence';
END;
CREATE TRIGGER trust_sequence_set AFTER INSERT ON meta WHEN NEW.key = 'trust_sequence' BEGIN
  DELETE FROM changes WHERE entity = 'trust';
  INSERT INTO changes(entity, entity_id) VALUES('trust', '');
END;
CREATE TRIGGER trust_sequence_changed AFTER UPDATE ON meta WHEN NEW.key = 'trust_sequence' BEGIN
  DELETE FROM changes WHERE entity = 'trust';
  INSERT INTO changes(entity, entity_id) VALUES('trust', '');
END;

-- Data made before the feed existed: every cached voucher, and the trust list when there are keys.
INSERT INTO changes(entity, entity_id) SELECT 'voucher', id FROM vouchers WHERE signed = 0 ORDER BY rowid;
INSERT OR IGNORE INTO meta(key, value) SELECT 'trust_sequence', '0' FROM signing_keys LIMIT 1;
UPDATE meta SET value = CAST(value AS INTEGER) + 1
 WHERE key = 'trust_sequence' AND EXISTS(SELECT 1 FROM signing_keys);
)sql"},
    {3, R"sql(
-- The conflict object a conflict answer carried (JSON), repeated on every duplicate of that event, so a
-- terminal whose first answer was lost still learns who redeemed first. '' for other answers and for
-- conflicts recorded before this step (their duplicates work it out again).
ALTER TABLE events ADD COLUMN conflict TEXT NOT NULL DEFAULT '';
)sql"},
    {4, R"sql(
-- Matching requests a fault lets through before it strikes (fault set --after N): the second page of a
-- pull, the third batch of an upload.
ALTER TABLE faults ADD COLUMN pass_first INTEGER NOT NULL DEFAULT 0;
)sql"},
    {5, R"sql(
-- Wrong codes sent for a pairing code, that is with its first four characters (PairingStore::recordMiss):
-- five spend it.
ALTER TABLE pairing_codes ADD COLUMN failed_attempts INTEGER NOT NULL DEFAULT 0;
)sql"},
    {6, R"sql(
-- Each terminal's audit chain as the platform received it: the head it must extend, and where it first
-- did not (0: intact so far).
CREATE TABLE audit_chains (
  device_id TEXT PRIMARY KEY,
  terminal_id TEXT NOT NULL,
  entries INTEGER NOT NULL,
  last_seq INTEGER NOT NULL,
  last_hash BLOB NOT NULL,
  first_bad_seq INTEGER NOT NULL,
  problem TEXT NOT NULL
) WITHOUT ROWID;
)sql"},
    {7, R"sql(
-- Each store's catalog (prices in minor units without tax, tax rates in basis points), fed to its
-- terminals through the change feed like vouchers: entity 'product', entity_id 'STORE|SKU'.
CREATE TABLE catalog (
  store_id TEXT NOT NULL,
  sku TEXT NOT NULL,
  name TEXT NOT NULL,
  price_minor INTEGER NOT NULL,
  tax_rate_bp INTEGER NOT NULL,
  active INTEGER NOT NULL,
  PRIMARY KEY (store_id, sku)
) WITHOUT ROWID;
CREATE TRIGGER product_added AFTER INSERT ON catalog BEGIN
  DELETE FROM changes WHERE entity = 'product' AND entity_id = NEW.store_id || '|' || NEW.sku;
  INSERT INTO changes(entity, entity_id) VALUES('product', NEW.store_id || '|' || NEW.sku);
END;
CREATE TRIGGER product_changed AFTER UPDATE ON catalog BEGIN
  DELETE FROM changes WHERE entity = 'product' AND entity_id = NEW.store_id || '|' || NEW.sku;
  INSERT INTO changes(entity, entity_id) VALUES('product', NEW.store_id || '|' || NEW.sku);
END;
)sql"},
    {8, R"sql(
-- Closed business days (day_closed events): each terminal's Z report per day, as the bytes its SHA-256
-- covers. One per terminal and day: a terminal never closes a day twice.
CREATE TABLE closed_days (
  terminal_id TEXT NOT NULL,
  day TEXT NOT NULL,                 -- YYYY-MM-DD, the terminal's business day
  device_id TEXT NOT NULL,
  store_id TEXT NOT NULL,            -- the device's store (its certificate), not the event's word
  closed_ms INTEGER NOT NULL,
  by_staff TEXT NOT NULL,
  override_reason TEXT NOT NULL,
  report TEXT NOT NULL,
  report_sha256 TEXT NOT NULL,
  event_id TEXT NOT NULL,
  received_ms INTEGER NOT NULL,
  PRIMARY KEY (terminal_id, day)
) WITHOUT ROWID;
CREATE INDEX closed_days_by_store ON closed_days(store_id, day);
)sql"},
    // Member codes (issue 14, section 1): sandbox/memberstore.*.
    {9, R"sql(
-- Members the platform issued member codes to. Their ids share the trust list's revocations with signed
-- vouchers (both are 16 random bytes), so revoking one raises the trust list's sequence.
CREATE TABLE members (
  member_id TEXT PRIMARY KEY,        -- lower-case hex of the 16-byte id in the code
  name TEXT NOT NULL,
  code TEXT NOT NULL UNIQUE,
  rotating INTEGER NOT NULL,
  wallet_seed BLOB,
  created_ms INTEGER NOT NULL,
  revoked INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
-- Accepted events terminals attributed to a member (member_id in the event's payload), once each.
CREATE TABLE member_events (
  seq INTEGER PRIMARY KEY,
  event_id TEXT NOT NULL UNIQUE,
  member_id TEXT NOT NULL,
  type TEXT NOT NULL,
  terminal_id TEXT NOT NULL,
  points INTEGER NOT NULL,           -- sales: 1 per whole currency unit of the total
  visit INTEGER NOT NULL,            -- 1: a sale, or a redemption outside a sale
  at_ms INTEGER NOT NULL,
  reverses TEXT NOT NULL DEFAULT ''  -- type 'void': the attributed event it takes back (-points, -visit)
);
CREATE INDEX member_events_by_member ON member_events(member_id);
CREATE INDEX member_events_by_reversed ON member_events(reverses) WHERE reverses != '';
CREATE TRIGGER trust_member_revoked AFTER UPDATE OF revoked ON members
WHEN NEW.revoked = 1 AND OLD.revoked = 0 BEGIN
  INSERT OR IGNORE INTO meta(key, value) VALUES('trust_sequence', '0');
  UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'trust_sequence';
END;
)sql"},
    // Claim codes (issue 14, docs/claim-codes.md). Kept in one step so a merge can renumber it whole.
    {10, R"sql(
-- The certificate each device enrolled with: a claim code it signed is checked against it.
CREATE TABLE device_certificates (
  device_id TEXT PRIMARY KEY,
  certificate_pem TEXT NOT NULL
) WITHOUT ROWID;

-- One claim per sale, whichever arrives first: the claim (held until the sale does) or the sale.
CREATE TABLE claims (
  terminal_id TEXT NOT NULL,
  sale_id TEXT NOT NULL,
  device_id TEXT NOT NULL,           -- the device whose certificate the code verified with
  store_id TEXT NOT NULL,
  member_id TEXT NOT NULL,
  currency TEXT NOT NULL,
  total_minor INTEGER NOT NULL,
  sold_at_ms INTEGER NOT NULL,
  claimed_ms INTEGER NOT NULL,
  applied_ms INTEGER,                -- when claim and sale met; NULL while held
  state TEXT NOT NULL,               -- held, claimed
  PRIMARY KEY (terminal_id, sale_id)
) WITHOUT ROWID;
CREATE INDEX claims_by_member ON claims(member_id);

-- Hours after a sale its claim code is taken, per store (-1: no limit); no row: 30 days.
CREATE TABLE claim_windows (
  store_id TEXT PRIMARY KEY,
  hours INTEGER NOT NULL
) WITHOUT ROWID;

-- A claim looks for its sale's event.
CREATE INDEX events_by_sale ON events(json_extract(payload, '$.payload.sale_id')) WHERE type = 'sale';
)sql"},
    {11, kRefundsSchemaStep}, // returns and refunds (issue 14): sandbox/refundsmigration.h
    // --- campaigns (issue 14, section 4) ---
    {12, R"sql(
-- The campaign a voucher was issued for (issue --campaign); '' for none and for every older voucher.
-- Redemption events carry it too (payload.campaign): `report campaigns` counts from the events.
ALTER TABLE vouchers ADD COLUMN campaign TEXT NOT NULL DEFAULT '';
CREATE INDEX events_by_type ON events(type, status);
)sql"},
    // --- network chaos (issue 16, section 4) ---
    {13, R"sql(
-- Chaos (o2o-sandbox fault chaos): every request and TLS handshake gets a random fault with this
-- probability; one row or none. chaos_injected counts the faults made, per kind, since chaos was set.
CREATE TABLE chaos (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  rate_ppm INTEGER NOT NULL,         -- probability per request, in millionths
  seed INTEGER NOT NULL,
  stall_ms INTEGER NOT NULL,
  stall_weight_pct INTEGER NOT NULL, -- a stall's chance against any other kind's 100
  path_prefix TEXT NOT NULL
);
CREATE TABLE chaos_injected (kind TEXT PRIMARY KEY, count INTEGER NOT NULL) WITHOUT ROWID;
)sql"},
}};

} // namespace

Result<void> migratePlatformSchema(sql::Connection& connection) {
    // Every server connection and every admin command opens the file: the runner skips the write lock
    // when the schema is current.
    return sql::runMigrations(
        connection, sql::MigrationPlan{QStringLiteral("platform.db"), kSteps, kSteps.back().version, {}});
}

} // namespace o2o::sandbox
