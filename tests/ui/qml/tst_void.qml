import QtQuick
import QtTest
import O2O.Ui

// Voids from the day list: a reason is required, a wrong PIN is refused (and counted), a cashier may not
// void someone else's entry, and a void done through the dialog shows on its row.
TestCase {
    id: testCase
    name: "VoidDialog"
    when: windowShown
    width: 800
    height: 480

    property bool prepared: false

    Component {
        id: dayComponent
        DayScreen {
            width: 800
            height: 480
            app: services
            compact: true
        }
    }

    function redeem(voucher, amount, uses) {
        services.redemption.clear()
        services.redemption.redeem(support.demoCode(voucher), amount, uses)
        tryVerify(() => !services.redemption.busy && services.redemption.verdict.shown, 5000)
        verify(services.redemption.verdict.redeemed, voucher + " redeemed")
        return services.redemption.verdict.redemptionId
    }

    function init() {
        if (!prepared) {
            verify(support.addStaff("max", "Max", "manager", "9999"))
            verify(support.addStaff("ana", "Ana", "cashier", "1111"))
            redeem("demo-pass", "", 1)
            prepared = true
        }
        services.redemption.clear()
        services.voids.clear()
        support.settle()
    }

    function openDay() {
        const screen = createTemporaryObject(dayComponent, testCase.parent || testCase) // TestCase itself is invisible
        verify(screen)
        support.settle()
        tryCompare(services.day, "loading", false)
        return screen
    }

    function voidAndWait(id, reason, staff, pin) {
        services.voids.voidEntry(id, reason, staff, pin)
        tryVerify(() => !services.voids.busy, 10000)
        support.settle()
    }

    function test_reasonRequired() {
        const screen = openDay()
        const id = findChild(screen, "dayRow_0").entryId
        voidAndWait(id, "   ", "max", "9999")
        compare(services.voids.result.refused, true)
        compare(services.voids.result.refusalCode, "reason_required")
        verify(services.voids.result.message.length > 0)
        support.settle()
        compare(findChild(screen, "dayRow_0").voided, false)
    }

    function test_refusals_data() {
        return [
            { tag: "wrong PIN", staff: "max", pin: "1234", code: "wrong_pin", attemptsLeft: 4 },
            { tag: "no PIN", staff: "max", pin: "", code: "pin_required", attemptsLeft: 0 },
            { tag: "nobody chosen", staff: "", pin: "9999", code: "staff_required", attemptsLeft: 0 },
            { tag: "unknown staff", staff: "zed", pin: "9999", code: "not_permitted", attemptsLeft: 0 },
            // The counter recorded the OS user: Ana may void only her own entries.
            { tag: "cashier, someone else's", staff: "ana", pin: "1111", code: "not_permitted", attemptsLeft: 0 }
        ]
    }
    function test_refusals(data) {
        const screen = openDay()
        const id = findChild(screen, "dayRow_0").entryId
        voidAndWait(id, "customer changed their mind", data.staff, data.pin)
        compare(services.voids.result.refused, true)
        compare(services.voids.result.refusalCode, data.code)
        compare(services.voids.result.attemptsLeft, data.attemptsLeft)
        verify(services.voids.result.message.length > 0)
        if (data.code === "wrong_pin")
            verify(services.voids.result.message.indexOf("4") >= 0, services.voids.result.message)
        compare(findChild(screen, "dayRow_0").voided, false)
        compare(services.day.totals.voided, 0)
    }

    // Last (test functions run in alphabetical order): the void through the dialog, as a manager does it.
    function test_zz_voidedRowShowsVoided() {
        // Signed in as Max: the dialog offers Max first, not whoever sorts first (Ana).
        services.session.signIn("max", "9999")
        tryCompare(services.session, "staffId", "max")
        verify(services.day.staffIds.indexOf("max") > 0)
        const screen = openDay()
        const button = findChild(screen, "voidButton_0")
        verify(button && button.visible)
        mouseClick(button)
        const dialog = findChild(screen, "voidDialog")
        tryCompare(dialog, "opened", true)
        const reason = findChild(dialog.contentItem, "voidReasonField")
        const staff = findChild(dialog.contentItem, "voidStaffBox")
        const pad = findChild(dialog.contentItem, "voidPinPad")
        reason.text = "Scanned twice by mistake"
        compare(staff.currentIndex, services.day.staffIds.indexOf("max"))
        for (const digit of ["9", "9", "9", "9"])
            mouseClick(findChild(pad, "pinKey_" + digit))
        compare(pad.pin, "9999")
        compare(findChild(pad, "pinDots").text, "\u25cf\u25cf\u25cf\u25cf") // never the digits
        mouseClick(findChild(dialog.contentItem, "voidConfirmButton"))
        tryVerify(() => services.voids.result.done, 10000)
        support.settle()
        tryCompare(services.day.totals, "voided", 1)
        const row = findChild(screen, "dayRow_0")
        compare(row.voided, true)
        compare(row.voidReason, "Scanned twice by mistake")
        verify(findChild(screen, "voidedLabel_0").visible)
        verify(!findChild(screen, "voidButton_0").visible)
        compare(services.day.totals.redemptions, 0)
        // A second void of the same entry is refused in words.
        voidAndWait(row.entryId, "again", "max", "9999")
        compare(services.voids.result.refusalCode, "already_voided")
    }
}
