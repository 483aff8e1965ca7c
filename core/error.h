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
    NotEnrolled,     // the terminal has no device identity yet: only enrolling helps (a screen says so)
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

/**
 * Returns the failure of a fallible call from the calling function, whose own Result may hold any type:
 * O2O_TRY(transaction.begin()); instead of the three-line if/return. The value, if any, is dropped.
 */
#define O2O_TRY(...)                                                                                         \
    do {                                                                                                     \
        if (auto o2oTryResult = (__VA_ARGS__); !o2oTryResult)                                                \
            return ::o2o::Unexpected(std::move(o2oTryResult).error());                                       \
    } while (false)
