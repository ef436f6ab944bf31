#pragma once

#include "app/core/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace toasoan {
class Database;
}

namespace toasoan::cli {

/// Exit codes of the command line.
enum ExitCode : int
{
    ExitOk = 0,      ///< done
    ExitFailure = 1, ///< the request could not be done (message on stderr)
    ExitUsage = 2,   ///< the command line itself is wrong (usage hint on stderr)
    ExitOffline = 3, ///< needs the shared database server, which cannot be reached (ErrorCode::Offline)
};

/// What a command does when its location is the shared database (PostgreSQL) and the server cannot be
/// reached (issue 14): run on this PC's working copy of it (app/sync/WorkingCopy.h), or refuse.
enum class OfflineUse
{
    Refused, ///< needs the server: refused with ErrorCode::Offline (ExitOffline)
    Reads,   ///< reads the working copy as last synced
    Queues,  ///< changes the working copy; the changes wait there for the next `toasoan sync`
};

/// An option of one sub-command: "--name VALUE" when `valueName` is set, else the flag "--name".
/// Options with the same name must agree on taking a value across all commands.
struct OptionSpec
{
    const char *name;
    const char *valueName; ///< nullptr = a flag
    const char *help;      ///< QT_TRANSLATE_NOOP("toasoan::cli", ...)
    bool required = false; ///< missing → usage error (exit 2)
};

class CommandContext;

/// One sub-command. To add one: write a file with a function returning its Command (see
/// UsersList.cpp for a short example) and list that function in Commands.cpp.
struct Command
{
    const char *name;      ///< one or more words: "articles list"
    const char *arguments; ///< positional synopsis for the help, e.g. "ID"; "" for none
    const char *summary;   ///< QT_TRANSLATE_NOOP("toasoan::cli", ...)
    QList<OptionSpec> options;
    int minArguments = 0;
    int maxArguments = 0; ///< -1 = no limit
    bool needsDatabase = true;
    int (*handler)(CommandContext &context) = nullptr;
    OfflineUse offline = OfflineUse::Refused;
};

/// Every sub-command, in the order the help lists them.
const QList<Command> &commands();

/// Everything a handler gets: its arguments and options, the open workspace, the streams.
class CommandContext final
{
public:
    CommandContext(const Command &command, QStringList arguments, QHash<QString, QString> options, bool verbose,
                   Database *database, QTextStream &out, QTextStream &err);

    const Command &command() const { return m_command; }
    const QStringList &arguments() const { return m_arguments; }
    bool hasOption(const char *name) const { return m_options.contains(QLatin1String(name)); }
    QString option(const char *name) const { return m_options.value(QLatin1String(name)); }
    bool verbose() const { return m_verbose; }
    /// The workspace; only for commands with needsDatabase.
    Database &database() const;
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    /// The workspace's location as given (--database, TOASOAN_DB or the default), opened or not.
    QString location() const { return m_location; }
    void setLocation(const QString &location) { m_location = location; }

    /// Prints the error's message (and its detail with --verbose) on stderr; gives ExitFailure (ExitOffline for
    /// ErrorCode::Offline).
    int fail(const Error &error);
    /// Prints "toasoan: message" and a usage hint for this command on stderr; gives ExitUsage.
    int usageError(const QString &message);

private:
    const Command &m_command;
    QStringList m_arguments;
    QHash<QString, QString> m_options;
    bool m_verbose;
    Database *m_database;
    QString m_location;
    QTextStream &m_out;
    QTextStream &m_err;
};

/// The usage line of a command: "toasoan articles show ID [--json]".
QString commandSynopsis(const Command &command);
/// The placeholders of a synopsis ("ID REV1 REV2", "FILE...") in the interface language, word by word:
/// the help then names them as its sentences do ("MÃ" in Vietnamese).
QString placeholderText(const char *placeholders);
/// Prints the full help of one command (synopsis, summary, options).
void printCommandHelp(const Command &command, QTextStream &out);

} // namespace toasoan::cli
