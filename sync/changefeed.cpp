#include "sync/changefeed.h"

#include "core/money.h"
#include "sync/jsonfields.h"

namespace o2o {

namespace {

Unexpected badChange(qsizetype index, const QString& why) {
    return fail(ErrorCode::InvalidInput, QStringLiteral("change %1 of the page: %2").arg(index).arg(why),
                true);
}

Result<FeedChange> readChange(const QJsonValue& value, qsizetype index, bool& known) {
    known = true;
    if (!value.isObject())
        return badChange(index, QStringLiteral("not an object"));
    json::Reader r(value.toObject(), QStringLiteral("change %1 of the page").arg(index));
    const QString type = r.string(QLatin1StringView("type"));
    if (!r.ok())
        return r.failure();
    FeedChange change;
    if (type == QStringLiteral("voucher")) {
        change.kind = FeedChange::Kind::Voucher;
        const QJsonObject record = r.object(QLatin1StringView("record"));
        if (!r.ok())
            return r.failure();
        // The same checks as `cache import`: one rule for what a voucher record is.
        auto parsed = parseVoucherRecord(record);
        if (!parsed)
            return badChange(index, parsed.error().message);
        change.record = std::move(*parsed);
    } else if (type == QStringLiteral("voucher_removed")) {
        change.kind = FeedChange::Kind::VoucherRemoved;
        change.voucherId = r.string(QLatin1StringView("id"));
        if (r.ok() && (change.voucherId.isEmpty() || change.voucherId.size() > 128))
            return badChange(index, QStringLiteral("'id' is empty or too long"));
    } else if (type == QStringLiteral("settings")) {
        change.kind = FeedChange::Kind::Settings;
        const QJsonObject settings = r.object(QLatin1StringView("settings"));
        if (!r.ok())
            return r.failure();
        auto parsed = parsePlatformSettings(settings);
        if (!parsed)
            return badChange(index, parsed.error().message);
        change.settings = *parsed;
    } else if (type == QStringLiteral("trust")) {
        change.kind = FeedChange::Kind::Trust;
        change.trustSequence = r.integer(QLatin1StringView("sequence"));
        if (r.ok() && change.trustSequence < 0)
            return badChange(index, QStringLiteral("'sequence' is negative"));
    } else if (type == QStringLiteral("product")) {
        change.kind = FeedChange::Kind::Product;
        CatalogItem& p = change.product;
        p.sku = r.string(QLatin1StringView("sku"));
        p.name = r.string(QLatin1StringView("name"));
        p.priceMinor = r.integer(QLatin1StringView("price"));
        p.taxRateBp = int(r.integer(QLatin1StringView("tax_rate_bp")));
        p.active = r.boolean(QLatin1StringView("active"));
        if (r.ok() && (p.sku.isEmpty() || p.sku.size() > 64 || p.name.isEmpty() || p.name.size() > 80 ||
                       p.priceMinor < 0 || p.taxRateBp < 0 || p.taxRateBp > 10000))
            return badChange(index,
                             QStringLiteral("a product's sku, name, price or tax rate is out of range"));
    } else {
        known = false; // a later kind of change: not for this terminal
        return change;
    }
    if (!r.ok())
        return r.failure();
    return change;
}

} // namespace

Result<PlatformSettings> parsePlatformSettings(const QJsonObject& settings) {
    json::Reader r(settings, QStringLiteral("settings"));
    PlatformSettings s;
    const qint64 count = r.optionalInteger(QLatin1StringView("offline_max_count"), -1);
    s.offlineMaxValueMinor = r.optionalInteger(QLatin1StringView("offline_max_value"), -1);
    const qint64 hours = r.optionalInteger(QLatin1StringView("offline_max_hours"), -1);
    s.currency = r.optionalString(QLatin1StringView("currency"));
    if (!r.ok())
        return r.failure();
    if (count < -1 || count > 1'000'000 || hours < -1 || hours > 24 * 365 || s.offlineMaxValueMinor < -1 ||
        (!s.currency.isEmpty() && !Money::isValidCurrency(s.currency)))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("settings: a limit or the currency is out of range"), true);
    s.offlineMaxCount = int(count);
    s.offlineMaxHours = int(hours);
    return s;
}

Result<ChangePage> parseChangePage(const QJsonObject& body) {
    json::Reader r(body, QStringLiteral("the change feed"));
    ChangePage page;
    const QJsonArray changes = r.array(QLatin1StringView("changes"));
    page.nextCursor = r.string(QLatin1StringView("next_cursor"));
    page.hasMore = r.boolean(QLatin1StringView("has_more"));
    page.serverTimeMs = r.integer(QLatin1StringView("server_time_ms"));
    if (!r.ok())
        return r.failure();
    if (page.nextCursor.size() > 1024)
        return fail(ErrorCode::InvalidInput, QStringLiteral("the change feed: 'next_cursor' is too long"),
                    true);
    page.changes.reserve(size_t(changes.size()));
    for (qsizetype i = 0; i < changes.size(); ++i) {
        bool known = true;
        auto change = readChange(changes.at(i), i, known);
        if (!change)
            return Unexpected(change.error());
        if (known)
            page.changes.push_back(std::move(*change));
    }
    return page;
}

} // namespace o2o
