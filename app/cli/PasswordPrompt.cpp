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

OptionSpec asOption()
{
    return {"as", "LOGIN", QT_TRANSLATE_NOOP("toasoan::cli", "The same as --user")};
}

int runAs(CommandContext &context, const QString &login, const QString &missing,
          const std::function<int(const User &actor)> &change)
{
    if (login.trimmed().isEmpty()) {
        return context.usageError(missing);
    }
    auto user = logInFromCommandLine(context, login);
    if (!user) {
        return context.fail(user.error());
    }
    return change(*user);
}

Result<QString> newPasswordFromCommandLine(CommandContext &context, const QString &login, const QStringList &variables)
{
    for (const QString &variable : variables) {
        if (qEnvironmentVariableIsSet(qPrintable(variable))) {
            return text::normalize(qEnvironmentVariable(qPrintable(variable)));
        }
    }
    const auto first = readSecretFromTerminal(Text::tr("New password for %1: ").arg(login), context.err());
    if (!first) {
        return makeError(ErrorCode::Invalid,
                         Text::tr("No password given for the new user: set the %1 environment variable or run the "
                                  "command in a terminal.")
                             .arg(variables.value(0)));
    }
    const auto second = readSecretFromTerminal(Text::tr("Repeat the password: "), context.err());
    if (!second || *second != *first) {
        return makeError(ErrorCode::Invalid, Text::tr("The two passwords do not match."));
    }
    return text::normalize(*first);
}

} // namespace toasoan::cli
