import QtQuick
import QtTest
import O2O.Ui

// The PIN pad on the real staff store (Argon2id on the screens' database thread): digits as dots, a right
// PIN signs in, a wrong one says how many tries are left, five lock the member and the lock counts down.
TestCase {
    id: testCase
    name: "SignIn"
    when: windowShown
    visible: true // the screens are pressed like a finger would: they must be on screen
    width: 800
    height: 480

    readonly property SessionController session: services.session

    Component {
        id: signInComponent
        SignInScreen {
            width: 800
            height: 480
            app: services
            compact: true
        }
    }

    function addStaff(name, role, pin) {
        services.staff.add(name, role, pin, pin)
        tryVerify(() => !services.staff.busy, 10000)
        compare(services.staff.error, StaffController.NoError)
        tryVerify(() => !session.busy, 10000)
        support.settle()
    }

    // The first member (a manager) is signed in at once; the others are added by them.
    function initTestCase() {
        tryVerify(() => session.ready, 5000)
        verify(session.open, "fresh demo data has no staff")
        addStaff("Marco", "manager", "2222")
        tryVerify(() => session.signedIn, 10000)
        compare(session.staffId, "marco")
        addStaff("Ana", "cashier", "1111")
        addStaff("Bruno", "cashier", "5555")
        addStaff("Carla", "cashier", "7777")
        compare(support.staffInDatabase(), ["ana cashier active", "bruno cashier active",
                                            "carla cashier active", "marco manager active"])
        session.signOut()
        verify(!session.open)
        verify(!session.signedIn)
        compare(session.staff.count, 4)
    }

    function init() {
        session.signOut()
        session.clearEntry()
        support.settle()
    }

    function press(screen, name, times) {
        const key = findChild(screen, name)
        verify(key, name)
        for (let i = 0; i < (times || 1); ++i)
            mouseClick(key)
    }

    function filledDots(screen) {
        const dots = findChild(screen, "pinDots")
        let filled = 0
        for (let i = 0; i < dots.children.length; ++i)
            if (dots.children[i].color && dots.children[i].color.a > 0)
                ++filled
        return filled
    }

    function test_pinEntryOnTheKeysSignsIn() {
        const screen = createTemporaryObject(signInComponent, testCase)
        verify(screen)
        support.settle()
        const pinOk = findChild(screen, "pinOk")
        verify(!pinOk.enabled, "no keys before a name is chosen")
        press(screen, "staffTile_ana")
        compare(session.selectedId, "ana")
        compare(session.selectedName, "Ana")
        verify(pinOk.enabled)
        press(screen, "pinKey1", 3)
        compare(session.pinLength, 3)
        compare(filledDots(screen), 3)
        press(screen, "pinKey7")
        press(screen, "pinErase")
        compare(session.pinLength, 3)
        press(screen, "pinKey1")
        compare(session.pinLength, 4)
        press(screen, "pinOk")
        tryVerify(() => session.signedIn, 10000)
        compare(session.staffId, "ana")
        compare(session.staffName, "Ana")
        compare(session.role, "cashier")
        compare(session.error, SessionController.NoError)
        compare(session.pinLength, 0)
        const audit = support.auditInDatabase()
        compare(audit[audit.length - 1], "ana sign_in ana")
    }

    function test_tooShortPinIsNotChecked() {
        session.select("ana")
        session.appendDigit(1)
        session.appendDigit(1)
        session.submit()
        compare(session.busy, false)
        compare(session.error, SessionController.PinTooShort)
        verify(!session.signedIn)
    }

    function test_wrongPinSaysTriesLeft() {
        const screen = createTemporaryObject(signInComponent, testCase)
        session.select("bruno")
        for (const d of [9, 9, 9, 9])
            session.appendDigit(d)
        session.submit()
        verify(session.busy)
        tryVerify(() => !session.busy, 10000)
        verify(!session.signedIn)
        compare(session.error, SessionController.WrongPin)
        compare(session.attemptsLeft, 4)
        const message = findChild(screen, "signInMessage")
        verify(message.text.indexOf("4") >= 0, message.text)
        // The next digit clears the refusal; the right PIN then signs in and starts the count over.
        for (const d of [5, 5, 5, 5])
            session.appendDigit(d)
        compare(session.error, SessionController.NoError)
        session.submit()
        tryVerify(() => session.signedIn, 10000)
        compare(session.staffId, "bruno")
    }

    function test_fiveWrongPinsLockAndCountDown() {
        const screen = createTemporaryObject(signInComponent, testCase)
        session.select("carla")
        for (let attempt = 1; attempt <= 5; ++attempt) {
            for (const d of [0, 0, 0, 0])
                session.appendDigit(d)
            session.submit()
            tryVerify(() => !session.busy, 10000)
            if (attempt < 5) {
                compare(session.error, SessionController.WrongPin)
                compare(session.attemptsLeft, 5 - attempt)
            }
        }
        compare(session.error, SessionController.Locked)
        const first = session.secondsLeft
        verify(first > 29 * 60 && first <= 30 * 60, "30 minutes, counting: " + first)
        const message = findChild(screen, "signInMessage")
        verify(message.text.indexOf("29:") >= 0 || message.text.indexOf("30:00") >= 0, message.text)
        verify(!findChild(screen, "pinOk").enabled, "the keys rest while locked")
        // The countdown moves on by itself.
        tryVerify(() => session.secondsLeft < first, 3000)
        // The right PIN is refused while locked, and the lock shows again when the name is chosen again.
        for (const d of [7, 7, 7, 7])
            session.appendDigit(d)
        compare(session.pinLength, 0)
        session.clearEntry()
        session.select("ana")
        compare(session.error, SessionController.NoError)
        session.select("carla")
        compare(session.error, SessionController.Locked)
        verify(session.secondsLeft > 29 * 60)
        const audit = support.auditInDatabase()
        compare(audit[audit.length - 1], "carla lockout carla")
    }

    function test_scanWhileSignedOutWaitsForSignIn() {
        const screen = createTemporaryObject(signInComponent, testCase)
        services.redemption.clear()
        const code = support.demoCode("demo-deal")
        support.scan(code)
        compare(session.heldScans, 1)
        compare(session.heldScanTail, code.slice(-4))
        const notice = findChild(screen, "heldScanNotice")
        verify(notice.visible)
        support.settle()
        verify(!services.redemption.verdict.shown, "not checked while nobody is signed in")
        session.signIn("ana", "1111")
        tryVerify(() => session.signedIn, 10000)
        compare(session.heldScans, 0)
        tryVerify(() => services.redemption.verdict.shown, 5000)
        compare(services.redemption.verdict.accepted, true)
        compare(services.redemption.verdict.redeemed, false) // checked, never redeemed unseen
    }
}
