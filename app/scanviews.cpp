#include "app/scanviews.h"

#include <QJsonArray>

namespace o2o {

QJsonObject decodedCodeView(const DecodedCode& code) {
    QJsonArray corners;
    for (const QPoint& p : code.position)
        corners.append(QJsonArray{p.x(), p.y()});
    QJsonObject view{{QStringLiteral("text"), code.text},
                     {QStringLiteral("format"), code.format},
                     {QStringLiteral("position"), corners}};
    if (code.inverted)
        view.insert(QStringLiteral("inverted"), true);
    return view;
}

QString readFormats(const QString& list, DecoderSettings& settings) {
    if (list.isEmpty())
        return {};
    const QStringList names = list.split(u',', Qt::SkipEmptyParts);
    for (const QString& name : names)
        if (!BarcodeDecoder::isKnownFormat(name.trimmed()))
            return QStringLiteral("unknown format '%1' (known: %2)")
                .arg(name.left(30), BarcodeDecoder::knownFormats().join(QStringLiteral(", ")));
    settings.formats.clear();
    for (const QString& name : names)
        settings.formats.append(name.trimmed());
    return {};
}

} // namespace o2o
