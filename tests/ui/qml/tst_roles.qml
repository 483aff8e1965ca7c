import QtQuick
import QtTest
import O2O.Ui

// What each role may open in the whole window (Main.qml): everyone while no staff exist, nothing but the
// sign-in while signed out, and per role once signed in; showScreen refuses what the role may not open.
TestCase {
    id: testCase
    name: "Roles"
    when: windowShown

    readonly property SessionController session: services.session
    property var window: null

    Component {
        id: mainComponent
        Main {
            app: services
            width: 800
            height: 480
        }
    }

    function names(entries) {
        return entries.map(e => e.name)
    }

    function signInAs(id, pin) {
        session.signOut()
        session.signIn(id, pin)
        tryVerify(() => !session.busy, 10000)
        compare(session.staffId, id)
        support.settle()
    }

    function initTestCase() {
        window = mainComponent.createObject(testCase)
        verify(window)
        tryVerify(() => session.ready, 5000)
        // No staff yet: open to everyone, as the command line is; every entry is offered.
        verify(session.open)
        compare(names(window.allowedEntries), names(window.menuEntries))
        verify(!window.signInShown)
        verify(window.showScreen("staff"))
        window.reset()
        // The first member (a manager) is signed in at once; they add the others.
        services.staff.add("Marco", "manager", "2222", "2222")
        tryVerify(() => session.signedIn, 10000)
        for (const [name, role, pin] of [["Ana", "cashier", "1111"], ["Ines", "installer", "3333"]]) {
            services.staff.add(name, role, pin, pin)
            tryVerify(() => !services.staff.busy, 10000)
            compare(services.staff.error, StaffController.NoError)
        }
        support.settle()
        compare(support.staffInDatabase(), ["ana cashier active", "ines installer active", "marco manager active"])
    }

    function cleanupTestCase() {
        window.destroy()
    }

    function test_signedOutSeesOnlyTheSignIn() {
        session.signOut()
        support.settle()
        verify(window.signInShown)
        compare(names(window.allowedEntries), [])
        verify(!window.showScreen("staff"))
        verify(!window.showScreen("settings"))
        verify(findChild(window.contentItem, "signInScreen").visible)
    }

    // Exact for the entries of this area; every other entry follows its own `roles` list.
    function test_roleDecidesTheMenu_data() {
        return [
            { tag: "cashier", id: "ana", pin: "1111", role: "cashier",
              may: ["counter"], mayNot: ["staff", "settings"] },
            { tag: "manager", id: "marco", pin: "2222", role: "manager",
              may: ["counter", "staff", "settings"], mayNot: [] },
            { tag: "installer", id: "ines", pin: "3333", role: "installer",
              may: ["staff", "settings"], mayNot: [] }
        ]
    }

    function test_roleDecidesTheMenu(data) {
        signInAs(data.id, data.pin)
        compare(session.role, data.role)
        verify(!window.signInShown)
        const allowed = names(window.allowedEntries)
        for (const name of data.may) {
            verify(allowed.indexOf(name) >= 0, data.role + " may open " + name)
            verify(window.showScreen(name), name)
            compare(window.currentScreen, name)
            window.reset()
        }
        for (const name of data.mayNot) {
            verify(allowed.indexOf(name) < 0, data.role + " may not open " + name)
            verify(!window.showScreen(name), name)
            compare(window.currentScreen, "counter")
        }
        for (const entry of window.menuEntries)
            compare(allowed.indexOf(entry.name) >= 0, entry.roles.indexOf(data.role) >= 0, entry.name)
        // A cashier's actions on staff and settings are refused by the controllers too.
        if (data.role === "cashier") {
            services.staff.add("Eve", "manager", "4444", "4444")
            compare(services.staff.error, StaffController.NotPermitted)
            services.staff.clearError()
            services.settings.save(15, 5)
            compare(services.settings.error, SettingsController.NotPermitted)
            services.settings.clearError()
        }
    }

    function test_signOutReturnsToTheSignIn() {
        signInAs("marco", "2222")
        verify(window.showScreen("settings"))
        session.signOut()
        support.settle()
        verify(window.signInShown)
        compare(window.currentScreen, "counter") // the next person never lands on the last one's screen
    }
}
