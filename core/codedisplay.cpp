#include "core/codedisplay.h"

#include "core/codeinput.h"

namespace o2o {

namespace {

constexpr char16_t kReplacement = 0xFFFD;

/** Calls visit(first index, length, allowed) for each code point; a lone surrogate is never allowed. */
template <typename Visit> void forEachCodePoint(QStringView text, Visit visit) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() &&
            QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            visit(i, 2, allowedInCode(QChar::surrogateToUcs4(c, text.at(i + 1).unicode())));
            ++i;
        } else {
            visit(i, 1, !QChar::isSurrogate(c) && allowedInCode(c));
        }
    }
}

} // namespace

bool allowedInCode(char32_t c) {
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == kReplacement)
        return false;
    const QChar::Category category = QChar::category(c);
    return category != QChar::Other_Format && category != QChar::Separator_Line &&
           category != QChar::Separator_Paragraph;
}

bool isCodeText(QStringView text) {
    bool ok = true;
    forEachCodePoint(text, [&](qsizetype, qsizetype, bool allowed) { ok = ok && allowed; });
    return ok;
}

QString safeCodeText(QStringView text) {
    QString shown;
    shown.reserve(text.size());
    forEachCodePoint(text, [&](qsizetype at, qsizetype length, bool allowed) {
        if (allowed)
            shown.append(text.sliced(at, length));
        else
            shown.append(QChar(kReplacement));
    });
    return shown;
}

QString shownCode(const QString& raw) {
    const QString code = raw.trimmed();
    if (code.size() > kMaxCodeBytes) // refused anyway: show that it was long, not all of it
        return safeCodeText(QStringView(code).left(kShownLongCodeChars)) + QChar(0x2026);
    return safeCodeText(code);
}

} // namespace o2o
