import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Window
import O2O.Ui

// The window: the status bar always on top, one screen at a time below it, a menu of the screens.
// Screens meet C++ through the typed controllers of AppServices (module O2O.Ui), never a map.
ApplicationWindow {
    id: root
    required property AppServices app
    // An 800x480 counter panel gets tighter margins and smaller type, so every control stays on screen.
    readonly property bool compact: width < 1000
    width: 1024
    height: 640
    visible: true
    color: "#f4f5f7"
    title: qsTr("O2O Redemption Terminal")

    // The screens the menu opens, by name. An area adds its screen here and an entry in menuEntries.
    readonly property var screens: ({
        "counter": counterScreen,
        "wizard": wizardScreen
    })
    // What the menu offers; `roles` lists who may open it (the sign-in decides the role).
    readonly property var menuEntries: [
        { name: "counter", title: qsTr("Counter"), roles: ["cashier", "manager", "installer"] },
        { name: "wizard", title: qsTr("Setup wizard"), roles: ["installer", "manager"] }
    ]
    readonly property string currentScreen: stack.currentItem && stack.currentItem.screenName !== undefined
                                            ? stack.currentItem.screenName : "counter"

    /** Opens a screen by name over the counter; unknown names are ignored (and logged). */
    function showScreen(name) {
        const component = root.screens[name]
        if (!component) {
            console.warn("no screen named", name)
            return false
        }
        if (name === "counter")
            stack.pop(null)
        else
            stack.replace(null, [counterScreen, component])
        return true
    }

    /** Back to the counter with nothing on it: the state every screenshot starts from. */
    function reset() {
        stack.pop(null, StackView.Immediate)
        menu.close()
        root.app.redemption.clear()
        stack.currentItem.resetScreen()
    }

    header: StatusBar {
        app: root.app
        compact: root.compact
        onMenuRequested: menu.open()
    }

    StackView {
        id: stack
        anchors.fill: parent
        focus: true // the screen on top gets the keyboard (typed codes land in its field)
        initialItem: counterScreen
    }

    Component {
        id: counterScreen
        CounterScreen {
            focus: true
            app: root.app
            compact: root.compact
        }
    }

    Component {
        id: wizardScreen
        WizardScreen {
            focus: true
            app: root.app
            compact: root.compact
            onFinished: root.showScreen("counter")
        }
    }

    // A new terminal (not enrolled, no staff) opens the installer's wizard by itself, once.
    Connections {
        target: root.app.wizard
        property bool opened: false
        function onStateChanged() {
            if (root.app.wizard.firstRun && !opened) {
                opened = true
                root.showScreen("wizard")
            }
        }
    }

    ScreenMenu {
        id: menu
        entries: root.menuEntries
        current: root.currentScreen
        height: root.height
        onChosen: name => root.showScreen(name)
    }
}
