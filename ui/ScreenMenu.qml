import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The screens a signed-in person may open, as large rows for a finger.
Drawer {
    id: menu
    required property var entries
    required property string current
    signal chosen(string name)

    width: Math.min(360, parent ? parent.width * 0.8 : 360)

    ListView {
        objectName: "screenMenu"
        anchors.fill: parent
        model: menu.entries
        delegate: ItemDelegate {
            required property var modelData
            objectName: "menu_" + modelData.name
            width: ListView.view.width
            height: 64
            text: modelData.title
            font.pixelSize: 20
            highlighted: modelData.name === menu.current
            onClicked: {
                menu.close()
                menu.chosen(modelData.name)
            }
        }
    }
}
