import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import O2O.Ui

// A new PIN for a member, typed twice; it also lifts a lockout (the manager has spoken to them).
Dialog {
    id: dialog
    required property AppServices app
    required property bool compact
    required property string errorMessage
    property string staffId: ""
    property string staffName: ""

    objectName: "changePinDialog"
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 24 : 520, 520)
    padding: compact ? 10 : 20
    topPadding: compact ? 6 : 16
    font.pixelSize: compact ? 18 : 22 // the title's size; the fields set their own
    title: qsTr("New PIN for %1").arg(staffName)

    function prepareFor(id, name) {
        dialog.staffId = id
        dialog.staffName = name
        pinField.text = ""
        pinAgainField.text = ""
        dialog.app.staff.clearError()
    }

    onOpened: pinField.forceActiveFocus()

    ColumnLayout {
        anchors.fill: parent
        spacing: dialog.compact ? 6 : 12

        TextField {
            id: pinField
            objectName: "newPinField"
            Layout.fillWidth: true
            Layout.preferredHeight: dialog.compact ? 48 : 56
            font.pixelSize: dialog.compact ? 18 : 22
            placeholderText: qsTr("New PIN (4-12 digits)")
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhDigitsOnly
            validator: RegularExpressionValidator { regularExpression: /[0-9]{0,12}/ }
        }
        TextField {
            id: pinAgainField
            objectName: "newPinAgainField"
            Layout.fillWidth: true
            Layout.preferredHeight: dialog.compact ? 48 : 56
            font.pixelSize: dialog.compact ? 18 : 22
            placeholderText: qsTr("New PIN again")
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhDigitsOnly
            validator: RegularExpressionValidator { regularExpression: /[0-9]{0,12}/ }
        }
        Label {
            objectName: "changePinMessage"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: dialog.compact ? 15 : 18
            color: dialog.errorMessage.length > 0 ? "#a12a08" : "#3a434d"
            text: dialog.errorMessage.length > 0 ? "\u2716 " + dialog.errorMessage
                  : qsTr("A new PIN also ends a lockout.")
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Item { Layout.fillWidth: true }
            Button {
                Layout.preferredHeight: dialog.compact ? 48 : 56
                text: qsTr("Cancel")
                font.pixelSize: dialog.compact ? 16 : 20
                onClicked: dialog.close()
            }
            Button {
                objectName: "changePinConfirm"
                Layout.preferredHeight: dialog.compact ? 48 : 56
                text: qsTr("Save PIN")
                font.pixelSize: dialog.compact ? 16 : 20
                highlighted: true
                enabled: !dialog.app.staff.busy
                onClicked: dialog.app.staff.changePin(dialog.staffId, pinField.text, pinAgainField.text)
            }
        }
    }

    Connections {
        target: dialog.app.staff
        function onDone(action, staffId) {
            if (action === StaffController.PinChanged)
                dialog.close()
        }
    }
}
