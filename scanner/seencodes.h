#pragma once

#include "scanner/barcodedecoder.h"

#include <QHash>

#include <vector>

namespace o2o {

/**
 * Reports each code once while it stays in view. A code counts as gone only after it was missing from
 * several decoded frames in a row and for a while: one blurred frame must not make it "new" again.
 */
class SeenCodes {
public:
    static constexpr int kFramesToLeave = 5;
    static constexpr qint64 kMsToLeave = 400;

    /** The codes of one decoded frame; returns those that just came into view. */
    std::vector<DecodedCode> update(const std::vector<DecodedCode>& frameCodes, qint64 frameMs);

private:
    struct Sighting {
        qint64 lastSeenMs = 0;
        int framesMissing = 0;
    };
    QHash<QString, Sighting> m_inView;
};

} // namespace o2o
