import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import O2O.Ui

// The counter: a code field, Check and Redeem, and a verdict nobody can misread.
Page {
    id: screen
    required property AppServices app
    required property bool compact
    readonly property string screenName: "counter"
    readonly property RedemptionController controller: app.redemption

    function resetScreen() {
        codeField.text = ""
        amountField.text = ""
        codeField.forceActiveFocus()
    }

    background: Rectangle { color: "#f4f5f7" }

    // A scanned code (camera or handheld scanner) lands in the field, so Redeem can confirm it.
    Connections {
        target: screen.controller
        function onCodeScanned(code) { codeField.text = code }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: screen.compact ? 12 : 24
        spacing: screen.compact ? 10 : 16

        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            TextField {
                id: codeField
                objectName: "codeField"
                Layout.fillWidth: true
                Layout.minimumWidth: 120
                font.pixelSize: screen.compact ? 20 : 24
                placeholderText: qsTr("Scan or type a voucher code")
                focus: true
                onAccepted: screen.controller.check(text)
            }
            TextField {
                id: amountField
                objectName: "amountField"
                Layout.preferredWidth: screen.compact ? 110 : 160
                font.pixelSize: screen.compact ? 20 : 24
                placeholderText: qsTr("Amount")
                inputMethodHints: Qt.ImhFormattedNumbersOnly
            }
            Button {
                objectName: "checkButton"
                text: qsTr("Check")
                font.pixelSize: screen.compact ? 18 : 22
                enabled: codeField.text.length > 0
                onClicked: screen.controller.check(codeField.text)
            }
            Button {
                objectName: "redeemButton"
                text: qsTr("Redeem")
                font.pixelSize: screen.compact ? 18 : 22
                highlighted: true
                enabled: codeField.text.length > 0 && !screen.controller.busy
                onClicked: screen.controller.redeem(codeField.text, amountField.text, 1)
            }
        }

        VerdictPanel {
            objectName: "verdictPanel"
            Layout.fillWidth: true
            Layout.fillHeight: true
            verdict: screen.controller.verdict
        }

        RowLayout {
            Layout.fillWidth: true
            Button {
                text: qsTr("Next customer")
                font.pixelSize: 20
                onClicked: {
                    screen.resetScreen()
                    screen.controller.clear()
                }
            }
        }
    }
}
