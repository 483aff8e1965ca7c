#include "ui/syncdashboardcontroller.h"

#include "store/outbox.h"
#include "store/redemptionledger.h"
#include "store/syncstate.h"
#include "sync/syncworker.h"
#include "ui/databasethread.h"
#include "ui/managerwords.h"
#include "ui/uilog.h"

namespace o2o {

int ConflictsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConflictsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ConflictRow& r = m_rows.at(index.row());
    switch (role) {
    case RedemptionIdRole:
        return r.redemptionId;
    case VoucherRole:
        return r.voucherLabel;
    case HappenedRole:
        return r.happened;
    case ToDoRole:
        return r.toDo;
    case RecordedRole:
        return r.recorded;
    case VoidedRole:
        return r.voided;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConflictsModel::roleNames() const {
    return {{RedemptionIdRole, "redemptionId"}, {VoucherRole, "voucher"},
            {HappenedRole, "happened"},         {ToDoRole, "toDo"},
            {RecordedRole, "recorded"},         {VoidedRole, "voided"}};
}

void ConflictsModel::setRows(QList<ConflictRow> rows) {
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

namespace {

struct ConflictFacts {
    ConflictRecord record;
    std::optional<LedgerEntry> entry; // this terminal's redemption that lost, when still in the ledger
};

struct DashboardData {
    SyncState state;
    qint64 pending = 0;
    QList<ConflictFacts> conflicts;
};

Result<DashboardData> readDashboard(Database& db) {
    DashboardData data;
    sql::ReadSnapshot snapshot(db.connection());
    O2O_TRY(snapshot.begin());
    auto state = SyncState::load(db);
    if (!state)
        return Unexpected(state.error());
    data.state = *state;
    Outbox outbox(db);
    auto pending = outbox.pending();
    if (!pending)
        return Unexpected(pending.error());
    data.pending = *pending;
    auto conflicts = outbox.conflicts();
    if (!conflicts)
        return Unexpected(conflicts.error());
    RedemptionLedger ledger(db);
    for (const ConflictRecord& c : *conflicts) {
        ConflictFacts facts{c, std::nullopt};
        auto found = ledger.find(c.redemptionId);
        if (!found)
            return Unexpected(found.error());
        if (*found)
            facts.entry = (*found)->first;
        data.conflicts.append(facts);
    }
    return data;
}

ConflictRow conflictRow(const ConflictFacts& f) {
    ConflictRow row;
    row.redemptionId = f.record.redemptionId;
    row.voided = f.entry && f.entry->voided;
    row.voucherLabel = f.entry
                           ? QStringLiteral("%1 \u00b7 \u2026%2").arg(f.entry->description, f.entry->codeTail)
                           : f.record.voucherId;
    const QString cashier = f.entry ? f.entry->cashier : QString();
    row.happened =
        SyncDashboardController::tr(
            "Redeemed here at %1 by %2, but terminal %3 had redeemed the same voucher first, at %4. The "
            "platform counts only the first redemption.")
            .arg(ManagerWords::time(f.record.atMs), cashier.isEmpty() ? QStringLiteral("-") : cashier,
                 f.record.firstTerminalId.left(8), ManagerWords::time(f.record.firstAtMs));
    row.toDo = row.voided
                   ? SyncDashboardController::tr("Nothing left to do: this redemption is voided.")
                   : SyncDashboardController::tr(
                         "Check with the customer and the other counter. If nothing was handed over here, "
                         "void this redemption; otherwise the store carries it: tell the platform, quoting "
                         "redemption %1.")
                         .arg(f.record.redemptionId.left(8));
    row.recorded = ManagerWords::time(f.record.recordedMs);
    return row;
}

} // namespace

SyncDashboardController::SyncDashboardController(DatabaseThread* database, QObject* parent)
    : QObject(parent)
    , m_database(database) {}

void SyncDashboardController::follow(SyncWorker* worker) {
    m_worker = worker;
    connect(worker, &SyncWorker::cycleFinished, this, [this](bool completed, const QString&, ErrorCode code) {
        m_retrying = false;
        m_cycleMessage = completed ? tr("Last sync cycle completed.")
                         : code == ErrorCode::NotEnrolled
                             ? tr("Last sync cycle: this terminal is not enrolled.")
                             : tr("Last sync cycle failed: see the error below.");
        refresh();
    });
    Q_EMIT changed();
}

void SyncDashboardController::refresh() {
    m_database->run<DashboardData>(this, readDashboard, [this](Result<DashboardData> data) {
        if (!data) {
            qCWarning(lcUi) << "sync dashboard:" << data.error().message;
            m_lastError = data.error().message;
            Q_EMIT changed();
            return;
        }
        const SyncState& s = data->state;
        m_loaded = true;
        m_enrolled = s.enrolled();
        m_platformUrl = s.platformUrl;
        m_lastUpload = ManagerWords::time(s.lastUploadMs);
        m_lastDownload = ManagerWords::time(s.lastDownloadMs);
        m_lastContact = ManagerWords::time(s.lastOkMs);
        m_lastFailure = s.lastFailMs > s.lastOkMs ? ManagerWords::time(s.lastFailMs) : QString();
        m_lastError = s.lastFailMs > s.lastOkMs ? s.lastError : QString();
        m_pending = int(data->pending);
        QList<ConflictRow> rows;
        for (const ConflictFacts& f : data->conflicts)
            rows.append(conflictRow(f));
        m_conflicts.setRows(std::move(rows));
        Q_EMIT changed();
    });
}

void SyncDashboardController::retryNow() {
    if (!m_worker || m_retrying)
        return;
    m_retrying = true;
    m_cycleMessage = tr("Syncing now\u2026");
    Q_EMIT changed();
    QMetaObject::invokeMethod(m_worker.data(), &SyncWorker::syncNow, Qt::QueuedConnection);
}

} // namespace o2o
