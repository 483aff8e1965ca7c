import QtQuick
import QtTest
import O2O.Ui

// The return screen on the demo pickup order: refused while not handed over (cancel it instead), found by
// a typed code or a scan, lines chosen with the refund quoted, the form's refusals before any PIN, and a
// return made through the screen with the cashier's PIN.
TestCase {
    id: testCase
    name: "ReturnScreen"
    when: windowShown
    width: 800
    height: 480

    property bool prepared: false

    Component {
        id: returnComponent
        ReturnScreen {
            width: 800
            height: 480
            app: services
            compact: true
        }
    }

    function orderCode() { return support.demoCode("demo-order-A1042") }

    function init() {
        if (!prepared) {
            verify(support.addStaff("max", "Max", "manager", "9999"))
            verify(support.addStaff("ana", "Ana", "cashier", "1111"))
            prepared = true
        }
        services.returns.clear()
        support.settle()
    }

    function openScreen() {
        const screen = createTemporaryObject(returnComponent, testCase.parent || testCase)
        verify(screen)
        support.settle()
        tryVerify(() => services.returns.staffIds.length === 2, 5000)
        return screen
    }

    function findTyped(screen, code) {
        const field = findChild(screen, "returnCodeField")
        field.text = code
        mouseClick(findChild(screen, "returnFindButton"))
        tryVerify(() => !services.returns.busy, 5000)
        support.settle()
    }

    function handOver() {
        services.redemption.clear()
        services.redemption.redeem(orderCode(), "", 1)
        tryVerify(() => !services.redemption.busy && services.redemption.verdict.shown, 5000)
        verify(services.redemption.verdict.redeemed, "the order handed over")
        services.redemption.clear()
    }

    // First (alphabetical order): the order is still waiting for its customer.
    function test_a_notHandedOverIsRefused() {
        const screen = openScreen()
        findTyped(screen, orderCode())
        compare(services.returns.found, false)
        compare(services.returns.result.refused, true)
        compare(services.returns.result.refusalCode, "not_handed_over")
        verify(findChild(screen, "returnFindMessage").visible)
        verify(findChild(screen, "returnFindMessage").text.indexOf("cancel") >= 0,
               findChild(screen, "returnFindMessage").text)
        findTyped(screen, "NO-SUCH-CODE-0000")
        compare(services.returns.result.refusalCode, "unknown_entry")
    }

    function test_b_linesAreChosenAndQuoted() {
        handOver()
        const screen = openScreen()
        findTyped(screen, orderCode())
        compare(services.returns.found, true)
        compare(services.returns.isOrder, true)
        verify(findChild(screen, "returnLinesView").visible)
        compare(services.returns.lines.count, 2)
        verify(!findChild(screen, "returnNextButton").enabled, "nothing chosen yet")
        mouseClick(findChild(screen, "returnMore_0")) // one of the two flat whites
        tryVerify(() => findChild(screen, "returnLineRefund_0").text.length > 0, 5000)
        compare(findChild(screen, "returnChosen_0").text, "1")
        // 11.80 for three items: a third of it.
        verify(services.returns.amountText.indexOf("3.93") >= 0, services.returns.amountText)
        verify(findChild(screen, "returnNextButton").enabled)
        mouseClick(findChild(screen, "returnMore_0"))
        mouseClick(findChild(screen, "returnMore_0")) // only two were bought
        support.settle()
        compare(findChild(screen, "returnChosen_0").text, "2")
        verify(!findChild(screen, "returnMore_0").enabled)
    }

    function test_c_scanFindsTheOrder() {
        const screen = openScreen()
        support.scan(orderCode())
        tryVerify(() => services.returns.found, 5000)
        verify(findChild(screen, "returnLinesView").visible)
    }

    function test_d_formRefusalsBeforeAnyPin_data() {
        return [
            { tag: "no reason", reason: " ", staff: "ana", pin: "1111", code: "reason_required" },
            { tag: "nobody", reason: "cold", staff: "", pin: "1111", code: "staff_required" },
            { tag: "no PIN", reason: "cold", staff: "ana", pin: "", code: "pin_required" },
            { tag: "wrong PIN", reason: "cold", staff: "ana", pin: "2222", code: "wrong_pin" }
        ]
    }
    function test_d_formRefusalsBeforeAnyPin(data) {
        openScreen()
        services.returns.findCode(orderCode())
        tryVerify(() => services.returns.found && !services.returns.busy, 5000)
        services.returns.setQuantity(1, 1)
        tryVerify(() => !services.returns.busy, 5000)
        services.returns.submit(data.reason, data.staff, data.pin)
        tryVerify(() => !services.returns.busy, 10000)
        compare(services.returns.result.refused, true)
        compare(services.returns.result.refusalCode, data.code)
        verify(services.returns.result.message.length > 0)
    }

    // Last: everything goes back through the screen, with Ana's PIN on the pad.
    function test_z_returnThroughTheScreen() {
        const screen = openScreen()
        findTyped(screen, orderCode())
        mouseClick(findChild(screen, "returnAllButton"))
        tryVerify(() => services.returns.chosenCount === 3 && !services.returns.busy, 5000)
        verify(services.returns.amountText.indexOf("11.80") >= 0, services.returns.amountText)
        mouseClick(findChild(screen, "returnNextButton"))
        verify(findChild(screen, "returnConfirmView").visible)
        compare(services.returns.needsManager, false) // 11.80 is below the 50.00 threshold
        findChild(screen, "returnReasonField").text = "Coffee was cold"
        findChild(screen, "returnStaffBox").currentIndex = services.returns.staffIds.indexOf("ana")
        const pad = findChild(screen, "returnPinPad")
        for (const digit of ["1", "1", "1", "1"])
            mouseClick(findChild(pad, "pinKey_" + digit))
        mouseClick(findChild(screen, "returnConfirmButton"))
        tryVerify(() => services.returns.result.done, 10000)
        support.settle()
        verify(findChild(screen, "returnMessage").text.indexOf("11.80") >= 0, findChild(screen, "returnMessage").text)
        compare(pad.pin, "")
        // Found again: nothing is left to return.
        services.returns.findCode(orderCode())
        tryVerify(() => services.returns.found && !services.returns.busy, 5000)
        verify(!findChild(screen, "returnMore_0").enabled)
        verify(!findChild(screen, "returnMore_1").enabled)
    }
}
