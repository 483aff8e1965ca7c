#include "store/returnsettings.h"

#include "store/auditlog.h"
#include "store/metatable.h"

namespace o2o {

Result<ReturnSettings> ReturnSettings::load(Database& db) {
    auto read = meta::read(db, QStringLiteral("return settings"), QStringLiteral("return_"));
    if (!read)
        return Unexpected(read.error());
    ReturnSettings s;
    bool ok = false;
    if (const int days = read->value(QStringLiteral("return_window_days")).toInt(&ok); ok)
        s.windowDays = days;
    if (const qint64 above = read->value(QStringLiteral("return_approval_above")).toLongLong(&ok); ok)
        s.approvalAboveMinor = above;
    return s;
}

Result<QStringList> ReturnSettings::saveAudited(Database& db, const ReturnSettings& before,
                                                const QString& actor, qint64 nowMs) const {
    QStringList changed;
    if (windowDays != before.windowDays)
        changed.append(QStringLiteral("return_window_days"));
    if (approvalAboveMinor != before.approvalAboveMinor)
        changed.append(QStringLiteral("return_approval_above"));
    if (changed.isEmpty())
        return changed;
    sql::Transaction transaction(db.connection());
    O2O_TRY(transaction.begin());
    O2O_TRY(meta::write(db, QStringLiteral("return settings"),
                        {{"return_window_days", QString::number(windowDays)},
                         {"return_approval_above", QString::number(approvalAboveMinor)}}));
    auto entry = AuditLog(db).append(actor, QStringLiteral("settings"), QStringLiteral("terminal"),
                                     changed.join(QStringLiteral(", ")), nowMs);
    if (!entry)
        return Unexpected(entry.error());
    O2O_TRY(transaction.commit());
    return changed;
}

} // namespace o2o
