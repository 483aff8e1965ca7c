#pragma once

#include <QString>
#include <tl/expected.hpp>

namespace o2o {

/** What went wrong, for a log line and for deciding whether trying again can help. */
enum class ErrorCode {
    Usage,           // the caller asked for something malformed
    InvalidInput,    // a file, record or value that cannot be accepted
    Io,              // the file system refused
    Database,        // SQLite failed for a reason other than damage
    DatabaseDamaged, // the database file is not a healthy terminal database
    DatabaseBusy,    // another process held the lock past the busy timeout
    Crypto,          // OpenSSL failed
    Internal,
};

/** A failure that crosses a module boundary. Refused vouchers are Verdicts, not Errors. */
struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
    bool retryable = false;
};

template <typename T> using Result = tl::expected<T, Error>;
using Unexpected = tl::unexpected<Error>;

inline Unexpected fail(ErrorCode code, QString message, bool retryable = false) {
    return Unexpected(Error{code, std::move(message), retryable});
}

} // namespace o2o
