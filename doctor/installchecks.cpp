// What the package installs beside the binary: translations, a CJK font, and the versions in use.
#include "doctor/doctorchecks.h"
#include "store/databasehealth.h"

#include <QFile>
#include <QFontDatabase>
#include <ZXing/ZXVersion.h>
#include <curl/curl.h>
#include <openssl/crypto.h>

namespace o2o::doctor {

namespace {

CheckResult translationsCheck() {
    const QString name = QStringLiteral("translations");
    QStringList present;
    QStringList missing;
    for (const QString& language : {QStringLiteral("es"), QStringLiteral("zh_CN")})
        (QFile::exists(QStringLiteral(":/i18n/o2o_%1.qm").arg(language)) ? present : missing)
            .append(language);
    if (!missing.isEmpty())
        return failed(name, QStringLiteral("missing: %1").arg(missing.join(QStringLiteral(", "))),
                      QStringLiteral("this build lacks its translations: install the official package"));
    return pass(name, QStringLiteral("en, %1").arg(present.join(QStringLiteral(", "))));
}

CheckResult fontsCheck() {
    const QString name = QStringLiteral("fonts");
    const QStringList cjk = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    if (cjk.isEmpty())
        return failed(name, QStringLiteral("no font for Simplified Chinese: the zh_CN screens show boxes"),
                      QStringLiteral("apt-get install fonts-noto-cjk (or fonts-wqy-microhei)"));
    return pass(name, QStringLiteral("Simplified Chinese: %1").arg(cjk.first()));
}

CheckResult versionsCheck() {
    const curl_version_info_data* curl = curl_version_info(CURLVERSION_NOW);
    return pass(QStringLiteral("versions"),
                QStringLiteral("o2o-terminal %1, Qt %2, SQLite %3, ZXing %4.%5.%6, %7, curl %8")
                    .arg(QStringLiteral(O2O_VERSION), QString::fromLatin1(qVersion()), sqliteVersion())
                    .arg(ZXING_VERSION_MAJOR)
                    .arg(ZXING_VERSION_MINOR)
                    .arg(ZXING_VERSION_PATCH)
                    .arg(QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)),
                         QString::fromLatin1(curl ? curl->version : "unknown")));
}

} // namespace

void installChecks(Context&, QList<CheckResult>& out) {
    out.append(translationsCheck());
    out.append(fontsCheck());
    out.append(versionsCheck());
}

} // namespace o2o::doctor
