#include "core/codeinput.h"

namespace o2o {

std::optional<QString> normalizeCode(const QString& raw) {
    const QString code = raw.trimmed();
    if (code.isEmpty() || code.size() > kMaxCodeBytes)
        return std::nullopt;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const char16_t c = code.at(i).unicode();
        // U+FFFD is what Qt puts where the bytes were not UTF-8; a genuine code never contains it.
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFFFD)
            return std::nullopt;
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 >= code.size() || !QChar::isLowSurrogate(code.at(i + 1).unicode()))
                return std::nullopt;
            ++i;
        } else if (QChar::isLowSurrogate(c)) {
            return std::nullopt;
        }
    }
    if (code.toUtf8().size() > kMaxCodeBytes)
        return std::nullopt;
    return code;
}

QString maskCode(const QString& code) {
    constexpr int kVisible = 4;
    if (code.size() <= kVisible)
        return QString(code.size(), u'*');
    return QString(code.size() - kVisible, u'*') + code.right(kVisible);
}

} // namespace o2o
