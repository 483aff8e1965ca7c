#pragma once

#include <QJsonObject>
#include <QString>

namespace o2o::bench {

/**
 * decode-rate: every image under dir (recursively) that has a NAME.txt beside it, decoded by our
 * BarcodeDecoder, by ZXing's defaults and by ZBar in the same run. A decoder is right on an image when
 * one of its texts equals the .txt bytes, wrong when it returns texts but not that one. Each image is
 * decoded `repeat` times by each decoder for the timings.
 */
QJsonObject runDecodeRateBenchmark(const QString& dir, int repeat);

/**
 * decode-frames: synthetic 1280x720 camera frames (tests/scanner/cameraframes.h), framesPerCondition
 * for each condition, with a code and the same scenes without one. Counts per condition for the three
 * decoders and our per-frame time (p50/p99) with and without a code in view.
 */
QJsonObject runDecodeFramesBenchmark(int framesPerCondition);

} // namespace o2o::bench
