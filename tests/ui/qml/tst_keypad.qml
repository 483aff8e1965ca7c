import QtQuick
import QtTest
import O2O.Ui

// Typing a code with the on-screen keys: digits, the letters toggle, the dash, backspace, clear and Enter.
// A TestCase draws nothing (it is invisible): the screen goes under a visible root, so taps reach it.
Item {
    id: root
    width: 800
    height: 480

    TestCase {
        id: testCase
        name: "Keypad"
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

        function key(screen, name) {
            const k = findChild(screen, name)
            verify(k, name)
            verify(k.visible, name + " is shown")
            tryVerify(() => k.height >= 48, 1000, name + " is a large key (" + k.height + " px)")
            return k
        }

        function tap(screen, name) {
            mouseClick(key(screen, name))
        }

        // Taps the keys of a code, switching between digits and letters as a cashier would.
        function typeCode(screen, code) {
            const pad = findChild(screen, "codeKeypad")
            for (const c of code) {
                const letter = c >= "A" && c <= "Z"
                const digit = c >= "0" && c <= "9"
                if (letter && !pad.letters)
                    tap(screen, "key_ABC")
                if (digit && pad.letters)
                    tap(screen, "key_123")
                tap(screen, "key_" + c)
            }
        }

        function test_digitsBackspaceClear() {
            const screen = createTemporaryObject(screenComponent, root)
            screen.resetScreen() // the field has the keyboard, as when the screen opens
            const field = findChild(screen, "codeField")
            tap(screen, "key_1")
            tap(screen, "key_2")
            tap(screen, "key_-")
            tap(screen, "key_9")
            compare(field.text, "12-9")
            tap(screen, "keyBackspace")
            compare(field.text, "12-")
            tap(screen, "keyClear")
            compare(field.text, "")
            verify(field.activeFocus, "the keys never take the keyboard from the field")
        }

        function test_lettersToggle() {
            const screen = createTemporaryObject(screenComponent, root)
            const pad = findChild(screen, "codeKeypad")
            compare(pad.letters, false)
            verify(!findChild(screen, "key_Q"), "digits first")
            tap(screen, "key_ABC")
            compare(pad.letters, true)
            tap(screen, "key_Q")
            tap(screen, "key_-")
            tap(screen, "key_123")
            compare(pad.letters, false)
            tap(screen, "key_7")
            compare(findChild(screen, "codeField").text, "Q-7")
        }

        // A whole demo code typed on the keys and Enter: the deal is checked, its verdict shown.
        function test_enterChecksTheTypedCode() {
            const screen = createTemporaryObject(screenComponent, root)
            const code = support.demoCode("demo-deal")
            verify(/^[A-Z0-9-]+$/.test(code), code)
            typeCode(screen, code)
            compare(findChild(screen, "codeField").text, code)
            tap(screen, "keyEnter")
            const controller = services.redemption
            tryVerify(() => controller.verdict.shown && !controller.busy, 5000)
            compare(controller.verdict.accepted, true)
            compare(controller.verdict.redeemed, false)
            compare(controller.verdict.description, "Dinner for two, 50.00 off")
            compare(findChild(screen, "verdictTitle").text, "VALID")
        }

        // An empty field: Enter does nothing (no verdict for nothing).
        function test_enterOnEmptyField() {
            const screen = createTemporaryObject(screenComponent, root)
            const sounds = services.redemption.soundsRequested
            tap(screen, "keyEnter")
            support.settle()
            compare(services.redemption.verdict.shown, false)
            compare(services.redemption.soundsRequested, sounds)
        }
    }
}
