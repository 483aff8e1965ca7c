#include "ui/closedaycontroller.h"

#include "store/daycloseservice.h"
#include "store/outbox.h"
#include "store/terminalsettings.h"
#include "ui/databasethread.h"
#include "ui/daycontroller.h"
#include "ui/managerwords.h"
#include "ui/uilog.h"

#include <QJsonObject>
#include <QLocale>

namespace o2o {

namespace {

struct DayState {
    QDate day;
    qint64 pending = 0;
    bool closed = false;
};

struct CloseAnswer {
    DayCloseOutcome outcome;
    QString currency;
};

} // namespace

CloseDayController::CloseDayController(DatabaseThread* database, DayController* day, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_dayList(day) {}

QString CloseDayController::dayLabel() const {
    return m_day.isValid() ? QLocale().toString(m_day, QLocale::LongFormat) : QString();
}

void CloseDayController::refresh() {
    m_database->run<DayState>(
        this,
        [](Database& db) -> Result<DayState> {
            SystemClock clock;
            DayState state;
            auto day = DayCloseService(db, clock).currentDay();
            if (!day)
                return Unexpected(day.error());
            state.day = *day;
            auto pending = Outbox(db).pending();
            if (!pending)
                return Unexpected(pending.error());
            state.pending = *pending;
            return state;
        },
        [this](Result<DayState> state) {
            if (!state) {
                qCWarning(lcUi) << "close day:" << state.error().message;
                return;
            }
            m_day = state->day;
            m_pending = int(state->pending);
            m_loaded = true;
            Q_EMIT changed();
        });
}

void CloseDayController::reset() {
    m_result = {};
    Q_EMIT changed();
    refresh();
}

void CloseDayController::refuse(const QString& code) {
    m_result = {};
    m_result.refused = true;
    m_result.refusalCode = code;
    m_result.message = ManagerWords::refusal(code);
    Q_EMIT changed();
}

void CloseDayController::closeDay(const QString& staffId, const QString& pin, const QString& overrideReason) {
    if (m_busy || !m_day.isValid())
        return;
    if (staffId.isEmpty())
        return refuse(QStringLiteral("staff_required"));
    if (pin.isEmpty())
        return refuse(QStringLiteral("pin_required"));
    m_busy = true;
    m_result = {};
    Q_EMIT changed();
    const DayCloseRequest request{m_day, staffId, pin, overrideReason.trimmed().left(200)};
    m_database->run<CloseAnswer>(
        this,
        [request](Database& db) -> Result<CloseAnswer> {
            SystemClock clock;
            auto settings = TerminalSettings::load(db);
            if (!settings)
                return Unexpected(settings.error());
            auto outcome = DayCloseService(db, clock).close(request);
            if (!outcome)
                return Unexpected(outcome.error());
            return CloseAnswer{*outcome, settings->currency};
        },
        [this](Result<CloseAnswer> answer) {
            m_busy = false;
            m_result = {};
            if (!answer) {
                qCWarning(lcUi) << "close day:" << answer.error().message;
                m_result.refused = true;
                m_result.refusalCode = QStringLiteral("error");
                m_result.message = tr("The day could not be closed: %1").arg(answer.error().message);
            } else if (const DayCloseOutcome& o = answer->outcome; !o.refusal.isEmpty()) {
                qCInfo(lcUi) << "close day refused:" << o.refusal;
                m_result.refused = true;
                m_result.refusalCode = o.refusal;
                m_result.pendingEvents = int(o.pendingEvents);
                m_result.message =
                    ManagerWords::refusal(o.refusal, o.attemptsLeft, o.lockedUntilMs, 0, o.pendingEvents);
                if (o.refusal == QLatin1String("pending_events"))
                    m_pending = int(o.pendingEvents);
            } else {
                const QJsonObject totals = o.report.value(QStringLiteral("totals")).toObject();
                const auto withCurrency = [&](const char* key) {
                    return QStringLiteral("%1 %2").arg(totals.value(QLatin1String(key)).toString(),
                                                       answer->currency);
                };
                m_result.closed = true;
                m_result.day = QLocale().toString(m_day, QLocale::LongFormat);
                m_result.closedAt = ManagerWords::time(o.close->closedMs);
                m_result.redemptions = totals.value(QStringLiteral("redemptions")).toInt();
                m_result.redemptionsValue = withCurrency("redemptions_value");
                m_result.sales = totals.value(QStringLiteral("sales")).toInt();
                m_result.salesAmount = withCurrency("sales_amount");
                m_result.voids = totals.value(QStringLiteral("voids")).toInt();
                m_result.conflicts = totals.value(QStringLiteral("conflicts")).toInt();
                m_result.pendingEvents = int(o.pendingEvents);
                m_result.reportSha256 = o.close->reportSha256;
                m_result.message = tr("Day closed. The Z report is stored and queued for the platform.");
                qCInfo(lcUi) << "day closed" << o.close->day;
            }
            Q_EMIT changed();
            if (m_result.closed) {
                refresh();
                m_dayList->refresh();
            }
        });
}

} // namespace o2o
