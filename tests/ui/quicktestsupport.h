#pragma once

#include "store/database.h"
#include "store/syncstate.h"
#include "sync/devicecrypto.h"
#include "tests/sync/sandboxserver.h"
#include "ui/screenshotplan.h"
#include "ui/terminalui.h"

#include <QFile>
#include <QHash>
#include <QObject>
#include <memory>

namespace o2o::test {

/** What a QML screen test may ask of C++ besides the controllers: `support` in tst_*.qml. */
class QuickTestSupport : public QObject {
    Q_OBJECT
public:
    QuickTestSupport(TerminalUi& ui, const QString& dataDir)
        : m_ui(ui)
        , m_dataDir(dataDir)
        , m_codes(readDemoCodes(dataDir)) {}

    /** A demo voucher's code by its id ("demo-deal", "demo-expired", ...). */
    Q_INVOKABLE QString demoCode(const QString& voucherId) const { return m_codes.value(voucherId); }
    /** The test's data directory (the demo data, a real SQLite file). */
    Q_INVOKABLE QString dataDir() const { return m_dataDir; }
    /** Waits for the screens' database jobs and any pending verdict to land. */
    Q_INVOKABLE void settle() { m_ui.settle(); }

    /** Starts an o2o-sandbox on 127.0.0.1 for this test (O2O_SANDBOX); its https URL, empty on failure. */
    Q_INVOKABLE QString startSandbox() {
        if (!m_sandbox)
            m_sandbox = std::make_unique<SandboxServer>();
        return m_sandbox->start() ? m_sandbox->url() : QString();
    }
    /** A fresh pairing code for store-1 of the sandbox. */
    Q_INVOKABLE QString pairingCode() const { return m_sandbox ? m_sandbox->pairingCode() : QString(); }
    /** The SHA-256 fingerprint of the sandbox's CA, as enrollment reports it. */
    Q_INVOKABLE QString sandboxCaFingerprint() const {
        QFile file(m_sandbox ? m_sandbox->caFile() : QString());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return certificateFingerprint(file.readAll()).value_or(QString());
    }
    /** Whether the test's terminal is enrolled, as `status` reads it (the stored sync state). */
    Q_INVOKABLE bool enrolled() const {
        auto db = Database::openForReading(m_dataDir);
        if (!db)
            return false;
        auto sync = SyncState::load(**db);
        return sync && sync->enrolled();
    }

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    TerminalUi& m_ui;
    QString m_dataDir;
    QHash<QString, QString> m_codes;
};

} // namespace o2o::test
