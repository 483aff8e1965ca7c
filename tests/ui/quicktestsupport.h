#pragma once

#include "store/auditlog.h"
#include "store/database.h"
#include "store/staffstore.h"
#include "store/syncstate.h"
#include "store/terminalsettings.h"
#include "sync/devicecrypto.h"
#include "tests/sync/sandboxserver.h"
#include "ui/appservices.h"
#include "ui/screenshotplan.h"
#include "ui/terminalui.h"

#include <QDateTime>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QKeyEvent>
#include <QObject>
#include <QStringList>
#include <QWindow>
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
    /** Adds a member of staff (role: cashier, manager, installer) with this PIN; false when refused. */
    Q_INVOKABLE bool addStaff(const QString& id, const QString& name, const QString& role,
                              const QString& pin) {
        auto db = Database::open(m_dataDir);
        const auto parsedRole = roleFromName(role);
        if (!db || !parsedRole)
            return false;
        StaffMember member;
        member.id = id;
        member.name = name;
        member.role = *parsedRole;
        return StaffStore(**db)
            .add(member, pin, QStringLiteral("local:test"), QDateTime::currentMSecsSinceEpoch())
            .has_value();
    }
    /** Waits for the screens' database jobs and any pending verdict to land. */
    Q_INVOKABLE void settle() { m_ui.settle(); }
    /**
     * Keys as a handheld scanner sends them, 6 ms apart by their timestamps, then Enter, to the window with
     * the focus: the application's wedge filter sees them as the real scanner's (QML's keyClick gives no
     * timestamps, so a slow first key would read as typing).
     */
    Q_INVOKABLE void scanKeys(const QString& code) {
        QWindow* window = QGuiApplication::focusWindow();
        if (!window && !QGuiApplication::topLevelWindows().isEmpty())
            window = QGuiApplication::topLevelWindows().first();
        const auto press = [&](int key, const QString& text) {
            m_keyMs += 6;
            QKeyEvent event(QEvent::KeyPress, key, Qt::NoModifier, text);
            event.setTimestamp(quint64(m_keyMs));
            QCoreApplication::sendEvent(window, &event);
        };
        for (const QChar c : code)
            press(Qt::Key_unknown, QString(c));
        press(Qt::Key_Return, QStringLiteral("\r"));
    }
    /** A code as the handheld scanner delivers it (to AppServices, whatever screen is up). */
    Q_INVOKABLE void scan(const QString& code) { m_ui.services().submitScannedCode(code); }
    /** The staff as the database holds them, "id role active|disabled" each (own connection). */
    Q_INVOKABLE QStringList staffInDatabase() const {
        QStringList rows;
        auto db = Database::open(m_dataDir);
        auto all = db ? StaffStore(**db).all() : Result<QList<StaffMember>>(Unexpected(db.error()));
        for (const StaffMember& m : all.value_or(QList<StaffMember>()))
            rows.append(QStringLiteral("%1 %2 %3")
                            .arg(m.id, roleName(m.role),
                                 m.active ? QStringLiteral("active") : QStringLiteral("disabled")));
        return rows;
    }
    /** The audit log's entries as "actor action subject" (own connection). */
    Q_INVOKABLE QStringList auditInDatabase() const {
        QStringList rows;
        auto db = Database::open(m_dataDir);
        auto entries = db ? AuditLog(**db).entries() : Result<QList<AuditEntry>>(Unexpected(db.error()));
        for (const AuditEntry& e : entries.value_or(QList<AuditEntry>()))
            rows.append(QStringLiteral("%1 %2 %3").arg(e.actor, e.action, e.subject));
        return rows;
    }

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
    /** The camera the terminal's settings hold (own connection). */
    Q_INVOKABLE QString storedCameraName() const {
        auto db = Database::openForReading(m_dataDir);
        auto settings = db ? TerminalSettings::load(**db) : Result<TerminalSettings>(Unexpected(db.error()));
        return settings ? settings->cameraName : QStringLiteral("(unreadable)");
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
    qint64 m_keyMs = 1'000'000;
};

} // namespace o2o::test
