import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import O2O.Ui

// A handheld scan that arrived while another screen or dialog was up: checked on the counter (never
// redeemed without the cashier), said here over whatever is open, so no scan goes unseen.
Popup {
    id: notice
    objectName: "scanNotice"
    required property AppServices app
    required property bool compact
    signal showCounter()
    readonly property var verdict: app.redemption.verdict

    modal: false
    focus: false // the open dialog keeps the keyboard
    closePolicy: Popup.NoAutoClose
    padding: compact ? 8 : 14
    background: Rectangle {
        radius: 8
        color: notice.verdict.accepted ? "#e7f5ea" : "#fdecea"
        border.color: notice.verdict.accepted ? "#1b7f3b" : "#b3261e"
        border.width: 2
    }

    RowLayout {
        width: notice.availableWidth
        spacing: notice.compact ? 8 : 14
        Label {
            objectName: "scanNoticeText"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: notice.compact ? 16 : 20
            // A kiosk redeems a valid scan at once: the notice says which happened.
            text: notice.verdict.redeemed
                  ? "✔ " + notice.verdict.message
                  : qsTr("%1 It is on the counter, not redeemed.")
                    .arg(notice.verdict.accepted ? "✔ " + qsTr("Scanned code is valid.") : "✖ " + notice.verdict.message)
        }
        Button {
            objectName: "scanNoticeShow"
            implicitHeight: notice.compact ? 44 : 56
            font.pixelSize: notice.compact ? 16 : 20
            text: qsTr("Open the counter")
            onClicked: { notice.close(); notice.showCounter() }
        }
        Button {
            objectName: "scanNoticeDismiss"
            implicitHeight: notice.compact ? 44 : 56
            implicitWidth: implicitHeight
            font.pixelSize: notice.compact ? 16 : 20
            text: "✕"
            Accessible.name: qsTr("Dismiss")
            onClicked: notice.close()
        }
    }
}
