import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import O2O.Ui

// Void one redemption or sale of the day list: a reason (required), who asks and their PIN. The service
// decides (the void window, the day's close, the PIN); every refusal is shown in words.
Dialog {
    id: dialog
    required property AppServices app
    required property bool compact
    property string entryId: ""
    property string entryText: ""
    readonly property VoidController controller: app.voids
    objectName: "voidDialog"
    modal: true
    padding: compact ? 10 : 20
    topPadding: compact ? 8 : 20
    width: parent ? Math.min(parent.width - 16, 940) : 780
    height: parent ? Math.min(parent.height - 16, 560) : 460
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? (parent.height - height) / 2 : 0
    closePolicy: Popup.CloseOnEscape
    // Gone at once when closed: a screen taken off the stack must not leave it on top of the next one.
    exit: null

    function openFor(id, summary) {
        entryId = id
        entryText = summary
        reasonField.text = ""
        pinPad.clear()
        controller.clear()
        // The one signed in (a manager, to open this) answers first; else the first on the list.
        staffBox.currentIndex = app.day.staffIds.length === 0 ? -1
                                : Math.max(0, app.day.staffIds.indexOf(app.session.staffId))
        open()
    }

    Connections {
        target: dialog.controller
        function onVoided() { pinPad.clear() }
        function onChanged() {
            if (dialog.controller.result.refused)
                pinPad.clear()
        }
    }

    contentItem: RowLayout {
        spacing: dialog.compact ? 12 : 24
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: dialog.compact ? 6 : 12
            Label {
                Layout.fillWidth: true
                text: qsTr("Void")
                font.pixelSize: dialog.compact ? 20 : 26
                font.bold: true
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "voidEntryText"
                Layout.fillWidth: true
                text: dialog.entryText
                font.pixelSize: dialog.compact ? 15 : 18
                wrapMode: Text.Wrap
                maximumLineCount: 3
            }
            TextField {
                id: reasonField
                objectName: "voidReasonField"
                Layout.fillWidth: true
                Layout.preferredHeight: dialog.compact ? 44 : 52
                font.pixelSize: dialog.compact ? 16 : 20
                placeholderText: qsTr("Reason (required)")
                maximumLength: 200
                enabled: !dialog.controller.result.done
            }
            ComboBox {
                id: staffBox
                objectName: "voidStaffBox"
                Layout.fillWidth: true
                Layout.preferredHeight: dialog.compact ? 44 : 52
                font.pixelSize: dialog.compact ? 16 : 20
                model: dialog.app.day.staffLabels
                displayText: currentIndex >= 0 ? currentText : qsTr("Who voids?")
                enabled: !dialog.controller.result.done
            }
            Label {
                objectName: "voidMessage"
                Layout.fillWidth: true
                visible: text.length > 0
                text: dialog.controller.busy ? qsTr("Checking the PIN\u2026")
                      : dialog.controller.result.done ? "\u2713 " + dialog.controller.result.message
                      : dialog.controller.result.refused ? "\u2717 " + dialog.controller.result.message
                      : ""
                color: dialog.controller.result.done ? "#1b7f3b" : dialog.controller.result.refused ? "#b3261e" : "#404040"
                font.pixelSize: dialog.compact ? 16 : 20
                font.bold: true
                wrapMode: Text.Wrap
            }
            Item { Layout.fillHeight: true }
            RowLayout {
                Layout.fillWidth: true
                spacing: 12
                Button {
                    objectName: "voidCancelButton"
                    Layout.preferredHeight: 52
                    font.pixelSize: dialog.compact ? 16 : 20
                    text: dialog.controller.result.done ? qsTr("Close") : qsTr("Cancel")
                    onClicked: dialog.close()
                }
                Item { Layout.fillWidth: true }
                Button {
                    objectName: "voidConfirmButton"
                    Layout.preferredHeight: 52
                    font.pixelSize: dialog.compact ? 16 : 20
                    highlighted: true
                    visible: !dialog.controller.result.done
                    enabled: !dialog.controller.busy
                    text: qsTr("Void it")
                    onClicked: dialog.controller.voidEntry(dialog.entryId, reasonField.text,
                                                           staffBox.currentIndex >= 0 ? dialog.app.day.staffIds[staffBox.currentIndex] : "",
                                                           pinPad.pin)
                }
            }
        }
        ManagerPinPad {
            id: pinPad
            objectName: "voidPinPad"
            compact: dialog.compact
            Layout.alignment: Qt.AlignTop
            enabled: !dialog.controller.result.done
        }
    }
}
