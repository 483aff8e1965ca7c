import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import O2O.Ui

// The installer's self-test: every check of `o2o-terminal doctor`, run when the screen opens.
Page {
    id: screen
    objectName: "doctorScreen"
    required property AppServices app
    required property bool compact
    readonly property string screenName: "doctor"

    function resetScreen() { app.doctor.run() }
    Component.onCompleted: resetScreen()
    background: Rectangle { color: "#f4f5f7" }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * column.anchors.margins
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ColumnLayout {
            id: column
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: screen.compact ? 10 : 24
            spacing: screen.compact ? 6 : 12
            Label {
                Layout.fillWidth: true
                text: qsTr("Self-test")
                font.pixelSize: screen.compact ? 20 : 26
                font.bold: true
                wrapMode: Text.Wrap
            }
            DoctorChecksView {
                Layout.fillWidth: true
                doctor: screen.app.doctor
                compact: screen.compact
            }
        }
    }
}
