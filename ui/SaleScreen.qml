import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import O2O.Ui

// The sale: the catalog as large tiles, the lines with their quantities, the vouchers scanned during the
// sale (applied with their amount, or refused with the reason), the totals, the payment and the receipt.
// Everything it shows comes from the SaleController; scans come here while the screen is up.
Page {
    id: screen
    required property AppServices app
    required property bool compact
    readonly property string screenName: "sale"
    readonly property SaleController controller: app.sale
    readonly property int bodySize: compact ? 17 : 22
    readonly property int touch: compact ? 48 : 56
    // Why the last action did not go through, in words (the controller gives a typed code).
    readonly property string problemText: {
        switch (controller.problem) {
        case SaleController.DatabaseFailed:
            return qsTr("The terminal's database did not answer. Nothing was sold; try again.")
        case SaleController.CashierNotActive:
            return qsTr("Sign in as an active member of staff to sell.")
        case SaleController.CashTooLow:
            return qsTr("The cash given is less than the amount to pay.")
        case SaleController.SaleRefused:
            return qsTr("A voucher was refused when the sale was recorded. Nothing was sold: check the vouchers.")
        case SaleController.MemberRefused:
            return qsTr("The member code was refused when the sale was recorded. Nothing was sold: sell again without the member or scan another code.")
        default:
            return ""
        }
    }

    function resetScreen() {
        voucherField.text = ""
        payment.close()
        voucherField.forceActiveFocus()
    }
    function openPayment() {
        if (screen.controller.canPay)
            payment.open()
    }

    background: Rectangle { color: "#f4f5f7" }

    Component.onCompleted: {
        screen.app.claimScans(screen)
        screen.controller.open()
    }
    Component.onDestruction: screen.app.releaseScans(screen)
    // Leaving the screen (the menu, a reset) takes its dialog along; the sale itself stays in the controller.
    StackView.onDeactivating: payment.close()
    StackView.onRemoved: {
        payment.close()
        screen.app.releaseScans(screen)
    }

    // A handheld scanner's code, whatever is open on this screen (the payment dialog too): a voucher.
    Connections {
        target: screen.app
        function onScanClaimed(code) { screen.controller.addVoucherCode(code) }
    }

    // --- The sale being rung up
    RowLayout {
        id: saleView
        objectName: "saleView"
        anchors.fill: parent
        anchors.margins: screen.compact ? 8 : 20
        spacing: screen.compact ? 8 : 20
        visible: !screen.controller.receipt.shown

        GridView {
            id: catalogGrid
            objectName: "catalogGrid"
            Layout.fillHeight: true
            Layout.preferredWidth: parent.width * (screen.compact ? 0.42 : 0.5)
            clip: true
            readonly property int columns: screen.compact ? 2 : 3
            cellWidth: Math.floor(width / columns)
            cellHeight: screen.compact ? 84 : 120
            model: screen.controller.catalog
            delegate: Item {
                id: tile
                required property string sku
                required property string name
                required property string priceText
                width: catalogGrid.cellWidth
                height: catalogGrid.cellHeight
                Button {
                    objectName: "product_" + tile.sku
                    anchors.fill: parent
                    anchors.margins: screen.compact ? 3 : 6
                    Accessible.name: tile.name
                    onClicked: screen.controller.addProduct(tile.sku)
                    contentItem: ColumnLayout {
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            text: tile.name
                            font.pixelSize: screen.bodySize
                            font.bold: true
                            wrapMode: Text.Wrap
                            maximumLineCount: 2
                            horizontalAlignment: Text.AlignHCenter
                        }
                        Label {
                            Layout.fillWidth: true
                            text: tile.priceText
                            font.pixelSize: screen.bodySize - 2
                            color: "#1f5f99"
                            horizontalAlignment: Text.AlignHCenter
                        }
                    }
                }
            }
            Label {
                anchors.centerIn: parent
                width: parent.width - 20
                visible: catalogGrid.count === 0
                text: qsTr("The catalog is empty: the platform sends it with the next sync.")
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                font.pixelSize: screen.bodySize
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: screen.compact ? 6 : 12

            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                TextField {
                    id: voucherField
                    objectName: "voucherField"
                    Layout.fillWidth: true
                    Layout.minimumWidth: 100
                    Layout.preferredHeight: screen.touch
                    font.pixelSize: screen.bodySize
                    placeholderText: qsTr("Scan or type a voucher")
                    focus: true
                    onAccepted: {
                        screen.controller.addVoucherCode(text)
                        text = ""
                    }
                }
                Button {
                    objectName: "applyVoucherButton"
                    Layout.preferredHeight: screen.touch
                    text: qsTr("Apply")
                    font.pixelSize: screen.bodySize
                    enabled: voucherField.text.length > 0
                    onClicked: voucherField.accepted()
                }
            }

            // The member the sale is attributed to (a member code scanned), or why a member code was refused.
            Rectangle {
                objectName: "saleMember"
                Layout.fillWidth: true
                Layout.preferredHeight: memberRow.implicitHeight + 8
                visible: screen.controller.member.attached || screen.controller.member.refused
                radius: 6
                color: screen.controller.member.refused ? "#fce8e6" : "#e6f4ea"
                RowLayout {
                    id: memberRow
                    anchors.fill: parent
                    anchors.margins: 4
                    spacing: 8
                    Label {
                        objectName: "saleMemberText"
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.pixelSize: screen.bodySize - 2
                        font.bold: screen.controller.member.attached
                        color: screen.controller.member.refused ? "#b3261e" : "#137333"
                        text: {
                            const m = screen.controller.member
                            if (m.refused)
                                return qsTr("Member code refused: %1").arg(m.refusalText)
                            if (m.name.length > 0)
                                return qsTr("Member: %1").arg(m.name)
                            return qsTr("Member no. %1").arg(m.shortId)
                        }
                    }
                    Button {
                        objectName: "removeMemberButton"
                        Layout.preferredHeight: screen.compact ? 40 : 48
                        text: screen.controller.member.attached ? qsTr("Remove member") : qsTr("Dismiss")
                        font.pixelSize: screen.bodySize - 4
                        onClicked: screen.controller.removeMember()
                    }
                }
            }

            ListView {
                id: lineList
                objectName: "saleLines"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 4
                model: screen.controller.lines
                // What was just added (a product, a scanned voucher) is always in sight.
                onCountChanged: Qt.callLater(positionViewAtEnd)
                Connections {
                    target: screen.controller.vouchers
                    function onCountChanged() { Qt.callLater(lineList.positionViewAtEnd) }
                }
                delegate: SaleLineRow {
                    width: ListView.view.width
                    compact: screen.compact
                    onQuantityChange: (row, delta) => screen.controller.changeQuantity(row, delta)
                    onRemove: row => screen.controller.removeLine(row)
                }
                footer: Column {
                    width: ListView.view.width
                    topPadding: 6
                    spacing: 4
                    Repeater {
                        model: screen.controller.vouchers
                        delegate: SaleVoucherRow {
                            width: parent.width
                            compact: screen.compact
                            onRemove: row => screen.controller.removeVoucher(row)
                        }
                    }
                }
                Label {
                    objectName: "emptySaleHint"
                    anchors.centerIn: parent
                    width: parent.width - 20
                    visible: lineList.count === 0 && screen.controller.vouchers.count === 0
                    text: qsTr("Tap a product to start the sale. Scan vouchers at any time.")
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    font.pixelSize: screen.bodySize
                    color: "#5f6368"
                }
            }

            SaleTotalsPanel {
                Layout.fillWidth: true
                totals: screen.controller.totals
                compact: screen.compact
            }

            Label {
                objectName: "saleProblem"
                Layout.fillWidth: true
                visible: text.length > 0 && !payment.visible
                text: screen.problemText
                wrapMode: Text.Wrap
                color: "#b3261e"
                font.pixelSize: screen.bodySize - 2
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                Button {
                    objectName: "clearSaleButton"
                    Layout.preferredHeight: screen.touch
                    text: qsTr("Clear")
                    font.pixelSize: screen.bodySize
                    enabled: screen.controller.lines.count > 0 || screen.controller.vouchers.count > 0
                    onClicked: screen.controller.newSale()
                }
                Button {
                    objectName: "payButton"
                    Layout.fillWidth: true
                    Layout.preferredHeight: screen.touch
                    highlighted: true
                    text: qsTr("Pay %1").arg(screen.controller.totals.toPayText)
                    font.pixelSize: screen.bodySize + 2
                    font.bold: true
                    enabled: screen.controller.canPay
                    onClicked: screen.openPayment()
                }
            }
        }
    }

    // --- The receipt, once the sale is recorded
    SaleReceiptView {
        objectName: "receiptView"
        anchors.fill: parent
        anchors.margins: screen.compact ? 8 : 20
        visible: screen.controller.receipt.shown
        controller: screen.controller
        compact: screen.compact
        onNewSale: {
            screen.controller.newSale()
            voucherField.forceActiveFocus()
        }
    }

    SalePaymentDialog {
        id: payment
        controller: screen.controller
        compact: screen.compact
        problemText: screen.problemText
    }
}
