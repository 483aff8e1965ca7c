#include "ui/managerwords.h"

#include "core/money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace o2o {

QString ManagerWords::refusal(const QString& code, int attemptsLeft, qint64 lockedUntilMs,
                              int voidWindowMinutes, qint64 pendingEvents) {
    if (code == QLatin1String("wrong_pin"))
        return attemptsLeft > 0
                   ? tr("Wrong PIN. %1 tries left before this person is locked out.").arg(attemptsLeft)
                   : tr("Wrong PIN.");
    if (code == QLatin1String("locked"))
        return lockedUntilMs > 0 ? tr("Too many wrong PINs: locked until %1.").arg(time(lockedUntilMs))
                                 : tr("Too many wrong PINs: this person is locked out for now.");
    if (code == QLatin1String("not_permitted"))
        return tr("This person may not do that: a manager must enter their PIN.");
    if (code == QLatin1String("void_window_passed"))
        return voidWindowMinutes > 0
                   ? tr("A cashier may void only within %1 minutes of the sale or redemption: ask a "
                        "manager.")
                         .arg(voidWindowMinutes)
                   : tr("Too late for a cashier to void this: ask a manager.");
    if (code == QLatin1String("already_voided"))
        return tr("This was already voided.");
    if (code == QLatin1String("day_closed"))
        return tr("Its day is closed: nothing of a closed day can be voided.");
    if (code == QLatin1String("unknown_entry"))
        return tr("This entry is not on this terminal.");
    if (code == QLatin1String("pending_events"))
        return tr("%1 events still wait to upload. Retry the sync first, or give a reason to close anyway.")
            .arg(pendingEvents);
    if (code == QLatin1String("already_closed"))
        return tr("This day is already closed.");
    if (code == QLatin1String("day_not_started"))
        return tr("This day has not started yet.");
    if (code == QLatin1String("reason_required"))
        return tr("Give a reason.");
    if (code == QLatin1String("pin_required"))
        return tr("Enter the PIN.");
    if (code == QLatin1String("staff_required"))
        return tr("Choose who you are.");
    if (code == QLatin1String("no_staff"))
        return tr("No staff member has been set up on this terminal yet.");
    return tr("Refused (%1).").arg(code);
}

QString ManagerWords::kind(const QString& kind) {
    if (kind == QLatin1String("single_use"))
        return tr("Deal");
    if (kind == QLatin1String("multi_use"))
        return tr("Pass");
    if (kind == QLatin1String("stored_value"))
        return tr("Gift card");
    if (kind == QLatin1String("pickup_order"))
        return tr("Pickup order");
    if (kind == QLatin1String("ticket"))
        return tr("Ticket");
    if (kind == QLatin1String("online_only"))
        return tr("Platform code");
    if (kind == QLatin1String("sale"))
        return tr("Sale");
    if (kind == QLatin1String("redemption"))
        return tr("All vouchers");
    return kind;
}

QString ManagerWords::role(const QString& role) {
    if (role == QLatin1String("manager"))
        return tr("manager");
    if (role == QLatin1String("installer"))
        return tr("installer");
    return tr("cashier");
}

QString ManagerWords::time(qint64 ms) {
    if (ms <= 0)
        return {};
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms);
    if (at.date() == QDate::currentDate())
        return at.toString(QStringLiteral("HH:mm"));
    return at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString ManagerWords::money(qint64 minor, const QString& currency) {
    return Money(minor, currency).toString();
}

} // namespace o2o
