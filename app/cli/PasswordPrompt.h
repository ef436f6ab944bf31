#pragma once

#include <QString>
#include <QTextStream>
#include <optional>

namespace toasoan::cli {

/// Asks for a secret on the terminal with echo off (termios). nullopt when standard input is
/// not a terminal or is closed, so scripts get a clear error instead of a hang.
std::optional<QString> readSecretFromTerminal(const QString &prompt, QTextStream &err);

} // namespace toasoan::cli
