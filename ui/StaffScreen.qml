import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import O2O.Ui

// Managers and installers: who works here, in which role, who is locked out; add, new PIN, disable.
Page {
    objectName: "staffScreen"
    id: screen
    required property AppServices app
    required property bool compact
    readonly property string screenName: "staff"
    readonly property StaffController controller: app.staff
    property string notice: ""

    function resetScreen() {
        screen.notice = ""
        addDialog.close()
        pinDialog.close()
        disableDialog.close()
        screen.controller.clearError()
        screen.controller.reload()
    }

    function roleTitle(role) {
        return role === "manager" ? qsTr("Manager") : role === "installer" ? qsTr("Installer") : qsTr("Cashier")
    }

    function errorText(error) {
        switch (error) {
        case StaffController.NameInvalid:
            return qsTr("Type a name (at most 80 characters).")
        case StaffController.RoleInvalid:
            return qsTr("Choose a role.")
        case StaffController.PinInvalid:
            return qsTr("A PIN is 4 to 12 digits.")
        case StaffController.PinMismatch:
            return qsTr("The two PINs differ. Type the same PIN twice.")
        case StaffController.FirstMustManage:
            return qsTr("The first member must be a manager or an installer.")
        case StaffController.CannotDisableSelf:
            return qsTr("You cannot disable yourself: ask another manager.")
        case StaffController.UnknownStaff:
            return qsTr("This member no longer exists or is already disabled.")
        case StaffController.NotPermitted:
            return qsTr("Only a manager or an installer may change staff.")
        case StaffController.Failed:
            return qsTr("The change could not be saved (database). Try again.")
        }
        return ""
    }

    readonly property string errorMessage: errorText(controller.error)

    Component.onCompleted: screen.resetScreen() // a refusal from the last visit is not news
    // Leaving the screen (menu, sign-out, idle) closes its dialogs: none stays over the next screen.
    StackView.onRemoved: {
        addDialog.close()
        pinDialog.close()
        disableDialog.close()
    }

    Connections {
        target: screen.controller
        function onDone(action, staffId) {
            screen.notice = action === StaffController.Added ? qsTr("Added: they can sign in now.")
                          : action === StaffController.PinChanged ? qsTr("New PIN saved.")
                          : qsTr("Disabled: they can no longer sign in.")
        }
    }

    background: Rectangle { color: "#f4f5f7" }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: screen.compact ? 12 : 24
        spacing: screen.compact ? 8 : 14

        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            Label {
                objectName: "staffTitle"
                Layout.fillWidth: true
                text: qsTr("Staff")
                font.pixelSize: screen.compact ? 24 : 34
                font.bold: true
                wrapMode: Text.Wrap
            }
            Button {
                objectName: "addStaffButton"
                Layout.preferredHeight: screen.compact ? 52 : 60
                text: qsTr("+ Add staff")
                font.pixelSize: screen.compact ? 18 : 22
                highlighted: true
                onClicked: {
                    addDialog.prepare()
                    addDialog.open()
                }
            }
        }

        // An open terminal says so, and what adding the first member changes.
        Rectangle {
            objectName: "openNotice"
            Layout.fillWidth: true
            visible: screen.app.session.open
            implicitHeight: openLabel.implicitHeight + 20
            radius: 8
            color: "#fff4d6"
            border.color: "#b07800"
            Label {
                id: openLabel
                anchors.fill: parent
                anchors.margins: 10
                wrapMode: Text.Wrap
                font.pixelSize: screen.compact ? 15 : 18
                color: "#5c3d00"
                text: qsTr("\u25b2 No staff set up: the terminal is open to everyone. Add a manager or an installer first; from then on everyone signs in with a PIN.")
            }
        }

        Label {
            objectName: "staffNotice"
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.Wrap
            font.pixelSize: screen.compact ? 15 : 18
            color: screen.errorMessage.length > 0 && !addDialog.opened && !pinDialog.opened ? "#a12a08" : "#1a7f37"
            text: screen.errorMessage.length > 0 && !addDialog.opened && !pinDialog.opened
                  ? "\u2716 " + screen.errorMessage : screen.notice.length > 0 ? "\u2714 " + screen.notice : ""
        }

        ListView {
            id: list
            objectName: "staffList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 6
            model: screen.controller.members
            boundsBehavior: Flickable.StopAtBounds
            delegate: Rectangle {
                id: row
                required property string staffId
                required property string name
                required property string role
                required property bool active
                required property double lockedUntilMs
                readonly property bool locked: lockedUntilMs > Date.now()
                objectName: "staffRow_" + staffId
                width: ListView.view.width
                implicitHeight: rowLayout.implicitHeight + 16
                radius: 8
                color: active ? "#ffffff" : "#eceef1"
                border.color: "#c9ced6"

                RowLayout {
                    id: rowLayout
                    anchors.fill: parent
                    anchors.margins: 8
                    spacing: screen.compact ? 8 : 16
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            text: row.name
                            font.pixelSize: screen.compact ? 19 : 24
                            font.bold: true
                            wrapMode: Text.Wrap
                            color: row.active ? "#1d232b" : "#56606b"
                        }
                        Label {
                            objectName: "staffStatus_" + row.staffId
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            font.pixelSize: screen.compact ? 14 : 17
                            color: !row.active ? "#56606b" : row.locked ? "#c4320a" : "#1a7f37"
                            text: screen.roleTitle(row.role) + " \u00b7 "
                                  + (!row.active ? qsTr("\u2716 Disabled")
                                     : row.locked ? qsTr("\u26a0 Locked until %1").arg(
                                                        new Date(row.lockedUntilMs).toLocaleTimeString(Qt.locale(), "HH:mm"))
                                     : qsTr("\u2714 Active"))
                        }
                    }
                    Button {
                        objectName: "changePin_" + row.staffId
                        visible: row.active
                        Layout.preferredHeight: screen.compact ? 48 : 56
                        text: qsTr("New PIN")
                        font.pixelSize: screen.compact ? 15 : 18
                        onClicked: {
                            pinDialog.prepareFor(row.staffId, row.name)
                            pinDialog.open()
                        }
                    }
                    Button {
                        objectName: "disable_" + row.staffId
                        visible: row.active
                        enabled: row.staffId !== screen.app.session.staffId
                        Layout.preferredHeight: screen.compact ? 48 : 56
                        text: qsTr("Disable")
                        font.pixelSize: screen.compact ? 15 : 18
                        onClicked: {
                            disableDialog.staffId = row.staffId
                            disableDialog.staffName = row.name
                            disableDialog.open()
                        }
                    }
                }
            }
        }
    }

    AddStaffDialog {
        id: addDialog
        app: screen.app
        compact: screen.compact
        errorMessage: screen.errorMessage
    }

    ChangePinDialog {
        id: pinDialog
        app: screen.app
        compact: screen.compact
        errorMessage: screen.errorMessage
    }

    Dialog {
        id: disableDialog
        objectName: "disableStaffDialog"
        property string staffId: ""
        property string staffName: ""
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(screen.width - 24, 520)
        padding: screen.compact ? 10 : 20
        font.pixelSize: screen.compact ? 18 : 22
        title: qsTr("Disable %1?").arg(staffName)
        ColumnLayout {
            anchors.fill: parent
            spacing: 12
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.pixelSize: screen.compact ? 15 : 18
                text: qsTr("They can no longer sign in. Their past redemptions and sales stay in the records.")
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                Item { Layout.fillWidth: true }
                Button {
                    Layout.preferredHeight: screen.compact ? 48 : 56
                    text: qsTr("Cancel")
                    font.pixelSize: screen.compact ? 16 : 20
                    onClicked: disableDialog.close()
                }
                Button {
                    objectName: "disableConfirm"
                    Layout.preferredHeight: screen.compact ? 48 : 56
                    text: qsTr("Disable")
                    font.pixelSize: screen.compact ? 16 : 20
                    highlighted: true
                    onClicked: {
                        screen.controller.disable(disableDialog.staffId)
                        disableDialog.close()
                    }
                }
            }
        }
    }
}
