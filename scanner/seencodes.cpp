#include "scanner/seencodes.h"

namespace o2o {

std::vector<DecodedCode> SeenCodes::update(const std::vector<DecodedCode>& frameCodes, qint64 frameMs) {
    std::vector<DecodedCode> entered;
    for (auto it = m_inView.begin(); it != m_inView.end();) {
        ++it->framesMissing; // reset below for the codes this frame holds
        if (it->framesMissing > kFramesToLeave && frameMs - it->lastSeenMs > kMsToLeave)
            it = m_inView.erase(it);
        else
            ++it;
    }
    for (const DecodedCode& code : frameCodes) {
        auto it = m_inView.find(code.text);
        if (it == m_inView.end()) {
            m_inView.insert(code.text, Sighting{frameMs, 0});
            entered.push_back(code);
        } else {
            it->lastSeenMs = frameMs;
            it->framesMissing = 0;
        }
    }
    return entered;
}

} // namespace o2o
