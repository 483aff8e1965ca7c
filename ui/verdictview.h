#pragma once

#include "core/verdict.h"

#include <QMetaType>
#include <QString>
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

    friend bool operator==(const VerdictView&, const VerdictView&) = default;
};

} // namespace o2o
