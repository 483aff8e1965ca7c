#include "store/databasefile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace o2o {

namespace {
quint32 bigEndian32(const QByteArray& bytes, int offset) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData()) + offset;
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

DatabaseFileCheck damaged(QString why) {
    return {DatabaseFileCheck::State::Damaged, std::move(why)};
}
} // namespace

DatabaseFileCheck inspectDatabaseFile(const QString& path) {
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return damaged(QStringLiteral("cannot read the file (%1)").arg(file.errorString()));
    const QByteArray header = file.read(100);
    const qint64 size = file.size();
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return {DatabaseFileCheck::State::Foreign, QStringLiteral("the file is not an SQLite database")};
    const auto* h = reinterpret_cast<const unsigned char*>(header.constData());
    quint32 pageSize = (quint32(h[16]) << 8) | h[17];
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return damaged(QStringLiteral("the header has an impossible page size"));
    if (bigEndian32(header, 68) != kApplicationId)
        return {DatabaseFileCheck::State::Foreign,
                QStringLiteral("the file is an SQLite database of another application")};
    if (size % pageSize != 0)
        return damaged(QStringLiteral("the file size is not a whole number of pages"));
    // The in-header page count is only valid when the change counter matches "version-valid-for".
    // With a WAL beside the file, a checkpoint cut short by a power loss can leave the header ahead of
    // the file's end: the WAL still holds those pages and SQLite recovers them, so that is no damage.
    const quint32 pages = bigEndian32(header, 28);
    const bool walPresent = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (!walPresent && bigEndian32(header, 24) == bigEndian32(header, 92) && qint64(pages) * pageSize > size)
        return damaged(
            QStringLiteral("the file is truncated (%1 of %2 pages)").arg(size / pageSize).arg(pages));
    return {DatabaseFileCheck::State::Terminal, {}, int(bigEndian32(header, 60))};
}

QString copyAsideForSupport(const QString& path) {
    const QFileInfo info(path);
    QDir supportDir(info.absolutePath() + QStringLiteral("/support"));
    if (!supportDir.mkpath(QStringLiteral(".")))
        return {};
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString copy = supportDir.filePath(info.fileName() + u'.' + stamp + QStringLiteral(".refused"));
    if (!QFile::copy(path, copy))
        return {};
    if (QFile::exists(path + QStringLiteral("-wal")))
        QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal"));
    return copy;
}

} // namespace o2o
