#pragma once

// The checks of runDoctor(), by area; each appends its findings. Internal to doctor/.
#include "doctor/doctor.h"
#include "store/database.h"
#include "store/syncstate.h"
#include "store/terminalsettings.h"

#include <memory>
#include <optional>

namespace o2o::doctor {

/** What several checks read once: the database (when it opened), its settings and sync state. */
struct Context {
    DoctorOptions options;
    qint64 nowMs = 0;
    std::unique_ptr<Database> db;
    QString dbError; // why the database did not open
    std::optional<TerminalSettings> settings;
    std::optional<SyncState> sync;
};

inline CheckResult pass(const QString& name, const QString& detail) {
    return {name, CheckStatus::Pass, detail, {}};
}
inline CheckResult warn(const QString& name, const QString& detail, const QString& hint) {
    return {name, CheckStatus::Warn, detail, hint};
}
inline CheckResult failed(const QString& name, const QString& detail, const QString& hint) {
    return {name, CheckStatus::Fail, detail, hint};
}

/** "3 h 20 min", "45 s": an age for people. */
QString describeAge(qint64 ms);

void deviceChecks(Context& context, QList<CheckResult>& out);   // camera, decoding, handheld scanner
void platformChecks(Context& context, QList<CheckResult>& out); // platform, TLS, clock
void dataChecks(Context& context, QList<CheckResult>& out);     // disk, database, outbox, budget, data age
void installChecks(Context& context, QList<CheckResult>& out);  // translations, fonts, versions

} // namespace o2o::doctor
