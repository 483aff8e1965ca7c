import QtQuick
import QtTest
import O2O.Ui

// Each verdict as the scan screen shows it, over the whole screen: its title, icon, colour, the cashier's
// sentence (the verdict's own message, reasons included) and the sound it asked for.
// A TestCase draws nothing (it is invisible): the screen goes under a visible root, so taps reach it.
Item {
    id: root
    width: 800
    height: 480

    TestCase {
        id: testCase
        name: "Verdicts"
        when: windowShown
        readonly property color green: "#1a7f37"
        readonly property color red: "#c4320a"
        readonly property color amber: "#b45309"

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

        function codeOf(data) {
            return data.voucher ? support.demoCode(data.voucher) : data.code
        }

        // In order: the deal is checked, redeemed, then refused as used.
        function test_verdict_data() {
            return [
                { tag: "valid deal", voucher: "demo-deal", redeem: false, title: "VALID", icon: "\u2714",
                  colour: green, reason: "", sound: RedemptionController.Accepted },
                { tag: "accepted deal", voucher: "demo-deal", redeem: true, title: "ACCEPTED", icon: "\u2714",
                  colour: green, reason: "", sound: RedemptionController.Accepted },
                { tag: "already used", voucher: "demo-deal", redeem: true, title: "REFUSED", icon: "\u2716",
                  colour: red, reason: "already_redeemed", sound: RedemptionController.Refused },
                { tag: "expired", voucher: "demo-expired", redeem: false, title: "REFUSED", icon: "\u2716",
                  colour: red, reason: "expired", sound: RedemptionController.Refused },
                { tag: "wrong store", voucher: "demo-other-store", redeem: false, title: "REFUSED", icon: "\u2716",
                  colour: red, reason: "wrong_store", sound: RedemptionController.Refused },
                { tag: "insufficient balance", voucher: "demo-gift-card", redeem: true, amount: "999.00",
                  title: "REFUSED", icon: "\u2716", colour: red, reason: "insufficient_balance",
                  sound: RedemptionController.Refused },
                { tag: "below minimum spend", voucher: "demo-lunch", redeem: true, title: "REFUSED", icon: "\u2716",
                  colour: red, reason: "below_min_spend", sound: RedemptionController.Refused },
                { tag: "needs the network", voucher: "demo-partner", redeem: false, title: "REFUSED",
                  icon: "\u2716", colour: red, reason: "needs_network", sound: RedemptionController.Refused },
                { tag: "unknown", code: "O2O-NONE-NONE-2222", redeem: false, title: "REFUSED", icon: "\u2716",
                  colour: red, reason: "unknown_code", sound: RedemptionController.Refused },
                { tag: "malformed", code: "BAD\u0007CODE", redeem: false, title: "REFUSED", icon: "\u2716",
                  colour: red, reason: "malformed", sound: RedemptionController.Refused },
                { tag: "choice: uses", voucher: "demo-pass", redeem: false, title: "HOW MANY USES?", icon: "?",
                  colour: amber, reason: "", sound: RedemptionController.Choice,
                  prompt: "Choose how many uses to take." },
                { tag: "choice: amount", voucher: "demo-gift-card", redeem: false, title: "ENTER AMOUNT",
                  icon: "?", colour: amber, reason: "amount_required", sound: RedemptionController.Choice,
                  prompt: "Enter the amount to take from the card." },
                { tag: "choice: amount missing", voucher: "demo-gift-card", redeem: true, title: "ENTER AMOUNT",
                  icon: "?", colour: amber, reason: "amount_required", sound: RedemptionController.Choice,
                  prompt: "Enter the amount to take from the card." },
                { tag: "choice: pickup", voucher: "demo-order-A1042", redeem: false, title: "HAND OVER",
                  icon: "?", colour: amber, reason: "", sound: RedemptionController.Choice,
                  prompt: "Hand over every item, then redeem." },
                { tag: "choice: ticket", voucher: "demo-ticket", redeem: false, title: "ADMIT?", icon: "?",
                  colour: amber, reason: "", sound: RedemptionController.Choice, prompt: "Valid ticket." }
            ]
        }

        function test_verdict(data) {
            const screen = createTemporaryObject(screenComponent, root)
            verify(screen)
            const panel = findChild(screen, "verdictPanel")
            verify(!panel.visible, "nothing shown before a code")
            const controller = services.redemption
            const sounds = controller.soundsRequested
            const code = codeOf(data)
            verify(code.length > 0)
            if (data.redeem)
                controller.redeem(code, data.amount || "", 1)
            else
                controller.check(code)
            tryVerify(() => controller.verdict.shown && !controller.busy, 5000)
            compare(controller.verdict.reasonCode, data.reason)
            compare(controller.verdict.redeemed, data.title === "ACCEPTED")
            verify(panel.visible, "the verdict fills the screen")
            compare(panel.width, screen.width)
            compare(panel.height, screen.height)
            compare(findChild(screen, "verdictTitle").text, data.title)
            compare(findChild(screen, "verdictIcon").text, data.icon)
            verify(Qt.colorEqual(panel.color, data.colour), "colour " + panel.color)
            const message = findChild(screen, "verdictMessage").text
            if (data.prompt)
                compare(message, data.prompt)
            else
                compare(message, controller.verdict.message) // the reason in words, facts included
            verify(message.length > 0)
            compare(controller.lastSound, data.sound)
            compare(controller.soundsRequested, sounds + 1)
            compare(findChild(screen, "choicePanel").visible, data.colour === amber)
            if (data.voucher && !data.code)
                verify(findChild(screen, "verdictDetail").text.length > 0, "the deal is named")
        }

        // What the voucher is worth and what is left, in typed fields (not parsed from text).
        function test_voucherFigures() {
            const controller = services.redemption
            controller.check(support.demoCode("demo-pass"))
            tryVerify(() => controller.verdict.shown && !controller.busy, 5000)
            compare(controller.verdict.faceValue, "15.00 EUR")
            compare(controller.verdict.usesTotal, 10)
            verify(controller.verdict.usesLeft > 0)
            controller.check(support.demoCode("demo-gift-card"))
            tryVerify(() => controller.verdict.balance.length > 0 && !controller.busy, 5000)
            compare(controller.verdict.currency, "EUR")
            controller.check(support.demoCode("demo-order-A1042"))
            tryVerify(() => controller.verdict.items.length === 2 && !controller.busy, 5000)
            compare(controller.verdict.items[0], "2 x Flat white")
            controller.check(support.demoCode("demo-ticket"))
            tryVerify(() => controller.verdict.confirmsAdmission && !controller.busy, 5000)
            verify(controller.verdict.validUntil.getTime() > controller.verdict.validFrom.getTime())
        }

        // Next customer: the verdict goes, the field is empty and has the keyboard again.
        function test_nextCustomer() {
            const screen = createTemporaryObject(screenComponent, root)
            const controller = services.redemption
            controller.check(support.demoCode("demo-expired"))
            tryVerify(() => controller.verdict.shown && !controller.busy, 5000)
            const next = findChild(screen, "nextButton")
            verify(next.visible)
            mouseClick(next)
            compare(controller.verdict.shown, false)
            compare(findChild(screen, "verdictPanel").visible, false)
            compare(findChild(screen, "codeField").text, "")
        }
    }
}
