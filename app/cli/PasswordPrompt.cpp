#include "app/cli/PasswordPrompt.h"

#include "app/cli/Commands.h"
#include "app/text/Normalize.h"
#include "app/workflow/AuthService.h"

#include <QCoreApplication>
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

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::cli)
};

} // namespace

Result<QString> obtainNewPassword(CommandContext &context, const QString &login)
{
    if (qEnvironmentVariableIsSet("TOASOAN_PASSWORD")) {
        return text::normalize(qEnvironmentVariable("TOASOAN_PASSWORD"));
    }
    const auto first = readSecretFromTerminal(Text::tr("Password for %1: ").arg(login), context.err());
    if (!first) {
        return makeError(ErrorCode::Invalid, Text::tr("No password given: set the TOASOAN_PASSWORD "
                                                      "environment variable or run the command in a terminal."));
    }
    const auto second = readSecretFromTerminal(Text::tr("Repeat the password: "), context.err());
    if (!second || *second != *first) {
        return makeError(ErrorCode::Invalid, Text::tr("The two passwords do not match."));
    }
    return text::normalize(*first);
}

Result<User> logInFromCommandLine(CommandContext &context, const QString &login)
{
    // TOASOAN_PASSWORD lets scripts act as a person; people are asked once, without echo.
    QString password;
    if (qEnvironmentVariableIsSet("TOASOAN_PASSWORD")) {
        password = qEnvironmentVariable("TOASOAN_PASSWORD");
    } else if (const auto typed = readSecretFromTerminal(Text::tr("Password for %1: ").arg(login), context.err())) {
        password = *typed;
    } else {
        return makeError(ErrorCode::Invalid, Text::tr("No password given: set the TOASOAN_PASSWORD "
                                                      "environment variable or run the command in a terminal."));
    }
    return AuthService(context.database()).logIn(login, text::normalize(password));
}

QString actingLogin(const CommandContext &context)
{
    return context.hasOption("user") ? context.option("user") : context.option("as");
}

} // namespace toasoan::cli
