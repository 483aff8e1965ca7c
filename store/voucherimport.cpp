#include "store/voucherimport.h"

#include "core/voucherrecord.h"
#include "store/vouchercache.h"

#include <QFileDevice>

#include <algorithm>
#include <array>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace o2o {

namespace {

constexpr qint64 kMaxLineBytes = 64 * 1024;
constexpr size_t kBatchSize = 2048;
constexpr size_t kQueuedBatches = 8;

struct Batch {
    std::vector<VoucherRow> records; // parsed, checked, hashed and encoded off the writing thread
    std::optional<Error> error;      // the reading thread stops at the first bad line
    bool last = false;
};

/**
 * Hands batches from the reading thread to the writing one; bounded, so memory stays flat. Written
 * batches go back to the reading thread to be freed there: freeing on the thread that allocated
 * keeps the two threads out of each other's malloc arena (it halved the import time).
 */
class BatchQueue {
public:
    void recycle(Batch batch) {
        std::lock_guard lock(m_mutex);
        m_spent.push_back(std::move(batch));
    }
    void freeSpent() {
        std::deque<Batch> spent;
        {
            std::lock_guard lock(m_mutex);
            spent.swap(m_spent);
        }
    }
    bool push(Batch batch) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_batches.size() < kQueuedBatches || m_cancelled; });
        if (m_cancelled)
            return false;
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }
    Batch pop() {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_batches.empty(); });
        Batch batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return batch;
    }
    void cancel() {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_batches;
    std::deque<Batch> m_spent;
    bool m_cancelled = false;
};

Error lineError(qint64 lineNumber, const QString& message) {
    return Error{ErrorCode::InvalidInput,
                 QStringLiteral("line %1: %2; nothing was imported").arg(lineNumber).arg(message)};
}

/**
 * Finds two lines of one file that carry the same code: the last would silently win and the count would
 * be wrong. Keeps the 16-byte code hash and the line of each record (24 bytes a record) and sorts once at
 * the end, so a file of a million records costs about 24 MB and a fraction of a second.
 */
class DuplicateCodes {
public:
    void add(const QByteArray& codeHash, qint64 lineNumber) {
        Seen seen{};
        std::memcpy(seen.hash.data(), codeHash.constData(), std::min<size_t>(codeHash.size(), kHashBytes));
        seen.line = lineNumber;
        m_seen.push_back(seen);
    }
    /** The first pair of lines (by the later line) that share a code, if any. */
    std::optional<std::pair<qint64, qint64>> firstPair() {
        std::sort(m_seen.begin(), m_seen.end());
        std::optional<std::pair<qint64, qint64>> first;
        for (size_t i = 1; i < m_seen.size(); ++i) {
            if (m_seen[i].hash == m_seen[i - 1].hash && (!first || m_seen[i].line < first->second))
                first = std::pair(m_seen[i - 1].line, m_seen[i].line);
        }
        return first;
    }

private:
    static constexpr size_t kHashBytes = 16;
    struct Seen {
        std::array<char, kHashBytes> hash;
        qint64 line;
        bool operator<(const Seen& other) const {
            return hash != other.hash ? hash < other.hash : line < other.line;
        }
    };
    std::vector<Seen> m_seen;
};

// Reads, parses and hashes every line; runs on its own thread while the caller writes to SQLite.
void readRecords(QIODevice& input, const CodeHasher& hasher, BatchQueue& queue) {
    // One buffer for every line: readLine(maxSize) would allocate the maximum for each line.
    // It holds one byte more than the limit, so an overlong line shows itself.
    QByteArray buffer(kMaxLineBytes + 2, Qt::Uninitialized);
    qint64 lineNumber = 0;
    DuplicateCodes duplicates;
    Batch batch;
    batch.records.reserve(kBatchSize);
    // readLine, not atEnd(): a pipe or a device says atEnd() before anything was read. At the end of the
    // stream readLine gives -1 with no error set.
    for (;;) {
        const qint64 length = input.readLine(buffer.data(), buffer.size());
        if (length <= 0) {
            const auto* file = qobject_cast<const QFileDevice*>(&input);
            if (file && file->error() != QFileDevice::NoError)
                batch.error =
                    Error{ErrorCode::Io, QStringLiteral("cannot read after line %1 (%2); nothing was "
                                                        "imported")
                                             .arg(lineNumber)
                                             .arg(file->errorString())};
            break;
        }
        ++lineNumber;
        const QByteArray line = QByteArray::fromRawData(buffer.constData(), length);
        if (line.size() > kMaxLineBytes && !line.endsWith('\n')) {
            batch.error = lineError(lineNumber, QStringLiteral("longer than %1 bytes").arg(kMaxLineBytes));
            break;
        }
        if (line.trimmed().isEmpty())
            continue;
        auto record = parseVoucherRecord(line);
        if (!record) {
            batch.error = lineError(lineNumber, record.error().message);
            break;
        }
        QByteArray codeHash = hasher.hash(record->code);
        duplicates.add(codeHash, lineNumber);
        batch.records.push_back(
            VoucherRow::encode(std::move(codeHash), record->code.right(4), std::move(record->voucher)));
        if (batch.records.size() == kBatchSize) {
            if (!queue.push(std::move(batch)))
                return;
            batch = Batch{};
            batch.records.reserve(kBatchSize);
            queue.freeSpent();
        }
    }
    if (!batch.error) {
        if (const auto pair = duplicates.firstPair())
            batch.error = lineError(
                pair->second,
                QStringLiteral("the same code as line %1 (one code, one voucher)").arg(pair->first));
    }
    batch.last = true;
    queue.push(std::move(batch));
}

} // namespace

Result<ImportSummary> importVoucherLines(Database& db, QIODevice& input) {
    VoucherCache cache(db);
    sql::Transaction transaction(db.connection());
    O2O_TRY(transaction.begin());

    BatchQueue queue;
    std::thread reader([&] { readRecords(input, db.hasher(), queue); });
    const auto stopReader = [&] {
        queue.cancel();
        reader.join();
    };
    ImportSummary summary;
    for (bool last = false; !last;) {
        Batch batch = queue.pop();
        last = batch.last;
        for (const VoucherRow& row : batch.records) {
            if (auto written = cache.upsertRow(row); !written) {
                stopReader();
                return Unexpected(written.error());
            }
        }
        summary.vouchers += qint64(batch.records.size());
        if (batch.error) {
            stopReader();
            return Unexpected(*batch.error);
        }
        queue.recycle(std::move(batch));
    }
    reader.join();
    queue.freeSpent();
    if (summary.vouchers == 0)
        return fail(ErrorCode::InvalidInput, QStringLiteral("no voucher record in it; nothing was imported"));
    O2O_TRY(transaction.commit());
    return summary;
}

} // namespace o2o
