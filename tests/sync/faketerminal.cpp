#include "tests/sync/faketerminal.h"

#include "store/outbox.h"
#include "store/syncstate.h"
#include "store/terminalsettings.h"
#include "store/vouchercache.h"
#include "sync/devicefiles.h"
#include "tests/sync/fakeplatform.h"

#include <QDir>
#include <QFileInfo>

namespace o2o::test {

namespace {

// In memory where the machine has /dev/shm: these tests are about the sync logic, not durability (the
// store's tests and tst_crashloop keep that), and the ledger's synchronous=FULL commits on a disk shared
// with parallel tests were most of their time.
QString dataDirTemplate() {
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    const QString base = shm.isDir() && shm.isWritable() ? shm.filePath() : QDir::tempPath();
    return QDir(base).filePath(QStringLiteral("o2o-fake-terminal-XXXXXX"));
}

} // namespace

FakeTerminal::FakeTerminal()
    : m_dir(dataDirTemplate()) {
    auto opened = Database::open(m_dir.path());
    if (!opened)
        qFatal("cannot open a test database: %s", qPrintable(opened.error().message));
    m_db = std::move(*opened);
    auto settings = TerminalSettings::load(*m_db);
    if (!settings)
        qFatal("%s", qPrintable(settings.error().message));
    settings->storeId = QStringLiteral("store-1");
    // What enrollment stores (sync/enrollment.cpp), minus the keys and certificates.
    const QString now = QString::number(m_clock.nowMsecs());
    const DeviceFiles files = DeviceFiles::in(m_dir.path());
    const QByteArray placeholder("not a PEM file: the fake platform reads no certificate\n");
    if (!settings->save(*m_db) ||
        !SyncState::put(*m_db, {{"sync_platform_url", QStringLiteral("https://platform.test")},
                                {"sync_device_id", QStringLiteral("dev-") + settings->terminalId.left(8)},
                                {"sync_enrolled_ms", now},
                                {"sync_last_ok_ms", now}}) ||
        !writeDeviceFile(files.key, placeholder, true) ||
        !writeDeviceFile(files.certificate, placeholder, false) ||
        !writeDeviceFile(files.ca, placeholder, false))
        qFatal("cannot set up a terminal enrolled with the fake platform in %s", qPrintable(m_dir.path()));
}

QString FakeTerminal::client() const {
    return DeviceFiles::in(m_dir.path()).certificate;
}

Result<RedemptionOutcome> FakeTerminal::redeem(const QString& code, const QString& amount) {
    RedemptionService service(*m_db, m_clock);
    RedeemInput input;
    input.code = code;
    input.amountText = amount;
    input.cashier = QStringLiteral("test");
    return service.redeem(input);
}

Result<CycleReport> FakeTerminal::syncOnce(FakePlatform& platform) {
    SyncEngine engine(*m_db, m_clock, platform.factory());
    return engine.runCycle();
}

qint64 FakeTerminal::cachedVouchers() {
    return VoucherCache(*m_db).count().value_or(-1);
}

qint64 FakeTerminal::pendingEvents() {
    return Outbox(*m_db).pending().value_or(-1);
}

bool FakeTerminal::online() {
    auto state = SyncState::load(*m_db);
    return state && state->online(m_clock.nowMsecs());
}

} // namespace o2o::test
