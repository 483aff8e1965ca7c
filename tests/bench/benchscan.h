#pragma once

#include <QJsonObject>
#include <QString>

namespace o2o::bench {

/**
 * The live scan path at camera pace: 1280x720 frames, half with a new code in view, offered to the
 * scan pipeline at `fps`; every new code goes to a real terminal database for a check. Prints per-frame
 * decode times (with and without a code) and frame-arrival-to-verdict latencies.
 */
QJsonObject runScanBenchmark(const QString& workDir, int frames, int fps);

} // namespace o2o::bench
