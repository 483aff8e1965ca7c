#pragma once

#include "core/clock.h"
#include "store/redemptionservice.h"
#include "ui/verdictview.h"

#include <QObject>
#include <memory>

namespace o2o {

/** Runs checks and redemptions on its own thread with its own database connection. */
class RedemptionWorker : public QObject {
    Q_OBJECT
public:
    explicit RedemptionWorker(QString dataDir);
    ~RedemptionWorker() override;

    /** The outcome as a screen shows it; texts in the current language. */
    static VerdictView viewOf(const RedemptionOutcome& outcome);
    /** The voucher's figures the scan screen shows (value, uses, balance, items, validity). */
    static void fillVoucherFigures(VerdictView& view, const Voucher& voucher);

    /** Who the next redemptions are by (empty: the system user). */
    void setCashier(const QString& staffId) { m_cashier = staffId; }
    /** A verified member code: the redemptions that follow are attributed to the member (empty: none). */
    void setMemberCode(const QString& code) { m_memberCode = code; }

public Q_SLOTS:
    void process(quint64 requestId, const QString& code, bool redeem, const QString& amount, int uses);

Q_SIGNALS:
    void finished(quint64 requestId, const o2o::VerdictView& verdict);

private:
    QString m_dataDir;
    QString m_cashier;
    QString m_memberCode;
    SystemClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RedemptionService> m_service;
};

} // namespace o2o
