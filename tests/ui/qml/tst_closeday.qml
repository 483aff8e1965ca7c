import QtQuick
import QtTest
import O2O.Ui

// Closing the day: the events still waiting to upload are shown, a close without a reason is refused
// while they wait, a wrong PIN is refused, and the manager's PIN with a reason closes the day and shows
// the Z report's totals.
TestCase {
    id: testCase
    name: "CloseDayScreen"
    when: windowShown
    width: 800
    height: 480

    property bool prepared: false

    Component {
        id: closeComponent
        CloseDayScreen {
            width: 800
            height: 480
            app: services
            compact: true
        }
    }

    function init() {
        if (!prepared) {
            verify(support.addStaff("max", "Max", "manager", "9999"))
            services.redemption.redeem(support.demoCode("demo-deal"), "", 1)
            tryVerify(() => !services.redemption.busy && services.redemption.verdict.redeemed, 5000)
            prepared = true
        }
        support.settle()
    }

    function openScreen() {
        const screen = createTemporaryObject(closeComponent, testCase.parent || testCase) // TestCase itself is invisible
        verify(screen)
        support.settle()
        tryCompare(services.closeDay, "loaded", true)
        return screen
    }

    function closeAndWait(staff, pin, reason) {
        services.closeDay.closeDay(staff, pin, reason)
        tryVerify(() => !services.closeDay.busy, 10000)
        support.settle()
    }

    function test_a_pendingShown() {
        const screen = openScreen()
        verify(services.closeDay.pendingEvents >= 1, "the redemption's event waits")
        const label = findChild(screen, "pendingLabel")
        verify(label.text.indexOf(String(services.closeDay.pendingEvents)) >= 0, label.text)
        verify(findChild(screen, "overrideReasonField").visible)
        verify(!findChild(screen, "closeSummary").visible)
    }

    function test_b_refusals_data() {
        return [
            { tag: "events waiting, no reason", pin: "9999", reason: "", code: "pending_events" },
            { tag: "wrong PIN", pin: "0000", reason: "network down", code: "wrong_pin" },
            { tag: "no PIN", pin: "", reason: "network down", code: "pin_required" }
        ]
    }
    function test_b_refusals(data) {
        const screen = openScreen()
        closeAndWait("max", data.pin, data.reason)
        compare(services.closeDay.result.refused, true)
        compare(services.closeDay.result.refusalCode, data.code)
        const message = findChild(screen, "closeMessage")
        verify(message.visible)
        verify(message.text.length > 0)
        verify(!findChild(screen, "closeSummary").visible)
    }

    function test_c_closeWithPin() {
        const screen = openScreen()
        const pad = findChild(screen, "closePinPad")
        for (const digit of ["9", "9", "9", "9"])
            mouseClick(findChild(pad, "pinKey_" + digit))
        findChild(screen, "closeStaffBox").currentIndex = services.day.staffIds.indexOf("max")
        findChild(screen, "overrideReasonField").text = "Network down since noon"
        mouseClick(findChild(screen, "closeDayButton"))
        tryVerify(() => services.closeDay.result.closed, 10000)
        support.settle()
        compare(services.closeDay.result.redemptions, 1)
        compare(services.closeDay.result.sales, 0)
        verify(services.closeDay.result.pendingEvents >= 1)
        compare(services.closeDay.result.reportSha256.length, 64)
        verify(findChild(screen, "closeSummary").visible)
        // The day is closed: closing it again is refused, and the screen now offers the next day.
        tryVerify(() => services.closeDay.dayLabel.length > 0)
    }
}
