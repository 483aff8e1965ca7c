import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One line of the sale: the product, - quantity +, the line's total and a button that removes it.
Rectangle {
    id: row
    required property int index
    required property string name
    required property int quantity
    required property string unitPriceText
    required property string amountText
    required property bool compact
    signal quantityChange(int row, int delta)
    signal remove(int row)

    readonly property int touch: compact ? 48 : 56
    readonly property int bodySize: compact ? 17 : 22
    objectName: "saleLine_" + index
    height: Math.max(touch + 8, content.implicitHeight + 8)
    radius: 6
    color: "#ffffff"
    border.color: "#dadce0"

    RowLayout {
        id: content
        anchors.fill: parent
        anchors.leftMargin: 10
        anchors.rightMargin: 4
        spacing: row.compact ? 4 : 8
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                objectName: "lineName"
                Layout.fillWidth: true
                text: row.name
                font.pixelSize: row.bodySize
                font.bold: true
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("%1 each").arg(row.unitPriceText)
                font.pixelSize: row.bodySize - 4
                color: "#5f6368"
                wrapMode: Text.Wrap
            }
        }
        Button {
            objectName: "lessButton"
            Layout.preferredWidth: row.touch
            Layout.preferredHeight: row.touch
            text: "\u2212"
            font.pixelSize: row.bodySize + 4
            enabled: row.quantity > 1
            Accessible.name: qsTr("One less")
            onClicked: row.quantityChange(row.index, -1)
        }
        Label {
            objectName: "lineQuantity"
            Layout.minimumWidth: row.compact ? 28 : 40
            horizontalAlignment: Text.AlignHCenter
            text: row.quantity
            font.pixelSize: row.bodySize + 2
            font.bold: true
        }
        Button {
            objectName: "moreButton"
            Layout.preferredWidth: row.touch
            Layout.preferredHeight: row.touch
            text: "+"
            font.pixelSize: row.bodySize + 4
            Accessible.name: qsTr("One more")
            onClicked: row.quantityChange(row.index, 1)
        }
        Label {
            objectName: "lineAmount"
            Layout.minimumWidth: row.compact ? 76 : 120
            horizontalAlignment: Text.AlignRight
            text: row.amountText
            font.pixelSize: row.bodySize
            font.bold: true
        }
        ToolButton {
            objectName: "removeLineButton"
            Layout.preferredWidth: row.touch
            Layout.preferredHeight: row.touch
            text: "\u2715"
            font.pixelSize: row.bodySize
            Accessible.name: qsTr("Remove")
            onClicked: row.remove(row.index)
        }
    }
}
