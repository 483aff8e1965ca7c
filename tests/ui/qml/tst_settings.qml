import QtQuick
import QtTest
import O2O.Ui

// The settings screen on the real database: a change is saved, audited and applied to the idle sign-out;
// values out of range are refused in words and change nothing.
TestCase {
    id: testCase
    name: "Settings"
    when: windowShown
    visible: true

    Component {
        id: settingsComponent
        SettingsScreen {
            width: 800
            height: 480
            app: services
            compact: true
        }
    }

    function test_changeIsSavedAuditedAndApplied() {
        const screen = createTemporaryObject(settingsComponent, testCase)
        tryVerify(() => services.settings.loaded, 5000)
        compare(services.settings.voidWindowMinutes, 15)
        compare(services.settings.idleSignOutMinutes, 5)
        const idle = findChild(screen, "idleSignOutBox")
        compare(idle.value, 5)
        mouseClick(findChild(screen, "idleSignOutBoxMore"))
        mouseClick(findChild(screen, "idleSignOutBoxMore"))
        compare(idle.value, 7)
        const voidWindow = findChild(screen, "voidWindowBox")
        voidWindow.value = 30
        mouseClick(findChild(screen, "saveSettingsButton"))
        tryVerify(() => !services.settings.busy, 5000)
        compare(services.settings.error, SettingsController.NoError)
        compare(services.settings.idleSignOutMinutes, 7)
        compare(services.settings.voidWindowMinutes, 30)
        compare(services.session.idleSignOutMinutes, 7) // the running session follows at once
        const audit = support.auditInDatabase()
        compare(audit[audit.length - 1], "window settings terminal")
        verify(findChild(screen, "settingsMessage").text.length > 0)
        // Read back from the database by a fresh load.
        services.settings.load()
        support.settle()
        compare(services.settings.idleSignOutMinutes, 7)
    }

    function test_outOfRangeIsRefused_data() {
        return [
            { tag: "void window over a day", voidWindow: 1441, idle: 5, error: SettingsController.VoidWindowOutOfRange },
            { tag: "negative void window", voidWindow: -1, idle: 5, error: SettingsController.VoidWindowOutOfRange },
            { tag: "idle over 8 hours", voidWindow: 15, idle: 481, error: SettingsController.IdleOutOfRange }
        ]
    }

    function test_outOfRangeIsRefused(data) {
        const screen = createTemporaryObject(settingsComponent, testCase)
        tryVerify(() => services.settings.loaded, 5000)
        support.settle()
        const before = support.auditInDatabase().length
        services.settings.save(data.voidWindow, data.idle)
        compare(services.settings.error, data.error)
        verify(findChild(screen, "settingsMessage").text.length > 0)
        support.settle()
        compare(support.auditInDatabase().length, before)
        services.settings.clearError()
    }
}
