import QtQuick
import QtQuick.Controls
import O2O.Ui

// The window's language, switched at run time: each language named in its own words.
ComboBox {
    id: box
    required property AppServices app
    objectName: "languageSwitch"
    implicitWidth: 132
    implicitHeight: 48
    font.pixelSize: 16
    model: app.languages
    currentIndex: app.languages.indexOf(app.language)
    displayText: box.nativeName(app.language)
    delegate: ItemDelegate {
        required property string modelData
        width: box.width
        height: 48
        text: box.nativeName(modelData)
        font.pixelSize: 16
    }
    onActivated: index => app.setLanguage(app.languages[index])

    function nativeName(code) {
        return code === "es" ? "Español" : code === "zh_CN" ? "简体中文" : "English"
    }
}
