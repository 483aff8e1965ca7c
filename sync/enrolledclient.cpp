#include "sync/enrolledclient.h"

#include "sync/devicefiles.h"

namespace o2o {

Result<std::unique_ptr<PlatformClient>> enrolledClient(const Database& db, const SyncState& state,
                                                       const Clock& clock,
                                                       const TransportFactory& transports) {
    if (!state.enrolled())
        return fail(ErrorCode::NotEnrolled,
                    QStringLiteral("this terminal is not enrolled: run 'o2o-terminal enroll --platform URL "
                                   "--pairing-code CODE'"));
    const DeviceFiles files = DeviceFiles::in(db.dataDir());
    if (!files.present())
        return fail(
            ErrorCode::Io,
            QStringLiteral("the device key, certificate or platform CA is missing from %1: enroll again")
                .arg(db.dataDir()));
    auto client = std::make_unique<PlatformClient>(
        state.platformUrl, files.tls(), [&clock] { return clock.nowMsecs(); }, transports);
    client->continueFrom(RequestOutcomes{state.lastOkMs, state.lastFailMs, state.lastError});
    return client;
}

Result<void> saveRequestOutcomes(Database& db, const RequestOutcomes& o) {
    sql::Transaction transaction(db.connection());
    if (auto r = transaction.begin(); !r)
        return r;
    // Only what this client saw, and never backwards: another process may have stored a later outcome.
    auto stored = SyncState::load(db);
    if (!stored)
        return Unexpected(stored.error());
    if (o.lastOkMs > stored->lastOkMs) {
        if (auto r = SyncState::put(db, {{"sync_last_ok_ms", QString::number(o.lastOkMs)}}); !r)
            return r;
    }
    if (o.lastFailMs > stored->lastFailMs) {
        if (auto r = SyncState::put(db, {{"sync_last_fail_ms", QString::number(o.lastFailMs)},
                                         {"sync_last_error", o.lastError.left(300)}});
            !r)
            return r;
    }
    return transaction.commit();
}

} // namespace o2o
