import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A voucher in the sale: applied (green, check mark, its discount or what it pays) or refused (red, cross,
// the reason in words and its detail), or waiting for the first item (amber).
Rectangle {
    id: row
    required property int index
    required property string codeTail
    required property string description
    required property bool applied
    required property bool waiting
    required property bool paysPart
    required property string amountText
    required property string reasonCode
    required property string message
    required property string detail
    required property bool compact
    signal remove(int row)

    readonly property int touch: compact ? 48 : 56
    readonly property int bodySize: compact ? 17 : 22
    readonly property color tone: applied ? "#1b7f3b" : waiting ? "#8a5a00" : "#b3261e"
    objectName: "saleVoucher_" + index
    height: Math.max(touch + 8, content.implicitHeight + 12)
    radius: 6
    color: applied ? "#e6f4ea" : waiting ? "#fef7e0" : "#fce8e6"
    border.color: tone

    RowLayout {
        id: content
        anchors.fill: parent
        anchors.leftMargin: 10
        anchors.rightMargin: 4
        spacing: 8
        Label {
            text: row.applied ? "\u2714" : row.waiting ? "\u231b" : "\u2716"
            color: row.tone
            font.pixelSize: row.bodySize + 6
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                objectName: "voucherTitle"
                Layout.fillWidth: true
                text: (row.description.length > 0 ? row.description : qsTr("Voucher")) + " \u00b7 \u2026" + row.codeTail
                font.pixelSize: row.bodySize - 2
                font.bold: true
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "voucherStatus"
                Layout.fillWidth: true
                text: row.applied ? (row.paysPart ? qsTr("Pays %1").arg(row.amountText)
                                                  : qsTr("Discount \u2212%1").arg(row.amountText))
                      : row.waiting ? qsTr("Applied once the sale has an item")
                      : [qsTr("Refused:"), row.message, row.detail].filter(s => s.length > 0).join(" ")
                color: row.tone
                font.pixelSize: row.bodySize - 2
                wrapMode: Text.Wrap
            }
        }
        ToolButton {
            objectName: "removeVoucherButton"
            Layout.preferredWidth: row.touch
            Layout.preferredHeight: row.touch
            text: "\u2715"
            font.pixelSize: row.bodySize
            Accessible.name: qsTr("Remove")
            onClicked: row.remove(row.index)
        }
    }
}
