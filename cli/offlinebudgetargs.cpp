#include "cli/offlinebudgetargs.h"

#include "core/money.h"

namespace o2o {

namespace {

bool readLimit(const CliArgs& args, const QString& option, qint64 max, qint64& out, QString& error) {
    if (!args.values.contains(option))
        return true;
    bool ok = false;
    const qint64 value = args.value(option).toLongLong(&ok);
    if (!ok || value < -1 || value > max) {
        error = QStringLiteral("--%1 must be a whole number from 0 to %2, or -1 for no limit")
                    .arg(option)
                    .arg(max);
        return false;
    }
    out = value;
    return true;
}

} // namespace

QString readOfflineBudgetArgs(const CliArgs& args, const QString& currency, OfflineBudgetArgs& budget) {
    OfflineBudgetArgs read = budget;
    QString error;
    if (!readLimit(args, QStringLiteral("offline-max-count"), 1'000'000, read.maxCount, error) ||
        !readLimit(args, QStringLiteral("offline-max-hours"), 24 * 365, read.maxHours, error))
        return error;
    if (args.values.contains(QStringLiteral("offline-max-value"))) {
        const QString text = args.value(QStringLiteral("offline-max-value"));
        if (text == QStringLiteral("-1")) {
            read.maxValueMinor = -1;
        } else {
            auto value = Money::parse(text, currency);
            if (!value)
                return QStringLiteral("--offline-max-value: ") + value.error().message;
            read.maxValueMinor = value->minor();
        }
    }
    budget = read;
    return {};
}

} // namespace o2o
