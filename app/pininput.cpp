#include "app/pininput.h"

#include <cstdio>
#include <pwd.h>
#include <termios.h>
#include <unistd.h>

namespace o2o {

namespace {
/** Turns the terminal's echo off for its lifetime (nothing when stdin is not a terminal). */
class EchoOff {
public:
    EchoOff() {
        if (::isatty(STDIN_FILENO) == 1 && ::tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_active = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
    }
    ~EchoOff() {
        if (m_active) {
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
            std::fputc('\n', stderr);
        }
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};
} // namespace

Result<QString> readPinFromStdin(const QString& prompt) {
    if (::isatty(STDIN_FILENO) == 1)
        std::fprintf(stderr, "%s: ", prompt.toUtf8().constData());
    EchoOff echoOff;
    char line[64] = {};
    if (!std::fgets(line, sizeof line, stdin))
        return fail(ErrorCode::Usage, QStringLiteral("no PIN on standard input"));
    return QString::fromLatin1(line).trimmed();
}

QString localActor() {
    const passwd* user = ::getpwuid(::geteuid());
    return QStringLiteral("local:") +
           (user ? QString::fromLocal8Bit(user->pw_name) : QString::number(::geteuid()));
}

} // namespace o2o
