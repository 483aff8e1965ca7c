#include "tests/support/hostilepayloads.h"

#include <QDir>
#include <QFile>

namespace o2o::test {

QList<HostilePayload> hostilePayloads() {
    const QDir dir(QStringLiteral(O2O_HOSTILE_QR_DIR));
    QFile manifest(dir.filePath(QStringLiteral("manifest.tsv")));
    if (!manifest.open(QIODevice::ReadOnly))
        return {};
    QList<HostilePayload> payloads;
    for (const QByteArray& line : manifest.readAll().split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() != 3)
            return {};
        QFile file(dir.filePath(QString::fromUtf8(fields[0])));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        payloads.append({QString::fromUtf8(fields[0]), file.readAll(), QString::fromUtf8(fields[1]),
                         QString::fromUtf8(fields[2])});
    }
    return payloads;
}

bool hasUnsafeCharacters(const QString& text) {
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n')
            continue;
        if (u < 0x20 || (u >= 0x7F && u <= 0x9F))
            return true;
        const QChar::Category category = c.category();
        if (category == QChar::Other_Format || category == QChar::Separator_Line ||
            category == QChar::Separator_Paragraph)
            return true;
    }
    return false;
}

} // namespace o2o::test
