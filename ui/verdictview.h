#pragma once

#include "core/verdict.h"
#include "core/voucher.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QtQmlIntegration/qqmlintegration.h>

namespace o2o {

/**
 * One verdict as a screen shows it: a value made on the worker thread and copied to the GUI thread and
 * into QML, so no side parses keys or English. QML reads it through the properties below (a typo is
 * an error the screen tests catch); C++ reads the fields. Default-constructed it is "nothing to show".
 */
class VerdictView {
    Q_GADGET
    QML_VALUE_TYPE(verdictView)
    // QML has no name for a C++ enum of a lowercase value type in Qt 6.4: the states reach it as flags.
    Q_PROPERTY(bool shown READ shown CONSTANT)
    Q_PROPERTY(bool failed READ failed CONSTANT)
    Q_PROPERTY(bool accepted READ accepted CONSTANT)
    Q_PROPERTY(bool redeemed READ redeemed CONSTANT)
    Q_PROPERTY(QString reasonCode READ reasonCode CONSTANT)
    Q_PROPERTY(QString message MEMBER message CONSTANT)
    Q_PROPERTY(QString description MEMBER description CONSTANT)
    Q_PROPERTY(QString kind MEMBER kind CONSTANT)
    Q_PROPERTY(QString detail MEMBER detail CONSTANT)
    Q_PROPERTY(QString redemptionId MEMBER redemptionId CONSTANT)
    Q_PROPERTY(bool hasLatency READ hasLatency CONSTANT)
    Q_PROPERTY(double latencyMs MEMBER latencyMs CONSTANT)
    Q_PROPERTY(double serviceMs MEMBER serviceMs CONSTANT)
    // The voucher as the scan screen shows it (empty/0 when the code was not found).
    Q_PROPERTY(QString faceValue MEMBER faceValue CONSTANT)
    Q_PROPERTY(QString balance MEMBER balance CONSTANT)
    Q_PROPERTY(qint64 balanceMinor MEMBER balanceMinor CONSTANT)
    Q_PROPERTY(QString currency MEMBER currency CONSTANT)
    Q_PROPERTY(int usesLeft MEMBER usesLeft CONSTANT)
    Q_PROPERTY(int usesTotal MEMBER usesTotal CONSTANT)
    Q_PROPERTY(QStringList items MEMBER items CONSTANT)
    Q_PROPERTY(QDateTime validFrom MEMBER validFrom CONSTANT)
    Q_PROPERTY(QDateTime validUntil MEMBER validUntil CONSTANT)
    // Which choice the cashier makes before Redeem (at most one is true; all false once redeemed).
    Q_PROPERTY(bool needsChoice READ needsChoice CONSTANT)
    Q_PROPERTY(bool choosesUses READ choosesUses CONSTANT)
    Q_PROPERTY(bool choosesAmount READ choosesAmount CONSTANT)
    Q_PROPERTY(bool checksItems READ checksItems CONSTANT)
    Q_PROPERTY(bool confirmsAdmission READ confirmsAdmission CONSTANT)

public:
    enum class State {
        Empty,    // nothing scanned since start or the last "next customer"
        Accepted, // the code may be (or was) redeemed
        Refused,  // a verdict with a reason: not an error
        Failed,   // the terminal could not answer (database): message says why
    };

    State state = State::Empty;
    Reason reason = Reason::None; // why refused
    QString message;              // the cashier's sentence (cashierMessage), or the failure
    QString description;          // the voucher's own words, when the code was found
    QString kind;                 // the voucher kind's wire name (kindName), when found
    QString detail;               // uses or balance left, or the items to hand over
    QString redemptionId;         // set when a redemption was recorded; empty after a check
    double latencyMs = -1;        // camera frame to verdict; negative: the code came from no camera
    double serviceMs = 0;         // time the worker took, database included
    // The voucher's figures (scan screen): formatted money in the voucher's currency, counts, dates.
    VoucherKind voucherKind = VoucherKind::SingleUse;
    bool found = false; // a voucher stands behind the code (the fields below mean something)
    QString faceValue;  // value of one use ("15.00 EUR"); empty when it has none
    QString balance;    // stored value: what is left ("200.00 EUR")
    qint64 balanceMinor = 0;
    QString currency;
    int usesLeft = 0; // multi-use passes
    int usesTotal = 0;
    QStringList items;    // pickup orders: what to hand over
    QDateTime validFrom;  // invalid: no bound
    QDateTime validUntil; // invalid: no bound

    static VerdictView failure(const QString& why) {
        VerdictView view;
        view.state = State::Failed;
        view.message = why;
        return view;
    }

    bool shown() const { return state != State::Empty; }
    bool failed() const { return state == State::Failed; }
    bool accepted() const { return state == State::Accepted; }
    bool redeemed() const { return accepted() && !redemptionId.isEmpty(); }
    /** The wire name of the refusal ("already_redeemed"); empty unless refused. */
    QString reasonCode() const { return state == State::Refused ? o2o::reasonCode(reason) : QString(); }
    bool hasLatency() const { return latencyMs >= 0; }

    /** The cashier decides something before Redeem: uses, amount, items handed over, admission. */
    bool needsChoice() const {
        return choosesUses() || choosesAmount() || checksItems() || confirmsAdmission();
    }
    /** A pass with more than one use left, checked: how many to take. */
    bool choosesUses() const {
        return pendingChoice() && voucherKind == VoucherKind::MultiUse && usesLeft > 1;
    }
    /** A card checked, or redeemed without an amount: how much to take. */
    bool choosesAmount() const {
        return found && voucherKind == VoucherKind::StoredValue &&
               (pendingChoice() || (state == State::Refused && reason == Reason::AmountRequired));
    }
    /** A pickup order checked: every item ticked before Redeem. */
    bool checksItems() const {
        return pendingChoice() && voucherKind == VoucherKind::PickupOrder && !items.isEmpty();
    }
    /** A ticket checked: its admission window shown before Redeem. */
    bool confirmsAdmission() const { return pendingChoice() && voucherKind == VoucherKind::Ticket; }

    friend bool operator==(const VerdictView&, const VerdictView&) = default;

private:
    bool pendingChoice() const { return found && accepted() && redemptionId.isEmpty(); }
};

} // namespace o2o
