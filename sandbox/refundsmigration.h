#pragma once

namespace o2o::sandbox {

/**
 * The platform's schema step for returns (issue 14, section 3), kept apart so a merge with other steps
 * only renumbers its line in platformschema.cpp. One row per return a terminal reported: an online
 * order's is a refund on its online payment (the order is refunded once the refunds reach its value); an
 * in-store sale's is kept for the merchant (its card refunds go back on the cards).
 */
inline constexpr const char* kRefundsSchemaStep = R"sql(
CREATE TABLE refunds (
  return_id TEXT PRIMARY KEY,
  event_id TEXT NOT NULL,
  terminal_id TEXT NOT NULL,
  store_id TEXT NOT NULL,            -- the device's store (its certificate)
  source TEXT NOT NULL,              -- order, sale
  source_id TEXT NOT NULL,           -- the order's voucher id, or the sale id
  amount INTEGER NOT NULL,           -- minor units
  currency TEXT NOT NULL,
  refunds TEXT NOT NULL,             -- [{method, amount, redemption_id?}] as the event carried it
  received_ms INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX refunds_by_source ON refunds(source_id);
)sql";

} // namespace o2o::sandbox
