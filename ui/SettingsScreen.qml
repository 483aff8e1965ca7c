import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import O2O.Ui

// Managers and installers: the terminal's settings a person may change here (each change audited).
Page {
    id: screen
    required property AppServices app
    required property bool compact
    readonly property string screenName: "settings"
    readonly property SettingsController controller: app.settings
    property string notice: ""

    function resetScreen() {
        screen.notice = ""
        screen.controller.clearError()
        screen.controller.load()
    }

    function errorText(error) {
        switch (error) {
        case SettingsController.VoidWindowOutOfRange:
            return qsTr("The void window must be 0 to %1 minutes.").arg(screen.controller.maxVoidWindowMinutes)
        case SettingsController.IdleOutOfRange:
            return qsTr("The idle sign-out must be 0 to %1 minutes.").arg(screen.controller.maxIdleSignOutMinutes)
        case SettingsController.NotPermitted:
            return qsTr("Only a manager or an installer may change settings.")
        case SettingsController.Failed:
            return qsTr("The settings could not be saved (database). Try again.")
        }
        return ""
    }

    Component.onCompleted: screen.resetScreen()

    Connections {
        target: screen.controller
        function onValuesChanged() {
            voidBox.value = screen.controller.voidWindowMinutes
            idleBox.value = screen.controller.idleSignOutMinutes
        }
        function onSaved(changedCount) {
            screen.notice = changedCount > 0 ? qsTr("Saved.") : qsTr("Nothing changed.")
        }
    }

    background: Rectangle { color: "#f4f5f7" }

    // Minutes with large − and + keys for a finger, and a field for typing.
    component MinutesField: RowLayout {
        id: minutes
        property int value: 0
        required property int to
        required property bool compact
        property alias field: input
        spacing: 4
        Button {
            objectName: minutes.objectName + "Less"
            Layout.preferredWidth: minutes.compact ? 52 : 60
            Layout.fillHeight: true
            text: "\u2212"
            font.pixelSize: minutes.compact ? 24 : 28
            enabled: minutes.value > 0
            onClicked: minutes.value = Math.max(0, minutes.value - 1)
        }
        TextField {
            id: input
            Layout.fillWidth: true
            Layout.fillHeight: true
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: minutes.compact ? 20 : 24
            inputMethodHints: Qt.ImhDigitsOnly
            validator: IntValidator { bottom: 0; top: minutes.to }
            text: minutes.value
            onTextEdited: if (acceptableInput) minutes.value = parseInt(text)
        }
        Button {
            objectName: minutes.objectName + "More"
            Layout.preferredWidth: minutes.compact ? 52 : 60
            Layout.fillHeight: true
            text: "+"
            font.pixelSize: minutes.compact ? 24 : 28
            enabled: minutes.value < minutes.to
            onClicked: minutes.value = Math.min(minutes.to, minutes.value + 1)
        }
    }

    // A setting: its name and what it does on the left, the control on the right.
    component SettingRow: RowLayout {
        id: settingRow
        required property string title
        required property string explanation
        required property bool compact
        default property alias control: holder.data
        Layout.fillWidth: true
        spacing: 16
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: settingRow.title
                font.pixelSize: settingRow.compact ? 18 : 22
                font.bold: true
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: settingRow.explanation
                font.pixelSize: settingRow.compact ? 14 : 17
                color: "#56606b"
                wrapMode: Text.Wrap
            }
        }
        Item {
            id: holder
            Layout.preferredWidth: settingRow.compact ? 200 : 240
            Layout.preferredHeight: settingRow.compact ? 52 : 60
        }
    }


    Flickable {
        anchors.fill: parent
        anchors.margins: screen.compact ? 12 : 24
        contentHeight: column.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: column
            width: parent.width
            spacing: screen.compact ? 10 : 18

            Label {
                objectName: "settingsTitle"
                Layout.fillWidth: true
                text: qsTr("Settings")
                font.pixelSize: screen.compact ? 24 : 34
                font.bold: true
                wrapMode: Text.Wrap
            }

            SettingRow {
                compact: screen.compact
                title: qsTr("Void window (minutes)")
                explanation: qsTr("How long cashiers may void their own redemptions and sales. Managers may void any entry of a day not closed.")
                MinutesField {
                    id: voidBox
                    objectName: "voidWindowBox"
                    anchors.fill: parent
                    to: screen.controller.maxVoidWindowMinutes
                    compact: screen.compact
                }
            }
            SettingRow {
                compact: screen.compact
                title: qsTr("Sign out when idle (minutes)")
                explanation: qsTr("After this long without a touch, key or scan, the window asks for a PIN again. 0: never.")
                MinutesField {
                    id: idleBox
                    objectName: "idleSignOutBox"
                    anchors.fill: parent
                    to: screen.controller.maxIdleSignOutMinutes
                    compact: screen.compact
                }
            }

            Label {
                objectName: "settingsMessage"
                Layout.fillWidth: true
                visible: text.length > 0
                wrapMode: Text.Wrap
                font.pixelSize: screen.compact ? 15 : 18
                color: screen.controller.error !== SettingsController.NoError ? "#a12a08" : "#1a7f37"
                text: screen.controller.error !== SettingsController.NoError
                      ? "\u2716 " + screen.errorText(screen.controller.error)
                      : screen.notice.length > 0 ? "\u2714 " + screen.notice : ""
            }
            Button {
                objectName: "saveSettingsButton"
                Layout.alignment: Qt.AlignRight
                Layout.preferredHeight: screen.compact ? 52 : 60
                text: qsTr("Save")
                font.pixelSize: screen.compact ? 18 : 22
                highlighted: true
                enabled: screen.controller.loaded && !screen.controller.busy
                onClicked: {
                    screen.notice = ""
                    screen.controller.save(voidBox.value, idleBox.value)
                }
            }
        }
    }
}
