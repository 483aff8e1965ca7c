#include "core/timeformat.h"

#include <QDateTime>

namespace o2o {

QString localIsoTime(qint64 msecs) {
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(msecs);
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

QString businessDay(qint64 msecs, const QTimeZone& zone) {
    return QDateTime::fromMSecsSinceEpoch(msecs, zone).date().toString(Qt::ISODate);
}

} // namespace o2o
