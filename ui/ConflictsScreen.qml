import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import O2O.Ui

// The conflicts inbox: each redemption the platform found another terminal had made first, with what
// happened and what to do, as the sync recorded it.
Page {
    id: screen
    objectName: "conflictsScreen"
    required property AppServices app
    required property bool compact
    readonly property string screenName: "conflicts"
    readonly property SyncDashboardController controller: app.syncDashboard
    readonly property int textSize: compact ? 15 : 19

    function resetScreen() { controller.refresh() }
    Component.onCompleted: resetScreen()
    background: Rectangle { color: "#f4f5f7" }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: screen.compact ? 8 : 20
        spacing: screen.compact ? 6 : 12
        Label {
            Layout.fillWidth: true
            text: qsTr("Conflicts: %1").arg(list.count)
            font.pixelSize: screen.compact ? 20 : 26
            font.bold: true
            wrapMode: Text.Wrap
        }
        ListView {
            id: list
            objectName: "conflictList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: screen.compact ? 6 : 10
            model: screen.controller.conflicts
            ScrollBar.vertical: ScrollBar {}

            Label {
                objectName: "conflictsEmpty"
                anchors.centerIn: parent
                width: parent.width - 32
                visible: list.count === 0 && screen.controller.loaded
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                font.pixelSize: screen.textSize + 2
                color: "#1b7f3b"
                text: "\u2713 " + qsTr("No conflicts. When the platform finds that another terminal redeemed a voucher first, it shows here with what to do.")
            }

            delegate: Rectangle {
                id: card
                required property int index
                required property string voucher
                required property string happened
                required property string toDo
                required property string recorded
                required property bool voided
                objectName: "conflict_" + index
                width: ListView.view.width - 12
                height: cardLayout.implicitHeight + (screen.compact ? 12 : 24)
                radius: 8
                color: "#ffffff"
                border.color: card.voided ? "#d0d4da" : "#e0a030"
                border.width: 2
                ColumnLayout {
                    id: cardLayout
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    anchors.margins: screen.compact ? 8 : 16
                    spacing: 4
                    Label {
                        Layout.fillWidth: true
                        text: (card.voided ? "\u2713 " : "\u26a0 ") + card.voucher
                        font.pixelSize: screen.textSize + 1
                        font.bold: true
                        color: card.voided ? "#1b7f3b" : "#8a5a00"
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("What happened: %1").arg(card.happened)
                        font.pixelSize: screen.textSize
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("What to do: %1").arg(card.toDo)
                        font.pixelSize: screen.textSize
                        font.bold: !card.voided
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Reported by the platform at %1").arg(card.recorded)
                        font.pixelSize: screen.textSize - 2
                        color: "#606060"
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
}
