import QtQuick
import QtTest
import O2O.Ui

// The choices before Redeem, on the real demo data: uses of a pass (stepper), the amount from a card
// (keys, balance), the items of a pickup order (every one ticked before Redeem enables), a ticket's
// admission. Each redemption is recorded with what was chosen (the verdict's redemption id and figures).
// A TestCase draws nothing (it is invisible): the screen goes under a visible root, so taps reach it.
Item {
    id: root
    width: 800
    height: 480

    TestCase {
        id: testCase
        name: "Choices"
        when: windowShown

        Component {
            id: screenComponent
            CounterScreen {
                width: 800
                height: 480
                app: services
                compact: true
            }
        }

        function init() {
            services.redemption.clear()
            support.settle()
        }

        function checkVoucher(screen, id) {
            findChild(screen, "codeField").text = support.demoCode(id)
            findChild(screen, "codeField").accepted()
            const controller = services.redemption
            tryVerify(() => controller.verdict.shown && !controller.busy, 5000)
            verify(controller.verdict.needsChoice, id + " asks for a choice")
            verify(findChild(screen, "choicePanel").visible)
        }

        function redeemAndWait(screen) {
            const button = findChild(screen, "verdictRedeemButton")
            verify(button.visible && button.enabled, "Redeem is ready")
            mouseClick(button)
            const controller = services.redemption
            tryVerify(() => controller.verdict.redeemed && !controller.busy, 5000)
            verify(controller.verdict.redemptionId.length > 0)
            compare(findChild(screen, "verdictTitle").text, "ACCEPTED")
            compare(controller.lastSound, RedemptionController.Accepted)
        }

        function test_usesStepper() {
            const screen = createTemporaryObject(screenComponent, root)
            checkVoucher(screen, "demo-pass")
            const left = services.redemption.verdict.usesLeft
            compare(left, 10)
            const value = findChild(screen, "usesValue")
            const minus = findChild(screen, "usesMinus")
            const plus = findChild(screen, "usesPlus")
            compare(value.text, "1") // one use unless the cashier asks for more
            verify(!minus.enabled)
            for (let i = 1; i < left; ++i)
                mouseClick(plus)
            compare(value.text, String(left))
            verify(!plus.enabled, "no more than what is left")
            for (let i = 0; i < left - 3; ++i)
                mouseClick(minus)
            compare(value.text, "3")
            redeemAndWait(screen)
            compare(services.redemption.verdict.usesLeft, 7) // three uses taken
            compare(findChild(screen, "verdictDetail").text, "10 fitness classes \u2014 7 of 10 uses left")
        }

        function test_amountFromCard() {
            const screen = createTemporaryObject(screenComponent, root)
            checkVoucher(screen, "demo-gift-card")
            const balance = services.redemption.verdict.balanceMinor
            compare(balance, 20000)
            compare(findChild(screen, "balanceLabel").text, "Balance 200.00 EUR")
            const field = findChild(screen, "amountField")
            const redeem = findChild(screen, "verdictRedeemButton")
            tryVerify(() => field.activeFocus, 1000, "the amount field takes the keyboard")
            verify(!redeem.enabled, "no amount yet")
            for (const k of ["9", "9", "9"])
                mouseClick(findChild(screen, "amountKey_" + k))
            compare(field.text, "999")
            verify(!redeem.enabled, "more than the balance")
            verify(findChild(screen, "amountTooHigh").visible)
            for (let i = 0; i < 3; ++i)
                mouseClick(findChild(screen, "amountKey_back"))
            for (const k of ["2", "5", "dot", "5"])
                mouseClick(findChild(screen, "amountKey_" + k))
            compare(field.text, "25.5")
            verify(redeem.enabled)
            redeemAndWait(screen)
            compare(services.redemption.verdict.balanceMinor, 20000 - 2550)
            compare(services.redemption.verdict.balance, "174.50 EUR")
        }

        function test_pickupChecklist() {
            const screen = createTemporaryObject(screenComponent, root)
            checkVoucher(screen, "demo-order-A1042")
            const redeem = findChild(screen, "verdictRedeemButton")
            const first = findChild(screen, "itemCheck0")
            const second = findChild(screen, "itemCheck1")
            compare(first.text, "2 x Flat white")
            compare(second.text, "1 x Almond croissant")
            verify(!redeem.enabled, "nothing handed over yet")
            mouseClick(first)
            verify(first.checked)
            verify(!redeem.enabled, "one item still to hand over")
            mouseClick(second)
            verify(redeem.enabled, "every item ticked")
            mouseClick(first) // untick: not ready again
            verify(!redeem.enabled)
            mouseClick(first)
            redeemAndWait(screen)
            // The order is used up: a second scan is refused.
            services.redemption.check(support.demoCode("demo-order-A1042"))
            tryVerify(() => !services.redemption.busy && services.redemption.verdict.reasonCode === "already_redeemed",
                      5000)
        }

        function test_ticketAdmission() {
            const screen = createTemporaryObject(screenComponent, root)
            checkVoucher(screen, "demo-ticket")
            const admission = findChild(screen, "admissionLabel")
            verify(admission.visible)
            // the demo show is today: one date, two times
                verify(/^Admission .+, \d\d:\d\d to \d\d:\d\d$/.test(admission.text) || admission.text.startsWith("Admission from "),
                       admission.text)
            redeemAndWait(screen)
        }

        // Next customer abandons a choice: nothing is redeemed.
        function test_nextCustomerAbandonsTheChoice() {
            const screen = createTemporaryObject(screenComponent, root)
            checkVoucher(screen, "demo-pass")
            const left = services.redemption.verdict.usesLeft
            mouseClick(findChild(screen, "usesPlus"))
            mouseClick(findChild(screen, "nextButton"))
            compare(services.redemption.verdict.shown, false)
            checkVoucher(screen, "demo-pass")
            compare(services.redemption.verdict.usesLeft, left)
            compare(findChild(screen, "usesValue").text, "1") // a new choice starts at one use
        }
    }
}
