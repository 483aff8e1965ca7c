import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import O2O.Ui

// Payment: what is left to pay after the vouchers, cash (with what was given and the change), card or
// other. Scans still reach the sale while it is open: the amount follows them.
Dialog {
    id: dialog
    required property SaleController controller
    required property bool compact
    required property string problemText
    readonly property int bodySize: compact ? 17 : 22
    readonly property int touch: compact ? 48 : 56
    property int method: SaleController.Cash

    objectName: "paymentDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 16 : 600, compact ? 640 : 760)
    height: Math.min(parent ? parent.height - 8 : 600, implicitHeight)
    modal: true
    padding: compact ? 10 : 20
    topPadding: compact ? 6 : 20
    closePolicy: Popup.CloseOnEscape

    onOpened: {
        method = SaleController.Cash
        controller.cashGiven = ""
        cashField.text = ""
        cashField.forceActiveFocus()
    }

    // Recorded: the receipt replaces the sale behind the dialog.
    Connections {
        target: dialog.controller
        function onSaleRecorded() { dialog.close() }
    }

    contentItem: ColumnLayout {
        spacing: dialog.compact ? 6 : 12
        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: qsTr("To pay")
                font.pixelSize: dialog.bodySize + 4
                font.bold: true
            }
            Label {
                objectName: "paymentToPay"
                text: dialog.controller.totals.toPayText
                font.pixelSize: dialog.bodySize + 10
                font.bold: true
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Repeater {
                model: [
                    { method: SaleController.Cash, name: "cash", title: qsTr("Cash") },
                    { method: SaleController.Card, name: "card", title: qsTr("Card") },
                    { method: SaleController.Other, name: "other", title: qsTr("Other") }
                ]
                delegate: Button {
                    required property var modelData
                    objectName: "method_" + modelData.name
                    Layout.fillWidth: true
                    Layout.preferredHeight: dialog.touch
                    text: modelData.title
                    font.pixelSize: dialog.bodySize
                    checkable: true
                    checked: dialog.method === modelData.method
                    highlighted: checked
                    onClicked: dialog.method = modelData.method
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: dialog.method === SaleController.Cash
            spacing: 8
            Label {
                text: qsTr("Cash given")
                font.pixelSize: dialog.bodySize
            }
            TextField {
                id: cashField
                objectName: "cashField"
                Layout.fillWidth: true
                Layout.preferredHeight: dialog.touch
                font.pixelSize: dialog.bodySize
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                placeholderText: qsTr("Exact amount")
                onTextChanged: dialog.controller.cashGiven = text
                onAccepted: confirmButton.clicked()
            }
        }
        Flow {
            Layout.fillWidth: true
            visible: dialog.method === SaleController.Cash
            spacing: 8
            Repeater {
                model: dialog.controller.cashSuggestions
                delegate: Button {
                    required property string modelData
                    required property int index
                    objectName: "cashSuggestion_" + index
                    height: dialog.touch
                    text: modelData
                    font.pixelSize: dialog.bodySize
                    onClicked: cashField.text = modelData
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: dialog.method === SaleController.Cash && dialog.controller.cashEnough
            Label {
                Layout.fillWidth: true
                text: qsTr("Change")
                font.pixelSize: dialog.bodySize + 2
                font.bold: true
                color: "#1b7f3b"
            }
            Label {
                objectName: "changeText"
                text: dialog.controller.changeText
                font.pixelSize: dialog.bodySize + 8
                font.bold: true
                color: "#1b7f3b"
            }
        }
        Label {
            objectName: "paymentProblem"
            Layout.fillWidth: true
            visible: text.length > 0
            text: dialog.problemText
            color: "#b3261e"
            wrapMode: Text.Wrap
            font.pixelSize: dialog.bodySize - 2
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Button {
                objectName: "cancelPaymentButton"
                Layout.preferredHeight: dialog.touch
                text: qsTr("Back")
                font.pixelSize: dialog.bodySize
                onClicked: dialog.close()
            }
            Button {
                id: confirmButton
                objectName: "confirmPaymentButton"
                Layout.fillWidth: true
                Layout.preferredHeight: dialog.touch
                highlighted: true
                text: qsTr("Confirm payment")
                font.pixelSize: dialog.bodySize + 2
                font.bold: true
                enabled: dialog.controller.canPay
                onClicked: dialog.controller.pay(dialog.method)
            }
        }
    }
}
