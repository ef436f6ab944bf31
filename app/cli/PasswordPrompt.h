#pragma once

#include "app/core/Result.h"
#include "app/model/User.h"

#include <QString>
#include <QTextStream>
#include <optional>

namespace toasoan::cli {

/// Asks for a secret on the terminal with echo off (termios). nullopt when standard input is
/// not a terminal or is closed, so scripts get a clear error instead of a hang.
std::optional<QString> readSecretFromTerminal(const QString &prompt, QTextStream &err);

class CommandContext;

/// The password of a new account `login`: TOASOAN_PASSWORD (for scripts and tests), else asked
/// twice on the terminal without echo. Normalized as log-in normalizes what is typed.
Result<QString> obtainNewPassword(CommandContext &context, const QString &login);

/// Logs `login` in for a command that acts as a person (`--user`): the password comes from
/// TOASOAN_PASSWORD or is asked once on the terminal, and is checked as in the window.
Result<User> logInFromCommandLine(CommandContext &context, const QString &login);

/// The login an administrative change names: `--user LOGIN` or its synonym `--as LOGIN`; empty when
/// neither is given.
QString actingLogin(const CommandContext &context);

} // namespace toasoan::cli
