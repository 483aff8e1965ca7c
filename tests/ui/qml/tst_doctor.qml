import QtQuick
import QtTest
import O2O.Ui

// The installer's self-test screen: the same checks as `o2o-terminal doctor`, on the test's real data
// directory (not enrolled, so the platform checks warn), each check's name in words and its mark.
TestCase {
    id: testCase
    name: "DoctorScreen"
    when: windowShown
    width: 800
    height: 480

    Component {
        id: doctorComponent
        DoctorScreen {
            width: 800
            height: 480
            app: services
            compact: true
        }
    }

    function test_checksShownInWords() {
        const screen = createTemporaryObject(doctorComponent, testCase)
        verify(screen)
        // Opening the screen runs the checks, off the GUI thread.
        tryVerify(() => services.doctor.ran && !services.doctor.busy, 30000)
        const names = services.doctor.checks.map(c => c.name)
        compare(names.length, 14)
        for (const expected of ["camera", "platform", "tls", "clock", "disk", "database", "outbox",
                                "offline_budget", "data_age", "translations", "fonts", "versions"])
            verify(names.indexOf(expected) >= 0, expected)
        const database = services.doctor.checks.find(c => c.name === "database")
        compare(database.status, "pass")
        verify(database.detail.indexOf(support.dataDir()) >= 0, database.detail)
        // Not enrolled: the platform check warns and says how to enroll.
        const platform = services.doctor.checks.find(c => c.name === "platform")
        compare(platform.status, "warn")
        verify(platform.hint.indexOf("enroll") >= 0, platform.hint)

        const summary = findChild(screen, "doctorSummary")
        compare(summary.text, "Nothing failed; " + services.doctor.warnings + " warning(s).")
        const row = findChild(screen, "doctorCheck_database")
        verify(row, "a row per check")
        verify(findChild(screen, "doctorCheck_versions"))

        // Check again runs them once more.
        findChild(screen, "doctorRunButton").clicked()
        verify(services.doctor.busy)
        tryVerify(() => !services.doctor.busy, 30000)
        compare(services.doctor.checks.length, 14)
    }

    function test_translatedAtRunTime() {
        const screen = createTemporaryObject(doctorComponent, testCase)
        tryVerify(() => services.doctor.ran && !services.doctor.busy, 30000)
        compare(findChild(screen, "doctorTitle_database").text, "Database integrity")
        services.setLanguage("es")
        tryCompare(findChild(screen, "doctorTitle_database"), "text", "Integridad de la base de datos")
        verify(findChild(screen, "doctorSummary").text.indexOf("Nada falló") === 0)
        services.setLanguage("zh_CN")
        tryCompare(findChild(screen, "doctorTitle_database"), "text", "数据库完整性")
        services.setLanguage("en")
    }
}
