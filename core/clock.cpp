#include "core/clock.h"

namespace o2o {

RequestTime requestTimeAt(qint64 msecs, const QTimeZone& zone) {
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(msecs, zone);
    const QTime time = local.time();
    return RequestTime{msecs / 1000, local.date().dayOfWeek(), time.hour() * 60 + time.minute()};
}

RequestTime Clock::requestTime() const {
    return requestTimeAt(nowMsecs(), timeZone());
}

} // namespace o2o
