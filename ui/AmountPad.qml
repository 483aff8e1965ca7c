import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The amount to take from a card: a field (a keyboard types into it too) above large digit keys.
ColumnLayout {
    id: pad
    required property bool compact
    property alias text: field.text
    property string currency: ""
    readonly property int keyHeight: compact ? 50 : 80
    spacing: compact ? 4 : 8

    function press(key) {
        if (key === "\u232b") {
            field.text = field.text.slice(0, -1)
            return
        }
        if (key === "." && (field.text.indexOf(".") >= 0 || field.text.length === 0))
            return
        const dot = field.text.indexOf(".")
        if (dot >= 0 && field.text.length - dot > 2) // two decimals at most
            return
        if (field.text.length >= 9)
            return
        field.text += key
    }
    function takeFocus() { field.forceActiveFocus() }

    RowLayout {
        Layout.fillWidth: true
        spacing: 8
        TextField {
            id: field
            objectName: "amountField"
            Layout.fillWidth: true
            Layout.preferredHeight: pad.keyHeight
            font.pixelSize: pad.compact ? 24 : 36
            horizontalAlignment: Text.AlignRight
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            validator: RegularExpressionValidator { regularExpression: /^[0-9]{0,7}([.][0-9]{0,2})?$/ }
            placeholderText: "0.00"
        }
        Label {
            text: pad.currency
            font.pixelSize: pad.compact ? 20 : 30
            color: "white"
        }
    }
    GridLayout {
        Layout.fillWidth: true
        columns: 4
        rowSpacing: pad.spacing
        columnSpacing: pad.spacing
        Repeater {
            model: ["7", "8", "9", "\u232b", "4", "5", "6", ".", "1", "2", "3", "0"]
            Button {
                required property string modelData
                objectName: "amountKey_" + (modelData === "\u232b" ? "back" : modelData === "." ? "dot" : modelData)
                focusPolicy: Qt.NoFocus
                Layout.fillWidth: true
                Layout.preferredWidth: 10
                Layout.preferredHeight: pad.keyHeight
                text: modelData
                font.pixelSize: pad.compact ? 22 : 32
                onClicked: pad.press(modelData)
            }
        }
    }
}
