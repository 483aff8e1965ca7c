#pragma once

#include "sandbox/faultkind.h"
#include "sandbox/faultstore.h"

#include <httplib.h>

#include <condition_variable>
#include <mutex>

namespace o2o::sandbox {

/** Ends a connection the server still owns with a TCP RST; httplib's next read or write on it fails. */
void abortConnection(int fd);

/**
 * Makes a stored fault real on the wire, for the terminal's fault tests. Faults that replace the
 * request (faultAppliesRequest false) answer in place of the route; the others damage the answer
 * the route made after it committed.
 */
class FaultInjector {
public:
    /** Answers in place of the route: reset_before, status_5xx/429, malformed_json. */
    void answerInstead(FaultKind kind, const Fault& fault, const httplib::Request& req,
                       httplib::Response& res);
    /** Damages the route's answer: reset_mid_response, truncated_json, stall, reply_lost. */
    void damage(FaultKind kind, const Fault& fault, const httplib::Request& req, httplib::Response& res);
    /** Ends every stall at once (the server is shutting down). */
    void stop();

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
};

} // namespace o2o::sandbox
