#include "ui/translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace o2o {

QStringList uiLanguages() {
    return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("zh_CN")};
}

QString installUiTranslations(const QLocale& locale) {
    // One translator for the application's lifetime: switching language replaces what it holds.
    static QTranslator* translator = nullptr;
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
        translator = nullptr;
    }
    QLocale::setDefault(locale); // dates and times in the window follow the language
    const QString language = normalizeUiLanguage(locale.name());
    if (language.isEmpty() || language == QStringLiteral("en"))
        return QStringLiteral("en");
    auto* loaded = new QTranslator;
    if (!loaded->load(QStringLiteral(":/i18n/o2o_%1.qm").arg(language))) {
        delete loaded;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(loaded);
    translator = loaded;
    return language;
}

QString normalizeUiLanguage(const QString& text) {
    const QString name = text.trimmed().replace(u'-', u'_').toLower();
    if (name == QStringLiteral("en") || name.startsWith(QStringLiteral("en_")) || name == QStringLiteral("c"))
        return QStringLiteral("en");
    if (name == QStringLiteral("es") || name.startsWith(QStringLiteral("es_")))
        return QStringLiteral("es");
    // Simplified Chinese: the mainland and Singapore, or the script named outright.
    if (name == QStringLiteral("zh") || name == QStringLiteral("zh_cn") || name == QStringLiteral("zh_sg") ||
        name.startsWith(QStringLiteral("zh_hans")))
        return QStringLiteral("zh_CN");
    return {};
}

} // namespace o2o
