import QtQuick
import QtQuick.Controls
import O2O.Ui

// The window's language, switched at run time: each language named in its own words.
ComboBox {
    id: box
    required property AppServices app
    property bool compact: false
    objectName: "languageSwitch"
    implicitWidth: compact ? 104 : 132
    implicitHeight: 48
    font.pixelSize: 16
    model: app.languages
    currentIndex: app.languages.indexOf(app.language)
    // At 800x480 the short names keep the bar on one line: EN, ES, 中文.
    displayText: box.compact ? box.shortName(app.language) : box.nativeName(app.language)
    delegate: ItemDelegate {
        required property string modelData
        width: box.width
        height: 48
        text: box.nativeName(modelData)
        font.pixelSize: 16
    }
    onActivated: index => app.setLanguage(app.languages[index])

    function shortName(code) {
        return code === "es" ? "ES" : code === "zh_CN" ? "中文" : "EN"
    }
    function nativeName(code) {
        return code === "es" ? "Español" : code === "zh_CN" ? "简体中文" : "English"
    }
}
