import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import O2O.Ui

// Subtotal, vouchers, tax, what cards pay and what is left to pay, as the sale's rules reckon them.
GridLayout {
    id: panel
    required property saleTotals totals
    required property bool compact
    readonly property int bodySize: compact ? 16 : 20
    columns: 2
    columnSpacing: 12
    rowSpacing: compact ? 0 : 4

    Label { text: qsTr("Subtotal"); font.pixelSize: panel.bodySize; Layout.fillWidth: true }
    Label {
        objectName: "subtotalText"
        text: panel.totals.subtotalText
        font.pixelSize: panel.bodySize
        Layout.alignment: Qt.AlignRight
    }
    Label {
        visible: panel.totals.hasDiscount
        text: qsTr("Vouchers")
        font.pixelSize: panel.bodySize
        color: "#1b7f3b"
        Layout.fillWidth: true
    }
    Label {
        objectName: "discountText"
        visible: panel.totals.hasDiscount
        text: "\u2212" + panel.totals.discountText
        font.pixelSize: panel.bodySize
        color: "#1b7f3b"
        Layout.alignment: Qt.AlignRight
    }
    Label { text: qsTr("Tax"); font.pixelSize: panel.bodySize; Layout.fillWidth: true }
    Label {
        objectName: "taxText"
        text: panel.totals.taxText
        font.pixelSize: panel.bodySize
        Layout.alignment: Qt.AlignRight
    }
    Label {
        visible: panel.totals.hasCardsPaid
        text: qsTr("Paid by gift card")
        font.pixelSize: panel.bodySize
        color: "#1b7f3b"
        Layout.fillWidth: true
    }
    Label {
        objectName: "cardsPaidText"
        visible: panel.totals.hasCardsPaid
        text: "\u2212" + panel.totals.cardsPaidText
        font.pixelSize: panel.bodySize
        color: "#1b7f3b"
        Layout.alignment: Qt.AlignRight
    }
    Label {
        text: qsTr("To pay")
        font.pixelSize: panel.bodySize + 6
        font.bold: true
        Layout.fillWidth: true
    }
    Label {
        objectName: "toPayText"
        text: panel.totals.toPayText
        font.pixelSize: panel.bodySize + 6
        font.bold: true
        Layout.alignment: Qt.AlignRight
    }
}
