import QtQuick
import QtQuick.Controls
import QtMultimedia
import O2O.Ui

// The camera's live picture (the very frames the decoder reads) behind a viewfinder frame.
Rectangle {
    id: view
    required property RedemptionController controller
    required property bool compact

    color: "#1d232b"
    radius: 12
    clip: true

    // VideoOutput needs the GPU; where Qt Quick renders in software a painted frame stands in.
    readonly property bool software: GraphicsInfo.api === GraphicsInfo.Software
    Loader {
        id: picture
        objectName: "cameraPicture"
        anchors.fill: parent
        visible: view.controller.cameraLive
        sourceComponent: view.software ? paintedPicture : videoPicture
        onLoaded: view.controller.previewSink = item.videoSink
    }
    // Two views may exist (the counter under the wizard): the one shown gets the frames.
    onVisibleChanged: if (visible && picture.item) view.controller.previewSink = picture.item.videoSink
    Component {
        id: videoPicture
        VideoOutput { fillMode: VideoOutput.PreserveAspectCrop }
    }
    Component {
        id: paintedPicture
        VideoFrameItem {}
    }
    Component.onDestruction: {
        if (picture.item && view.controller.previewSink === picture.item.videoSink)
            view.controller.previewSink = null
    }

    // The viewfinder: four corners where the customer holds the code.
    Item {
        id: finder
        objectName: "viewfinder"
        readonly property real side: Math.min(view.width, view.height) * 0.62
        width: side
        height: side
        anchors.centerIn: parent
        anchors.verticalCenterOffset: -hint.height / 2
        Repeater {
            model: 4
            Item {
                required property int index
                readonly property bool atRight: index % 2 === 1
                readonly property bool atBottom: index >= 2
                readonly property real arm: finder.side * 0.22
                x: atRight ? finder.width - arm : 0
                y: atBottom ? finder.height - arm : 0
                width: arm
                height: arm
                Rectangle {
                    width: parent.width; height: 6; radius: 3; color: "#ffffff"
                    y: parent.atBottom ? parent.height - height : 0
                }
                Rectangle {
                    width: 6; height: parent.height; radius: 3; color: "#ffffff"
                    x: parent.atRight ? parent.width - width : 0
                }
            }
        }
    }

    Label {
        objectName: "noCameraLabel"
        visible: !view.controller.cameraLive
        anchors.centerIn: finder
        width: finder.width * 0.8
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        text: qsTr("No camera picture. Type the code or use the handheld scanner.")
        font.pixelSize: view.compact ? 16 : 24
        color: "#c9d1d9"
    }

    Rectangle {
        id: hint
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: hintLabel.implicitHeight + (view.compact ? 12 : 20)
        color: "#b3000000"
        Label {
            id: hintLabel
            objectName: "cameraHint"
            anchors.centerIn: parent
            width: parent.width - 16
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("Hold the code inside the frame")
            font.pixelSize: view.compact ? 15 : 22
            color: "#ffffff"
        }
    }
}
