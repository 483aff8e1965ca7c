import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import O2O.Ui

// The installer's first-run wizard: one step at a time, Back and Next at the bottom, the words for every
// failure here (the controller gives typed codes).
Page {
    id: screen
    objectName: "wizardScreen"
    required property AppServices app
    required property bool compact
    readonly property string screenName: "wizard"
    readonly property WizardController wizard: app.wizard
    readonly property int fontSize: compact ? 18 : 22
    readonly property int touchHeight: compact ? 44 : 56
    signal finished()
    signal selfTestRequested()

    function resetScreen() {
        wizard.restart()
        pairingField.text = ""
        pinField.text = ""
        pinAgainField.text = ""
    }

    Component.onCompleted: wizard.restart()

    background: Rectangle { color: "#f4f5f7" }

    // The scanner step takes the handheld scanner's codes while it is up.
    readonly property bool doneStep: wizard.step === WizardController.Done
    onDoneStepChanged: if (doneStep) app.doctor.run()
    readonly property bool scannerStep: wizard.step === WizardController.Scanner
    onScannerStepChanged: scannerStep ? app.claimScans(screen) : app.releaseScans(screen)
    Component.onDestruction: app.releaseScans(screen)
    Connections {
        target: screen.app
        function onScanClaimed(code) { screen.wizard.recordScan(code) }
    }

    function stepTitle(step) {
        switch (step) {
        case WizardController.Language: return qsTr("Language")
        case WizardController.Enrollment: return qsTr("Connect to the platform")
        case WizardController.Pin: return qsTr("Installer PIN")
        case WizardController.Camera: return qsTr("Camera")
        case WizardController.Scanner: return qsTr("Handheld scanner")
        case WizardController.Kiosk: return qsTr("Kiosk mode")
        default: return qsTr("Done")
        }
    }

    function enrollErrorText(error) {
        switch (error) {
        case WizardController.BadAddress:
            return qsTr("That is not a platform address. Type it as https://host:port.")
        case WizardController.BadPairingCode:
            return qsTr("A pairing code is 10 characters: digits 2-9 and letters A-Z without I and O.")
        case WizardController.WrongPairingCode:
            return qsTr("The platform refused this pairing code (wrong, used or expired). Ask for a new one.")
        case WizardController.CaMismatch:
            return qsTr("The platform's certificate does not match the fingerprint. Nothing was sent: check the address and the fingerprint.")
        case WizardController.Unreachable:
            return qsTr("The platform does not answer. Check the address, the network cable and the firewall.")
        case WizardController.Failed:
            return qsTr("Enrollment failed. The log has the details.")
        default:
            return ""
        }
    }

    function pinErrorText(error) {
        switch (error) {
        case WizardController.PinsDiffer: return qsTr("The two PINs differ. Type the same PIN twice.")
        case WizardController.PinMalformed: return qsTr("A PIN is 4 to 12 digits.")
        case WizardController.PinNotStored: return qsTr("The PIN could not be stored. The log has the details.")
        default: return ""
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: screen.compact ? 10 : 24
        spacing: screen.compact ? 6 : 14

        Label {
            objectName: "wizardTitle"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: screen.compact ? 22 : 30
            font.bold: true
            text: qsTr("Step %1 of %2: %3").arg(screen.wizard.step + 1).arg(screen.wizard.stepCount)
                  .arg(screen.stepTitle(screen.wizard.step))
        }

        Flickable {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: width
            contentHeight: steps.implicitHeight
            boundsBehavior: Flickable.StopAtBounds

            StackLayout {
                id: steps
                width: parent.width
                currentIndex: screen.wizard.step

                // 1. Language
                ColumnLayout {
                    spacing: 12
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.pixelSize: screen.fontSize
                        text: qsTr("Choose the language of the terminal.")
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: 12
                        Repeater {
                            model: screen.app.languages
                            Button {
                                required property string modelData
                                objectName: "wizardLanguage_" + modelData
                                implicitHeight: 56
                                font.pixelSize: screen.fontSize
                                highlighted: screen.app.language === modelData
                                text: modelData === "es" ? "Español" : modelData === "zh_CN" ? "简体中文" : "English"
                                onClicked: screen.app.setLanguage(modelData)
                            }
                        }
                    }
                }

                // 2. Enrollment
                ColumnLayout {
                    spacing: screen.compact ? 4 : 10
                    GridLayout {
                        Layout.fillWidth: true
                        columns: 2
                        columnSpacing: 10
                        rowSpacing: screen.compact ? 4 : 8
                        Label { text: qsTr("Platform address"); font.pixelSize: screen.fontSize }
                        TextField {
                            id: platformField
                            objectName: "wizardPlatformField"
                            Layout.fillWidth: true
                            Layout.preferredHeight: screen.touchHeight // a finger's 9 mm
                            font.pixelSize: screen.fontSize
                            placeholderText: "https://platform.example:8443"
                            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                        }
                        Label { text: qsTr("Pairing code"); font.pixelSize: screen.fontSize }
                        TextField {
                            id: pairingField
                            objectName: "wizardPairingField"
                            Layout.fillWidth: true
                            Layout.preferredHeight: screen.touchHeight // a finger's 9 mm
                            font.pixelSize: screen.fontSize
                            placeholderText: "ABCD-EF2345"
                        }
                        Label { text: qsTr("CA fingerprint (optional)"); font.pixelSize: screen.fontSize }
                        TextField {
                            id: fingerprintField
                            objectName: "wizardFingerprintField"
                            Layout.fillWidth: true
                            Layout.preferredHeight: screen.touchHeight // a finger's 9 mm
                            font.pixelSize: screen.compact ? 14 : 18
                            placeholderText: qsTr("SHA-256, 64 hex digits")
                        }
                    }
                    RowLayout {
                        spacing: 12
                        Button {
                            objectName: "wizardEnrollButton"
                            implicitHeight: 56
                            font.pixelSize: screen.fontSize
                            text: qsTr("Enroll")
                            enabled: !screen.wizard.busy && platformField.text.length > 0
                                     && pairingField.text.length > 0
                            onClicked: screen.wizard.enroll(platformField.text, pairingField.text,
                                                            fingerprintField.text)
                        }
                        BusyIndicator { running: screen.wizard.busy; visible: running; implicitHeight: 48 }
                    }
                    Label {
                        objectName: "wizardEnrollError"
                        Layout.fillWidth: true
                        visible: text.length > 0
                        wrapMode: Text.Wrap
                        color: "#b3261e"
                        font.pixelSize: screen.fontSize
                        text: screen.wizard.enrollError !== WizardController.None
                              ? "✖ " + screen.enrollErrorText(screen.wizard.enrollError) : ""
                    }
                    Label {
                        objectName: "wizardEnrolled"
                        Layout.fillWidth: true
                        visible: screen.wizard.enrolled
                        wrapMode: Text.WrapAnywhere
                        color: "#1b6e20"
                        font.pixelSize: screen.compact ? 15 : 20
                        text: "✔ " + qsTr("Enrolled for store %1. Compare the platform's CA fingerprint with the one the platform shows:")
                              .arg(screen.wizard.storeId) + "\n" + screen.wizard.caFingerprint
                    }
                }

                // 3. Installer PIN
                ColumnLayout {
                    spacing: screen.compact ? 4 : 10
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.pixelSize: screen.fontSize
                        text: qsTr("Choose the installer's PIN (4 to 12 digits) and type it twice.")
                    }
                    GridLayout {
                        Layout.fillWidth: true
                        columns: 2
                        columnSpacing: 10
                        Label { text: qsTr("PIN"); font.pixelSize: screen.fontSize }
                        TextField {
                            id: pinField
                            objectName: "wizardPinField"
                            Layout.fillWidth: true
                            Layout.preferredHeight: screen.touchHeight // a finger's 9 mm
                            font.pixelSize: screen.fontSize
                            echoMode: TextInput.Password
                            inputMethodHints: Qt.ImhDigitsOnly
                        }
                        Label { text: qsTr("PIN again"); font.pixelSize: screen.fontSize }
                        TextField {
                            id: pinAgainField
                            objectName: "wizardPinAgainField"
                            Layout.fillWidth: true
                            Layout.preferredHeight: screen.touchHeight // a finger's 9 mm
                            font.pixelSize: screen.fontSize
                            echoMode: TextInput.Password
                            inputMethodHints: Qt.ImhDigitsOnly
                        }
                    }
                    Button {
                        objectName: "wizardPinButton"
                        implicitHeight: 56
                        font.pixelSize: screen.fontSize
                        text: qsTr("Save PIN")
                        enabled: !screen.wizard.busy && pinField.text.length > 0
                        onClicked: screen.wizard.createInstaller(qsTr("Installer"), pinField.text, pinAgainField.text)
                    }
                    Label {
                        objectName: "wizardPinStatus"
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        visible: text.length > 0
                        font.pixelSize: screen.fontSize
                        color: screen.wizard.pinError !== WizardController.NoPinError ? "#b3261e" : "#1b6e20"
                        text: screen.wizard.pinError !== WizardController.NoPinError
                              ? "✖ " + screen.pinErrorText(screen.wizard.pinError)
                              : screen.wizard.installerCreated ? "✔ " + qsTr("The installer's PIN is saved.") : ""
                    }
                }

                // 4. Camera
                ColumnLayout {
                    spacing: 10
                    Label {
                        objectName: "wizardCameraList"
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.pixelSize: screen.fontSize
                        text: screen.wizard.cameras.length > 0
                              ? qsTr("Cameras: %1. Hold a QR code in front of the camera.").arg(screen.wizard.cameras.join(", "))
                              : qsTr("No camera found. The handheld scanner still works: you may skip this step.")
                    }
                    ComboBox {
                        objectName: "wizardCameraBox"
                        Layout.fillWidth: true
                        implicitHeight: screen.touchHeight
                        font.pixelSize: screen.fontSize
                        visible: screen.wizard.cameras.length > 1
                        model: screen.wizard.cameras
                        currentIndex: Math.max(0, screen.wizard.cameras.indexOf(screen.wizard.cameraName))
                        onActivated: index => screen.wizard.chooseCamera(screen.wizard.cameras[index])
                    }
                    // The chosen camera's live picture: what the decoder sees while the installer tests it.
                    CameraView {
                        objectName: "wizardCameraView"
                        Layout.fillWidth: true
                        Layout.preferredHeight: screen.compact ? 170 : 420
                        visible: screen.wizard.step === WizardController.Camera && screen.wizard.cameras.length > 0
                        controller: screen.app.redemption
                        compact: screen.compact
                    }
                    Label {
                        objectName: "wizardCameraCode"
                        Layout.fillWidth: true
                        wrapMode: Text.WrapAnywhere
                        font.pixelSize: screen.fontSize
                        color: "#1b6e20"
                        visible: screen.wizard.cameraCode.length > 0
                        text: "✔ " + qsTr("decoded: %1").arg(screen.wizard.cameraCode)
                    }
                }

                // 5. Handheld scanner
                ColumnLayout {
                    spacing: 10
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.pixelSize: screen.fontSize
                        text: qsTr("Scan any barcode with the handheld scanner. It should arrive whole, as one code.")
                    }
                    Label {
                        objectName: "wizardScannerCode"
                        Layout.fillWidth: true
                        wrapMode: Text.WrapAnywhere
                        font.pixelSize: screen.fontSize
                        color: screen.wizard.scannerCode.length > 0 ? "#1b6e20" : "#555555"
                        text: screen.wizard.scannerCode.length > 0
                              ? "✔ " + qsTr("Received %1 characters: %2").arg(screen.wizard.scannerCode.length)
                                    .arg(screen.wizard.scannerCode)
                              : qsTr("Waiting for a scan…")
                    }
                }

                // 6. Kiosk mode
                ColumnLayout {
                    spacing: 10
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.pixelSize: screen.fontSize
                        text: qsTr("In kiosk mode customers scan by themselves and a valid voucher is redeemed at once, without a cashier.")
                    }
                    Switch {
                        objectName: "wizardKioskSwitch"
                        implicitHeight: 56
                        font.pixelSize: screen.fontSize
                        text: qsTr("Kiosk mode")
                        checked: screen.wizard.kioskMode
                        onToggled: screen.wizard.setKioskMode(checked)
                    }
                }

                // 7. Done
                ColumnLayout {
                    spacing: 6
                    Repeater {
                        model: [
                            qsTr("Language: %1").arg(screen.app.language === "es" ? "Español"
                                                     : screen.app.language === "zh_CN" ? "简体中文" : "English"),
                            screen.wizard.enrolled ? qsTr("Enrolled: store %1").arg(screen.wizard.storeId)
                                                   : qsTr("Not enrolled"),
                            screen.wizard.installerCreated ? qsTr("Installer PIN: saved") : qsTr("Installer PIN: not set"),
                            screen.wizard.cameraCode.length > 0 ? qsTr("Camera: tested") : qsTr("Camera: not tested"),
                            screen.wizard.scannerCode.length > 0 ? qsTr("Scanner: tested") : qsTr("Scanner: not tested"),
                            screen.wizard.kioskMode ? qsTr("Kiosk mode: on") : qsTr("Kiosk mode: off")
                        ]
                        Label {
                            required property string modelData
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            font.pixelSize: screen.fontSize
                            text: "• " + modelData
                        }
                    }
                    // The self-test as the installer leaves: what still needs doing before the store opens.
                    Label {
                        objectName: "wizardSelfTest"
                        Layout.fillWidth: true
                        Layout.topMargin: 8
                        wrapMode: Text.Wrap
                        font.pixelSize: screen.fontSize
                        font.bold: true
                        color: doctor.failures > 0 ? "#b3261e" : doctor.warnings > 0 ? "#8a5a00" : "#1b7f3b"
                        readonly property DoctorController doctor: screen.app.doctor
                        text: qsTr("Self-test: %1").arg(
                                  doctor.busy || !doctor.ran ? qsTr("checking…")
                                  : doctor.failures > 0 ? qsTr("%n check(s) failed", "", doctor.failures)
                                  : doctor.warnings > 0 ? qsTr("%n warning(s)", "", doctor.warnings)
                                  : qsTr("every check passed"))
                    }
                    Button {
                        objectName: "wizardSelfTestButton"
                        implicitHeight: screen.touchHeight
                        font.pixelSize: screen.fontSize
                        text: qsTr("Show the self-test")
                        onClicked: screen.selfTestRequested()
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            Button {
                objectName: "wizardBack"
                implicitHeight: 56
                font.pixelSize: screen.fontSize
                text: qsTr("Back")
                enabled: screen.wizard.step !== WizardController.Language && !screen.wizard.busy
                onClicked: screen.wizard.back()
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "wizardNext"
                implicitHeight: 56
                font.pixelSize: screen.fontSize
                highlighted: true
                enabled: !screen.wizard.busy
                text: screen.wizard.step === WizardController.Done ? qsTr("Finish")
                      : (screen.wizard.step === WizardController.Camera || screen.wizard.step === WizardController.Scanner)
                        && (screen.wizard.step === WizardController.Camera ? screen.wizard.cameraCode.length === 0
                                                                           : screen.wizard.scannerCode.length === 0)
                        ? qsTr("Skip") : qsTr("Next")
                onClicked: screen.wizard.step === WizardController.Done ? screen.finished() : screen.wizard.next()
            }
        }
    }
}
