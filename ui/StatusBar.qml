import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import O2O.Ui

// Always visible. The top row: the menu, the store, what feeds codes, online/offline/downloading, the
// language. Below it, only when something needs attention: a banner with the clock, the data's age and
// the events waiting to upload, in words and colour.
ToolBar {
    id: bar
    required property AppServices app
    required property bool compact
    readonly property SyncStatusController status: app.syncStatus
    readonly property bool offline: !status.online && !status.downloading
    readonly property bool attention: status.clockBehind || status.dataAgeText.length > 0
                                      || (compact && status.downloading) || (offline && status.pendingEvents > 0)
    signal menuRequested()

    padding: 0
    background: Rectangle {
        color: "#ffffff"
        Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: "#d6d9de" }
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: bar.compact ? 4 : 12
            Layout.rightMargin: bar.compact ? 6 : 16
            spacing: bar.compact ? 8 : 16

            ToolButton {
                objectName: "menuButton"
                text: "\u2630"
                font.pixelSize: 26
                Layout.preferredWidth: 56
                Layout.preferredHeight: 56
                Accessible.name: qsTr("Menu")
                onClicked: bar.menuRequested()
            }
            Label {
                text: qsTr("O2O Redemption Terminal")
                font.pixelSize: 22
                font.bold: true
                visible: !bar.compact
            }
            Label {
                objectName: "storeLabel"
                text: qsTr("Store: %1").arg(bar.app.redemption.storeId || qsTr("not set"))
                font.pixelSize: bar.compact ? 16 : 18
            }
            Label {
                objectName: "scanSourceLabel"
                // At 800x480 the signed-in name has the room: the camera shows itself on the counter.
                visible: (bar.app.redemption.scanSource.length > 0 || bar.app.kiosk)
                         && !(bar.compact && bar.app.session.signedIn)
                // In words here, so a language switch reaches it.
                readonly property string source: bar.app.redemption.scanSource
                text: [bar.app.kiosk ? qsTr("Kiosk") : "",
                       source === "camera" ? qsTr("Camera")
                       : source.startsWith("video:") ? qsTr("Video %1").arg(source.slice(6)) : source]
                      .filter(s => s.length).join(" \u00b7 ")
                font.pixelSize: bar.compact ? 16 : 18
                color: "#1f5f99"
            }
            Item { Layout.fillWidth: true }
            Label {
                objectName: "staffLabel"
                // Who is signed in: every redemption and sale is recorded under this name.
                visible: bar.app.session.signedIn
                text: "\u263a " + bar.app.session.staffName
                font.pixelSize: bar.compact ? 16 : 18
                font.bold: true
                color: "#1f2937"
            }
            Label {
                objectName: "syncLabel"
                // The whole line when there is room; a narrow panel has the banner for the rest.
                text: (bar.status.downloading ? "\u21bb " : bar.status.online ? "\u25cf " : "\u25cb ")
                      + (bar.compact ? bar.status.stateText : bar.status.text)
                font.pixelSize: bar.compact ? 16 : 18
                font.bold: true
                color: bar.status.online || bar.status.downloading ? "#1b7f3b" : "#8a5a00"
            }
            LanguageSwitch {
                app: bar.app
                compact: bar.compact
            }
        }

        Rectangle {
            objectName: "statusBanner"
            Layout.fillWidth: true
            Layout.preferredHeight: banner.implicitHeight + 12
            visible: bar.attention
            color: bar.status.clockBehind || bar.status.dataAge === SyncStatusController.Stop ? "#fde8e6"
                   : "#fff4d6"
            Flow {
                id: banner
                anchors.verticalCenter: parent.verticalCenter
                x: bar.compact ? 8 : 16
                width: parent.width - 2 * x
                spacing: 8
                StatusChip {
                    objectName: "downloadingChip"
                    visible: bar.compact && bar.status.downloading // the top row says it when wide
                    text: bar.status.text
                    tone: "#1b7f3b"
                }
                StatusChip {
                    objectName: "clockChip"
                    visible: bar.status.clockBehind
                    text: qsTr("The clock is behind the platform's time: ask the installer")
                    tone: "#b42318"
                }
                StatusChip {
                    objectName: "dataAgeChip"
                    visible: bar.status.dataAgeText.length > 0
                    text: bar.status.dataAgeText
                    tone: bar.status.dataAge === SyncStatusController.Stop ? "#b42318" : "#8a5a00"
                }
                StatusChip {
                    objectName: "pendingChip"
                    visible: bar.status.pendingEvents > 0
                    text: "\u2191 " + qsTr("%n waiting to upload", "", bar.status.pendingEvents)
                    tone: "#1f5f99"
                }
            }
        }
    }
}
