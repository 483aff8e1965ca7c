import QtQuick
import QtTest
import O2O.Ui

// A handheld scan is never lost, whatever screen or dialog is open (the choice and payment dialogs have
// their own tests): keys as fast as a scanner's reach the counter through the application's wedge filter,
// the open dialog stays open with nothing typed into it, a notice over it says what the code is, and
// "Open the counter" shows the verdict. Nothing is redeemed.
TestCase {
    id: testCase
    name: "ScanWhileDialog"
    when: windowShown

    property var window: null

    Component {
        id: mainComponent
        Main {
            app: services
            width: 800
            height: 480
        }
    }

    function initTestCase() {
        verify(support.addStaff("marco", "Marco", "manager", "2222"))
        services.session.reload()
        support.settle()
        window = mainComponent.createObject(testCase)
        verify(window)
        services.session.signIn("marco", "2222")
        tryCompare(services.session, "staffId", "marco")
        support.settle()
    }

    function cleanupTestCase() {
        window.destroy()
    }

    function init() {
        window.reset()
        support.settle()
    }

    // Scans the demo voucher's code and checks the notice over `dialog`; returns the notice.
    function scanOver(dialog, field) {
        const redeemedBefore = services.redemption.verdict.redeemed
        support.scanKeys(support.demoCode("demo-deal"))
        const notice = findChild(window, "scanNotice")
        tryVerify(() => notice.opened, 5000)
        verify(dialog.opened, "the dialog stays open")
        if (field)
            compare(field.text, "", "the scan's keys did not land in the dialog's field")
        verify(services.redemption.verdict.shown)
        verify(!services.redemption.verdict.redeemed, "a scan is checked, never redeemed without a tap")
        verify(findChild(window, "scanNoticeText").text.length > 0)
        return notice
    }

    function test_scanWhileAddStaffDialogIsOpen() {
        verify(window.showScreen("staff"))
        support.settle()
        const button = findChild(window, "addStaffButton")
        verify(button)
        button.clicked()
        const dialog = findChild(window, "addStaffDialog")
        tryVerify(() => dialog.opened, 3000)
        const notice = scanOver(dialog, null)
        // The notice's way to the counter: the verdict is there.
        findChild(notice.contentItem, "scanNoticeShow").clicked()
        compare(window.currentScreen, "counter")
        verify(!notice.opened)
        verify(services.redemption.verdict.shown)
    }

    function test_scanWhileChangePinDialogIsOpen() {
        verify(window.showScreen("staff"))
        support.settle()
        const screen = findChild(window, "staffScreen")
        tryVerify(() => findChild(screen, "changePin_marco") !== null, 3000)
        findChild(screen, "changePin_marco").clicked()
        const dialog = findChild(window, "changePinDialog")
        tryVerify(() => dialog.opened, 3000)
        const notice = scanOver(dialog, null)
        findChild(notice.contentItem, "scanNoticeDismiss").clicked()
        verify(!notice.opened)
        verify(dialog.opened)
    }

    function test_scanWhileVoidDialogIsOpen() {
        // Something to void first: a redemption at the counter.
        services.redemption.redeem(support.demoCode("demo-pass"), "", 1)
        tryVerify(() => !services.redemption.busy && services.redemption.verdict.redeemed, 5000)
        window.reset()
        verify(window.showScreen("day"))
        support.settle()
        tryCompare(services.day, "loading", false)
        const button = findChild(findChild(window, "dayScreen"), "voidButton_0")
        verify(button)
        button.clicked()
        const dialog = findChild(window, "voidDialog")
        tryVerify(() => dialog.opened, 3000)
        scanOver(dialog, findChild(dialog.contentItem, "voidReasonField"))
    }

    function test_scanOnTheCounterNeedsNoNotice() {
        support.scanKeys(support.demoCode("demo-deal"))
        tryVerify(() => services.redemption.verdict.shown, 5000)
        support.settle()
        verify(!findChild(window, "scanNotice").opened)
    }
}
