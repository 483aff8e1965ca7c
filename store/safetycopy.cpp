#include "store/safetycopy.h"

#include "store/storelog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

#include <fcntl.h>
#include <unistd.h>

namespace o2o::safetycopy {

namespace {
QString pattern(const QString& reason) {
    return QStringLiteral("terminal-schema*-") + reason + QStringLiteral(".db");
}

// A rename is only durable once the directory that holds the name is on disk.
void syncDirectory(const QString& dir) {
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

bool syncFile(const QString& path) {
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}
} // namespace

QString directory(const QString& dataDir) {
    return QDir(dataDir).filePath(QStringLiteral("backups"));
}

Result<void> vacuumInto(sql::Connection& connection, const QString& target) {
    const QFileInfo info(target);
    const QString temporary =
        info.absoluteDir().filePath(u'.' + info.fileName() + QStringLiteral(".partial"));
    QFile::remove(temporary);
    // VACUUM INTO accepts an existing empty file: made here first, so its mode is 0600 from the start.
    {
        QFile file(temporary);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
            !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return fail(ErrorCode::Io,
                        QStringLiteral("cannot create %1: %2").arg(temporary, file.errorString()));
    }
    auto statement = connection.prepare("VACUUM INTO ?");
    if (!statement) {
        QFile::remove(temporary);
        return Unexpected(statement.error());
    }
    statement->bind(1, temporary);
    if (const int rc = statement->step(); rc != sql::kDone) {
        QFile::remove(temporary);
        return Unexpected(connection.error(rc, QStringLiteral("cannot copy the database to %1").arg(target)));
    }
    if (!syncFile(temporary) ||
        ::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData()) != 0) {
        QFile::remove(temporary);
        return fail(ErrorCode::Io, QStringLiteral("cannot write %1").arg(target));
    }
    syncDirectory(info.absolutePath());
    return {};
}

QStringList list(const QString& dataDir, const QString& reason) {
    QDir dir(directory(dataDir));
    // Ordered by the time in the name (after "terminal-schemaN-"): file times can tie within a tick.
    QStringList names = dir.entryList({pattern(reason)}, QDir::Files);
    const auto stamp = [](const QString& name) { return name.section(u'-', 2); };
    std::sort(names.begin(), names.end(),
              [&](const QString& a, const QString& b) { return stamp(a) > stamp(b); });
    QStringList paths;
    for (const QString& name : names)
        paths.append(dir.absoluteFilePath(name));
    return paths;
}

Result<QString> make(sql::Connection& connection, const QString& dataDir, int schemaVersion,
                     const QString& reason) {
    const QString dir = directory(dataDir);
    if (!QDir().mkpath(dir))
        return fail(ErrorCode::Io, QStringLiteral("cannot create %1").arg(dir));
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    QString path;
    for (int n = 0; path.isEmpty() || QFileInfo::exists(path); ++n)
        path = QDir(dir).filePath(QStringLiteral("terminal-schema%1-%2%3-%4.db")
                                      .arg(schemaVersion)
                                      .arg(stamp, n ? QString::number(n) : QString(), reason));
    O2O_TRY(vacuumInto(connection, path));
    qCInfo(lcStore, "database copied to %s (schema %d, %s)", qPrintable(path), schemaVersion,
           qPrintable(reason));
    const QStringList copies = list(dataDir, reason);
    for (qsizetype i = kKept; i < copies.size(); ++i) {
        if (copies[i] == path)
            continue;
        if (QFile::remove(copies[i]))
            qCDebug(lcStore, "older copy %s removed", qPrintable(copies[i]));
    }
    return path;
}

} // namespace o2o::safetycopy
