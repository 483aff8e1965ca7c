#pragma once

#include <QObject>
#include <QSoundEffect>
#include <array>
#include <memory>

namespace o2o {

/**
 * One short sound per kind of verdict (resources/sounds, at :/sounds): a chime for accepted, a buzz for
 * refused, a two-note tone when the cashier must choose, a low tone when the terminal could not answer.
 * The effects are loaded on first use so a silent terminal (or a test) never opens an audio device.
 */
class VerdictSounds : public QObject {
    Q_OBJECT
public:
    // Values are those of RedemptionController::Sound.
    enum class Cue { None, Accepted, Refused, Choice, Failed };

    explicit VerdictSounds(QObject* parent = nullptr);
    ~VerdictSounds() override;

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool enabled() const { return m_enabled; }
    /** Plays the cue's sound when enabled; a cue already playing starts over. */
    void play(Cue cue);
    /** The resource a cue plays ("qrc:/sounds/accepted.wav"); empty for None. */
    static QString sourceOf(Cue cue);

private:
    bool m_enabled = true;
    std::array<std::unique_ptr<QSoundEffect>, 5> m_effects;
};

} // namespace o2o
