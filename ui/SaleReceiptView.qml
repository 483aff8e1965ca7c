import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import O2O.Ui

// The receipt of the recorded sale, with the fields of `sale receipt`, laid out for the screen: the
// paper receipt scrolls on one side, what the cashier needs now (done, change, next sale) on the other.
Item {
    id: view
    required property SaleController controller
    required property bool compact
    readonly property saleReceipt receipt: controller.receipt
    readonly property int bodySize: compact ? 16 : 24
    signal newSale()

    function methodTitle(method) {
        switch (method) {
        case SaleController.Card: return qsTr("Card")
        case SaleController.Other: return qsTr("Other")
        default: return qsTr("Cash")
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: view.compact ? 8 : 24

        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: parent.width * (view.compact ? 0.55 : 0.45)
            color: "#ffffff"
            border.color: "#dadce0"
            radius: 4

            Flickable {
                id: paper
                objectName: "receiptPaper"
                anchors.fill: parent
                anchors.margins: view.compact ? 8 : 16
                clip: true
                contentHeight: receiptColumn.implicitHeight
                ScrollBar.vertical: ScrollBar {}

                ColumnLayout {
                    id: receiptColumn
                    width: paper.width - 12
                    spacing: 2
                    Label {
                        objectName: "receiptStore"
                        Layout.fillWidth: true
                        text: view.receipt.storeId
                        font.pixelSize: view.bodySize + 2
                        font.bold: true
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: view.receipt.atText
                        font.pixelSize: view.bodySize - 2
                        horizontalAlignment: Text.AlignHCenter
                    }
                    Label {
                        objectName: "receiptSaleId"
                        Layout.fillWidth: true
                        text: qsTr("Sale %1 \u00b7 Cashier %2").arg(view.receipt.shortId).arg(view.receipt.cashier)
                        font.pixelSize: view.bodySize - 2
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                    }
                    Rectangle { Layout.fillWidth: true; height: 1; color: "#9aa0a6" }
                    Repeater {
                        model: view.controller.receiptLines
                        delegate: RowLayout {
                            required property string name
                            required property int quantity
                            required property string amountText
                            Layout.fillWidth: true
                            Label {
                                Layout.fillWidth: true
                                text: quantity > 1 ? qsTr("%1 \u00d7 %2").arg(quantity).arg(name) : name
                                font.pixelSize: view.bodySize
                                wrapMode: Text.Wrap
                            }
                            Label {
                                text: amountText
                                font.pixelSize: view.bodySize
                            }
                        }
                    }
                    Rectangle { Layout.fillWidth: true; height: 1; color: "#9aa0a6" }
                    ReceiptRow { label: qsTr("Subtotal"); value: view.receipt.totals.subtotalText }
                    ReceiptRow {
                        visible: view.receipt.totals.hasDiscount
                        label: qsTr("Vouchers")
                        value: "\u2212" + view.receipt.totals.discountText
                    }
                    ReceiptRow { label: qsTr("Tax"); value: view.receipt.totals.taxText }
                    ReceiptRow {
                        objectName: "receiptTotal"
                        label: qsTr("Total")
                        value: view.receipt.totals.totalText
                        strong: true
                    }
                    ReceiptRow {
                        visible: view.receipt.totals.hasCardsPaid
                        label: qsTr("Gift card")
                        value: view.receipt.totals.cardsPaidText
                    }
                    ReceiptRow {
                        objectName: "receiptPayment"
                        label: view.methodTitle(view.receipt.paymentMethod)
                        value: view.receipt.paymentText
                    }
                    ReceiptRow {
                        visible: view.receipt.hasCashGiven
                        label: qsTr("Cash given")
                        value: view.receipt.cashGivenText
                    }
                    ReceiptRow {
                        visible: view.receipt.hasCashGiven
                        label: qsTr("Change")
                        value: view.receipt.changeText
                    }
                    Rectangle {
                        Layout.fillWidth: true
                        visible: view.receipt.hasClaimCode
                        height: 1
                        color: "#9aa0a6"
                    }
                    Label {
                        objectName: "receiptClaimNote"
                        Layout.fillWidth: true
                        visible: view.receipt.hasClaimCode
                        text: qsTr("The printed receipt carries the claim code too.")
                        font.pixelSize: view.bodySize - 2
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignHCenter
                    }
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: view.compact ? 8 : 16
            Item { Layout.fillHeight: !view.receipt.hasClaimCode }
            Label {
                objectName: "saleDoneTitle"
                Layout.fillWidth: true
                text: "\u2714 " + qsTr("Sale recorded")
                color: "#1b7f3b"
                font.pixelSize: view.compact ? 26 : 40
                font.bold: true
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
            Label {
                objectName: "receiptChange"
                Layout.fillWidth: true
                visible: view.receipt.hasCashGiven
                text: qsTr("Change: %1").arg(view.receipt.changeText)
                font.pixelSize: view.compact ? 24 : 36
                font.bold: true
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
            // A sale without a member: the claim code, large, for the customer's phone. It stays until the
            // next customer's sale starts.
            QrCodeItem {
                id: claimQr
                objectName: "claimQr"
                visible: view.receipt.hasClaimCode
                text: view.receipt.claimCode
                // All the height the texts and the button leave: it paints the largest square that fits.
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: view.compact ? 150 : 240
            }
            Label {
                objectName: "claimCaption"
                Layout.fillWidth: true
                visible: view.receipt.hasClaimCode
                text: qsTr("Scan with the app to add this sale to your account")
                font.pixelSize: view.bodySize
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
            Label {
                Layout.fillWidth: true
                visible: view.controller.heldVoucherCount > 0
                text: qsTr("%n voucher(s) scanned during the payment wait for the next sale.", "",
                           view.controller.heldVoucherCount)
                font.pixelSize: view.bodySize
                color: "#8a5a00"
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
            Button {
                objectName: "newSaleButton"
                Layout.fillWidth: true
                Layout.preferredHeight: view.compact ? 56 : 72
                highlighted: true
                text: qsTr("New sale")
                font.pixelSize: view.compact ? 22 : 28
                font.bold: true
                onClicked: view.newSale()
            }
            Item { Layout.fillHeight: !view.receipt.hasClaimCode }
        }
    }

    component ReceiptRow: RowLayout {
        property string label
        property string value
        property bool strong: false
        Layout.fillWidth: true
        Label {
            Layout.fillWidth: true
            text: parent.label
            font.pixelSize: view.bodySize + (parent.strong ? 4 : 0)
            font.bold: parent.strong
            wrapMode: Text.Wrap
        }
        Label {
            text: parent.value
            font.pixelSize: view.bodySize + (parent.strong ? 4 : 0)
            font.bold: parent.strong
        }
    }
}
