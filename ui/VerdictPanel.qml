import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import O2O.Ui

// Colour, shape and words together, so the verdict reads without colour vision.
Rectangle {
    id: panel
    required property verdictView verdict

    radius: 12
    color: !verdict.shown ? "#ffffff" : verdict.failed ? "#5b5b5b" : verdict.accepted ? "#1a7f37" : "#c4320a"

    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width - 48
        spacing: 12

        Label {
            Layout.alignment: Qt.AlignHCenter
            text: !panel.verdict.shown ? "" : panel.verdict.failed ? "!"
                  : panel.verdict.accepted ? "\u2714" : "\u2716"
            font.pixelSize: 120
            color: "white"
        }
        Label {
            objectName: "verdictTitle"
            Layout.alignment: Qt.AlignHCenter
            text: !panel.verdict.shown ? qsTr("Ready to scan")
                  : panel.verdict.failed ? qsTr("ERROR")
                  : panel.verdict.accepted ? (panel.verdict.redeemed ? qsTr("ACCEPTED") : qsTr("VALID"))
                  : qsTr("REFUSED")
            font.pixelSize: 56
            font.bold: true
            color: panel.verdict.shown ? "white" : "#333333"
        }
        Label {
            objectName: "verdictMessage"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: panel.verdict.message
            font.pixelSize: 28
            color: "white"
        }
        Label {
            objectName: "verdictDetail"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: [panel.verdict.description, panel.verdict.detail].filter(s => s.length).join(" \u2014 ")
            font.pixelSize: 22
            color: "white"
        }
        Label {
            objectName: "latencyLabel"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            visible: panel.verdict.hasLatency
            text: qsTr("Camera to verdict: %1 ms").arg(Math.round(panel.verdict.latencyMs))
            font.pixelSize: 16
            color: "white"
            opacity: 0.8
        }
    }
}
