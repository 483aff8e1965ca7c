#include "core/codeinput.h"

#include "core/codedisplay.h"

#include <algorithm>

namespace o2o {

std::optional<QString> normalizeCode(const QString& raw) {
    const QString code = raw.trimmed();
    if (code.isEmpty() || code.size() > kMaxCodeBytes)
        return std::nullopt;
    if (!isCodeText(code) || code.toUtf8().size() > kMaxCodeBytes)
        return std::nullopt;
    return code;
}

QString maskCode(const QString& code) {
    constexpr int kVisible = 4;
    constexpr qsizetype kMaxStars = 32; // a hostile 100 KB scan must not flood a log line
    if (code.size() <= kVisible)
        return QString(code.size(), u'*');
    // The visible end goes through the same filter as the screen: a bidi override or an escape sequence
    // in a code's last characters must not reorder or colour the log line.
    return QString(std::min(code.size() - kVisible, kMaxStars), u'*') +
           safeCodeText(QStringView(code).right(kVisible));
}

} // namespace o2o
