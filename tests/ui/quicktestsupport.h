#pragma once

#include "ui/screenshotplan.h"
#include "ui/terminalui.h"

#include <QHash>
#include <QObject>

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

private:
    TerminalUi& m_ui;
    QString m_dataDir;
    QHash<QString, QString> m_codes;
};

} // namespace o2o::test
