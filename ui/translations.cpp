#include "ui/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QTranslator>

namespace o2o {

QStringList uiLanguages() {
    return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("zh_CN")};
}

QString installUiTranslations(const QLocale& locale) {
    // The translators of the current language, one per screen area's file, for the application's lifetime:
    // switching language replaces them.
    static QList<QTranslator*> installed;
    for (QTranslator* translator : std::as_const(installed)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed.clear();
    QLocale::setDefault(locale); // dates and times in the window follow the language
    const QString language = normalizeUiLanguage(locale.name());
    if (language.isEmpty() || language == QStringLiteral("en"))
        return QStringLiteral("en");
    const QDir dir(QStringLiteral(":/i18n"));
    const QStringList files = dir.entryList({QStringLiteral("*_%1.qm").arg(language)}, QDir::Files);
    for (const QString& file : files) {
        // "*_es.qm" also matches nothing of zh_CN, and "*_zh_CN.qm" nothing of es: the suffix is the
        // language.
        auto* translator = new QTranslator;
        if (translator->load(dir.filePath(file))) {
            QCoreApplication::installTranslator(translator);
            installed.append(translator);
        } else {
            delete translator;
        }
    }
    return installed.isEmpty() ? QStringLiteral("en") : language;
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
