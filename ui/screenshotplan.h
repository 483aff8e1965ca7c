#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>
#include <functional>

class QQuickItem;
class QQuickWindow;

namespace o2o {

class AppServices;
class TerminalUi;

/**
 * What a shot may do to put the window into the state it shows: open screens, press what a person would,
 * and wait for the answer. Everything goes through the real controllers on the demo data.
 */
class ShotStage {
public:
    ShotStage(TerminalUi& ui, QHash<QString, QString> demoCodes);

    AppServices& app();
    QQuickWindow* window();
    /** The demo voucher's code by its id ("demo-deal", "demo-pass", ...); empty when unknown. */
    QString demoCode(const QString& voucherId) const { return m_demoCodes.value(voucherId); }
    /** A demo staff member's PIN (ScreenshotRun::staffPins); empty when unknown. */
    QString staffPin(const QString& staffId) const { return m_staffPins.value(staffId); }
    void setStaffPins(QHash<QString, QString> pins) { m_staffPins = std::move(pins); }
    /** Opens a screen by its name in Main.qml's `screens`; false when there is none. */
    bool showScreen(const QString& name);
    /** Calls a function of Main.qml (its root object) with the arguments given. */
    QVariant callWindow(const char* function, const QVariantList& arguments = {});
    /** The window's item with this objectName, or nullptr. */
    QQuickItem* item(const QString& objectName);
    /** Processes events until ready() holds or timeoutMs passes; returns ready(). */
    bool waitUntil(const std::function<bool()>& ready, int timeoutMs = 5000);
    /** Lets pending database jobs and verdicts land, then the window redraw. */
    void settle();

private:
    TerminalUi& m_ui;
    QHash<QString, QString> m_demoCodes;
    QHash<QString, QString> m_staffPins;
};

/** One picture: its file name stem and how to get there from the reset window. */
struct Shot {
    QString name;
    std::function<void(ShotStage&)> stage;
};

// Each screen area lists its shots in its own file (ui/shots_<area>.cpp).
QList<Shot> counterShots();
QList<Shot> statusShots();
QList<Shot> managerShots();
QList<Shot> saleShots();
QList<Shot> signinShots();
QList<Shot> wizardShots();
QList<Shot> returnShots();

/** Every shot of every area, in the order a person meets them. */
QList<Shot> allShots();

/** The demo codes a data directory's `demo init` wrote (demo-vouchers.jsonl), by voucher id. */
QHash<QString, QString> readDemoCodes(const QString& dataDir);

} // namespace o2o
