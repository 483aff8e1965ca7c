import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// On-screen keys for typing a voucher code: digits, or the letters (toggle), a dash, backspace, clear
// and Enter. Keys never take the keyboard focus, so a physical keyboard keeps typing into the field.
Item {
    id: pad
    required property bool compact
    property bool letters: false
    signal typed(string text)
    signal backspace()
    signal cleared()
    signal entered()

    readonly property int gap: compact ? 4 : 8
    readonly property real keyHeight: (height - 3 * gap) / 4
    readonly property var digitKeys: ["7", "8", "9", "4", "5", "6", "1", "2", "3", "ABC", "0", "-"]
    readonly property var letterKeys: ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N",
                                       "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z", "-", "123"]
    implicitHeight: (compact ? 56 : 84) * 4 + gap * 3

    component Key: Button {
        focusPolicy: Qt.NoFocus
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredWidth: 10 // equal shares of the row
        font.pixelSize: pad.compact ? 22 : 32
        padding: 2
    }

    RowLayout {
        anchors.fill: parent
        spacing: pad.gap

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: pad.letters ? 7 : 3
            columns: pad.letters ? 7 : 3
            rowSpacing: pad.gap
            columnSpacing: pad.gap
            Repeater {
                model: pad.letters ? pad.letterKeys : pad.digitKeys
                Key {
                    required property string modelData
                    objectName: "key_" + modelData
                    text: modelData
                    highlighted: modelData === "ABC" || modelData === "123"
                    font.pixelSize: modelData === "123" ? (pad.compact ? 16 : 26) : (pad.compact ? 22 : 32)
                    onClicked: {
                        if (modelData === "ABC" || modelData === "123")
                            pad.letters = !pad.letters
                        else
                            pad.typed(modelData)
                    }
                }
            }
        }
        ColumnLayout {
            Layout.fillHeight: true
            Layout.preferredWidth: pad.compact ? 64 : 120
            Layout.maximumWidth: pad.compact ? 64 : 120
            spacing: pad.gap
            Key {
                objectName: "keyBackspace"
                Layout.fillHeight: false
                Layout.preferredHeight: pad.keyHeight
                text: "\u232b"
                Accessible.name: qsTr("Backspace")
                onClicked: pad.backspace()
            }
            Key {
                objectName: "keyClear"
                Layout.fillHeight: false
                Layout.preferredHeight: pad.keyHeight
                text: qsTr("Clear")
                font.pixelSize: pad.compact ? 15 : 24
                onClicked: pad.cleared()
            }
            Key {
                objectName: "keyEnter"
                text: "\u21b5"
                Accessible.name: qsTr("Enter")
                Layout.fillHeight: false
                Layout.preferredHeight: pad.keyHeight * 2 + pad.gap
                highlighted: true
                onClicked: pad.entered()
            }
        }
    }
}
