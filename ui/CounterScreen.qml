import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import O2O.Ui

// The cashier's scan screen: the camera's picture with a viewfinder, a field and large keys for typed
// codes, Check and Redeem; the verdict then fills the screen until the next customer.
Page {
    id: screen
    required property AppServices app
    required property bool compact
    readonly property string screenName: "counter"
    readonly property RedemptionController controller: app.redemption

    function resetScreen() {
        codeField.text = ""
        keypad.letters = false
        codeField.forceActiveFocus()
    }
    function nextCustomer() {
        screen.app.counterMember.remove()
        screen.controller.clear()
        screen.resetScreen()
    }

    background: Rectangle { color: "#f4f5f7" }

    Connections {
        target: screen.controller
        // A scanned code (camera or handheld scanner) lands in the field, so Redeem can confirm it; a
        // hostile one only as shown (controls and bidi characters replaced: it is refused anyway).
        function onCodeScanned(code) { codeField.text = code }
        function onResetRequested() {
            screen.app.counterMember.remove()
            screen.resetScreen()
        }
        // The focus goes back to the field once a choice is over (a new scan replaces a pending choice).
        function onVerdictChanged() {
            if (!screen.controller.verdict.choosesAmount)
                codeField.forceActiveFocus()
        }
    }

    RowLayout {
        id: scanArea
        objectName: "scanArea"
        anchors.fill: parent
        anchors.margins: screen.compact ? 10 : 24
        spacing: screen.compact ? 10 : 24
        // Under a verdict the scan area is not drawn, but the code field keeps the keyboard (opacity, not
        // visible: an invisible field would lose the focus the cashier types into).
        opacity: screen.controller.verdict.shown ? 0 : 1

        CameraView {
            objectName: "cameraView"
            Layout.fillWidth: true
            Layout.fillHeight: true
            controller: screen.controller
            compact: screen.compact
        }

        ColumnLayout {
            Layout.fillHeight: true
            // The camera keeps at least 40 % of the width (a 1024x640 kiosk is not "compact" but is narrow).
            Layout.preferredWidth: Math.min(screen.compact ? 410 : 760, scanArea.width * 0.6)
            Layout.maximumWidth: Math.min(screen.compact ? 410 : 760, scanArea.width * 0.6)
            spacing: screen.compact ? 8 : 16

            TextField {
                id: codeField
                objectName: "codeField"
                Layout.fillWidth: true
                Layout.preferredHeight: screen.compact ? 56 : 84
                font.pixelSize: screen.compact ? 22 : 34
                placeholderText: qsTr("Scan or type a voucher code")
                focus: true
                onAccepted: if (text.length > 0) screen.controller.check(text)
            }
            // The member a scanned member code named: the redemptions that follow are theirs.
            Rectangle {
                objectName: "counterMemberRow"
                readonly property var member: screen.app.counterMember.member
                visible: member.attached || member.refused
                Layout.fillWidth: true
                Layout.preferredHeight: counterMemberLayout.implicitHeight + 8
                radius: 6
                color: member.refused ? "#fdecea" : "#e7f5ea"
                RowLayout {
                    id: counterMemberLayout
                    anchors.fill: parent
                    anchors.margins: 4
                    spacing: 8
                    Label {
                        objectName: "counterMemberText"
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.pixelSize: screen.compact ? 15 : 20
                        font.bold: parent.parent.member.attached
                        color: parent.parent.member.refused ? "#b3261e" : "#137333"
                        text: {
                            const m = parent.parent.member
                            if (m.refused)
                                return qsTr("Member code refused: %1").arg(m.refusalText)
                            if (m.name.length > 0)
                                return qsTr("Member: %1").arg(m.name)
                            return qsTr("Member no. %1").arg(m.shortId)
                        }
                    }
                    Button {
                        objectName: "counterMemberRemove"
                        Layout.preferredHeight: screen.compact ? 40 : 48
                        font.pixelSize: screen.compact ? 14 : 18
                        text: parent.parent.member.attached ? qsTr("Remove member") : qsTr("Dismiss")
                        onClicked: screen.app.counterMember.remove()
                    }
                }
            }
            Connections {
                target: screen.app.counterMember
                // The member's code is not a voucher: the field is free for the voucher that follows.
                function onMemberChanged() { codeField.text = "" }
            }
            CodeKeypad {
                id: keypad
                objectName: "codeKeypad"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.maximumHeight: screen.compact ? 260 : 560
                compact: screen.compact
                onTyped: text => codeField.insert(codeField.cursorPosition, text)
                onBackspace: {
                    if (codeField.cursorPosition > 0)
                        codeField.remove(codeField.cursorPosition - 1, codeField.cursorPosition)
                }
                onCleared: codeField.clear()
                onEntered: codeField.accepted()
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: screen.compact ? 8 : 16
                Button {
                    objectName: "checkButton"
                    text: qsTr("Check")
                    focusPolicy: Qt.NoFocus
                    Layout.fillWidth: true
                    Layout.preferredHeight: screen.compact ? 56 : 84
                    font.pixelSize: screen.compact ? 20 : 30
                    enabled: codeField.text.length > 0
                    onClicked: screen.controller.check(codeField.text)
                }
                Button {
                    objectName: "redeemButton"
                    text: qsTr("Redeem")
                    focusPolicy: Qt.NoFocus
                    highlighted: true
                    Layout.fillWidth: true
                    Layout.preferredHeight: screen.compact ? 56 : 84
                    font.pixelSize: screen.compact ? 20 : 30
                    font.bold: true
                    enabled: codeField.text.length > 0 && !screen.controller.busy
                    onClicked: screen.controller.redeem(codeField.text, "", 1)
                }
            }
        }
    }

    VerdictPanel {
        id: verdictPanel
        objectName: "verdictPanel"
        anchors.fill: parent
        visible: screen.controller.verdict.shown
        verdict: screen.controller.verdict
        compact: screen.compact
        busy: screen.controller.busy
        resetIn: screen.controller.resetIn
        onNextRequested: screen.nextCustomer()
        onRedeemRequested: (uses, amount) => screen.controller.redeem(codeField.text, amount, uses)
        // Clicks stop here: nothing under the verdict is pressed by mistake.
        MouseArea { anchors.fill: parent; z: -1 }
    }
}
