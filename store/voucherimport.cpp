#include "store/voucherimport.h"

#include "core/voucherrecord.h"
#include "store/vouchercache.h"

namespace o2o {

namespace {
constexpr qint64 kMaxLineBytes = 64 * 1024;
}

Result<ImportSummary> importVoucherLines(Database& db, QIODevice& input) {
    VoucherCache cache(db);
    sql::Transaction transaction(db.connection());
    if (auto r = transaction.begin(); !r)
        return Unexpected(r.error());
    ImportSummary summary;
    qint64 lineNumber = 0;
    // readLine(n) returns at most n - 1 bytes: one more than the limit tells an overlong line.
    while (!input.atEnd()) {
        const QByteArray line = input.readLine(kMaxLineBytes + 2);
        ++lineNumber;
        if (line.size() > kMaxLineBytes && !line.endsWith('\n'))
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("line %1: longer than %2 bytes; nothing was imported")
                            .arg(lineNumber)
                            .arg(kMaxLineBytes));
        if (line.trimmed().isEmpty())
            continue;
        auto record = parseVoucherRecord(line);
        if (!record)
            return fail(ErrorCode::InvalidInput, QStringLiteral("line %1: %2; nothing was imported")
                                                     .arg(lineNumber)
                                                     .arg(record.error().message));
        if (auto r = cache.upsert(*record); !r)
            return Unexpected(r.error());
        ++summary.vouchers;
    }
    if (auto r = transaction.commit(); !r)
        return Unexpected(r.error());
    return summary;
}

} // namespace o2o
