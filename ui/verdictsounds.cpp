#include "ui/verdictsounds.h"

#include <QUrl>

namespace o2o {

VerdictSounds::VerdictSounds(QObject* parent)
    : QObject(parent) {}

VerdictSounds::~VerdictSounds() = default;

QString VerdictSounds::sourceOf(Cue cue) {
    switch (cue) {
    case Cue::Accepted:
        return QStringLiteral("qrc:/sounds/accepted.wav");
    case Cue::Refused:
        return QStringLiteral("qrc:/sounds/refused.wav");
    case Cue::Choice:
        return QStringLiteral("qrc:/sounds/choice.wav");
    case Cue::Failed:
        return QStringLiteral("qrc:/sounds/failed.wav");
    case Cue::None:
        break;
    }
    return {};
}

void VerdictSounds::play(Cue cue) {
    if (!m_enabled || cue == Cue::None)
        return;
    auto& effect = m_effects[size_t(cue)];
    if (!effect) {
        effect = std::make_unique<QSoundEffect>();
        effect->setSource(QUrl(sourceOf(cue)));
        effect->setVolume(0.8f);
    }
    effect->stop();
    effect->play();
}

} // namespace o2o
