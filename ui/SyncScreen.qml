import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import O2O.Ui

// The sync dashboard: when the terminal last uploaded and downloaded, the last error, what waits to
// upload, and "Retry now". Says plainly when background sync is not running in this window.
Page {
    id: screen
    objectName: "syncScreen"
    required property AppServices app
    required property bool compact
    readonly property string screenName: "sync"
    readonly property SyncDashboardController controller: app.syncDashboard
    readonly property int textSize: compact ? 16 : 20
    readonly property string never: qsTr("never")

    function resetScreen() { controller.refresh() }
    Component.onCompleted: resetScreen()
    background: Rectangle { color: "#f4f5f7" }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * column.anchors.margins
        clip: true
        ColumnLayout {
            id: column
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: screen.compact ? 10 : 24
            spacing: screen.compact ? 6 : 12

            Label {
                Layout.fillWidth: true
                text: qsTr("Sync with the platform")
                font.pixelSize: screen.compact ? 20 : 26
                font.bold: true
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "syncStateLabel"
                Layout.fillWidth: true
                text: !screen.controller.syncRunning
                      ? "\u26a0 " + qsTr("Background sync is not running in this window: nothing is uploaded or downloaded until the terminal is started with sync on.")
                      : !screen.controller.enrolled
                        ? "\u26a0 " + qsTr("This terminal is not enrolled with a platform yet: an installer enrolls it.")
                        : "\u2713 " + qsTr("Background sync is running with %1.").arg(screen.controller.platformUrl)
                color: screen.controller.syncRunning && screen.controller.enrolled ? "#1b7f3b" : "#8a5a00"
                font.pixelSize: screen.textSize
                font.bold: true
                wrapMode: Text.Wrap
                padding: screen.compact ? 6 : 10
                background: Rectangle {
                    color: screen.controller.syncRunning && screen.controller.enrolled ? "#e6f4ea" : "#fff4dc"
                    radius: 6
                }
            }
            GridLayout {
                objectName: "syncFacts"
                Layout.fillWidth: true
                columns: 2
                columnSpacing: 24
                rowSpacing: screen.compact ? 4 : 8
                Repeater {
                    model: [
                        qsTr("Last upload"), screen.controller.lastUpload || screen.never,
                        qsTr("Last download"), screen.controller.lastDownload || screen.never,
                        qsTr("Platform last answered"), screen.controller.lastContact || screen.never,
                        qsTr("Events waiting to upload"), String(screen.controller.pendingEvents),
                        qsTr("Conflicts"), String(screen.controller.conflicts.count),
                        qsTr("Last error"), screen.controller.lastError.length > 0
                            ? qsTr("%1: %2").arg(screen.controller.lastFailure).arg(screen.controller.lastError)
                            : qsTr("none")
                    ]
                    delegate: Label {
                        required property string modelData
                        required property int index
                        objectName: "syncFact_" + index
                        Layout.fillWidth: index % 2 === 1
                        Layout.maximumWidth: index % 2 === 0 ? column.width * 0.45 : -1
                        text: modelData
                        font.pixelSize: screen.textSize
                        font.bold: index % 2 === 0
                        color: index === 11 && screen.controller.lastError.length > 0 ? "#b3261e" : "#202020"
                        wrapMode: Text.Wrap
                    }
                }
            }
            Label {
                objectName: "cycleMessage"
                Layout.fillWidth: true
                visible: text.length > 0
                text: screen.controller.cycleMessage
                font.pixelSize: screen.textSize
                wrapMode: Text.Wrap
            }
            Button {
                objectName: "retryButton"
                Layout.preferredHeight: 56
                font.pixelSize: screen.textSize
                highlighted: true
                enabled: screen.controller.syncRunning && !screen.controller.retrying
                text: qsTr("Retry now")
                onClicked: screen.controller.retryNow()
            }
        }
    }
}
