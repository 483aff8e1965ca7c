import QtQuick
import QtTest
import O2O.Ui

// The installer's wizard on demo data: the steps in order, enrollment against the real o2o-sandbox over
// HTTPS on 127.0.0.1 (a wrong pairing code refused in words, a right one enrolls), the PIN entered twice,
// the scanner test, kiosk mode, the summary.
TestCase {
    id: testCase
    name: "WizardScreen"
    when: windowShown
    width: 800
    height: 480

    Component {
        id: wizardComponent
        WizardScreen {
            width: 800
            height: 480
            app: services
            compact: true
        }
    }

    SignalSpy {
        id: finishedSpy
        signalName: "finished"
    }

    function click(screen, name) {
        const button = findChild(screen, name)
        verify(button, name)
        verify(button.enabled, name + " enabled")
        button.clicked()
    }

    function enroll(screen, url, code) {
        findChild(screen, "wizardPlatformField").text = url
        findChild(screen, "wizardPairingField").text = code
        click(screen, "wizardEnrollButton")
        tryVerify(() => !services.wizard.busy, 30000)
        support.settle()
    }

    function test_stepsInOrder() {
        const wizard = services.wizard
        const screen = createTemporaryObject(wizardComponent, testCase)
        verify(screen)
        finishedSpy.target = screen
        support.settle()
        compare(wizard.step, WizardController.Language)
        compare(findChild(screen, "wizardTitle").text, "Step 1 of 7: Language")
        click(screen, "wizardLanguage_en")
        compare(services.language, "en")

        click(screen, "wizardNext")
        tryCompare(wizard, "step", WizardController.Enrollment)
        const url = support.startSandbox()
        verify(url.length > 0, "o2o-sandbox started")
        // Not a pairing code at all: said before anything is sent.
        enroll(screen, url, "12")
        compare(wizard.enrollError, WizardController.BadPairingCode)
        // A well-formed code the platform never issued: its refusal, in words.
        enroll(screen, url, "ABCDEF2345")
        compare(wizard.enrollError, WizardController.WrongPairingCode)
        compare(findChild(screen, "wizardEnrollError").text,
                "✖ The platform refused this pairing code (wrong, used or expired). Ask for a new one.")
        verify(!support.enrolled())
        // Nobody listens there: unreachable.
        enroll(screen, "https://127.0.0.1:9", support.pairingCode())
        compare(wizard.enrollError, WizardController.Unreachable)
        // The right code: enrolled, the CA fingerprint shown for the installer to compare.
        enroll(screen, url, support.pairingCode())
        compare(wizard.enrollError, WizardController.None)
        verify(wizard.enrolled)
        compare(wizard.storeId, "store-1")
        compare(wizard.caFingerprint, support.sandboxCaFingerprint())
        verify(findChild(screen, "wizardEnrolled").text.indexOf(support.sandboxCaFingerprint()) > 0)
        verify(support.enrolled())

        click(screen, "wizardNext")
        compare(wizard.step, WizardController.Pin)
        findChild(screen, "wizardPinField").text = "482913"
        findChild(screen, "wizardPinAgainField").text = "482931"
        click(screen, "wizardPinButton")
        compare(wizard.pinError, WizardController.PinsDiffer)
        findChild(screen, "wizardPinAgainField").text = "482913"
        click(screen, "wizardPinButton")
        tryVerify(() => !wizard.busy, 20000)
        support.settle()
        compare(wizard.pinError, WizardController.NoPinError)
        verify(wizard.installerCreated)
        compare(findChild(screen, "wizardPinStatus").text, "✔ The installer's PIN is saved.")

        click(screen, "wizardNext")
        compare(wizard.step, WizardController.Camera)
        if (wizard.cameras.length === 0) {
            compare(findChild(screen, "wizardCameraList").text,
                    "No camera found. The handheld scanner still works: you may skip this step.")
            compare(findChild(screen, "wizardNext").text, "Skip")
        }

        click(screen, "wizardNext")
        compare(wizard.step, WizardController.Scanner)
        compare(findChild(screen, "wizardScannerCode").text, "Waiting for a scan…")
        // The scanner step claims the scans: the code reaches the wizard, not the counter.
        // Keys as fast as a handheld scanner's, through the application's wedge filter.
        support.scanKeys("SCAN-0123456789")
        tryCompare(wizard, "scannerCode", "SCAN-0123456789")
        compare(findChild(screen, "wizardScannerCode").text, "✔ Received 15 characters: SCAN-0123456789")

        click(screen, "wizardNext")
        compare(wizard.step, WizardController.Kiosk)
        const kiosk = findChild(screen, "wizardKioskSwitch")
        compare(kiosk.checked, false)
        kiosk.toggle()
        kiosk.toggled()
        verify(wizard.kioskMode)
        support.settle()

        click(screen, "wizardNext")
        compare(wizard.step, WizardController.Done)
        compare(findChild(screen, "wizardTitle").text, "Step 7 of 7: Done")
        compare(findChild(screen, "wizardNext").text, "Finish")
        click(screen, "wizardNext")
        compare(finishedSpy.count, 1)

        // Back walks the steps in reverse order.
        click(screen, "wizardBack")
        compare(wizard.step, WizardController.Kiosk)
    }

    function test_cameraChoiceIsKept() {
        const wizard = services.wizard
        const screen = createTemporaryObject(wizardComponent, testCase)
        verify(screen)
        support.settle()
        // One camera or none (this machine): nothing to choose, so no picker.
        compare(findChild(screen, "wizardCameraBox").visible, wizard.cameras.length > 1)
        compare(support.storedCameraName(), "")
        wizard.chooseCamera("USB Camera (046d:0825)")
        compare(wizard.cameraName, "USB Camera (046d:0825)")
        support.settle()
        // Stored, where the window reads it at start.
        compare(support.storedCameraName(), "USB Camera (046d:0825)")
        wizard.chooseCamera("")
        support.settle()
        compare(support.storedCameraName(), "")
    }
}
