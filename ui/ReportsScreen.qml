import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import O2O.Ui

// The day's report saved as PDF (to print) or CSV (for a spreadsheet) into a folder the manager chooses;
// below it the campaign report: what each online campaign brought into the store, saved the same way.
Page {
    id: screen
    objectName: "reportsScreen"
    required property AppServices app
    required property bool compact
    readonly property string screenName: "reports"
    // Where the campaign report starts, for a shot that scrolls to it.
    readonly property real campaignsY: campaignsHeading.y
    readonly property DayController controller: app.day
    readonly property CampaignController campaigns: app.campaigns
    readonly property int textSize: compact ? 16 : 20

    function resetScreen() {
        controller.resetFilters()
        folderField.text = controller.exportFolder
        campaigns.exportFolder = controller.exportFolder
        campaigns.refresh()
    }
    Component.onCompleted: resetScreen()
    background: Rectangle { color: "#f4f5f7" }

    Flickable {
        id: flick
        objectName: "reportsFlickable"
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

            Rectangle { Layout.fillWidth: true; Layout.topMargin: 8; height: 1; color: "#c8ccd2" }
            Label {
                id: campaignsHeading
                objectName: "campaignsHeading"
                Layout.fillWidth: true
                text: qsTr("Campaigns: %1 to %2").arg(screen.campaigns.fromDay).arg(screen.campaigns.toDay)
                font.pixelSize: screen.compact ? 20 : 26
                font.bold: true
                wrapMode: Text.Wrap
            }
            Flow {
                Layout.fillWidth: true
                spacing: 8
                Repeater {
                    model: [1, 7, 30]
                    delegate: Button {
                        required property int modelData
                        objectName: "campaignPeriod" + modelData
                        height: 48
                        font.pixelSize: screen.textSize
                        checkable: true
                        checked: screen.campaigns.periodDays === modelData
                        text: modelData === 1 ? qsTr("Today") : qsTr("Last %1 days").arg(modelData)
                        onClicked: screen.campaigns.periodDays = modelData
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                visible: screen.campaigns.problem.length > 0
                text: screen.campaigns.problem
                color: "#b3261e"
                font.pixelSize: screen.textSize
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "noCampaignsLabel"
                Layout.fillWidth: true
                visible: !screen.campaigns.loading && campaignRows.count === 0 && screen.campaigns.problem.length === 0
                text: qsTr("No voucher of a campaign was redeemed in this period.")
                font.pixelSize: screen.textSize
                color: "#555b66"
                wrapMode: Text.Wrap
            }
            Repeater {
                id: campaignRows
                model: screen.campaigns.campaigns
                delegate: Rectangle {
                    required property string campaign
                    required property int redemptions
                    required property int sales
                    required property string spend
                    required property int membersNew
                    required property int membersReturning
                    required property string busiestHour
                    Layout.fillWidth: true
                    implicitHeight: rowColumn.implicitHeight + 16
                    radius: 6
                    color: "white"
                    border.color: "#d5d9df"
                    ColumnLayout {
                        id: rowColumn
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        anchors.margins: 10
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            text: campaign
                            font.pixelSize: screen.textSize
                            font.bold: true
                            elide: Text.ElideRight
                        }
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("Redemptions: %1 \u00b7 sales: %2 \u00b7 spend: %3")
                                  .arg(redemptions).arg(sales).arg(spend)
                            font.pixelSize: screen.textSize - 2
                            wrapMode: Text.Wrap
                        }
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("Members: %1 new, %2 returning").arg(membersNew).arg(membersReturning)
                                  + (busiestHour.length > 0 ? " \u00b7 " + qsTr("busiest hour %1").arg(busiestHour) : "")
                            font.pixelSize: screen.textSize - 2
                            color: "#555b66"
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }
            Flow {
                Layout.fillWidth: true
                spacing: 12
                Button {
                    objectName: "exportCampaignsPdfButton"
                    height: 56
                    font.pixelSize: screen.textSize
                    enabled: !screen.campaigns.exporting && folderField.text.length > 0
                    text: qsTr("Save campaigns as PDF")
                    onClicked: {
                        screen.campaigns.exportFolder = folderField.text
                        screen.campaigns.exportCampaigns("pdf")
                    }
                }
                Button {
                    objectName: "exportCampaignsCsvButton"
                    height: 56
                    font.pixelSize: screen.textSize
                    enabled: !screen.campaigns.exporting && folderField.text.length > 0
                    text: qsTr("Save campaigns as CSV")
                    onClicked: {
                        screen.campaigns.exportFolder = folderField.text
                        screen.campaigns.exportCampaigns("csv")
                    }
                }
            }
            Label {
                objectName: "campaignExportMessage"
                Layout.fillWidth: true
                visible: text.length > 0
                text: screen.campaigns.exporting ? qsTr("Saving\u2026")
                      : screen.campaigns.exportResult.done
                        ? "\u2713 " + qsTr("Saved to %1").arg(screen.campaigns.exportResult.path)
                      : screen.campaigns.exportResult.failed ? "\u2717 " + screen.campaigns.exportResult.message
                      : ""
                color: screen.campaigns.exportResult.failed ? "#b3261e" : "#1b7f3b"
                font.pixelSize: screen.textSize
                font.bold: true
                wrapMode: Text.WrapAnywhere
            }
        }
    }
}
