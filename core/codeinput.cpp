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
    if (code.size() <= kVisible)
        return QString(code.size(), u'*');
    // A star for each masked character of a code, but no more than the longest code has: a hostile
    // 100 KB scan must not flood a log line. The visible end goes through the same filter as the screen:
    // a bidi override or an escape sequence in a code's last characters must not reorder or colour it.
    const qsizetype stars = std::min(code.size(), qsizetype(kMaxCodeBytes)) - kVisible;
    return QString(stars, u'*') + safeCodeText(QStringView(code).right(kVisible));
}

} // namespace o2o
