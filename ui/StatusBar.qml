import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import O2O.Ui

// Always visible: which store, what feeds codes, whether the platform answers and how old the data is.
ToolBar {
    id: bar
    required property AppServices app
    required property bool compact
    signal menuRequested()

    background: Rectangle { color: "#ffffff" }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: bar.compact ? 6 : 12
        anchors.rightMargin: bar.compact ? 8 : 16
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
            font.pixelSize: bar.compact ? 18 : 24
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
            visible: bar.app.redemption.scanSource.length > 0 || bar.app.kiosk
            text: [bar.app.kiosk ? qsTr("Kiosk") : "", bar.app.redemption.scanSource]
                  .filter(s => s.length).join(" \u00b7 ")
            font.pixelSize: bar.compact ? 16 : 18
            color: "#1f5f99"
        }
        Label {
            objectName: "syncLabel"
            // Shrinks (elided) before anything else in the bar: the dot and "offline" stay visible.
            Layout.fillWidth: true
            Layout.minimumWidth: 80
            horizontalAlignment: Text.AlignRight
            elide: Text.ElideRight
            text: (bar.app.syncStatus.online ? "\u25cf " : "\u25cb ") + bar.app.syncStatus.text
            font.pixelSize: bar.compact ? 16 : 18
            color: bar.app.syncStatus.online ? "#1b7f3b" : "#8a5a00"
        }
        LanguageSwitch {
            app: bar.app
        }
    }
}
