import QtQuick
import QtTest
import O2O.Ui

// The counter screen on the demo data: a typed code is checked, and each verdict reads as it should.
TestCase {
    id: testCase
    name: "CounterScreen"
    when: windowShown
    width: 800
    height: 480

    Component {
        id: counterComponent
        CounterScreen {
            width: 800
            height: 480
            focus: true
            app: services
            compact: true
        }
    }

    function init() {
        services.redemption.clear()
        support.settle()
    }

    function find(item, name) {
        return findChild(item, name)
    }

    function test_typedCodeIsChecked_data() {
        return [
            { tag: "accepted deal", voucher: "demo-deal", accepted: true, reason: "" },
            { tag: "expired", voucher: "demo-expired", accepted: false, reason: "expired" },
            { tag: "other store", voucher: "demo-other-store", accepted: false, reason: "wrong_store" }
        ]
    }

    function test_typedCodeIsChecked(data) {
        const screen = createTemporaryObject(counterComponent, testCase)
        verify(screen)
        const field = find(screen, "codeField")
        // Typed by hand: keys from QTest arrive as fast as a handheld scanner's, so the text is set and
        // Enter's signal given (tst_wedge.qml covers keys at scanner speed).
        field.text = support.demoCode(data.voucher)
        verify(field.text.length > 0, "the demo code is known")
        field.accepted()
        tryVerify(() => services.redemption.verdict.shown, 5000)
        compare(services.redemption.verdict.accepted, data.accepted)
        compare(services.redemption.verdict.reasonCode, data.reason)
        compare(services.redemption.verdict.redeemed, false) // Enter checks; only Redeem redeems
        const title = find(screen, "verdictTitle")
        verify(title.text.length > 0)
    }
}
