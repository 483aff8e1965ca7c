import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Colour, shape and words together, so the verdict reads without colour vision.
Rectangle {
    id: panel
    property var result: ({})
    readonly property bool hasVerdict: result.verdict !== undefined || result.error !== undefined
    readonly property bool accepted: result.verdict === "accepted"
    readonly property bool failed: result.error !== undefined

    radius: 12
    color: !hasVerdict ? "#ffffff" : failed ? "#5b5b5b" : accepted ? "#1a7f37" : "#c4320a"

    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width - 48
        spacing: 12

        Label {
            Layout.alignment: Qt.AlignHCenter
            text: !panel.hasVerdict ? "" : panel.failed ? "!" : panel.accepted ? "\u2714" : "\u2716"
            font.pixelSize: 120
            color: "white"
        }
        Label {
            objectName: "verdictTitle"
            Layout.alignment: Qt.AlignHCenter
            text: !panel.hasVerdict ? qsTr("Ready to scan")
                  : panel.failed ? qsTr("ERROR")
                  : panel.accepted ? (panel.result.redeemed ? qsTr("ACCEPTED") : qsTr("VALID"))
                  : qsTr("REFUSED")
            font.pixelSize: 56
            font.bold: true
            color: panel.hasVerdict ? "white" : "#333333"
        }
        Label {
            objectName: "verdictMessage"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: panel.failed ? panel.result.error : (panel.result.message || "")
            font.pixelSize: 28
            color: "white"
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: [panel.result.description || "", panel.result.detail || ""].filter(s => s.length).join(" \u2014 ")
            font.pixelSize: 22
            color: "white"
        }
        Label {
            objectName: "latencyLabel"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            visible: panel.result.latencyMs !== undefined
            text: qsTr("Camera to verdict: %1 ms").arg(Math.round(panel.result.latencyMs || 0))
            font.pixelSize: 16
            color: "white"
            opacity: 0.8
        }
    }
}
