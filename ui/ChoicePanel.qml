import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import O2O.Ui

// What the cashier decides before Redeem: how many uses of a pass, the amount from a card, the items of a
// pickup order handed over (each ticked), or the admission window of a ticket.
ColumnLayout {
    id: choice
    required property verdictView verdict
    required property bool compact
    property int uses: 1
    readonly property alias amount: amountPad.text
    readonly property real amountMinor: /^[0-9]+([.][0-9]{1,2})?$/.test(amountPad.text)
                                        ? Math.round(parseFloat(amountPad.text) * 100) : 0
    readonly property int itemsTicked: {
        let n = 0
        for (let i = 0; i < checks.count; ++i) {
            const box = checks.itemAt(i)
            if (box && box.checked)
                ++n
        }
        return n
    }
    /** Redeem may go ahead: an amount within the balance, every item ticked. */
    readonly property bool ready: verdict.choosesAmount ? amountMinor > 0 && amountMinor <= verdict.balanceMinor
                                  : verdict.checksItems ? itemsTicked === verdict.items.length
                                  : verdict.needsChoice
    readonly property int fontSize: compact ? 20 : 30
    spacing: compact ? 8 : 16
    onVerdictChanged: reset()

    Item { Layout.fillHeight: true } // the choice sits in the middle, level with the verdict

    function reset() {
        uses = 1
        amountPad.text = ""
        for (let i = 0; i < checks.count; ++i) {
            const box = checks.itemAt(i)
            if (box)
                box.checked = false
        }
        Qt.callLater(choice.focusAmount) // once the panel is up: an item still hidden takes no keyboard
    }
    function focusAmount() {
        if (verdict.choosesAmount && visible)
            amountPad.takeFocus()
    }

    function dateText(when) {
        return when.getTime() ? when.toLocaleString(Qt.locale(), Locale.ShortFormat) : ""
    }

    // A pass: how many uses, 1 up to what is left.
    Label {
        visible: choice.verdict.choosesUses
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        text: qsTr("Uses to redeem now")
        font.pixelSize: choice.fontSize
        color: "white"
    }
    RowLayout {
        visible: choice.verdict.choosesUses
        Layout.alignment: Qt.AlignHCenter
        spacing: choice.compact ? 12 : 24
        Button {
            objectName: "usesMinus"
            text: "\u2212"
            font.pixelSize: choice.compact ? 30 : 44
            Layout.preferredWidth: choice.compact ? 72 : 110
            Layout.preferredHeight: choice.compact ? 64 : 100
            enabled: choice.uses > 1
            onClicked: choice.uses -= 1
        }
        Label {
            objectName: "usesValue"
            text: choice.uses
            horizontalAlignment: Text.AlignHCenter
            Layout.preferredWidth: choice.compact ? 72 : 120
            font.pixelSize: choice.compact ? 48 : 80
            font.bold: true
            color: "white"
        }
        Button {
            objectName: "usesPlus"
            text: "+"
            font.pixelSize: choice.compact ? 30 : 44
            Layout.preferredWidth: choice.compact ? 72 : 110
            Layout.preferredHeight: choice.compact ? 64 : 100
            enabled: choice.uses < choice.verdict.usesLeft
            onClicked: choice.uses += 1
        }
    }
    Label {
        visible: choice.verdict.choosesUses
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        text: qsTr("%1 of %2 uses left").arg(choice.verdict.usesLeft).arg(choice.verdict.usesTotal)
        font.pixelSize: choice.fontSize * 0.8
        color: "white"
    }

    // A card: the amount, with the balance beside it.
    Label {
        objectName: "balanceLabel"
        visible: choice.verdict.choosesAmount
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: qsTr("Balance %1").arg(choice.verdict.balance)
        font.pixelSize: choice.fontSize
        font.bold: true
        color: "white"
    }
    AmountPad {
        id: amountPad
        visible: choice.verdict.choosesAmount
        Layout.fillWidth: true
        compact: choice.compact
        currency: choice.verdict.currency
    }
    Label {
        objectName: "amountTooHigh"
        visible: choice.verdict.choosesAmount && choice.amountMinor > choice.verdict.balanceMinor
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: qsTr("More than the balance")
        font.pixelSize: choice.fontSize * 0.8
        font.bold: true
        color: "white"
    }

    // A pickup order: tick each item as it is handed over.
    Label {
        visible: choice.verdict.checksItems
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: qsTr("Tick each item as you hand it over (%1 of %2)").arg(choice.itemsTicked)
                                                                 .arg(choice.verdict.items.length)
        font.pixelSize: choice.fontSize * 0.8
        color: "white"
    }
    Repeater {
        id: checks
        model: choice.verdict.checksItems ? choice.verdict.items : []
        CheckBox {
            required property string modelData
            required property int index
            objectName: "itemCheck" + index
            Layout.fillWidth: true
            Layout.preferredHeight: choice.compact ? 52 : 80
            focusPolicy: Qt.NoFocus
            text: modelData
            font.pixelSize: choice.fontSize
            indicator: Rectangle {
                x: 0
                anchors.verticalCenter: parent.verticalCenter
                width: choice.compact ? 36 : 52
                height: width
                radius: 6
                color: parent.checked ? "#ffffff" : "transparent"
                border.color: "#ffffff"
                border.width: 3
                Text {
                    anchors.centerIn: parent
                    visible: parent.parent.checked
                    text: "\u2714"
                    font.pixelSize: parent.width * 0.7
                    color: "#b45309"
                }
            }
            contentItem: Text {
                leftPadding: (choice.compact ? 36 : 52) + 12
                verticalAlignment: Text.AlignVCenter
                wrapMode: Text.Wrap
                text: parent.text
                font: parent.font
                color: "white"
            }
        }
    }

    // A ticket: the admission window (the voucher data has no time slots).
    Label {
        objectName: "admissionLabel"
        visible: choice.verdict.confirmsAdmission
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: choice.verdict.validFrom.getTime() && choice.verdict.validUntil.getTime()
              ? (choice.verdict.validFrom.toDateString() === choice.verdict.validUntil.toDateString()
                 ? qsTr("Admission %1, %2 to %3")
                       .arg(choice.verdict.validFrom.toLocaleDateString(Qt.locale(), Locale.ShortFormat))
                       .arg(Qt.formatTime(choice.verdict.validFrom, "hh:mm"))
                       .arg(Qt.formatTime(choice.verdict.validUntil, "hh:mm"))
                 : qsTr("Admission from %1 to %2").arg(choice.dateText(choice.verdict.validFrom))
                                                 .arg(choice.dateText(choice.verdict.validUntil)))
              : choice.verdict.validUntil.getTime()
                ? qsTr("Admission until %1").arg(choice.dateText(choice.verdict.validUntil))
                : qsTr("Admission at any time")
        font.pixelSize: choice.fontSize
        font.bold: true
        color: "white"
    }
    Label {
        visible: choice.verdict.confirmsAdmission
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: qsTr("Check the show and seat, then redeem to admit.")
        font.pixelSize: choice.fontSize * 0.8
        color: "white"
    }
    Item { Layout.fillHeight: true }
}
