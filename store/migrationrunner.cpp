#include "store/migrationrunner.h"

#include "store/storelog.h"

namespace o2o::sql {

Result<void> runMigrations(Connection& connection, const MigrationPlan& plan) {
    auto version = connection.scalar("PRAGMA user_version");
    if (!version)
        return Unexpected(version.error());
    if (*version >= plan.targetVersion)
        return {};
    for (const MigrationStep& step : plan.steps) {
        if (step.version > plan.targetVersion)
            break;
        Transaction transaction(connection);
        if (auto r = transaction.begin(); !r)
            return r;
        // Read again under the lock: another process may have run this step since we looked.
        auto current = connection.scalar("PRAGMA user_version");
        if (!current)
            return Unexpected(current.error());
        if (step.version <= *current)
            continue;
        qCDebug(lcStore, "%s: migration step %d", qPrintable(plan.databaseName), step.version);
        if (auto r = connection.exec(step.sql); !r)
            return fail(r.error().code, QStringLiteral("%1 migration %2: %3")
                                            .arg(plan.databaseName)
                                            .arg(step.version)
                                            .arg(r.error().message));
        QByteArray stamp = QByteArrayLiteral("PRAGMA user_version = ") + QByteArray::number(step.version);
        if (plan.applicationId)
            stamp +=
                QByteArrayLiteral("; PRAGMA application_id = ") + QByteArray::number(*plan.applicationId);
        if (auto r = connection.exec(stamp.constData()); !r)
            return r;
        if (auto r = transaction.commit(); !r)
            return r;
    }
    return {};
}

} // namespace o2o::sql
