#include "core/voucherrecord.h"

#include "core/jsoninteger.h"

#include "core/codeinput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace o2o {

namespace {

constexpr qint64 kMaxMinor = 1'000'000'000'000'000LL;

Unexpected bad(const QString& what) {
    return fail(ErrorCode::InvalidInput, what);
}

// Integers arrive as JSON numbers (doubles): refuse fractions and values a double cannot hold exactly.
bool readInteger(const QJsonObject& o, QLatin1StringView key, qint64 min, qint64 max, qint64& out) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return true;
    const std::optional<qint64> n = jsonInteger(v, min, max);
    if (n)
        out = *n;
    return n.has_value();
}

bool readMinute(const QJsonValue& v, int& out) {
    const QString s = v.toString();
    if (s.size() != 5 || s.at(2) != u':')
        return false;
    bool okH = false, okM = false;
    const int h = s.left(2).toInt(&okH);
    const int m = s.mid(3).toInt(&okM);
    if (!okH || !okM || h < 0 || h > 24 || m < 0 || m > 59 || (h == 24 && m != 0))
        return false;
    out = h * 60 + m;
    return true;
}

bool readStringList(const QJsonObject& o, QLatin1StringView key, QStringList& out) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return true;
    if (!v.isArray())
        return false;
    for (const QJsonValue item : v.toArray()) {
        if (!item.isString() || item.toString().isEmpty() || item.toString().contains(u','))
            return false;
        out.append(item.toString());
    }
    return true;
}

QString minuteText(int minute) {
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

Result<VoucherRecord> parseVoucherRecord(const QByteArray& jsonLine) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(jsonLine, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return bad(QStringLiteral("not a JSON object (%1)").arg(error.errorString()));
    return parseVoucherRecord(doc.object());
}

Result<VoucherRecord> parseVoucherRecord(const QJsonObject& o) {
    VoucherRecord record;
    Voucher& v = record.voucher;
    const auto code = normalizeCode(o.value(QLatin1StringView("code")).toString());
    if (!code)
        return bad(QStringLiteral("'code' is missing or not a valid code"));
    record.code = *code;
    v.id = o.value(QLatin1StringView("id")).toString();
    if (v.id.isEmpty() || v.id.size() > 128)
        return bad(QStringLiteral("'id' is missing or longer than 128 characters"));
    const auto kind = kindFromName(o.value(QLatin1StringView("kind")).toString());
    if (!kind)
        return bad(QStringLiteral("'kind' is not a known voucher kind"));
    v.kind = *kind;
    const QJsonValue status = o.value(QLatin1StringView("status"));
    const auto parsedStatus =
        statusFromName(status.isUndefined() ? QStringLiteral("active") : status.toString());
    if (!parsedStatus)
        return bad(QStringLiteral("'status' is not one of active, revoked, refunded, expired"));
    v.status = *parsedStatus;
    v.description = o.value(QLatin1StringView("description")).toString();
    if (v.description.size() > 500)
        return bad(QStringLiteral("'description' is longer than 500 characters"));
    v.currency = o.value(QLatin1StringView("currency")).toString(QStringLiteral("EUR"));
    if (!Money::isValidCurrency(v.currency))
        return bad(QStringLiteral("'currency' is not a three-letter ISO 4217 code"));

    qint64 usesTotal = v.kind == VoucherKind::MultiUse ? -1 : 1;
    if (!readInteger(o, QLatin1StringView("uses_total"), 1, 100000, usesTotal) || usesTotal < 0)
        return bad(QStringLiteral("'uses_total' must be a whole number from 1 to 100000"));
    qint64 usesLeft = usesTotal;
    if (!readInteger(o, QLatin1StringView("uses_left"), 0, usesTotal, usesLeft))
        return bad(QStringLiteral("'uses_left' must be a whole number from 0 to uses_total"));
    v.usesTotal = int(usesTotal);
    v.usesLeft = int(usesLeft);

    if (!readInteger(o, QLatin1StringView("face_value"), 0, kMaxMinor, v.faceValueMinor))
        return bad(QStringLiteral("'face_value' must be a whole number of minor units"));
    v.balanceMinor = v.faceValueMinor;
    if (!readInteger(o, QLatin1StringView("balance"), 0, kMaxMinor, v.balanceMinor))
        return bad(QStringLiteral("'balance' must be a whole number of minor units"));
    // A card never holds more than was paid for it: a larger balance is a platform fault or a forgery,
    // and would let the counter hand out money nobody paid. (A top-up raises face_value with it.)
    if (v.balanceMinor > v.faceValueMinor)
        return bad(QStringLiteral("'balance' must not exceed 'face_value'"));
    if (!readInteger(o, QLatin1StringView("min_spend"), 0, kMaxMinor, v.minSpendMinor))
        return bad(QStringLiteral("'min_spend' must be a whole number of minor units"));
    constexpr qint64 kYear9999 = 253402300799LL;
    if (!readInteger(o, QLatin1StringView("valid_from"), 0, kYear9999, v.validFrom) ||
        !readInteger(o, QLatin1StringView("valid_until"), 0, kYear9999, v.validUntil))
        return bad(QStringLiteral("'valid_from' and 'valid_until' must be Unix seconds"));
    if (v.validFrom != 0 && v.validUntil != 0 && v.validUntil <= v.validFrom)
        return bad(QStringLiteral("'valid_until' must be after 'valid_from'"));
    if (!readStringList(o, QLatin1StringView("stores"), v.stores))
        return bad(QStringLiteral("'stores' must be a list of store ids"));
    if (!readStringList(o, QLatin1StringView("items"), v.items))
        return bad(QStringLiteral("'items' must be a list of item names"));

    // Older records have no campaign; an empty one means the same.
    const QJsonValue campaign = o.value(QLatin1StringView("campaign"));
    if (!campaign.isUndefined() && !campaign.isNull()) {
        v.campaign = campaign.toString();
        if (!campaign.isString() || (!v.campaign.isEmpty() && !isValidCampaignId(v.campaign)))
            return bad(
                QStringLiteral("'campaign' must be 1 to 32 characters of A-Z, a-z, 0-9, '-', '_', '.'"));
    }
    const QJsonValue weekdays = o.value(QLatin1StringView("weekdays"));
    if (!weekdays.isUndefined()) {
        if (!weekdays.isArray() || weekdays.toArray().isEmpty())
            return bad(QStringLiteral("'weekdays' must be a list of days 1 (Monday) to 7 (Sunday)"));
        v.weekdays = 0;
        for (const QJsonValue day : weekdays.toArray()) {
            const int d = day.toInt(0);
            if (!day.isDouble() || d < 1 || d > 7)
                return bad(QStringLiteral("'weekdays' must be a list of days 1 (Monday) to 7 (Sunday)"));
            v.weekdays |= weekdayBit(d);
        }
    }
    const QJsonValue hours = o.value(QLatin1StringView("hours"));
    if (!hours.isUndefined()) {
        const QJsonObject h = hours.toObject();
        if (!readMinute(h.value(QLatin1StringView("from")), v.minuteFrom) ||
            !readMinute(h.value(QLatin1StringView("until")), v.minuteUntil) || v.minuteFrom == v.minuteUntil)
            return bad(QStringLiteral("'hours' must be {\"from\":\"HH:MM\",\"until\":\"HH:MM\"}"));
    }
    return record;
}

QJsonObject voucherRecordToJson(const VoucherRecord& record) {
    const Voucher& v = record.voucher;
    QJsonObject o{{QStringLiteral("code"), record.code},
                  {QStringLiteral("id"), v.id},
                  {QStringLiteral("kind"), kindName(v.kind)},
                  {QStringLiteral("status"), statusName(v.status)},
                  {QStringLiteral("description"), v.description},
                  {QStringLiteral("currency"), v.currency},
                  {QStringLiteral("face_value"), v.faceValueMinor},
                  {QStringLiteral("uses_total"), v.usesTotal},
                  {QStringLiteral("uses_left"), v.usesLeft}};
    if (v.kind == VoucherKind::StoredValue)
        o.insert(QStringLiteral("balance"), v.balanceMinor);
    if (v.minSpendMinor)
        o.insert(QStringLiteral("min_spend"), v.minSpendMinor);
    if (v.validFrom)
        o.insert(QStringLiteral("valid_from"), v.validFrom);
    if (v.validUntil)
        o.insert(QStringLiteral("valid_until"), v.validUntil);
    if (!v.stores.isEmpty())
        o.insert(QStringLiteral("stores"), QJsonArray::fromStringList(v.stores));
    if (!v.items.isEmpty())
        o.insert(QStringLiteral("items"), QJsonArray::fromStringList(v.items));
    if (!v.campaign.isEmpty())
        o.insert(QStringLiteral("campaign"), v.campaign);
    if (v.weekdays != kEveryDay) {
        QJsonArray days;
        for (int d = 1; d <= 7; ++d)
            if (v.weekdays & weekdayBit(d))
                days.append(d);
        o.insert(QStringLiteral("weekdays"), days);
    }
    if (v.minuteFrom != 0 || v.minuteUntil != 24 * 60)
        o.insert(QStringLiteral("hours"), QJsonObject{{QStringLiteral("from"), minuteText(v.minuteFrom)},
                                                      {QStringLiteral("until"), minuteText(v.minuteUntil)}});
    return o;
}

} // namespace o2o
