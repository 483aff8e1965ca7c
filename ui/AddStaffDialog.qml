import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import O2O.Ui

// A new member of staff: the name, the role (three large buttons) and the first PIN, typed twice.
Dialog {
    id: dialog
    required property AppServices app
    required property bool compact
    // The staff controller's refusal in words (StaffScreen words them once for both dialogs); empty: none.
    required property string errorMessage
    // Only a manager or an installer may be first: someone must be able to manage staff afterwards.
    readonly property bool first: app.session.open
    property string role: first ? "manager" : "cashier"

    objectName: "addStaffDialog"
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 24 : 560, 560)
    padding: compact ? 10 : 20
    topPadding: compact ? 6 : 16
    font.pixelSize: compact ? 18 : 22 // the title's size; the fields set their own
    title: qsTr("Add a member of staff")

    function prepare() {
        nameField.text = ""
        pinField.text = ""
        pinAgainField.text = ""
        dialog.role = dialog.first ? "manager" : "cashier"
        dialog.app.staff.clearError()
    }

    onOpened: nameField.forceActiveFocus()

    ColumnLayout {
        anchors.fill: parent
        spacing: dialog.compact ? 6 : 12

        TextField {
            id: nameField
            objectName: "staffNameField"
            Layout.fillWidth: true
            Layout.preferredHeight: dialog.compact ? 48 : 56
            font.pixelSize: dialog.compact ? 18 : 22
            placeholderText: qsTr("Name")
            maximumLength: 80
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 6
            Repeater {
                model: ["cashier", "manager", "installer"]
                delegate: Button {
                    required property string modelData
                    objectName: "roleButton_" + modelData
                    Layout.fillWidth: true
                    Layout.preferredHeight: dialog.compact ? 48 : 56
                    text: modelData === "manager" ? qsTr("Manager")
                          : modelData === "installer" ? qsTr("Installer") : qsTr("Cashier")
                    font.pixelSize: dialog.compact ? 16 : 20
                    checkable: true
                    checked: dialog.role === modelData
                    highlighted: checked
                    enabled: !(dialog.first && modelData === "cashier")
                    onClicked: dialog.role = modelData
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 6
            TextField {
                id: pinField
                objectName: "staffPinField"
                Layout.fillWidth: true
                Layout.preferredHeight: dialog.compact ? 48 : 56
                font.pixelSize: dialog.compact ? 18 : 22
                placeholderText: qsTr("PIN (4-12 digits)")
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhDigitsOnly
                validator: RegularExpressionValidator { regularExpression: /[0-9]{0,12}/ }
            }
            TextField {
                id: pinAgainField
                objectName: "staffPinAgainField"
                Layout.fillWidth: true
                Layout.preferredHeight: dialog.compact ? 48 : 56
                font.pixelSize: dialog.compact ? 18 : 22
                placeholderText: qsTr("PIN again")
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhDigitsOnly
                validator: RegularExpressionValidator { regularExpression: /[0-9]{0,12}/ }
            }
        }
        Label {
            objectName: "addStaffMessage"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: dialog.compact ? 15 : 18
            color: dialog.errorMessage.length > 0 ? "#a12a08" : "#3a434d"
            text: dialog.errorMessage.length > 0 ? "\u2716 " + dialog.errorMessage
                  : dialog.first ? qsTr("The first member must be a manager or an installer; they are signed in at once.")
                                 : qsTr("They sign in with this PIN; only they should know it.")
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Item { Layout.fillWidth: true }
            Button {
                objectName: "addStaffCancel"
                Layout.preferredHeight: dialog.compact ? 48 : 56
                text: qsTr("Cancel")
                font.pixelSize: dialog.compact ? 16 : 20
                onClicked: dialog.close()
            }
            Button {
                objectName: "addStaffConfirm"
                Layout.preferredHeight: dialog.compact ? 48 : 56
                text: qsTr("Add")
                font.pixelSize: dialog.compact ? 16 : 20
                highlighted: true
                enabled: !dialog.app.staff.busy && nameField.text.trim().length > 0
                onClicked: dialog.app.staff.add(nameField.text, dialog.role, pinField.text, pinAgainField.text)
            }
        }
    }

    Connections {
        target: dialog.app.staff
        function onDone(action, staffId) {
            if (action === StaffController.Added)
                dialog.close()
        }
    }
}
