import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import O2O.Ui

// The manager's day: redemptions and sales with their totals, filtered by cashier and kind, searched by
// the code's last four characters; a row is voided from here (VoidDialog).
Page {
    id: screen
    objectName: "dayScreen"
    required property AppServices app
    required property bool compact
    readonly property string screenName: "day"
    readonly property DayController controller: app.day
    readonly property int textSize: compact ? 15 : 19

    function resetScreen() {
        searchField.text = ""
        controller.resetFilters()
    }
    /** Opens the void dialog for a row of the list (by its id). */
    function openVoid(entryId, summary) {
        voidDialog.openFor(entryId, summary)
    }

    Component.onCompleted: resetScreen()
    // The dialog lives in the window's overlay: it must not outlive the screen that opened it.
    // (A screen taken off the stack may be deleted later: close it when it goes.)
    StackView.onRemoved: voidDialog.close()
    onVisibleChanged: if (!visible) voidDialog.close()
    background: Rectangle { color: "#f4f5f7" }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: screen.compact ? 8 : 20
        spacing: screen.compact ? 6 : 12

        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            Label {
                objectName: "dayTitle"
                Layout.fillWidth: true
                text: qsTr("Today: %1").arg(screen.controller.dayLabel)
                font.pixelSize: screen.compact ? 18 : 26
                font.bold: true
                wrapMode: Text.Wrap
            }
            Label {
                visible: screen.controller.dayClosed
                text: qsTr("Closed")
                font.pixelSize: screen.textSize
                color: "#8a5a00"
            }
        }

        // The totals of everything the filters match.
        Flow {
            objectName: "dayTotals"
            Layout.fillWidth: true
            spacing: screen.compact ? 6 : 12
            Repeater {
                model: [
                    { name: "redemptions", text: qsTr("Redemptions: %1 \u00b7 %2").arg(screen.controller.totals.redemptions).arg(screen.controller.totals.redemptionsAmount), colour: "#1f5f99" },
                    { name: "sales", text: qsTr("Sales: %1 \u00b7 %2").arg(screen.controller.totals.sales).arg(screen.controller.totals.salesAmount), colour: "#8a5a00" },
                    { name: "voided", text: qsTr("Voided: %1").arg(screen.controller.totals.voided), colour: "#b3261e" }
                ]
                delegate: Label {
                    required property var modelData
                    objectName: "total_" + modelData.name
                    text: modelData.text
                    color: modelData.colour
                    font.pixelSize: screen.textSize
                    font.bold: true
                    padding: screen.compact ? 4 : 8
                    background: Rectangle { color: "#ffffff"; radius: 6; border.color: "#d0d4da" }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: screen.compact ? 6 : 12
            ComboBox {
                id: cashierBox
                objectName: "cashierFilter"
                Layout.fillWidth: true
                Layout.preferredHeight: 48
                font.pixelSize: screen.textSize
                model: screen.controller.cashierLabels
                currentIndex: Math.max(0, screen.controller.cashierIds.indexOf(screen.controller.cashierFilter))
                onActivated: index => screen.controller.cashierFilter = screen.controller.cashierIds[index]
            }
            ComboBox {
                id: kindBox
                objectName: "kindFilter"
                Layout.fillWidth: true
                Layout.preferredHeight: 48
                font.pixelSize: screen.textSize
                model: screen.controller.kindFilters.map(k => screen.controller.kindLabel(k))
                currentIndex: Math.max(0, screen.controller.kindFilters.indexOf(screen.controller.kindFilter))
                onActivated: index => screen.controller.kindFilter = screen.controller.kindFilters[index]
            }
            TextField {
                id: searchField
                objectName: "searchField"
                Layout.preferredWidth: screen.compact ? 170 : 260
                Layout.preferredHeight: 48
                font.pixelSize: screen.textSize
                placeholderText: qsTr("Last 4 of code")
                maximumLength: 4
                inputMethodHints: Qt.ImhNoPredictiveText
                onTextChanged: screen.controller.search = text
            }
        }

        Label {
            objectName: "dayProblem"
            Layout.fillWidth: true
            visible: screen.controller.problem.length > 0
            text: screen.controller.problem
            color: "#b3261e"
            font.pixelSize: screen.textSize
            wrapMode: Text.Wrap
        }

        ListView {
            id: list
            objectName: "dayList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: screen.compact ? 4 : 6
            model: screen.controller.entries
            ScrollBar.vertical: ScrollBar {}

            Label {
                objectName: "dayEmpty"
                anchors.centerIn: parent
                width: parent.width - 32
                visible: list.count === 0 && !screen.controller.loading
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                font.pixelSize: screen.textSize + 2
                color: "#606060"
                text: screen.controller.cashierFilter.length > 0 || screen.controller.kindFilter.length > 0
                      || screen.controller.search.length > 0
                      ? qsTr("Nothing matches these filters.") : qsTr("Nothing recorded today yet.")
            }

            delegate: Rectangle {
                id: row
                required property int index
                required property string entryId
                required property bool isSale
                required property string time
                required property string kind
                required property string kindLabel
                required property string description
                required property string codeTail
                required property int uses
                required property string amount
                required property string cashier
                required property bool voided
                required property string voidReason
                readonly property string facts: [time, kindLabel, codeTail.length ? "\u2026" + codeTail : "",
                                                 uses > 1 ? qsTr("%1 uses").arg(uses) : "", cashier]
                                                .filter(s => s.length).join(" \u00b7 ")
                objectName: "dayRow_" + index
                width: ListView.view.width - 12
                height: rowLayout.implicitHeight + (screen.compact ? 8 : 14)
                radius: 6
                color: voided ? "#f3e6e6" : "#ffffff"
                border.color: "#d0d4da"

                RowLayout {
                    id: rowLayout
                    anchors.fill: parent
                    anchors.leftMargin: screen.compact ? 8 : 14
                    anchors.rightMargin: screen.compact ? 8 : 14
                    spacing: screen.compact ? 8 : 16
                    Rectangle {
                        // Vouchers blue, sales amber: the same colours as the totals above.
                        Layout.preferredWidth: 6
                        Layout.fillHeight: true
                        Layout.topMargin: 6
                        Layout.bottomMargin: 6
                        radius: 3
                        color: row.isSale ? "#c98a1e" : "#1f5f99"
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            text: row.description
                            font.pixelSize: screen.textSize
                            font.bold: true
                            font.strikeout: row.voided
                            wrapMode: Text.Wrap
                        }
                        Label {
                            Layout.fillWidth: true
                            text: row.facts
                            font.pixelSize: screen.textSize - 2
                            color: "#505050"
                            wrapMode: Text.Wrap
                        }
                        Label {
                            objectName: "voidedLabel_" + row.index
                            Layout.fillWidth: true
                            visible: row.voided
                            text: "\u2717 " + qsTr("Voided: %1").arg(row.voidReason)
                            font.pixelSize: screen.textSize - 2
                            color: "#b3261e"
                            wrapMode: Text.Wrap
                        }
                    }
                    Label {
                        text: row.amount
                        font.pixelSize: screen.textSize
                        font.bold: true
                    }
                    Button {
                        objectName: "voidButton_" + row.index
                        Layout.preferredHeight: 48
                        visible: !row.voided
                        enabled: !screen.controller.dayClosed
                        font.pixelSize: screen.textSize
                        text: qsTr("Void\u2026")
                        onClicked: screen.openVoid(row.entryId, row.description + "\n" + row.facts
                                                   + (row.amount.length ? " \u00b7 " + row.amount : ""))
                    }
                }
            }
        }
    }

    VoidDialog {
        id: voidDialog
        parent: Overlay.overlay
        app: screen.app
        compact: screen.compact
    }
}
