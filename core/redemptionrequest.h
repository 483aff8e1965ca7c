#pragma once

#include <QString>
#include <QtGlobal>

namespace o2o {

/** The moment of a request, with its local calendar fields worked out once by the caller. */
struct RequestTime {
    qint64 utcSecs = 0;
    int weekday = 1;     // Qt numbering: 1 = Monday
    int minuteOfDay = 0; // local time
};

/** How much the terminal may still accept without the platform, and what it has used. -1 = no limit. */
struct OfflineBudget {
    bool online = false;
    int maxCount = -1;
    qint64 maxValueMinor = -1;
    int maxHours = -1;
    int usedCount = 0;
    qint64 usedValueMinor = 0;
    qint64 lastSyncSecs = 0; // 0: never synced
};

/** Everything a rule evaluation needs besides the voucher itself. */
struct RedemptionRequest {
    QString storeId;
    RequestTime at;
    qint64 clockFloorSecs = 0; // the wall clock is not trusted below this
    int uses = 1;
    bool amountGiven = false;
    qint64 amountMinor = 0; // stored value: what to debit
    QString amountCurrency;
    qint64 spendMinor = 0; // the purchase this voucher is used on (minimum-spend rule)
    OfflineBudget budget;
};

} // namespace o2o
