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
        "day": dayScreen,
        "reports": reportsScreen,
        "closeDay": closeDayScreen,
        "conflicts": conflictsScreen,
        "sync": syncScreen,
        "sale": saleScreen,
        "staff": staffScreen,
        "settings": settingsScreen,
        "wizard": wizardScreen,
        "doctor": doctorScreen,
        "returns": returnScreen
    })
    // What the menu offers; `roles` lists who may open it (the sign-in decides the role).
    readonly property var menuEntries: [
        { name: "counter", title: qsTr("Counter"), roles: ["cashier", "manager", "installer"] },
        { name: "sale", title: qsTr("Sale"), roles: ["cashier", "manager"] },
        { name: "returns", title: qsTr("Returns"), roles: ["cashier", "manager"] },
        { name: "day", title: qsTr("Today's redemptions and sales"), roles: ["manager"] },
        { name: "reports", title: qsTr("Reports"), roles: ["manager"] },
        { name: "conflicts", title: qsTr("Conflicts"), roles: ["manager"] },
        { name: "sync", title: qsTr("Sync"), roles: ["manager"] },
        { name: "closeDay", title: qsTr("Close the day"), roles: ["manager"] },
        { name: "staff", title: qsTr("Staff"), roles: ["manager", "installer"] },
        { name: "settings", title: qsTr("Settings"), roles: ["manager", "installer"] },
        { name: "wizard", title: qsTr("Setup wizard"), roles: ["installer"] },
        { name: "doctor", title: qsTr("Self-test"), roles: ["installer", "manager"] }
    ]
    // Who may open what: everyone while no staff exist (as on the command line), else the signed-in role.
    function mayOpen(roles) {
        return root.app.session.open || (root.app.session.signedIn && roles.indexOf(root.app.session.role) >= 0)
    }
    readonly property var allowedEntries: root.menuEntries.filter(e => root.mayOpen(e.roles))
    // Staff exist and nobody is signed in: only the sign-in shows (a kiosk keeps scanning; its menu signs in).
    property bool kioskSignIn: false
    readonly property bool signInShown: root.app.session.ready && !root.app.session.open
                                        && !root.app.session.signedIn && (!root.app.kiosk || root.kioskSignIn)
    readonly property string currentScreen: stack.currentItem && stack.currentItem.screenName !== undefined
                                            ? stack.currentItem.screenName : "counter"

    /** Opens a screen by name over the counter; unknown names are ignored (and logged). */
    function showScreen(name) {
        const component = root.screens[name]
        if (!component) {
            console.warn("no screen named", name)
            return false
        }
        const entry = root.menuEntries.find(e => e.name === name)
        if (entry && !root.mayOpen(entry.roles))
            return false
        // A sale, a void or a close made on the last screen changed what waits to upload: read it again.
        root.app.syncStatus.refresh()
        if (name === "counter")
            stack.pop(null, StackView.Immediate)
        else
            // At once, without a slide: a screenshot or a person's next tap never meets two screens mid-way.
            stack.replace(null, [counterScreen, component], StackView.Immediate)
        return true
    }

    /** Back to the counter with nothing on it: the state every screenshot starts from. */
    function reset() {
        stack.pop(null, StackView.Immediate)
        menu.close()
        scanNotice.close()
        root.app.counterMember.remove()
        root.app.redemption.clear()
        stack.currentItem.resetScreen()
        root.kioskSignIn = false
        signIn.resetScreen()
        root.app.session.dropHeldScan()
        root.app.session.noteActivity()
    }

    header: StatusBar {
        app: root.app
        compact: root.compact
        onMenuRequested: menu.open()
    }

    StackView {
        id: stack
        objectName: "screenStack"
        anchors.fill: parent
        focus: true // the screen on top gets the keyboard (typed codes land in its field)
        visible: !root.signInShown // nobody signed in: nothing of the last person's screen shows
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

    Component { id: dayScreen; DayScreen { app: root.app; compact: root.compact } }
    Component { id: reportsScreen; ReportsScreen { app: root.app; compact: root.compact } }
    Component { id: closeDayScreen; CloseDayScreen { app: root.app; compact: root.compact } }
    Component { id: conflictsScreen; ConflictsScreen { app: root.app; compact: root.compact } }
    Component { id: syncScreen; SyncScreen { app: root.app; compact: root.compact } }
    Component {
        id: saleScreen
        SaleScreen {
            focus: true
            app: root.app
            compact: root.compact
        }
    }

    // Over everything but the status bar while nobody is signed in; it takes the keyboard for the PIN.
    SignInScreen {
        id: signIn
        objectName: "signInScreen"
        anchors.fill: parent
        z: 10
        visible: root.signInShown
        app: root.app
        compact: root.compact
        onVisibleChanged: if (visible) forceActiveFocus(); else stack.forceActiveFocus()
    }

    // Whoever comes next starts at the counter, never on the last person's screen.
    Connections {
        target: root.app.session
        function onSignedOut(idle) {
            menu.close()
            stack.pop(null, StackView.Immediate)
        }
        function onSessionChanged() {
            if (root.app.session.signedIn)
                root.kioskSignIn = false
        }
    }

    Component {
        id: returnScreen
        ReturnScreen {
            focus: true
            app: root.app
            compact: root.compact
        }
    }

    Component {
        id: staffScreen
        StaffScreen {
            app: root.app
            compact: root.compact
        }
    }

    Component {
        id: settingsScreen
        SettingsScreen {
            app: root.app
            compact: root.compact
        }
    }

    Component { id: doctorScreen; DoctorScreen { app: root.app; compact: root.compact } }

    Component {
        id: wizardScreen
        WizardScreen {
            focus: true
            app: root.app
            compact: root.compact
            onFinished: root.showScreen("counter")
            onSelfTestRequested: root.showScreen("doctor")
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
        // The first installer PIN ends the open terminal: its maker stays signed in to finish the wizard.
        function onInstallerStored(staffId, pin) {
            root.app.session.signIn(staffId, pin)
        }
    }

    // A scan checked while another screen is up: said over it, with the way to the counter.
    ScanNotice {
        id: scanNotice
        app: root.app
        compact: root.compact
        parent: Overlay.overlay // over the whole window, the status bar included
        z: 100 // above any open dialog
        x: (parent.width - width) / 2
        y: 6 // at the top: the dialogs keep their action buttons at the bottom
        width: Math.min(parent.width - 24, 900)
        onShowCounter: root.showScreen("counter")
    }
    Connections {
        target: root.app.redemption
        function onVerdictReady() {
            // The wizard's camera test reads codes too: that screen shows what it read itself.
            if (root.currentScreen !== "counter" && root.currentScreen !== "wizard" && !root.signInShown)
                scanNotice.open()
        }
    }
    onCurrentScreenChanged: if (currentScreen === "counter") scanNotice.close()

    ScreenMenu {
        id: menu
        session: root.app.session
        onSignOutRequested: root.app.session.signOut()
        onSignInRequested: root.kioskSignIn = true
        entries: root.allowedEntries
        current: root.currentScreen
        height: root.height
        onChosen: name => root.showScreen(name)
    }
}
