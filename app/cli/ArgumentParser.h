#pragma once

#include "app/cli/Commands.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace toasoan::cli {

/// The command line split into global options, the sub-command, its arguments and options.
struct ParsedCommandLine
{
    bool help = false;
    bool version = false;
    bool verbose = false;
    bool demo = false;
    QString database;                 ///< --database value, empty when not given
    const Command *command = nullptr; ///< null when no sub-command was recognised
    QStringList arguments;            ///< positional arguments after the command words
    QHash<QString, QString> options;  ///< sub-command options; flags map to an empty string
    QString group;                    ///< first word when it names a group ("users") but no command
    QString error;                    ///< translated usage error; empty when the line is valid
};

/// Parses `arguments` (without the program name). Global options (--database, --demo,
/// --verbose, --help/-h, --version/-v) may appear anywhere; "--name=value" and "--name value"
/// both work; "--" ends the options.
ParsedCommandLine parseCommandLine(const QStringList &arguments, const QList<Command> &commands);

/// True when the arguments name a sub-command or ask for help or the version. Works on the raw
/// argv before any QCoreApplication exists; skips the values of --database and of Qt's own
/// GUI options (-platform, -style...).
bool argumentsWantCommandLine(const QStringList &arguments);

} // namespace toasoan::cli
