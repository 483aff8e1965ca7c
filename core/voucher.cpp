#include "core/voucher.h"

#include <algorithm>

#include <array>
#include <utility>

namespace o2o {

namespace {
constexpr std::array<std::pair<VoucherKind, const char16_t*>, 6> kKindNames{{
    {VoucherKind::SingleUse, u"single_use"},
    {VoucherKind::MultiUse, u"multi_use"},
    {VoucherKind::StoredValue, u"stored_value"},
    {VoucherKind::PickupOrder, u"pickup_order"},
    {VoucherKind::Ticket, u"ticket"},
    {VoucherKind::OnlineOnly, u"online_only"},
}};
constexpr std::array<std::pair<VoucherStatus, const char16_t*>, 4> kStatusNames{{
    {VoucherStatus::Active, u"active"},
    {VoucherStatus::Revoked, u"revoked"},
    {VoucherStatus::Refunded, u"refunded"},
    {VoucherStatus::Expired, u"expired"},
}};
} // namespace

QString kindName(VoucherKind kind) {
    for (const auto& [k, name] : kKindNames)
        if (k == kind)
            return QString::fromUtf16(name);
    return {};
}

std::optional<VoucherKind> kindFromName(QStringView name) {
    for (const auto& [k, n] : kKindNames)
        if (name == QStringView(n))
            return k;
    return std::nullopt;
}

QString statusName(VoucherStatus status) {
    for (const auto& [s, name] : kStatusNames)
        if (s == status)
            return QString::fromUtf16(name);
    return {};
}

std::optional<VoucherStatus> statusFromName(QStringView name) {
    for (const auto& [s, n] : kStatusNames)
        if (name == QStringView(n))
            return s;
    return std::nullopt;
}

bool isValidCampaignId(QStringView id) {
    if (id.isEmpty() || id.size() > kMaxCampaignIdChars)
        return false;
    return std::all_of(id.begin(), id.end(), [](QChar c) {
        return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') ||
               c == u'-' || c == u'_' || c == u'.';
    });
}

} // namespace o2o
