import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import O2O.Ui

// The verdict over the whole screen. Colour, shape and words together, so it reads without colour
// vision: accepted (green, check mark), refused (red, cross, the reason in words), the terminal could not
// answer (grey, !), or the cashier chooses before Redeem (amber, ?: uses, amount, items, admission).
Rectangle {
    id: panel
    required property verdictView verdict
    property bool compact: width < 1000
    property bool busy: false
    property int resetIn: 0 // kiosk: seconds until the screen resets by itself
    signal redeemRequested(int uses, string amount)
    signal nextRequested()

    readonly property bool choosing: verdict.needsChoice
    readonly property color tone: !verdict.shown ? "#ffffff" : verdict.failed ? "#5b5b5b"
                                  : choosing ? "#b45309" : verdict.accepted ? "#1a7f37" : "#c4320a"
    readonly property alias choice: choicePanel

    radius: compact ? 0 : 12
    color: tone

    function dateText(when) {
        return when.getTime() ? when.toLocaleDateString(Qt.locale(), Locale.ShortFormat) : ""
    }
    function titleText() {
        if (!verdict.shown)
            return qsTr("Ready to scan")
        if (verdict.failed)
            return qsTr("ERROR")
        if (verdict.choosesUses)
            return qsTr("HOW MANY USES?")
        if (verdict.choosesAmount)
            return qsTr("ENTER AMOUNT")
        if (verdict.checksItems)
            return qsTr("HAND OVER")
        if (verdict.confirmsAdmission)
            return qsTr("ADMIT?")
        if (verdict.accepted)
            return verdict.redeemed ? qsTr("ACCEPTED") : qsTr("VALID")
        return qsTr("REFUSED")
    }
    function messageText() {
        if (verdict.choosesUses)
            return qsTr("Choose how many uses to take.")
        if (verdict.choosesAmount)
            return qsTr("Enter the amount to take from the card.")
        if (verdict.checksItems)
            return qsTr("Hand over every item, then redeem.")
        if (verdict.confirmsAdmission)
            return qsTr("Valid ticket.")
        return verdict.message
    }
    // Value and validity: what the deal is worth and until when, for the cashier to tell the customer.
    function factsText() {
        const facts = []
        if (verdict.faceValue.length > 0 && !verdict.choosesAmount && verdict.balance.length === 0)
            facts.push(qsTr("Value %1").arg(verdict.faceValue))
        if (verdict.validUntil.getTime() && !verdict.confirmsAdmission)
            facts.push(qsTr("valid until %1").arg(dateText(verdict.validUntil)))
        return facts.join(" \u00b7 ")
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: panel.compact ? 12 : 32
        spacing: panel.compact ? 8 : 16

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: panel.compact ? 12 : 32

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 10
                spacing: panel.compact ? 4 : 12
                Item { Layout.fillHeight: true }
                Label {
                    objectName: "verdictIcon"
                    Layout.alignment: Qt.AlignHCenter
                    text: !panel.verdict.shown ? "" : panel.verdict.failed ? "!" : panel.choosing ? "?"
                          : panel.verdict.accepted ? "\u2714" : "\u2716"
                    font.pixelSize: panel.compact ? (panel.choosing ? 56 : 84) : (panel.choosing ? 110 : 180)
                    font.bold: true
                    color: "white"
                }
                Label {
                    objectName: "verdictTitle"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    text: panel.titleText()
                    font.pixelSize: panel.compact ? 38 : 72
                    font.bold: true
                    color: panel.verdict.shown ? "white" : "#333333"
                }
                Label {
                    objectName: "verdictMessage"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    text: panel.messageText()
                    font.pixelSize: panel.compact ? 24 : 40
                    color: "white"
                }
                Label {
                    objectName: "verdictDetail"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    // While choosing, the figures are beside the choice (uses left, balance, items).
                    text: [panel.verdict.description, panel.choosing ? "" : panel.verdict.detail]
                          .filter(s => s.length).join(" \u2014 ")
                    font.pixelSize: panel.compact ? 18 : 30
                    font.bold: true
                    color: "white"
                }
                Label {
                    objectName: "verdictFacts"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    visible: text.length > 0
                    text: panel.factsText()
                    font.pixelSize: panel.compact ? 16 : 26
                    color: "white"
                }
                Label {
                    objectName: "latencyLabel"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    visible: panel.verdict.hasLatency
                    text: qsTr("Camera to verdict: %1 ms").arg(Math.round(panel.verdict.latencyMs))
                    font.pixelSize: panel.compact ? 14 : 20
                    color: "white"
                    opacity: 0.8
                }
                Item { Layout.fillHeight: true }
            }

            Rectangle {
                visible: panel.choosing
                Layout.fillHeight: true
                Layout.fillWidth: true
                Layout.preferredWidth: 11
                radius: 12
                color: "#2e000000"
                ChoicePanel {
                    id: choicePanel
                    objectName: "choicePanel"
                    anchors.fill: parent
                    anchors.margins: panel.compact ? 10 : 24
                    visible: panel.choosing
                    verdict: panel.verdict
                    compact: panel.compact
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: panel.compact ? 8 : 16
            Label {
                objectName: "resetCountdown"
                visible: panel.resetIn > 0
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Next customer in %1 s").arg(panel.resetIn)
                font.pixelSize: panel.compact ? 20 : 32
                font.bold: true
                color: "white"
            }
            Item { Layout.fillWidth: true; visible: panel.resetIn <= 0 }
            Button {
                objectName: "nextButton"
                text: qsTr("Next customer")
                focusPolicy: Qt.NoFocus
                font.pixelSize: panel.compact ? 20 : 30
                Layout.preferredHeight: panel.compact ? 56 : 84
                Layout.preferredWidth: Math.max(implicitWidth + 24, panel.compact ? 180 : 320)
                onClicked: panel.nextRequested()
            }
            Button {
                objectName: "verdictRedeemButton"
                visible: (panel.verdict.accepted && !panel.verdict.redeemed) || panel.verdict.choosesAmount
                enabled: !panel.busy && (!panel.choosing || choicePanel.ready)
                text: qsTr("Redeem")
                focusPolicy: Qt.NoFocus
                highlighted: true
                font.pixelSize: panel.compact ? 22 : 32
                font.bold: true
                Layout.preferredHeight: panel.compact ? 56 : 84
                Layout.preferredWidth: Math.max(implicitWidth + 24, panel.compact ? 180 : 320)
                onClicked: panel.redeemRequested(choicePanel.uses, choicePanel.amount)
            }
        }
    }
}
