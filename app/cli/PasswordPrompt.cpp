#include "app/cli/PasswordPrompt.h"

#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace toasoan::cli {

std::optional<QString> readSecretFromTerminal(const QString &prompt, QTextStream &err)
{
#ifdef Q_OS_UNIX
    if (!isatty(STDIN_FILENO)) {
        return std::nullopt;
    }
    err << prompt << Qt::flush;
    termios saved{};
    const bool canHide = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (canHide) {
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        hidden.c_lflag |= tcflag_t(ECHONL);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    std::string line;
    const bool read = static_cast<bool>(std::getline(std::cin, line));
    if (canHide) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    }
    if (!read) {
        err << Qt::endl;
        return std::nullopt;
    }
    if (!line.empty() && line.back() == '\r') {
        line.pop_back();
    }
    return QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
#else
    Q_UNUSED(prompt);
    Q_UNUSED(err);
    return std::nullopt;
#endif
}

} // namespace toasoan::cli
