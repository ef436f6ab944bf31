#pragma once

#include "app/cli/Commands.h"
#include "app/core/Result.h"
#include "app/model/User.h"

#include <QString>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <optional>

namespace toasoan::cli {

/// Asks for a secret on the terminal with echo off (termios). nullopt when standard input is
/// not a terminal or is closed, so scripts get a clear error instead of a hang.
std::optional<QString> readSecretFromTerminal(const QString &prompt, QTextStream &err);

/// Logs `login` in for a command that acts as a person (`--user`): the password comes from
/// TOASOAN_PASSWORD or is asked once on the terminal, and is checked as in the window.
Result<User> logInFromCommandLine(CommandContext &context, const QString &login);

/// The login a change names: `--user LOGIN` or its synonym `--as LOGIN`; empty when neither is given.
QString actingLogin(const CommandContext &context);

/// The option `--as LOGIN`, "the same as --user", for the commands whose `--user` is the acting user.
/// (`users add` and `sites add` declare their own `--as`: there it is the only way to name who acts.)
OptionSpec asOption();

/// Every command that changes something goes through here: `login` (actingLogin(), or `--as` alone)
/// logs in with their password (logInFromCommandLine: lock-out applies), then `change` runs as them;
/// the core checks what they may do. No login → a usage error saying `missing`; a refused log-in →
/// ExitFailure, and nothing is changed.
int runAs(CommandContext &context, const QString &login, const QString &missing,
          const std::function<int(const User &actor)> &change);

/// A new password for `login` (users add): from the first set variable of `variables`, else asked
/// twice on the terminal; NFC, as log-in compares it.
Result<QString> newPasswordFromCommandLine(CommandContext &context, const QString &login, const QStringList &variables);

} // namespace toasoan::cli
