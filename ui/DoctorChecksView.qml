import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import O2O.Ui

// The self-test's findings, one row per check: a mark and a colour per status, the check's name in words,
// what was found and, when it is not a pass, what to do. The same checks as `o2o-terminal doctor`.
ColumnLayout {
    id: view
    required property DoctorController doctor
    required property bool compact
    readonly property int textSize: compact ? 15 : 19
    spacing: compact ? 4 : 8

    function title(name) {
        switch (name) {
        case "camera": return qsTr("Camera")
        case "camera_decode": return qsTr("Decoding a test picture")
        case "handheld_scanner": return qsTr("Handheld scanner settings")
        case "platform": return qsTr("Platform reachable")
        case "tls": return qsTr("Certificate and TLS pin")
        case "clock": return qsTr("Clock against the platform")
        case "disk": return qsTr("Disk space")
        case "database": return qsTr("Database integrity")
        case "outbox": return qsTr("Events waiting to upload")
        case "offline_budget": return qsTr("Offline limits")
        case "data_age": return qsTr("Age of the platform's data")
        case "translations": return qsTr("Translations")
        case "fonts": return qsTr("Fonts")
        case "versions": return qsTr("Versions")
        default: return name
        }
    }
    function mark(status) { return status === "pass" ? "✔" : status === "warn" ? "▲" : "✖" }
    function colour(status) { return status === "pass" ? "#1b7f3b" : status === "warn" ? "#8a5a00" : "#b3261e" }

    RowLayout {
        Layout.fillWidth: true
        spacing: 10
        Label {
            objectName: "doctorSummary"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: view.textSize
            font.bold: true
            color: view.doctor.failures > 0 ? "#b3261e" : view.doctor.warnings > 0 ? "#8a5a00" : "#1b7f3b"
            text: view.doctor.busy ? qsTr("Checking the terminal…")
                  : !view.doctor.ran ? qsTr("Not checked yet.")
                  : view.doctor.failures > 0 ? qsTr("%n check(s) failed: the terminal needs attention.", "", view.doctor.failures)
                  : view.doctor.warnings > 0 ? qsTr("Nothing failed; %n warning(s).", "", view.doctor.warnings)
                  : qsTr("Every check passed.")
        }
        Button {
            objectName: "doctorRunButton"
            implicitHeight: view.compact ? 48 : 56
            font.pixelSize: view.textSize
            enabled: !view.doctor.busy
            text: qsTr("Check again")
            onClicked: view.doctor.run()
        }
    }

    Repeater {
        model: view.doctor.checks
        delegate: Rectangle {
            id: row
            required property var modelData
            objectName: "doctorCheck_" + modelData.name
            Layout.fillWidth: true
            implicitHeight: rowColumn.implicitHeight + 12
            radius: 4
            color: modelData.status === "pass" ? "#ffffff" : modelData.status === "warn" ? "#fff6e0" : "#fdecea"
            border.color: "#d0d4da"
            RowLayout {
                anchors.fill: parent
                anchors.margins: 6
                spacing: 8
                Label {
                    Layout.alignment: Qt.AlignTop
                    font.pixelSize: view.textSize + 2
                    color: view.colour(row.modelData.status)
                    text: view.mark(row.modelData.status)
                }
                ColumnLayout {
                    id: rowColumn
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        objectName: "doctorTitle_" + row.modelData.name
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.pixelSize: view.textSize
                        font.bold: true
                        text: view.title(row.modelData.name)
                    }
                    // What the check found and its fix, as `doctor` prints them (paths and commands).
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.pixelSize: view.textSize - 3
                        color: "#333a44"
                        text: row.modelData.detail
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: row.modelData.hint.length > 0
                        wrapMode: Text.Wrap
                        font.pixelSize: view.textSize - 3
                        color: view.colour(row.modelData.status)
                        text: "→ " + row.modelData.hint
                    }
                }
            }
        }
    }
}
