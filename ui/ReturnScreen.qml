import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import O2O.Ui

// Returns at the counter: the online order's code (scanned or typed) or a recent sale, then the lines and
// how many of each go back, then the reason, who returns it and their PIN (a manager's above the
// threshold). The ReturnController asks ReturnService for everything; refusals come back in words.
Page {
    id: screen
    required property AppServices app
    required property bool compact
    readonly property string screenName: "returns"
    readonly property ReturnController controller: app.returns
    readonly property int bodySize: compact ? 16 : 22
    readonly property int touch: compact ? 44 : 56
    // Lines chosen: on to the reason, who and the PIN.
    property bool confirming: false
    // Who may return it, taken when the lines are settled (Next): managers only above the threshold. Set
    // then, not bound, so the box keeps its choice while the controller's answers come in.
    property var whoIds: []
    property var whoLabels: []

    function resetScreen() {
        screen.confirming = false
        codeField.text = ""
        reasonField.text = ""
        pinPad.clear()
        screen.controller.clear()
        screen.controller.refresh()
        codeField.forceActiveFocus()
    }
    function pickWho() {
        screen.whoIds = controller.needsManager ? controller.managerIds : controller.staffIds
        screen.whoLabels = controller.needsManager ? controller.managerLabels : controller.staffLabels
        const me = screen.whoIds.indexOf(screen.app.session.staffId)
        whoBox.currentIndex = me >= 0 ? me : (screen.whoIds.length > 0 ? 0 : -1)
    }

    background: Rectangle { color: "#f4f5f7" }

    Component.onCompleted: {
        screen.app.claimScans(screen)
        screen.resetScreen()
    }
    Component.onDestruction: screen.app.releaseScans(screen)
    StackView.onRemoved: screen.app.releaseScans(screen)

    // A handheld scanner's code: the order to return (what was on the screen is dropped).
    Connections {
        target: screen.app
        function onScanClaimed(code) {
            screen.confirming = false
            codeField.text = ""
            screen.controller.findCode(code)
        }
    }
    Connections {
        target: screen.controller
        function onChanged() {
            if (screen.controller.result.refused)
                pinPad.clear()
        }
        function onReturned() { pinPad.clear() }
    }

    // The words of the last refusal or the return done, under whatever step shows.
    component ResultLabel: Label {
        visible: text.length > 0
        text: screen.controller.busy ? qsTr("Checking\u2026")
              : screen.controller.result.done ? "\u2713 " + screen.controller.result.message
              : screen.controller.result.refused ? "\u2717 " + screen.controller.result.message
              : ""
        color: screen.controller.result.done ? "#1b7f3b" : screen.controller.result.refused ? "#b3261e" : "#404040"
        font.pixelSize: screen.bodySize
        font.bold: true
        wrapMode: Text.Wrap
        maximumLineCount: 3
    }

    // --- 1. What is returned: an order's code, or a recent sale
    ColumnLayout {
        objectName: "returnFindView"
        anchors.fill: parent
        anchors.margins: screen.compact ? 8 : 20
        spacing: screen.compact ? 6 : 12
        visible: !screen.controller.found

        Label {
            Layout.fillWidth: true
            text: qsTr("Return an online order or a sale")
            font.pixelSize: screen.bodySize + 4
            font.bold: true
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            TextField {
                id: codeField
                objectName: "returnCodeField"
                Layout.fillWidth: true
                Layout.preferredHeight: screen.touch
                font.pixelSize: screen.bodySize
                placeholderText: qsTr("Scan or type the order's code")
                onAccepted: screen.controller.findCode(text)
            }
            Button {
                objectName: "returnFindButton"
                Layout.preferredHeight: screen.touch
                font.pixelSize: screen.bodySize
                highlighted: true
                enabled: codeField.text.length > 0 && !screen.controller.busy
                text: qsTr("Find")
                onClicked: screen.controller.findCode(codeField.text)
            }
        }
        ResultLabel {
            objectName: "returnFindMessage"
            Layout.fillWidth: true
        }
        Label {
            Layout.fillWidth: true
            text: screen.controller.saleIds.length > 0 ? qsTr("Or pick a recent sale:")
                                                       : qsTr("No recent sales to return.")
            font.pixelSize: screen.bodySize
            color: "#404040"
            wrapMode: Text.Wrap
        }
        ListView {
            id: salesList
            objectName: "recentSalesList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 4
            model: screen.controller.saleLabels
            delegate: Button {
                required property int index
                required property string modelData
                objectName: "recentSale_" + index
                width: salesList.width
                height: screen.touch
                font.pixelSize: screen.bodySize - 1
                text: modelData
                onClicked: screen.controller.findSale(screen.controller.saleIds[index])
                contentItem: Label {
                    text: parent.text
                    font: parent.font
                    elide: Text.ElideRight
                    verticalAlignment: Text.AlignVCenter
                }
            }
        }
    }

    // --- 2. Which lines, how many
    ColumnLayout {
        objectName: "returnLinesView"
        anchors.fill: parent
        anchors.margins: screen.compact ? 8 : 20
        spacing: screen.compact ? 6 : 10
        visible: screen.controller.found && !screen.confirming

        Label {
            objectName: "returnSourceText"
            Layout.fillWidth: true
            text: screen.controller.sourceText
            font.pixelSize: screen.bodySize + 2
            font.bold: true
            wrapMode: Text.Wrap
            maximumLineCount: 2
        }
        ListView {
            id: linesList
            objectName: "returnLinesList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 4
            model: screen.controller.lines
            delegate: Rectangle {
                id: line
                required property int index
                required property string name
                required property int bought
                required property int remaining
                required property int chosen
                required property string refundText
                width: linesList.width
                height: screen.touch + 8
                radius: 6
                color: line.chosen > 0 ? "#e3eefa" : "#ffffff"
                border.color: "#d0d0d0"
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 10
                    anchors.rightMargin: 6
                    spacing: 6
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Label {
                            Layout.fillWidth: true
                            text: line.name
                            font.pixelSize: screen.bodySize
                            font.bold: true
                            elide: Text.ElideRight
                        }
                        Label {
                            Layout.fillWidth: true
                            text: line.remaining === line.bought ? qsTr("Bought: %1").arg(line.bought)
                                  : qsTr("Bought: %1, returned: %2").arg(line.bought).arg(line.bought - line.remaining)
                            font.pixelSize: screen.bodySize - 3
                            color: "#505050"
                            elide: Text.ElideRight
                        }
                    }
                    Label {
                        objectName: "returnLineRefund_" + line.index
                        Layout.preferredWidth: screen.compact ? 84 : 120
                        horizontalAlignment: Text.AlignRight
                        text: line.refundText
                        font.pixelSize: screen.bodySize
                        color: "#1f5f99"
                    }
                    Button {
                        objectName: "returnLess_" + line.index
                        Layout.preferredWidth: screen.touch
                        Layout.preferredHeight: screen.touch
                        font.pixelSize: screen.bodySize + 4
                        text: "\u2212"
                        Accessible.name: qsTr("One less")
                        enabled: line.chosen > 0 && !screen.controller.result.done
                        onClicked: screen.controller.setQuantity(line.index, line.chosen - 1)
                    }
                    Label {
                        objectName: "returnChosen_" + line.index
                        Layout.preferredWidth: screen.compact ? 28 : 40
                        horizontalAlignment: Text.AlignHCenter
                        text: line.chosen
                        font.pixelSize: screen.bodySize + 2
                        font.bold: true
                    }
                    Button {
                        objectName: "returnMore_" + line.index
                        Layout.preferredWidth: screen.touch
                        Layout.preferredHeight: screen.touch
                        font.pixelSize: screen.bodySize + 4
                        text: "+"
                        Accessible.name: qsTr("One more")
                        enabled: line.chosen < line.remaining && !screen.controller.result.done
                        onClicked: screen.controller.setQuantity(line.index, line.chosen + 1)
                    }
                }
            }
        }
        ResultLabel {
            objectName: "returnLinesMessage"
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Button {
                objectName: "returnBackButton"
                Layout.preferredHeight: screen.touch
                font.pixelSize: screen.bodySize
                text: qsTr("Back")
                onClicked: screen.resetScreen()
            }
            Button {
                objectName: "returnAllButton"
                Layout.preferredHeight: screen.touch
                font.pixelSize: screen.bodySize
                text: qsTr("Everything")
                enabled: !screen.controller.result.refused || screen.controller.chosenCount > 0
                onClicked: screen.controller.chooseAll()
            }
            Label {
                objectName: "returnAmountText"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                text: screen.controller.chosenCount > 0 ? qsTr("Refund: %1").arg(screen.controller.amountText) : ""
                font.pixelSize: screen.bodySize + 2
                font.bold: true
                elide: Text.ElideLeft
            }
            Button {
                objectName: "returnNextButton"
                Layout.preferredHeight: screen.touch
                font.pixelSize: screen.bodySize
                highlighted: true
                enabled: screen.controller.chosenCount > 0 && !screen.controller.result.refused
                         && !screen.controller.busy
                text: qsTr("Next")
                onClicked: {
                    screen.pickWho()
                    screen.confirming = true
                }
            }
        }
    }

    // --- 3. Why, who and their PIN
    RowLayout {
        objectName: "returnConfirmView"
        anchors.fill: parent
        anchors.margins: screen.compact ? 8 : 20
        spacing: screen.compact ? 10 : 24
        visible: screen.controller.found && screen.confirming

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: screen.compact ? 6 : 12
            Label {
                objectName: "returnConfirmAmount"
                Layout.fillWidth: true
                text: qsTr("Refund: %1").arg(screen.controller.amountText)
                font.pixelSize: screen.bodySize + 4
                font.bold: true
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "returnRefundsText"
                Layout.fillWidth: true
                text: screen.controller.refundsText
                font.pixelSize: screen.bodySize - 1
                color: "#404040"
                wrapMode: Text.Wrap
                maximumLineCount: 2
            }
            Label {
                objectName: "returnApprovalText"
                Layout.fillWidth: true
                visible: screen.controller.needsManager && !screen.controller.result.done
                text: screen.controller.approvalText
                font.pixelSize: screen.bodySize - 1
                font.bold: true
                color: "#8a5a00"
                wrapMode: Text.Wrap
                maximumLineCount: 2
            }
            TextField {
                id: reasonField
                objectName: "returnReasonField"
                Layout.fillWidth: true
                Layout.preferredHeight: screen.touch
                font.pixelSize: screen.bodySize
                placeholderText: qsTr("Reason (required)")
                maximumLength: 200
                enabled: !screen.controller.result.done
            }
            ComboBox {
                id: whoBox
                objectName: "returnStaffBox"
                Layout.fillWidth: true
                Layout.preferredHeight: screen.touch
                font.pixelSize: screen.bodySize
                model: screen.whoLabels
                displayText: currentIndex >= 0 ? currentText
                             : screen.controller.needsManager ? qsTr("Which manager?") : qsTr("Who returns it?")
                enabled: !screen.controller.result.done
            }
            ResultLabel {
                objectName: "returnMessage"
                Layout.fillWidth: true
            }
            Item { Layout.fillHeight: true }
            RowLayout {
                Layout.fillWidth: true
                spacing: 12
                Button {
                    objectName: "returnConfirmBackButton"
                    Layout.preferredHeight: screen.touch
                    font.pixelSize: screen.bodySize
                    visible: !screen.controller.result.done
                    text: qsTr("Back")
                    onClicked: screen.confirming = false
                }
                Item { Layout.fillWidth: true }
                Button {
                    objectName: "returnConfirmButton"
                    Layout.preferredHeight: screen.touch
                    font.pixelSize: screen.bodySize
                    highlighted: true
                    enabled: !screen.controller.busy
                    text: screen.controller.result.done ? qsTr("Next customer") : qsTr("Return it")
                    onClicked: {
                        if (screen.controller.result.done)
                            screen.resetScreen()
                        else
                            screen.controller.submit(reasonField.text,
                                                     whoBox.currentIndex >= 0 ? screen.whoIds[whoBox.currentIndex] : "",
                                                     pinPad.pin)
                    }
                }
            }
        }
        ManagerPinPad {
            id: pinPad
            objectName: "returnPinPad"
            compact: screen.compact
            Layout.alignment: Qt.AlignTop
            enabled: !screen.controller.result.done
        }
    }
}
