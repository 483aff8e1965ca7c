#pragma once

#include "core/money.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace o2o {

enum class VoucherKind { SingleUse, MultiUse, StoredValue, PickupOrder, Ticket, OnlineOnly };
enum class VoucherStatus { Active, Revoked, Refunded, Expired };

QString kindName(VoucherKind kind);
/** A campaign id: 1 to 32 characters of A-Z, a-z, 0-9, '-', '_', '.' (it travels in signed codes). */
bool isValidCampaignId(QStringView id);
inline constexpr int kMaxCampaignIdChars = 32;
std::optional<VoucherKind> kindFromName(QStringView name);
QString statusName(VoucherStatus status);
std::optional<VoucherStatus> statusFromName(QStringView name);

/** Weekday bit for Qt's day numbering (1 = Monday ... 7 = Sunday). */
constexpr quint8 weekdayBit(int qtDayOfWeek) {
    return quint8(1u << (qtDayOfWeek - 1));
}
constexpr quint8 kEveryDay = 0x7F;

/**
 * A voucher as the terminal knows it: its rules and what is left of it.
 * Times are UTC seconds since the epoch (0 = no limit); opening hours are local minutes of the day.
 */
struct Voucher {
    QString id; // the platform's id, reported in sync events; never the code itself
    VoucherKind kind = VoucherKind::SingleUse;
    VoucherStatus status = VoucherStatus::Active;
    QString description;
    QString currency = QStringLiteral("EUR");
    qint64 faceValueMinor = 0; // value of one use; for stored value, the card's initial value
    qint64 balanceMinor = 0;   // stored value only: what is left
    int usesTotal = 1;
    int usesLeft = 1;
    qint64 validFrom = 0;
    qint64 validUntil = 0;
    QStringList stores; // empty: valid in every store
    quint8 weekdays = kEveryDay;
    int minuteFrom = 0; // opening hours, local time; minuteFrom > minuteUntil spans midnight
    int minuteUntil = 24 * 60;
    qint64 minSpendMinor = 0;
    QStringList items; // pickup orders: what to hand over
    QString campaign;  // the deal or campaign it came from (isValidCampaignId); empty: none

    Money faceValue() const { return Money(faceValueMinor, currency); }
    Money balance() const { return Money(balanceMinor, currency); }
    bool hasTimeRules() const {
        return validFrom != 0 || validUntil != 0 || weekdays != kEveryDay || minuteFrom != 0 ||
               minuteUntil != 24 * 60;
    }
};

} // namespace o2o
