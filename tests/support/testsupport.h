#pragma once

#include "core/voucherrecord.h"
#include "store/database.h"

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <memory>

namespace o2o::test {

/** A fresh data directory with an open terminal database, removed after the test. */
struct TempTerminal {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    TempTerminal();
    QString dataDir() const { return dir.path(); }
    /** Stores vouchers in the cache and sets the store id. */
    void add(const QList<VoucherRecord>& records, const QString& storeId = QStringLiteral("store-1"));
};

/** A single-use voucher valid everywhere, always; tests change what they need. */
VoucherRecord voucherRecord(const QString& code, VoucherKind kind = VoucherKind::SingleUse);

/** The built o2o-terminal (from ctest's environment). */
QString terminalBinary();

struct ProcessResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const;
};
/** Runs o2o-terminal --data-dir DIR ARGS... and waits for it; input is its standard input. */
ProcessResult runTerminal(const QString& dataDir, const QStringList& args, const QByteArray& input = {});
/** Runs o2o-sandbox --data-dir DIR ARGS... (the platform side) and waits for it. */
ProcessResult runSandbox(const QString& dataDir, const QStringList& args);
ProcessResult runProgram(const QString& program, const QString& dataDir, const QStringList& args,
                         const QByteArray& input = {});

QByteArray fileBytes(const QString& path);

} // namespace o2o::test
