#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace o2o::sandbox {

/** The faults `o2o-sandbox fault set` can make the server commit (docs in sandbox/README.md). */
enum class FaultKind {
    ResetBefore,      // read the request, close the connection without an answer; nothing applied
    ResetMidResponse, // apply, send the headers and half the body, close
    Stall,            // apply, answer only after --seconds
    Status500,        // answer 500 instead; nothing applied
    Status503,        // answer 503 (Retry-After when given) instead; nothing applied
    Status429,        // answer 429 (Retry-After when given) instead; nothing applied
    TruncatedJson,    // apply, answer 200 with the body cut in half (a complete HTTP message)
    MalformedJson,    // answer 200 with a body that is not JSON instead (a broken proxy); nothing applied
    ReplyLost,        // apply, then reset the connection before a byte of the answer goes out
};

std::optional<FaultKind> faultKindFromName(const QString& name);
QStringList faultKindNames();

/**
 * Whether the fault replaces the request's handling (the platform never acts on it) or damages the
 * answer after the handler ran (and committed): the case where a terminal must resend and rely on the
 * platform's deduplication.
 */
bool faultAppliesRequest(FaultKind kind);

} // namespace o2o::sandbox
