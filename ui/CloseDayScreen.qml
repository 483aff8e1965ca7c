import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import O2O.Ui

// End of day: what still waits to upload, a manager's PIN (and a reason when closing anyway), then the
// Z report's totals. Refusals in words.
Page {
    id: screen
    objectName: "closeDayScreen"
    required property AppServices app
    required property bool compact
    readonly property string screenName: "closeDay"
    readonly property CloseDayController controller: app.closeDay
    readonly property int textSize: compact ? 16 : 20

    function resetScreen() {
        pinPad.clear()
        reasonField.text = ""
        // The one signed in (a manager, to open this) answers first; else the first on the list.
        staffBox.currentIndex = app.day.staffIds.length === 0 ? -1
                                : Math.max(0, app.day.staffIds.indexOf(app.session.staffId))
        controller.reset()
        app.day.refresh()
    }
    Component.onCompleted: resetScreen()
    background: Rectangle { color: "#f4f5f7" }

    Connections {
        target: screen.controller
        function onChanged() {
            if (screen.controller.result.refused)
                pinPad.clear()
        }
    }

    // Before: the form. After a close: the Z report's summary.
    RowLayout {
        anchors.fill: parent
        anchors.margins: screen.compact ? 10 : 24
        spacing: screen.compact ? 12 : 32
        visible: !screen.controller.result.closed

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: screen.compact ? 6 : 12
            Label {
                Layout.fillWidth: true
                text: qsTr("Close the day: %1").arg(screen.controller.dayLabel)
                font.pixelSize: screen.compact ? 19 : 26
                font.bold: true
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "pendingLabel"
                Layout.fillWidth: true
                text: screen.controller.pendingEvents > 0
                      ? "\u26a0 " + qsTr("%1 events still wait to upload to the platform. Closing now needs a reason, which is recorded.").arg(screen.controller.pendingEvents)
                      : "\u2713 " + qsTr("Everything is uploaded.")
                color: screen.controller.pendingEvents > 0 ? "#8a5a00" : "#1b7f3b"
                font.pixelSize: screen.textSize
                font.bold: true
                wrapMode: Text.Wrap
                padding: screen.compact ? 6 : 10
                background: Rectangle { color: screen.controller.pendingEvents > 0 ? "#fff4dc" : "#e6f4ea"; radius: 6 }
            }
            ComboBox {
                id: staffBox
                objectName: "closeStaffBox"
                Layout.fillWidth: true
                Layout.preferredHeight: screen.compact ? 44 : 52
                font.pixelSize: screen.textSize
                model: screen.app.day.staffLabels
                displayText: currentIndex >= 0 ? currentText : qsTr("Which manager?")
            }
            TextField {
                id: reasonField
                objectName: "overrideReasonField"
                Layout.fillWidth: true
                Layout.preferredHeight: screen.compact ? 44 : 52
                visible: screen.controller.pendingEvents > 0
                font.pixelSize: screen.textSize
                placeholderText: qsTr("Reason to close with events waiting")
                maximumLength: 200
            }
            Label {
                objectName: "closeMessage"
                Layout.fillWidth: true
                visible: text.length > 0
                text: screen.controller.busy ? qsTr("Checking the PIN\u2026")
                      : screen.controller.result.refused ? "\u2717 " + screen.controller.result.message : ""
                color: "#b3261e"
                font.pixelSize: screen.textSize
                font.bold: true
                wrapMode: Text.Wrap
            }
            Item { Layout.fillHeight: true }
            Button {
                objectName: "closeDayButton"
                Layout.preferredHeight: 56
                font.pixelSize: screen.textSize
                highlighted: true
                enabled: !screen.controller.busy && screen.controller.loaded
                text: qsTr("Close the day")
                onClicked: screen.controller.closeDay(
                               staffBox.currentIndex >= 0 ? screen.app.day.staffIds[staffBox.currentIndex] : "",
                               pinPad.pin, screen.controller.pendingEvents > 0 ? reasonField.text : "")
            }
        }
        ManagerPinPad {
            id: pinPad
            objectName: "closePinPad"
            compact: screen.compact
            Layout.alignment: Qt.AlignTop
        }
    }

    Flickable {
        anchors.fill: parent
        visible: screen.controller.result.closed
        contentHeight: summary.implicitHeight + 2 * summary.anchors.margins
        clip: true
        ColumnLayout {
            id: summary
            objectName: "closeSummary"
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: screen.compact ? 12 : 24
            spacing: screen.compact ? 6 : 12
            Label {
                Layout.fillWidth: true
                text: "\u2713 " + qsTr("%1 is closed").arg(screen.controller.result.day)
                color: "#1b7f3b"
                font.pixelSize: screen.compact ? 20 : 28
                font.bold: true
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: screen.controller.result.message
                font.pixelSize: screen.textSize
                wrapMode: Text.Wrap
            }
            Repeater {
                model: [
                    [qsTr("Closed at"), screen.controller.result.closedAt],
                    [qsTr("Redemptions"), qsTr("%1 (%2)").arg(screen.controller.result.redemptions).arg(screen.controller.result.redemptionsValue)],
                    [qsTr("Sales"), qsTr("%1 (%2)").arg(screen.controller.result.sales).arg(screen.controller.result.salesAmount)],
                    [qsTr("Voids"), String(screen.controller.result.voids)],
                    [qsTr("Conflicts"), String(screen.controller.result.conflicts)],
                    [qsTr("Events waiting at the close"), String(screen.controller.result.pendingEvents)],
                    [qsTr("Z report SHA-256"), screen.controller.result.reportSha256.substring(0, 16) + "\u2026"]
                ]
                delegate: RowLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 24
                    Label {
                        Layout.preferredWidth: summary.width * 0.45
                        text: modelData[0]
                        font.pixelSize: screen.textSize
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: modelData[1]
                        font.pixelSize: screen.textSize
                        wrapMode: Text.Wrap
                    }
                }
            }
            Button {
                objectName: "closeDoneButton"
                Layout.preferredHeight: 56
                font.pixelSize: screen.textSize
                text: qsTr("Done")
                onClicked: screen.resetScreen()
            }
        }
    }
}
