import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A PIN pad with large keys: the digits show as dots, never as text. The PIN is checked by a service on
// the database thread (Argon2); this only collects it.
ColumnLayout {
    id: pad
    property string pin: ""
    property bool compact: false
    readonly property int keyWidth: compact ? 64 : 88
    readonly property int keyHeight: compact ? 48 : 64
    spacing: compact ? 4 : 8

    function clear() { pin = "" }

    Label {
        objectName: "pinDots"
        // As wide as the keys (not fillWidth: that would stretch the pad across the screen).
        Layout.preferredWidth: 3 * pad.keyWidth + 2 * (pad.compact ? 4 : 8)
        Layout.preferredHeight: pad.compact ? 32 : 44
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        font.pixelSize: pad.compact ? 22 : 28
        text: pad.pin.length > 0 ? "\u25cf".repeat(pad.pin.length) : qsTr("PIN")
        color: pad.pin.length > 0 ? "#202020" : "#707070"
        background: Rectangle { color: "#ffffff"; border.color: "#b0b0b0"; radius: 6 }
    }

    GridLayout {
        columns: 3
        rowSpacing: pad.compact ? 4 : 8
        columnSpacing: pad.compact ? 4 : 8
        Repeater {
            model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "back"]
            delegate: Button {
                required property string modelData
                objectName: "pinKey_" + modelData
                Layout.preferredWidth: pad.keyWidth
                Layout.preferredHeight: pad.keyHeight
                font.pixelSize: pad.compact ? 20 : 26
                text: modelData === "clear" ? "C" : modelData === "back" ? "\u232b" : modelData
                Accessible.name: modelData === "clear" ? qsTr("Clear") : modelData === "back" ? qsTr("Delete") : modelData
                onClicked: {
                    if (modelData === "clear")
                        pad.pin = ""
                    else if (modelData === "back")
                        pad.pin = pad.pin.slice(0, -1)
                    else if (pad.pin.length < 12)
                        pad.pin += modelData
                }
            }
        }
    }
}
