import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import O2O.Ui

// The screens a signed-in person may open, as large rows for a finger.
Drawer {
    id: menu
    required property var entries
    required property string current
    signal chosen(string name)
    // Who is signed in, with the sign-out; or that the terminal is open to everyone (no staff yet).
    property SessionController session: null
    signal signOutRequested()
    signal signInRequested()

    function roleTitle(role) {
        return role === "manager" ? qsTr("Manager") : role === "installer" ? qsTr("Installer") : qsTr("Cashier")
    }

    width: Math.min(360, parent ? parent.width * 0.8 : 360)

    ColumnLayout {
        id: who
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 12
        spacing: 8
        visible: menu.session !== null
        Label {
            objectName: "menuWho"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: 18
            font.bold: menu.session !== null && menu.session.signedIn
            text: menu.session === null ? ""
                  : menu.session.signedIn ? menu.session.staffName + " · " + menu.roleTitle(menu.session.role)
                  : menu.session.open ? qsTr("▲ No staff set up: open to everyone. A manager or installer adds staff under Staff.")
                  : qsTr("Nobody is signed in.")
        }
        Button {
            objectName: "signOutButton"
            visible: menu.session !== null && menu.session.signedIn
            Layout.fillWidth: true
            Layout.preferredHeight: 56
            text: qsTr("Sign out")
            font.pixelSize: 18
            onClicked: {
                menu.close()
                menu.signOutRequested()
            }
        }
        Button {
            objectName: "menuSignInButton"
            visible: menu.session !== null && !menu.session.signedIn && !menu.session.open
            Layout.fillWidth: true
            Layout.preferredHeight: 56
            text: qsTr("Sign in")
            font.pixelSize: 18
            onClicked: {
                menu.close()
                menu.signInRequested()
            }
        }
    }

    ListView {
        objectName: "screenMenu"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.top: who.visible ? who.bottom : parent.top
        anchors.topMargin: who.visible ? 8 : 0
        clip: true
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
