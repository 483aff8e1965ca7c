import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Window
import O2O.Ui

// The counter screen: a code field, Check and Redeem, and a verdict nobody can misread.
// One typed controller per screen area (C++, module O2O.Ui): QML reads their properties, never a map.
Window {
    id: root
    required property RedemptionController controller
    required property SyncStatusController syncStatus
    // An 800x480 counter panel gets tighter margins and smaller type, so every control stays on screen.
    readonly property bool compact: width < 1000
    width: 1024
    height: 640
    visible: true
    color: "#f4f5f7"
    title: qsTr("O2O Redemption Terminal")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: root.compact ? 12 : 24
        spacing: root.compact ? 10 : 16

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("O2O Redemption Terminal")
                font.pixelSize: root.compact ? 20 : 26
                font.bold: true
            }
            Item { Layout.fillWidth: true }
            Label {
                objectName: "storeLabel"
                text: qsTr("Store: %1").arg(root.controller.storeId || qsTr("not set"))
                font.pixelSize: 18
            }
            Label {
                objectName: "scanSourceLabel"
                visible: root.controller.scanSource.length > 0 || root.controller.kiosk
                text: [root.controller.kiosk ? qsTr("Kiosk") : "", root.controller.scanSource]
                      .filter(s => s.length).join(" \u00b7 ")
                font.pixelSize: 18
                color: "#1f5f99"
            }
            Label {
                objectName: "syncLabel"
                // Shrinks (elided) before anything else in the header: the dot and "offline" stay visible.
                Layout.fillWidth: true
                Layout.minimumWidth: 80
                Layout.maximumWidth: 360
                horizontalAlignment: Text.AlignRight
                elide: Text.ElideRight
                text: (root.syncStatus.online ? "\u25cf " : "\u25cb ") + root.syncStatus.text
                font.pixelSize: 18
                color: root.syncStatus.online ? "#1b7f3b" : "#8a5a00"
            }
        }

        // A scanned code (camera or handheld scanner) lands in the field, so Redeem can confirm it.
        Connections {
            target: root.controller
            function onCodeScanned(code) { codeField.text = code }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            TextField {
                id: codeField
                objectName: "codeField"
                Layout.fillWidth: true
                Layout.minimumWidth: 120
                font.pixelSize: root.compact ? 20 : 24
                placeholderText: qsTr("Scan or type a voucher code")
                focus: true
                onAccepted: root.controller.check(text)
            }
            TextField {
                id: amountField
                objectName: "amountField"
                Layout.preferredWidth: root.compact ? 110 : 160
                font.pixelSize: root.compact ? 20 : 24
                placeholderText: qsTr("Amount")
                inputMethodHints: Qt.ImhFormattedNumbersOnly
            }
            Button {
                objectName: "checkButton"
                text: qsTr("Check")
                font.pixelSize: root.compact ? 18 : 22
                enabled: codeField.text.length > 0
                onClicked: root.controller.check(codeField.text)
            }
            Button {
                objectName: "redeemButton"
                text: qsTr("Redeem")
                font.pixelSize: root.compact ? 18 : 22
                highlighted: true
                enabled: codeField.text.length > 0 && !root.controller.busy
                onClicked: root.controller.redeem(codeField.text, amountField.text, 1)
            }
        }

        VerdictPanel {
            objectName: "verdictPanel"
            Layout.fillWidth: true
            Layout.fillHeight: true
            verdict: root.controller.verdict
        }

        RowLayout {
            Layout.fillWidth: true
            Button {
                text: qsTr("Next customer")
                font.pixelSize: 20
                onClicked: {
                    codeField.text = ""
                    amountField.text = ""
                    root.controller.clear()
                    codeField.forceActiveFocus()
                }
            }
        }
    }
}
