import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import O2O.Ui

// The day's report saved as PDF (to print) or CSV (for a spreadsheet) into a folder the manager chooses.
Page {
    id: screen
    objectName: "reportsScreen"
    required property AppServices app
    required property bool compact
    readonly property string screenName: "reports"
    readonly property DayController controller: app.day
    readonly property int textSize: compact ? 16 : 20

    function resetScreen() {
        controller.resetFilters()
        folderField.text = controller.exportFolder
    }
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
            anchors.margins: screen.compact ? 12 : 24
            spacing: screen.compact ? 10 : 16

            Label {
                Layout.fillWidth: true
                text: qsTr("Day report: %1").arg(screen.controller.dayLabel)
                font.pixelSize: screen.compact ? 20 : 26
                font.bold: true
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("%1 redemptions (%2), %3 sales (%4), %5 voided.")
                      .arg(screen.controller.totals.redemptions).arg(screen.controller.totals.redemptionsAmount)
                      .arg(screen.controller.totals.sales).arg(screen.controller.totals.salesAmount)
                      .arg(screen.controller.totals.voided)
                font.pixelSize: screen.textSize
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Save to folder")
                font.pixelSize: screen.textSize
                font.bold: true
                wrapMode: Text.Wrap
            }
            TextField {
                id: folderField
                objectName: "exportFolderField"
                Layout.fillWidth: true
                Layout.preferredHeight: 52
                font.pixelSize: screen.textSize
                placeholderText: qsTr("A folder on this terminal or a USB stick")
                onTextEdited: screen.controller.exportFolder = text
            }
            Flow {
                Layout.fillWidth: true
                spacing: 12
                Button {
                    objectName: "exportPdfButton"
                    height: 56
                    font.pixelSize: screen.textSize
                    highlighted: true
                    enabled: !screen.controller.exporting && folderField.text.length > 0
                    text: qsTr("Save as PDF")
                    onClicked: screen.controller.exportDay("pdf")
                }
                Button {
                    objectName: "exportCsvButton"
                    height: 56
                    font.pixelSize: screen.textSize
                    enabled: !screen.controller.exporting && folderField.text.length > 0
                    text: qsTr("Save as CSV (spreadsheet)")
                    onClicked: screen.controller.exportDay("csv")
                }
            }
            Label {
                objectName: "exportMessage"
                Layout.fillWidth: true
                visible: text.length > 0
                text: screen.controller.exporting ? qsTr("Saving\u2026")
                      : screen.controller.exportResult.done
                        ? "\u2713 " + qsTr("Saved to %1").arg(screen.controller.exportResult.path)
                      : screen.controller.exportResult.failed ? "\u2717 " + screen.controller.exportResult.message
                      : ""
                color: screen.controller.exportResult.failed ? "#b3261e" : "#1b7f3b"
                font.pixelSize: screen.textSize
                font.bold: true
                wrapMode: Text.WrapAnywhere
            }
        }
    }
}
