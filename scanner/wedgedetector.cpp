#include "scanner/wedgedetector.h"

#include <QStringList>
#include <algorithm>

namespace o2o {

WedgeSettings WedgeSettings::sanitized() const {
    WedgeSettings s = *this;
    s.maxGapMs = std::clamp(s.maxGapMs, 1, 1000);
    // One key alone can never be told from a person typing it.
    s.minLength = std::clamp(s.minLength, 2, int(kWedgeMaxCodeChars));
    // Ending a recognised burst sooner than a key of it may still come would split the code in two.
    s.endGapMs = std::clamp(s.endGapMs, s.maxGapMs, 5000);
    return s;
}

Result<WedgeSettings> parseWedgeSettings(const QString& spec) {
    WedgeSettings s;
    const QStringList parts = spec.split(u',', Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const qsizetype eq = part.indexOf(u'=');
        const QString key = part.left(eq).trimmed().toLower();
        const QString value = eq < 0 ? QString() : part.mid(eq + 1).trimmed().toLower();
        if (key == QStringLiteral("suffix")) {
            if (value == QStringLiteral("enter"))
                s.suffix = WedgeSuffix::Enter;
            else if (value == QStringLiteral("tab"))
                s.suffix = WedgeSuffix::Tab;
            else if (value == QStringLiteral("none"))
                s.suffix = WedgeSuffix::None;
            else
                return fail(ErrorCode::Usage, QStringLiteral("wedge suffix must be enter, tab or none"));
            continue;
        }
        int* target = key == QStringLiteral("maxgap")      ? &s.maxGapMs
                      : key == QStringLiteral("minlength") ? &s.minLength
                      : key == QStringLiteral("endgap")    ? &s.endGapMs
                                                           : nullptr;
        if (!target)
            return fail(ErrorCode::Usage,
                        QStringLiteral("unknown wedge setting (use suffix, maxgap, minlength, endgap)"));
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!ok || number < 1 || number > 5000)
            return fail(ErrorCode::Usage,
                        QStringLiteral("wedge %1 must be a whole number from 1 to 5000").arg(key));
        *target = number;
    }
    return s.sanitized();
}

WedgeDetector::WedgeDetector(const WedgeSettings& settings)
    : m_settings(settings.sanitized()) {}

WedgeStep WedgeDetector::feed(const WedgeKey& key) {
    WedgeStep step;
    const bool isSuffix = (key.kind == WedgeKey::Kind::Enter && m_settings.suffix == WedgeSuffix::Enter) ||
                          (key.kind == WedgeKey::Kind::Tab && m_settings.suffix == WedgeSuffix::Tab);
    QString text = key.text;
    if (text.isEmpty() && key.kind == WedgeKey::Kind::Enter)
        text = QStringLiteral("\r");
    else if (text.isEmpty() && key.kind == WedgeKey::Kind::Tab)
        text = QStringLiteral("\t");

    if (key.kind == WedgeKey::Kind::Other || (text.isEmpty() && !isSuffix)) {
        step = closeBurst(false);
        step.fate = WedgeStep::Fate::Pass;
        return step;
    }
    if (m_open) {
        // A negative gap means the time base jumped (wrap-around, another device): never join across it.
        const qint64 gap = key.timestampMs - m_lastMs;
        if (gap < 0 || gap > m_settings.maxGapMs)
            step = closeBurst(false);
    }
    if (isSuffix) {
        if (m_open && recognised()) {
            step = closeBurst(true);
            step.fate = WedgeStep::Fate::Swallow;
        } else {
            // A suffix after typing (the cashier's own Enter) or after nothing: it is the person's key.
            const WedgeStep typed = closeBurst(false);
            step.released += typed.released;
            step.fate = WedgeStep::Fate::Pass;
        }
        return step;
    }

    if (!m_open) {
        m_open = true;
        m_firstMs = key.timestampMs;
        m_text.clear();
        m_chars = 0;
        m_held = 0;
    }
    m_lastMs = key.timestampMs;
    append(text);
    if (recognised()) {
        // From here on nothing of this burst is ever handed back, so the held keys can go.
        step.dropped = m_held;
        m_held = 0;
        step.fate = WedgeStep::Fate::Swallow;
    } else {
        ++m_held;
        step.fate = WedgeStep::Fate::Hold;
    }
    return step;
}

WedgeStep WedgeDetector::poll(qint64 nowMs) {
    const std::optional<qint64> due = deadline();
    if (!due || nowMs < *due)
        return {};
    return closeBurst(false);
}

WedgeStep WedgeDetector::finish() {
    return closeBurst(false);
}

std::optional<qint64> WedgeDetector::deadline() const {
    if (!m_open)
        return std::nullopt;
    // Typing is handed back as soon as no further key can join it; a scan waits a little longer for a late
    // key, because ending it early would report half a code.
    return m_lastMs + (recognised() ? m_settings.endGapMs : m_settings.maxGapMs) + 1;
}

void WedgeDetector::append(const QString& text) {
    // Once anything was cut off, nothing more joins: the code stays a prefix of what was scanned.
    const bool cut = m_chars > m_text.size();
    m_chars += text.size();
    const qsizetype room = kWedgeMaxCodeChars - m_text.size();
    if (cut || room <= 0)
        return;
    m_text.append(text.left(room));
    // Do not leave half a surrogate pair at the cut.
    if (m_text.size() == kWedgeMaxCodeChars && text.size() > room && m_text.back().isHighSurrogate())
        m_text.chop(1);
}

WedgeStep WedgeDetector::closeBurst(bool terminated) {
    WedgeStep step;
    if (!m_open)
        return step;
    if (recognised()) {
        step.scan = WedgeScan{m_text, m_firstMs, m_chars > m_text.size(), terminated};
    } else {
        step.released = m_held;
    }
    m_open = false;
    m_held = 0;
    m_text.clear();
    m_chars = 0;
    return step;
}

} // namespace o2o
