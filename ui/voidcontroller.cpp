#include "ui/voidcontroller.h"

#include "store/voidservice.h"
#include "ui/databasethread.h"
#include "ui/daycontroller.h"
#include "ui/managerwords.h"
#include "ui/uilog.h"

namespace o2o {

VoidController::VoidController(DatabaseThread* database, DayController* day, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_day(day) {}

void VoidController::clear() {
    m_result = {};
    Q_EMIT changed();
}

void VoidController::refuse(const QString& code) {
    m_result = {};
    m_result.refused = true;
    m_result.refusalCode = code;
    m_result.message = ManagerWords::refusal(code);
    Q_EMIT changed();
}

void VoidController::voidEntry(const QString& entryId, const QString& reason, const QString& staffId,
                               const QString& pin) {
    if (m_busy)
        return;
    // What the form can tell before any PIN is checked: nothing is counted against the person.
    if (reason.trimmed().isEmpty())
        return refuse(QStringLiteral("reason_required"));
    if (staffId.isEmpty())
        return refuse(QStringLiteral("staff_required"));
    if (pin.isEmpty())
        return refuse(QStringLiteral("pin_required"));
    m_busy = true;
    m_result = {};
    Q_EMIT changed();
    const VoidRequest request{entryId, reason.trimmed().left(200), staffId, pin};
    const int window = m_day->voidWindowMinutes();
    m_database->run<VoidOutcome>(
        this,
        [request](Database& db) {
            SystemClock clock;
            return VoidService(db, clock).voidEntry(request);
        },
        [this, entryId, window](Result<VoidOutcome> outcome) {
            m_busy = false;
            m_result = {};
            if (!outcome) {
                qCWarning(lcUi) << "void:" << outcome.error().message;
                m_result.refused = true;
                m_result.refusalCode = QStringLiteral("error");
                m_result.message = tr("The void could not be recorded: %1").arg(outcome.error().message);
            } else if (!outcome->refusal.isEmpty()) {
                qCInfo(lcUi) << "void refused:" << outcome->refusal;
                m_result.refused = true;
                m_result.refusalCode = outcome->refusal;
                m_result.attemptsLeft = outcome->attemptsLeft;
                m_result.message = ManagerWords::refusal(outcome->refusal, outcome->attemptsLeft,
                                                         outcome->lockedUntilMs, window);
            } else {
                qCInfo(lcUi) << "voided" << entryId;
                m_result.done = true;
                m_result.message = tr("Voided: what it took is back on the voucher.");
            }
            Q_EMIT changed();
            if (m_result.done) {
                Q_EMIT voided(entryId);
                m_day->refresh();
            }
        });
}

} // namespace o2o
