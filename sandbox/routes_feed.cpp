// GET /v1/changes and GET /v1/trust: what terminals download (docs/protocol.md, "Download: the change feed").
#include "core/voucherrecord.h"
#include "sandbox/catalogitemstore.h"
#include "sandbox/changefeedstore.h"
#include "sandbox/httpreply.h"
#include "sandbox/routes.h"
#include "sandbox/storesettingsstore.h"
#include "sandbox/trustfile.h"

#include <QJsonArray>

namespace o2o::sandbox {

namespace {

constexpr qint64 kDefaultPage = 1000;
constexpr qint64 kMaxPage = 5000;

// A query parameter that must be a whole number from min up; absent or empty gives fallback.
bool readParameter(const httplib::Request& req, const char* name, qint64 fallback, qint64 min, qint64& out) {
    const std::string text = req.get_param_value(name);
    if (text.empty()) {
        out = fallback;
        return true;
    }
    bool ok = false;
    out = QString::fromStdString(text).toLongLong(&ok);
    return ok && out >= min;
}

QString describe(const IssuedVoucher& v) {
    const QString value = Money(v.valueMinor, v.currency).toString();
    switch (v.kind) {
    case VoucherKind::MultiUse:
        return QStringLiteral("%1 uses of %2").arg(v.uses).arg(value);
    case VoucherKind::StoredValue:
        return QStringLiteral("Card of %1").arg(value);
    default:
        return v.valueMinor > 0 ? QStringLiteral("%1, %2").arg(kindName(v.kind), value) : kindName(v.kind);
    }
}

// The record in the format `o2o-terminal cache import` reads, written by the core's own writer.
QJsonObject voucherRecord(const FeedChange& change) {
    const IssuedVoucher& v = change.voucher;
    VoucherRecord record;
    record.code = v.code;
    Voucher& out = record.voucher;
    out.id = v.id;
    out.kind = v.kind;
    out.description = describe(v);
    out.currency = v.currency;
    out.faceValueMinor = v.valueMinor;
    out.balanceMinor = change.balanceLeft;
    out.usesTotal = v.uses;
    out.usesLeft = change.usesLeft;
    out.validFrom = v.validFrom;
    out.validUntil = v.validUntil;
    if (v.storeId != QStringLiteral("*"))
        out.stores = QStringList{v.storeId};
    out.campaign = v.campaign;
    return voucherRecordToJson(record);
}

} // namespace

void routeChanges(RouteContext& context, const httplib::Request& req, httplib::Response& res) {
    qint64 cursor = 0;
    qint64 limit = 0;
    if (!readParameter(req, "cursor", 0, 0, cursor))
        return replyError(res, 400, QStringLiteral("the cursor is not one this platform issued"));
    if (!readParameter(req, "limit", kDefaultPage, 1, limit))
        return replyError(res, 400, QStringLiteral("limit must be a whole number from 1"));
    limit = std::min(limit, kMaxPage); // a larger page is served as the largest: has_more says the rest

    // One snapshot for the page and the settings and trust sequence it names.
    sql::ReadSnapshot snapshot(context.store.connection());
    if (auto r = snapshot.begin(); !r)
        return replyStoreError(res, r.error());
    const QString storeId = context.device->storeId;
    auto page = ChangeFeedStore(context.store.connection()).page(storeId, cursor, int(limit));
    if (!page)
        return replyStoreError(res, page.error());
    QJsonArray changes;
    for (const FeedChange& change : page->changes) {
        switch (change.kind) {
        case FeedChange::Kind::Voucher:
            if (change.voucher.revoked)
                changes.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("voucher_removed")},
                                           {QStringLiteral("id"), change.voucher.id}});
            else
                changes.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("voucher")},
                                           {QStringLiteral("record"), voucherRecord(change)}});
            break;
        case FeedChange::Kind::Settings: {
            auto settings = StoreSettingsStore(context.store.connection()).get(storeId);
            if (!settings)
                return replyStoreError(res, settings.error());
            changes.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("settings")},
                                       {QStringLiteral("settings"), settings->toJson()}});
            break;
        }
        case FeedChange::Kind::Product: {
            auto product = CatalogItemStore(context.store.connection()).find(change.storeId, change.sku);
            if (!product)
                return replyStoreError(res, product.error());
            if (*product)
                changes.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("product")},
                                           {QStringLiteral("sku"), (*product)->sku},
                                           {QStringLiteral("name"), (*product)->name},
                                           {QStringLiteral("price"), (*product)->priceMinor},
                                           {QStringLiteral("tax_rate_bp"), (*product)->taxRateBp},
                                           {QStringLiteral("active"), (*product)->active}});
            break;
        }
        case FeedChange::Kind::Trust: {
            auto sequence = context.store.trustSequence();
            if (!sequence)
                return replyStoreError(res, sequence.error());
            changes.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("trust")},
                                       {QStringLiteral("sequence"), *sequence}});
            break;
        }
        }
    }
    replyJson(res, 200,
              QJsonObject{{QStringLiteral("changes"), changes},
                          {QStringLiteral("next_cursor"), QString::number(page->nextCursor)},
                          {QStringLiteral("has_more"), page->hasMore}});
}

void routeTrust(RouteContext& context, const httplib::Request& req, httplib::Response& res) {
    qint64 have = 0;
    if (!readParameter(req, "have", 0, 0, have))
        return replyError(res, 400, QStringLiteral("have must be a trust list sequence number"));
    sql::ReadSnapshot snapshot(context.store.connection());
    if (auto r = snapshot.begin(); !r)
        return replyStoreError(res, r.error());
    auto keys = context.store.signingKeys();
    auto sequence = context.store.trustSequence();
    if (!keys || !sequence)
        return replyStoreError(res, !keys ? keys.error() : sequence.error());
    if (keys->empty())
        return replyError(res, 404, QStringLiteral("no trust list yet: the platform has no signing key"));
    if (*sequence <= have) {
        res.status = 304;
        return;
    }
    // Built on request from the current keys and revocations: the sequence names that content.
    auto file = buildTrustFile(context.store, *sequence, context.nowMs / 1000);
    if (!file)
        return replyStoreError(res, file.error());
    res.status = 200;
    res.set_content(file->content.toStdString(), "text/plain");
}

} // namespace o2o::sandbox
