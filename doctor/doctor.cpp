#include "doctor/doctor.h"

#include "doctor/doctorchecks.h"

#include <QDateTime>
#include <QJsonArray>

namespace o2o {

namespace doctor {

QString describeAge(qint64 ms) {
    const qint64 secs = std::max<qint64>(0, ms / 1000);
    if (secs < 120)
        return QStringLiteral("%1 s").arg(secs);
    if (secs < 7200)
        return QStringLiteral("%1 min").arg(secs / 60);
    if (secs < 172800)
        return QStringLiteral("%1 h %2 min").arg(secs / 3600).arg(secs % 3600 / 60);
    return QStringLiteral("%1 days").arg(secs / 86400);
}

} // namespace doctor

QList<CheckResult> runDoctor(const DoctorOptions& options) {
    doctor::Context context;
    context.options = options;
    context.nowMs = QDateTime::currentMSecsSinceEpoch();
    // Read-only where the directory cannot be written: a terminal whose disk went read-only is exactly
    // the one to diagnose.
    auto db = Database::openForReading(options.dataDir);
    if (db) {
        context.db = std::move(*db);
        if (auto settings = TerminalSettings::load(*context.db))
            context.settings = *settings;
        else
            context.dbError = settings.error().message;
        if (auto sync = SyncState::load(*context.db))
            context.sync = *sync;
        else
            context.dbError = sync.error().message;
    } else {
        context.dbError = db.error().message;
    }
    QList<CheckResult> checks;
    doctor::deviceChecks(context, checks);
    doctor::platformChecks(context, checks);
    doctor::dataChecks(context, checks);
    doctor::installChecks(context, checks);
    return checks;
}

QString checkStatusName(CheckStatus status) {
    switch (status) {
    case CheckStatus::Pass:
        return QStringLiteral("pass");
    case CheckStatus::Warn:
        return QStringLiteral("warn");
    case CheckStatus::Fail:
        return QStringLiteral("fail");
    }
    return QStringLiteral("fail");
}

bool doctorPassed(const QList<CheckResult>& checks) {
    return std::none_of(checks.begin(), checks.end(),
                        [](const CheckResult& c) { return c.status == CheckStatus::Fail; });
}

QJsonObject doctorJson(const QList<CheckResult>& checks) {
    QJsonArray list;
    for (const CheckResult& c : checks)
        list.append(QJsonObject{{QStringLiteral("name"), c.name},
                                {QStringLiteral("status"), checkStatusName(c.status)},
                                {QStringLiteral("detail"), c.detail},
                                {QStringLiteral("hint"), c.hint}});
    return QJsonObject{{QStringLiteral("checks"), list}};
}

} // namespace o2o
