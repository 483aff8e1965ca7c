import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import O2O.Ui

// Subtotal, vouchers, tax, what cards pay and what is left to pay, as the sale's rules reckon them.
GridLayout {
    id: panel
    required property saleTotals totals
    required property bool compact
    readonly property int bodySize: compact ? 16 : 24
    columns: 2
    columnSpacing: 12
    rowSpacing: compact ? 0 : 4

    // 800x480: the parts on one line that wraps, so the lines above keep their room.
    Label {
        objectName: "totalsSummary"
        visible: panel.compact
        Layout.columnSpan: 2
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pixelSize: panel.bodySize - 1
        text: [qsTr("Subtotal") + " " + panel.totals.subtotalText,
               panel.totals.hasDiscount ? qsTr("Vouchers") + " \u2212" + panel.totals.discountText : "",
               qsTr("Tax") + " " + panel.totals.taxText,
               panel.totals.hasCardsPaid ? qsTr("Paid by gift card") + " \u2212" + panel.totals.cardsPaidText : ""]
              .filter(s => s.length > 0).join("  \u00b7  ")
    }
    Label { visible: !panel.compact; text: qsTr("Subtotal"); font.pixelSize: panel.bodySize; Layout.fillWidth: true }
    Label {
        objectName: "subtotalText"
        visible: !panel.compact
        text: panel.totals.subtotalText
        font.pixelSize: panel.bodySize
        Layout.alignment: Qt.AlignRight
    }
    Label {
        visible: !panel.compact && panel.totals.hasDiscount
        text: qsTr("Vouchers")
        font.pixelSize: panel.bodySize
        color: "#1b7f3b"
        Layout.fillWidth: true
    }
    Label {
        objectName: "discountText"
        visible: !panel.compact && panel.totals.hasDiscount
        text: "\u2212" + panel.totals.discountText
        font.pixelSize: panel.bodySize
        color: "#1b7f3b"
        Layout.alignment: Qt.AlignRight
    }
    Label { visible: !panel.compact; text: qsTr("Tax"); font.pixelSize: panel.bodySize; Layout.fillWidth: true }
    Label {
        objectName: "taxText"
        visible: !panel.compact
        text: panel.totals.taxText
        font.pixelSize: panel.bodySize
        Layout.alignment: Qt.AlignRight
    }
    Label {
        visible: !panel.compact && panel.totals.hasCardsPaid
        text: qsTr("Paid by gift card")
        font.pixelSize: panel.bodySize
        color: "#1b7f3b"
        Layout.fillWidth: true
    }
    Label {
        objectName: "cardsPaidText"
        visible: !panel.compact && panel.totals.hasCardsPaid
        text: "\u2212" + panel.totals.cardsPaidText
        font.pixelSize: panel.bodySize
        color: "#1b7f3b"
        Layout.alignment: Qt.AlignRight
    }
    Label {
        text: qsTr("To pay")
        font.pixelSize: panel.bodySize + (panel.compact ? 4 : 6)
        font.bold: true
        Layout.fillWidth: true
    }
    Label {
        objectName: "toPayText"
        text: panel.totals.toPayText
        font.pixelSize: panel.bodySize + (panel.compact ? 4 : 6)
        font.bold: true
        Layout.alignment: Qt.AlignRight
    }
}
