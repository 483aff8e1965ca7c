import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import O2O.Ui

// Staff sign-in: choose your name, type the PIN on large keys (shown as dots), OK. A wrong PIN says how
// many tries are left; after five the member is locked and the minutes and seconds count down here.
Page {
    id: screen
    required property AppServices app
    required property bool compact
    readonly property string screenName: "signin"
    readonly property SessionController session: app.session
    // Signed out by the idle timer: said once on the pad, until the next sign-in.
    property bool idleNotice: false

    function resetScreen() {
        screen.idleNotice = false
        screen.session.clearEntry()
        screen.forceActiveFocus()
    }

    function roleTitle(role) {
        return role === "manager" ? qsTr("Manager") : role === "installer" ? qsTr("Installer") : qsTr("Cashier")
    }

    function clockText(seconds) {
        const m = Math.floor(seconds / 60)
        const s = seconds % 60
        return m + ":" + (s < 10 ? "0" : "") + s
    }

    function messageText() {
        const s = screen.session
        if (s.busy)
            return qsTr("Checking the PIN\u2026")
        switch (s.error) {
        case SessionController.WrongPin:
            return qsTr("Wrong PIN. Tries left before a 30-minute lock: %1").arg(s.attemptsLeft)
        case SessionController.Locked:
            return qsTr("Locked after 5 wrong PINs. Try again in %1, or ask a manager for a new PIN.")
                .arg(screen.clockText(s.secondsLeft))
        case SessionController.Disabled:
            return qsTr("This staff member is disabled. Ask a manager.")
        case SessionController.UnknownStaff:
            return qsTr("This staff member no longer exists. Choose your name again.")
        case SessionController.PinTooShort:
            return qsTr("A PIN has at least 4 digits.")
        case SessionController.Failed:
            return qsTr("The PIN could not be checked (database). Try again.")
        }
        if (s.selectedId.length === 0)
            return screen.idleNotice ? qsTr("Signed out after %1 minutes without activity.").arg(s.idleSignOutMinutes)
                                     : qsTr("Choose your name.")
        return qsTr("Enter your PIN and press OK.")
    }

    background: Rectangle { color: "#f4f5f7" }
    focus: true

    // A keyboard works too: digits, Backspace, Enter.
    Keys.onPressed: event => {
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) {
            screen.session.appendDigit(event.key - Qt.Key_0)
            event.accepted = true
        } else if (event.key === Qt.Key_Backspace) {
            screen.session.removeDigit()
            event.accepted = true
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            screen.session.submit()
            event.accepted = true
        }
    }

    Connections {
        target: screen.session
        function onSignedOut(idle) { screen.idleNotice = idle }
        function onSessionChanged() {
            if (screen.session.signedIn)
                screen.idleNotice = false
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: screen.compact ? 12 : 32
        spacing: screen.compact ? 12 : 32

        // Who: one large row per active member.
        ColumnLayout {
            Layout.fillHeight: true
            Layout.fillWidth: true
            Layout.preferredWidth: 5
            spacing: screen.compact ? 8 : 12

            Label {
                objectName: "signInTitle"
                Layout.fillWidth: true
                text: qsTr("Sign in")
                font.pixelSize: screen.compact ? 24 : 34
                font.bold: true
                wrapMode: Text.Wrap
            }
            ListView {
                id: staffList
                objectName: "signInStaffList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 6
                model: screen.session.staff
                boundsBehavior: Flickable.StopAtBounds
                delegate: ItemDelegate {
                    id: tile
                    required property string staffId
                    required property string name
                    required property string role
                    objectName: "staffTile_" + staffId
                    width: ListView.view.width
                    height: screen.compact ? 56 : 72
                    highlighted: staffId === screen.session.selectedId
                    focusPolicy: Qt.NoFocus
                    background: Rectangle {
                        radius: 8
                        color: tile.highlighted ? "#1f5f99" : "#ffffff"
                        border.color: "#c9ced6"
                    }
                    contentItem: RowLayout {
                        spacing: 12
                        Label {
                            Layout.fillWidth: true
                            text: tile.name
                            font.pixelSize: screen.compact ? 20 : 26
                            font.bold: true
                            color: tile.highlighted ? "white" : "#1d232b"
                            wrapMode: Text.Wrap
                        }
                        Label {
                            text: screen.roleTitle(tile.role)
                            font.pixelSize: screen.compact ? 15 : 18
                            color: tile.highlighted ? "#dce9f5" : "#56606b"
                        }
                    }
                    onClicked: {
                        screen.session.select(staffId)
                        screen.forceActiveFocus()
                    }
                }
            }
            // A scan while nobody is signed in is not lost: it waits for the sign-in.
            Rectangle {
                objectName: "heldScanNotice"
                Layout.fillWidth: true
                visible: screen.session.heldScans > 0
                implicitHeight: heldLabel.implicitHeight + 16
                radius: 8
                color: "#fff4d6"
                border.color: "#b07800"
                Label {
                    id: heldLabel
                    objectName: "heldScanLabel"
                    anchors.fill: parent
                    anchors.margins: 8
                    wrapMode: Text.Wrap
                    font.pixelSize: screen.compact ? 15 : 18
                    color: "#5c3d00"
                    text: qsTr("\u25b2 Code \u2026%1 was scanned: it is checked (not redeemed) after sign-in.")
                          .arg(screen.session.heldScanTail)
                }
            }
        }

        // The PIN: dots, the message, the keys.
        ColumnLayout {
            Layout.fillHeight: true
            Layout.fillWidth: true
            Layout.preferredWidth: 4
            Layout.maximumWidth: screen.compact ? 360 : 600
            spacing: screen.compact ? 6 : 12

            Label {
                objectName: "signInWho"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: screen.session.selectedId.length > 0 ? screen.session.selectedName : " "
                font.pixelSize: screen.compact ? 20 : 28
                font.bold: true
                wrapMode: Text.Wrap
            }
            // Locked: the time left, large, in place of the dots.
            Label {
                objectName: "lockCountdown"
                Layout.alignment: Qt.AlignHCenter
                visible: screen.session.error === SessionController.Locked
                text: "\u26a0 " + screen.clockText(screen.session.secondsLeft)
                font.pixelSize: screen.compact ? 26 : 36
                font.bold: true
                color: "#c4320a"
            }
            Row {
                objectName: "pinDots"
                visible: screen.session.error !== SessionController.Locked
                Layout.alignment: Qt.AlignHCenter
                spacing: screen.compact ? 10 : 14
                Repeater {
                    model: Math.max(4, screen.session.pinLength)
                    delegate: Rectangle {
                        required property int index
                        width: screen.compact ? 18 : 24
                        height: width
                        radius: width / 2
                        color: index < screen.session.pinLength ? "#1d232b" : "transparent"
                        border.color: "#1d232b"
                        border.width: 2
                    }
                }
            }
            Label {
                objectName: "signInMessage"
                Layout.fillWidth: true
                Layout.preferredHeight: screen.compact ? 44 : 60
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                wrapMode: Text.Wrap
                fontSizeMode: Text.Fit
                minimumPixelSize: 12
                font.pixelSize: screen.compact ? 16 : 20
                font.bold: screen.session.error !== SessionController.NoError
                color: screen.session.error === SessionController.Locked ? "#c4320a"
                       : screen.session.error !== SessionController.NoError ? "#a12a08" : "#3a434d"
                text: (screen.session.error === SessionController.Locked ? ""
                       : screen.session.error !== SessionController.NoError ? "\u2716 " : "")
                      + screen.messageText()
            }
            PinPad {
                Layout.fillWidth: true
                compact: screen.compact
                enabledKeys: screen.session.selectedId.length > 0 && !screen.session.busy
                             && screen.session.error !== SessionController.Locked
                onDigit: value => screen.session.appendDigit(value)
                onErase: screen.session.removeDigit()
                onConfirm: screen.session.submit()
            }
            Item { Layout.fillHeight: true }
        }
    }
}
