import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Large keys for a finger: the digits, delete and OK. The digits go to the session controller, never to
// a text property here.
GridLayout {
    id: pad
    required property bool compact
    property bool enabledKeys: true
    signal digit(int value)
    signal erase()
    signal confirm()

    columns: 3
    rowSpacing: compact ? 6 : 10
    columnSpacing: compact ? 6 : 10

    Repeater {
        model: [1, 2, 3, 4, 5, 6, 7, 8, 9]
        delegate: Button {
            required property int modelData
            objectName: "pinKey" + modelData
            Layout.fillWidth: true
            Layout.preferredHeight: pad.compact ? 56 : 110
            text: modelData
            font.pixelSize: pad.compact ? 24 : 40
            enabled: pad.enabledKeys
            focusPolicy: Qt.NoFocus
            onClicked: pad.digit(modelData)
        }
    }
    Button {
        objectName: "pinErase"
        Layout.fillWidth: true
        Layout.preferredHeight: pad.compact ? 56 : 110
        text: "\u232b"
        font.pixelSize: pad.compact ? 24 : 40
        focusPolicy: Qt.NoFocus
        Accessible.name: qsTr("Delete")
        onClicked: pad.erase()
    }
    Button {
        objectName: "pinKey0"
        Layout.fillWidth: true
        Layout.preferredHeight: pad.compact ? 56 : 110
        text: "0"
        font.pixelSize: pad.compact ? 24 : 40
        enabled: pad.enabledKeys
        focusPolicy: Qt.NoFocus
        onClicked: pad.digit(0)
    }
    Button {
        objectName: "pinOk"
        Layout.fillWidth: true
        Layout.preferredHeight: pad.compact ? 56 : 110
        text: qsTr("OK")
        font.pixelSize: pad.compact ? 22 : 34
        font.bold: true
        highlighted: true
        enabled: pad.enabledKeys
        focusPolicy: Qt.NoFocus
        onClicked: pad.confirm()
    }
}
