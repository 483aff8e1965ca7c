#pragma once

#include "core/error.h"
#include "core/voucher.h"

#include <QByteArray>
#include <QJsonObject>

namespace o2o {

/** A voucher with the code it is redeemed by, as the platform sends it (docs/voucher-records.md). */
struct VoucherRecord {
    QString code;
    Voucher voucher;
};

/** Reads one JSON-lines record, checking every field; the message names the field that is wrong. */
[[nodiscard]] Result<VoucherRecord> parseVoucherRecord(const QByteArray& jsonLine);
/** The same checks on a record already parsed (a change of the feed): one rule, one parse. */
[[nodiscard]] Result<VoucherRecord> parseVoucherRecord(const QJsonObject& record);
QJsonObject voucherRecordToJson(const VoucherRecord& record);

} // namespace o2o
