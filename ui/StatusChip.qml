import QtQuick
import QtQuick.Controls

// A short fact in the status bar, in a coloured outline so it reads at a glance.
Rectangle {
    id: chip
    property alias text: label.text
    property color tone: "#1f5f99"
    implicitWidth: label.implicitWidth + 16
    implicitHeight: label.implicitHeight + 8
    radius: height / 2
    color: "transparent"
    border.color: tone
    border.width: 2

    Label {
        id: label
        anchors.centerIn: parent
        font.pixelSize: 15
        font.bold: true
        color: chip.tone
    }
}
