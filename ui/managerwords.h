#pragma once

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

namespace o2o {

/**
 * The manager's screens' words for what the store/ services answer in codes: one place, translated
 * (context "ManagerWords" in resources/translations/manager_*.ts).
 */
class ManagerWords {
    Q_DECLARE_TR_FUNCTIONS(ManagerWords)
public:
    /** A refusal of a void or a day close (wrong_pin, locked, not_permitted, void_window_passed,
     *  already_voided, day_closed, unknown_entry, pending_events, already_closed, day_not_started,
     *  reason_required, pin_required, staff_required), as a sentence. */
    static QString refusal(const QString& code, int attemptsLeft = 0, qint64 lockedUntilMs = 0,
                           int voidWindowMinutes = 0, qint64 pendingEvents = 0);
    /** A voucher kind's name ("single_use"), "sale" or "redemption", as people say it. */
    static QString kind(const QString& kind);
    /** A role's name (cashier, manager, installer). */
    static QString role(const QString& role);
    /** "12:41" today, the date and time otherwise; empty for 0. */
    static QString time(qint64 ms);
    /** "25.00 EUR" */
    static QString money(qint64 minor, const QString& currency);
};

} // namespace o2o
