#pragma once

namespace o2o {

/**
 * The terminal's schema step for returns (issue 14, section 3), kept apart so a merge with other steps
 * only renumbers the one line of store/migrations.cpp that lists it. Each return names what it returns
 * (an in-store sale or an online order, by the order's voucher id and code hash), the lines and amount,
 * and how the money went back (JSON, as its `return` event carries it).
 */
inline constexpr const char* kReturnsSchemaStep = R"sql(
CREATE TABLE returns (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,            -- permanent UUID, also in the return event
  source_kind TEXT NOT NULL CHECK (source_kind IN ('sale', 'order')),
  source_id TEXT NOT NULL,            -- the sale id, or the online order's voucher id
  code_hash BLOB NOT NULL,            -- order: the keyed hash of its code; sale: empty
  lines TEXT NOT NULL,                -- [{key, sku, name, quantity, amount}] (minor units)
  amount INTEGER NOT NULL,            -- the refund, minor units
  currency TEXT NOT NULL,
  refunds TEXT NOT NULL,              -- [{method, amount, redemption_id?}]: cash, card, other, voucher, online
  reason TEXT NOT NULL,
  by_staff TEXT NOT NULL,
  terminal_id TEXT NOT NULL,
  store_id TEXT NOT NULL,
  at_ms INTEGER NOT NULL,             -- trusted time, as sales
  wall_ms INTEGER NOT NULL,
  event_id TEXT NOT NULL
);
CREATE INDEX returns_by_source ON returns(source_id);
CREATE INDEX returns_by_time ON returns(at_ms);
)sql";

} // namespace o2o
