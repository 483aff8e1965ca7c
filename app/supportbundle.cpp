#include "app/supportbundle.h"

#include "store/backuprestore.h"
#include "store/databasefile.h"
#include "store/migrations.h"
#include "store/safetycopy.h"
#include "store/syncstate.h"
#include "store/terminalsettings.h"
#include "sync/devicefiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>

namespace o2o {

namespace {

constexpr qint64 kLogTailBytes = 1024 * 1024;
constexpr int kCommandTimeoutMs = 60'000;

struct Staging {
    QDir dir;
    QStringList files;
    QStringList secrets;

    Result<void> write(const QString& name, const QByteArray& bytes) {
        const QString path = dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return fail(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
        // Every file passes the scrubber last: the allow-list decides what goes in, this catches a slip.
        const QByteArray scrubbed = scrubSecrets(QString::fromUtf8(bytes), secrets).toUtf8();
        if (file.write(scrubbed) != scrubbed.size())
            return fail(ErrorCode::Io, QStringLiteral("cannot write %1").arg(path));
        files.append(name);
        return {};
    }
    Result<void> writeJson(const QString& name, const QJsonObject& object) {
        return write(name, QJsonDocument(object).toJson(QJsonDocument::Indented));
    }
};

QJsonValue msOrNull(qint64 ms) {
    return ms > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODateWithMs))
                  : QJsonValue();
}

// Values read from the data directory that must never leave it, so the scrubber can find them whole.
QStringList knownSecrets(const QString& dataDir) {
    QStringList secrets;
    const auto addFile = [&](const QString& path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QByteArray();
        return file.readAll();
    };
    // The device key: every line of its PEM body (the header lines are no secret).
    for (const QByteArray& line : addFile(DeviceFiles::in(dataDir).key).split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.size() >= 16 && !trimmed.startsWith("-----"))
            secrets.append(QString::fromLatin1(trimmed));
    }
    const QByteArray hashKey = addFile(QDir(dataDir).filePath(Database::keyFileName()));
    if (hashKey.size() >= 16) {
        secrets.append(QString::fromLatin1(hashKey.toHex()));
        secrets.append(QString::fromLatin1(hashKey.toBase64()));
        secrets.append(QString::fromUtf8(hashKey.trimmed()));
    }
    // Demo codes in clear (demo init writes them for trying the terminal by hand).
    const QByteArray demo = addFile(QDir(dataDir).filePath(QStringLiteral("demo-vouchers.jsonl")));
    for (const QByteArray& line : demo.split('\n')) {
        const QJsonObject record = QJsonDocument::fromJson(line).object();
        const QString code = record.value(QStringLiteral("code")).toString();
        if (code.size() >= 6)
            secrets.append(code);
    }
    secrets.removeDuplicates();
    return secrets;
}

QJsonObject runSelf(const QString& program, const QString& dataDir, const QStringList& args) {
    QProcess process;
    process.setProgram(program);
    process.setArguments(QStringList{QStringLiteral("--data-dir"), dataDir} + args);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    QJsonObject result{{QStringLiteral("command"), args.join(u' ')}};
    if (!process.waitForStarted(10'000) || !process.waitForFinished(kCommandTimeoutMs)) {
        process.kill();
        process.waitForFinished(5'000);
        result.insert(QStringLiteral("error"),
                      QStringLiteral("did not finish within %1 s").arg(kCommandTimeoutMs / 1000));
        return result;
    }
    result.insert(QStringLiteral("exit_code"), process.exitCode());
    const QByteArray out = process.readAllStandardOutput();
    const QJsonDocument json = QJsonDocument::fromJson(out);
    if (json.isObject())
        result.insert(QStringLiteral("output"), json.object());
    else
        result.insert(QStringLiteral("output_text"), QString::fromUtf8(out.left(64 * 1024)));
    const QByteArray err = process.readAllStandardError();
    if (!err.isEmpty())
        result.insert(QStringLiteral("stderr"), QString::fromUtf8(err.right(16 * 1024)));
    return result;
}

QJsonObject versions() {
    return QJsonObject{{QStringLiteral("o2o_terminal"), QStringLiteral(O2O_VERSION)},
                       {QStringLiteral("schema_latest"), latestSchemaVersion()},
                       {QStringLiteral("qt_runtime"), QString::fromLatin1(qVersion())},
                       {QStringLiteral("qt_build"), QStringLiteral(QT_VERSION_STR)},
                       {QStringLiteral("sqlite"), sql::libraryVersion()},
                       {QStringLiteral("os"), QSysInfo::prettyProductName()},
                       {QStringLiteral("kernel"), QSysInfo::kernelVersion()},
                       {QStringLiteral("cpu"), QSysInfo::currentCpuArchitecture()},
                       {QStringLiteral("host"), QSysInfo::machineHostName()}};
}

// Settings and sync state field by field: the root key, the change-feed cursor and anything added
// later stay out until someone decides they are safe to send.
QJsonObject configuration(Database& db) {
    QJsonObject config;
    if (auto s = TerminalSettings::load(db)) {
        config.insert(QStringLiteral("settings"),
                      QJsonObject{{QStringLiteral("terminal_id"), s->terminalId},
                                  {QStringLiteral("store_id"), s->storeId},
                                  {QStringLiteral("currency"), s->currency},
                                  {QStringLiteral("offline_max_count"), s->offlineMaxCount},
                                  {QStringLiteral("offline_max_value_minor"), s->offlineMaxValueMinor},
                                  {QStringLiteral("offline_max_hours"), s->offlineMaxHours},
                                  {QStringLiteral("void_window_minutes"), s->voidWindowMinutes},
                                  {QStringLiteral("last_sync"), msOrNull(s->lastSyncMs)},
                                  {QStringLiteral("platform_time"), msOrNull(s->platformTimeMs)},
                                  {QStringLiteral("merchant_id"), s->merchantId},
                                  {QStringLiteral("trust_root_key_pinned"), !s->trustRootKey.isEmpty()},
                                  {QStringLiteral("trust_sequence"), s->trustSequence}});
    } else {
        config.insert(QStringLiteral("settings_error"), s.error().message);
    }
    if (auto sync = SyncState::load(db)) {
        config.insert(QStringLiteral("sync"),
                      QJsonObject{{QStringLiteral("platform"), sync->platformUrl},
                                  {QStringLiteral("device_id"), sync->deviceId},
                                  {QStringLiteral("merchant_id"), sync->merchantId},
                                  {QStringLiteral("enrolled"), msOrNull(sync->enrolledMs)},
                                  {QStringLiteral("cursor_held"), !sync->cursor.isEmpty()},
                                  {QStringLiteral("last_upload"), msOrNull(sync->lastUploadMs)},
                                  {QStringLiteral("last_download"), msOrNull(sync->lastDownloadMs)},
                                  {QStringLiteral("vouchers_current"), msOrNull(sync->vouchersMs)},
                                  {QStringLiteral("settings_current"), msOrNull(sync->settingsMs)},
                                  {QStringLiteral("trust_current"), msOrNull(sync->trustMs)},
                                  {QStringLiteral("trust_wanted"), sync->trustWanted},
                                  {QStringLiteral("last_ok"), msOrNull(sync->lastOkMs)},
                                  {QStringLiteral("last_fail"), msOrNull(sync->lastFailMs)},
                                  {QStringLiteral("last_error"), sync->lastError}});
    } else {
        config.insert(QStringLiteral("sync_error"), sync.error().message);
    }
    return config;
}

QJsonObject fileFacts(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists())
        return QJsonObject{{QStringLiteral("present"), false}};
    return QJsonObject{
        {QStringLiteral("present"), true},
        {QStringLiteral("bytes"), info.size()},
        // Qt keeps user, group and other in one hex digit each: in base 16 it reads as chmod's octal.
        {QStringLiteral("mode"), QString::number(int(info.permissions() & 0x0777), 16)},
        {QStringLiteral("modified"), info.lastModified().toUTC().toString(Qt::ISODate)}};
}

// The installer's INI: every key whose name says secret is dropped, the rest scrubbed like any text.
QJsonObject installerConfig(const QString& path) {
    QJsonObject result{{QStringLiteral("path"), path}};
    if (!QFileInfo::exists(path)) {
        result.insert(QStringLiteral("present"), false);
        return result;
    }
    result.insert(QStringLiteral("present"), true);
    static const QRegularExpression secretName(
        QStringLiteral("key|token|secret|pass|pin|code|cert|credential|auth"),
        QRegularExpression::CaseInsensitiveOption);
    QSettings settings(path, QSettings::IniFormat);
    QJsonObject values;
    QJsonArray removed;
    for (const QString& key : settings.allKeys()) {
        if (secretName.match(key).hasMatch()) {
            removed.append(key);
            continue;
        }
        values.insert(key, settings.value(key).toString());
    }
    result.insert(QStringLiteral("values"), values);
    result.insert(QStringLiteral("removed_keys"), removed);
    return result;
}

QString journal() {
    const QString journalctl = QStandardPaths::findExecutable(QStringLiteral("journalctl"));
    if (journalctl.isEmpty())
        return {};
    QStringList args{QStringLiteral("--no-pager"), QStringLiteral("--output=short-iso"),
                     QStringLiteral("--lines=5000"), QStringLiteral("--since=-7days")};
    for (const QString& unit : supportBundleUnits())
        args << QStringLiteral("--unit=") + unit;
    QProcess process;
    process.start(journalctl, args);
    if (!process.waitForFinished(30'000) || process.exitCode() != 0) {
        process.kill();
        process.waitForFinished(5'000);
        return {};
    }
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    // "-- No entries --" and the "-- Journal begins ..." banner are not logs.
    for (const QString& line : out.split(u'\n'))
        if (!line.trimmed().isEmpty() && !line.startsWith(QStringLiteral("-- ")))
            return out;
    return {};
}

QStringList logFiles(const QString& dataDir) {
    QStringList files;
    const QString fromEnv = qEnvironmentVariable("O2O_LOG_FILE");
    if (!fromEnv.isEmpty() && QFileInfo(fromEnv).isFile())
        files.append(fromEnv);
    const QDir logs(QDir(dataDir).filePath(QStringLiteral("logs")));
    for (const QFileInfo& f :
         logs.entryInfoList({QStringLiteral("*.log"), QStringLiteral("*.log.1")}, QDir::Files, QDir::Time))
        files.append(f.absoluteFilePath());
    return files;
}

QByteArray tail(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    if (file.size() > kLogTailBytes)
        file.seek(file.size() - kLogTailBytes);
    return file.readAll();
}

Result<void> makeArchive(const QString& stagingRoot, const QString& topFolder, const QString& out) {
    const QString tar = QStandardPaths::findExecutable(QStringLiteral("tar"));
    if (tar.isEmpty())
        return fail(ErrorCode::Io, QStringLiteral("tar was not found (Debian's tar package provides it)"));
    const QFileInfo target(out);
    const QString partial =
        target.absoluteDir().filePath(u'.' + target.fileName() + QStringLiteral(".partial"));
    QFile::remove(partial);
    QProcess process;
    process.start(tar,
                  {QStringLiteral("--create"), QStringLiteral("--gzip"), QStringLiteral("--file"), partial,
                   QStringLiteral("--owner=0"), QStringLiteral("--group=0"),
                   QStringLiteral("--numeric-owner"), QStringLiteral("--directory"), stagingRoot, topFolder});
    if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        process.kill();
        QFile::remove(partial);
        return fail(ErrorCode::Io, QStringLiteral("tar failed: %1")
                                       .arg(QString::fromUtf8(process.readAllStandardError()).trimmed()));
    }
    QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile::remove(target.absoluteFilePath());
    if (!QFile::rename(partial, target.absoluteFilePath())) {
        QFile::remove(partial);
        return fail(ErrorCode::Io, QStringLiteral("cannot write %1").arg(out));
    }
    return {};
}

} // namespace

QStringList supportBundleUnits() {
    return {QStringLiteral("o2o-terminal-sync.service"), QStringLiteral("o2o-kiosk.service")};
}

QString scrubSecrets(const QString& text, const QStringList& knownSecrets) {
    QString result = text;
    for (const QString& secret : knownSecrets)
        if (!secret.isEmpty())
            result.replace(secret, QStringLiteral("[removed]…") + secret.right(4));
    static const QRegularExpression candidate(QStringLiteral("[A-Za-z0-9_+/=-]{12,}"));
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}"));
    QString out;
    out.reserve(result.size());
    qsizetype from = 0;
    for (auto it = candidate.globalMatch(result); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString run = m.captured();
        int letters = 0, digits = 0;
        for (const QChar c : run) {
            letters += c.isLetter();
            digits += c.isDigit();
        }
        // Paths are split at '/' by the pattern of their parts: a part like "2026-12" is kept.
        // Our own voucher codes (O2O-XXXX-XXXX-XXXX) may hold a single digit: masked by their prefix.
        const bool ourCode = run.startsWith(QStringLiteral("O2O-"), Qt::CaseInsensitive) && run.size() >= 14;
        const bool looksSecret = ourCode || (letters >= 3 && digits >= 2 && !uuid.match(run).hasMatch() &&
                                             !date.match(run).hasMatch() && !run.contains(u'/'));
        out += QStringView(result).mid(from, m.capturedStart() - from);
        out += looksSecret ? QStringLiteral("…") + run.right(4) : run;
        from = m.capturedEnd();
    }
    out += QStringView(result).mid(from);
    return out;
}

Result<SupportBundleSummary> writeSupportBundle(const SupportBundleOptions& options) {
    const QFileInfo target(options.out);
    if (!target.absoluteDir().exists())
        return fail(ErrorCode::Io, QStringLiteral("the folder of %1 does not exist").arg(options.out));
    QTemporaryDir staging(target.absoluteDir().filePath(QStringLiteral(".o2o-support-XXXXXX")));
    if (!staging.isValid())
        return fail(ErrorCode::Io, QStringLiteral("cannot write in %1").arg(target.absolutePath()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString top = QStringLiteral("o2o-support-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    Staging files{QDir(staging.path() + u'/' + top), {}, knownSecrets(options.dataDir)};
    if (!QDir().mkpath(files.dir.path()))
        return fail(ErrorCode::Io, QStringLiteral("cannot write in %1").arg(staging.path()));

    O2O_TRY(files.writeJson(QStringLiteral("versions.json"), versions()));

    // The database: its health and settings, or why it could not be opened (the bundle is most needed
    // when it cannot).
    const QString dbPath = QDir(options.dataDir).filePath(Database::fileName());
    const DatabaseFileCheck header = inspectDatabaseFile(dbPath);
    QJsonObject database{{QStringLiteral("path"), dbPath},
                         {QStringLiteral("file"), fileFacts(dbPath)},
                         {QStringLiteral("wal"), fileFacts(dbPath + QStringLiteral("-wal"))},
                         {QStringLiteral("schema_latest"), latestSchemaVersion()}};
    if (header.state == DatabaseFileCheck::State::Terminal)
        database.insert(QStringLiteral("schema_in_header"), header.schemaVersion);
    else if (header.state != DatabaseFileCheck::State::Missing)
        database.insert(QStringLiteral("header_problem"), header.reason);
    QJsonObject config{{QStringLiteral("installer_config"), installerConfig(options.configFile)}};
    const DeviceFiles device = DeviceFiles::in(options.dataDir);
    config.insert(QStringLiteral("device_files"),
                  QJsonObject{{QStringLiteral("key"), fileFacts(device.key)},
                              {QStringLiteral("certificate"), fileFacts(device.certificate)},
                              {QStringLiteral("platform_ca"), fileFacts(device.ca)},
                              {QStringLiteral("code_hash_key"),
                               fileFacts(QDir(options.dataDir).filePath(Database::keyFileName()))}});
    if (header.state == DatabaseFileCheck::State::Missing) {
        database.insert(QStringLiteral("error"), QStringLiteral("no database in the data directory"));
    } else if (auto db = Database::openForReading(options.dataDir); !db) {
        database.insert(QStringLiteral("error"), db.error().message);
    } else {
        if (auto health = databaseHealth(**db)) {
            database.insert(QStringLiteral("schema_version"), health->schemaVersion);
            database.insert(QStringLiteral("integrity_check"), QJsonArray::fromStringList(health->integrity));
            database.insert(QStringLiteral("vouchers"), health->vouchers);
            database.insert(QStringLiteral("redemptions"), health->redemptions);
            database.insert(QStringLiteral("pending_events"), health->pendingEvents);
            database.insert(QStringLiteral("page_size"), health->pageSize);
            database.insert(QStringLiteral("page_count"), health->pageCount);
            database.insert(QStringLiteral("free_pages"), health->freePages);
        } else {
            database.insert(QStringLiteral("error"), health.error().message);
        }
        for (auto it = configuration(**db); const QString& key : it.keys())
            config.insert(key, it.value(key));
    }
    QJsonArray backups;
    for (const QFileInfo& f : QDir(safetycopy::directory(options.dataDir))
                                  .entryInfoList({QStringLiteral("*.db")}, QDir::Files, QDir::Name))
        backups.append(
            QJsonObject{{QStringLiteral("name"), f.fileName()}, {QStringLiteral("bytes"), f.size()}});
    database.insert(QStringLiteral("backups"), backups);
    O2O_TRY(files.writeJson(QStringLiteral("database.json"), database));
    O2O_TRY(files.writeJson(QStringLiteral("config.json"), config));

    O2O_TRY(files.writeJson(
        QStringLiteral("status.json"),
        runSelf(options.program, options.dataDir, {QStringLiteral("status"), QStringLiteral("--json")})));
    O2O_TRY(files.writeJson(
        QStringLiteral("doctor.json"),
        options.doctorAvailable
            ? runSelf(options.program, options.dataDir, {QStringLiteral("doctor"), QStringLiteral("--json")})
            : QJsonObject{{QStringLiteral("command"), QStringLiteral("doctor --json")},
                          {QStringLiteral("error"), QStringLiteral("doctor not available")}}));

    QString logSource = QStringLiteral("none");
    if (const QString text = journal(); !text.isEmpty()) {
        logSource = QStringLiteral("journal");
        O2O_TRY(files.write(QStringLiteral("logs/journal.txt"), text.toUtf8()));
    } else if (const QStringList logs = logFiles(options.dataDir); !logs.isEmpty()) {
        logSource = QStringLiteral("file");
        for (const QString& log : logs)
            O2O_TRY(files.write(QStringLiteral("logs/") + QFileInfo(log).fileName(), tail(log)));
    } else {
        O2O_TRY(files.write(QStringLiteral("logs/none.txt"),
                            QStringLiteral("No journal entries for %1 and no log file (O2O_LOG_FILE or "
                                           "DATA_DIR/logs/*.log). The terminal logs to standard error.\n")
                                .arg(supportBundleUnits().join(QStringLiteral(", ")))
                                .toUtf8()));
    }
    const QJsonObject manifest{{QStringLiteral("created"), now.toString(Qt::ISODate)},
                               {QStringLiteral("version"), QStringLiteral(O2O_VERSION)},
                               {QStringLiteral("data_dir"), QDir(options.dataDir).absolutePath()},
                               {QStringLiteral("log_source"), logSource},
                               {QStringLiteral("files"), QJsonArray::fromStringList(files.files)}};
    O2O_TRY(files.writeJson(QStringLiteral("manifest.json"), manifest));
    O2O_TRY(makeArchive(staging.path(), top, target.absoluteFilePath()));
    return SupportBundleSummary{target.absoluteFilePath(), files.files, logSource};
}

} // namespace o2o
