#pragma once

#include <QLocale>
#include <QString>

namespace o2o {

/** The window's languages: English (the source texts), Spanish, Simplified Chinese. */
QStringList uiLanguages();

/**
 * Installs the window's translations for locale (from the resources, :/i18n/o2o_*.qm) on the running
 * application, replacing any installed before, and makes locale the default (dates, times). Returns the
 * language used: "es", "zh_CN", or "en" when the locale asks for none of the translated ones.
 */
QString installUiTranslations(const QLocale& locale);

/** A language as an installer may give it ("es", "es_MX", "zh", "zh-CN", "en"); empty when unknown. */
QString normalizeUiLanguage(const QString& text);

} // namespace o2o
