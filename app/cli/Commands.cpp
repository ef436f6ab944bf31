#include "app/cli/Commands.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace toasoan::cli {

// The registry. Each function lives in the file named after its command.
Command usersAddCommand();
Command usersListCommand();
Command articlesListCommand();
Command articlesShowCommand();
Command articlesImportCommand();
Command articlesExportCommand();
// Editorial workflow, history, revision diff and approval slip (app/workflow, app/diff, app/slip).
Command workflowCommand();
Command articlesHistoryCommand();
Command articlesDiffCommand();
Command articlesSlipCommand();
// Conflict copies of offline edits (app/workflow/ConflictResolution, issue 14).
Command articlesConflictsCommand();
Command articlesResolveConflictCommand();
Command convertCommand();
Command searchCommand();
// Publishing to websites (app/publish).
Command sitesAddCommand();
Command sitesListCommand();
Command sitesTestCommand();
Command publishCommand();
Command outboxListCommand();
Command outboxRunCommand();
Command outboxServeCommand();
// Categories and tags (app/workflow/TaxonomyAdmin).
Command categoriesListCommand();
Command categoriesAddCommand();
Command categoriesRenameCommand();
Command categoriesMoveCommand();
Command categoriesRemoveCommand();
Command categoriesMergeCommand();
Command tagsListCommand();
Command tagsRenameCommand();
Command tagsMergeCommand();
// The office's shared database (issue 13).
Command serverInitCommand();
Command workspaceCopyCommand();
// Backups of an SQLite workspace (app/backup, issue 16).
Command backupCommand();
Command restoreCommand();
Command compactCommand();
// The offline working copy (app/sync, issue 14).
Command syncCommand();
Command statusCommand();
// Newsroom reports (app/report, issue 18).
Command reportStatsCommand();

Command royaltiesCommand();
Command closeMonthCommand();
Command reopenMonthCommand();
Command setPointsCommand();
Command royaltySchemeCommand();

const QList<Command> &commands()
{
    static const QList<Command> all = {
        usersAddCommand(),
        usersListCommand(),
        articlesListCommand(),
        articlesShowCommand(),
        articlesImportCommand(),
        articlesExportCommand(),
        convertCommand(),
        searchCommand(),
        workflowCommand(),
        articlesHistoryCommand(),
        articlesDiffCommand(),
        articlesSlipCommand(),
        articlesConflictsCommand(),
        articlesResolveConflictCommand(),
        sitesAddCommand(),
        sitesListCommand(),
        sitesTestCommand(),
        publishCommand(),
        outboxListCommand(),
        outboxRunCommand(),
        outboxServeCommand(),
        categoriesListCommand(),
        categoriesAddCommand(),
        categoriesRenameCommand(),
        categoriesMoveCommand(),
        categoriesRemoveCommand(),
        categoriesMergeCommand(),
        tagsListCommand(),
        tagsRenameCommand(),
        tagsMergeCommand(),
        serverInitCommand(),
        workspaceCopyCommand(),
        backupCommand(),
        restoreCommand(),
        syncCommand(),
        statusCommand(),
        reportStatsCommand(),
        royaltiesCommand(),
        closeMonthCommand(),
        reopenMonthCommand(),
        setPointsCommand(),
        royaltySchemeCommand(),
        compactCommand(),
    };
    return all;
}

CommandContext::CommandContext(const Command &command, QStringList arguments, QHash<QString, QString> options,
                               bool verbose, Database *database, QTextStream &out, QTextStream &err)
    : m_command(command), m_arguments(std::move(arguments)), m_options(std::move(options)), m_verbose(verbose),
      m_database(database), m_out(out), m_err(err)
{
}

Database &CommandContext::database() const
{
    Q_ASSERT_X(m_database, "CommandContext::database", "the command did not ask for the database");
    return *m_database;
}

int CommandContext::fail(const Error &error)
{
    m_err << error.message << Qt::endl;
    if (m_verbose && !error.detail.isEmpty()) {
        m_err << QCoreApplication::translate("toasoan::cli", "Detail: %1").arg(error.detail) << Qt::endl;
    }
    return error.code == ErrorCode::Offline ? ExitOffline : ExitFailure;
}

int CommandContext::usageError(const QString &message)
{
    m_err << QStringLiteral("toasoan: ") << message << Qt::endl;
    m_err << QCoreApplication::translate("toasoan::cli", "Usage: %1").arg(commandSynopsis(m_command)) << Qt::endl;
    m_err << QCoreApplication::translate("toasoan::cli", "Run \"toasoan %1 --help\" for more.")
                 .arg(QLatin1String(m_command.name))
          << Qt::endl;
    return ExitUsage;
}

namespace {

// Every placeholder word of the synopses, for lupdate; placeholderText() looks them up.
[[maybe_unused]] constexpr const char *kPlaceholderWords[] = {
    QT_TRANSLATE_NOOP("toasoan::cli::placeholder", "ID"),
    QT_TRANSLATE_NOOP("toasoan::cli::placeholder", "WHICH"),
    QT_TRANSLATE_NOOP("toasoan::cli::placeholder", "REV1"),
    QT_TRANSLATE_NOOP("toasoan::cli::placeholder", "REV2"),
    QT_TRANSLATE_NOOP("toasoan::cli::placeholder", "FILE"),
    QT_TRANSLATE_NOOP("toasoan::cli::placeholder", "PATH"),
    QT_TRANSLATE_NOOP("toasoan::cli::placeholder", "NAME"),
    QT_TRANSLATE_NOOP("toasoan::cli::placeholder", "LOGIN"),
    QT_TRANSLATE_NOOP("toasoan::cli::placeholder", "QUERY"),
    QT_TRANSLATE_NOOP("toasoan::cli::placeholder", "ACTION"),
    QT_TRANSLATE_NOOP("toasoan::cli::placeholder", "ROLE"),
    QT_TRANSLATE_NOOP("toasoan::cli::placeholder", "STATE"),
    QT_TRANSLATE_NOOP("toasoan::cli::placeholder", "FORMAT"),
    QT_TRANSLATE_NOOP("toasoan::cli::placeholder", "ENCODING"),
    QT_TRANSLATE_NOOP("toasoan::cli::placeholder", "STYLE"),
    QT_TRANSLATE_NOOP("toasoan::cli::placeholder", "TEXT"),
    QT_TRANSLATE_NOOP("toasoan::cli::placeholder", "USER"),
    QT_TRANSLATE_NOOP("toasoan::cli::placeholder", "CODE"),
};

} // namespace

QString placeholderText(const char *placeholders)
{
    // Each capitalised word is looked up ("[FILE]", "FILE...", "FILE.pdf" keep their punctuation).
    static const QRegularExpression word(QStringLiteral("[A-Z][A-Z0-9_]*"));
    const QString text = QString::fromLatin1(placeholders);
    QString translated;
    qsizetype done = 0;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        translated += text.mid(done, match.capturedStart() - done) +
                      QCoreApplication::translate("toasoan::cli::placeholder", match.captured().toLatin1().constData());
        done = match.capturedEnd();
    }
    return translated + text.mid(done);
}

QString commandSynopsis(const Command &command)
{
    QString line = QStringLiteral("toasoan ") + QLatin1String(command.name);
    if (command.arguments && *command.arguments) {
        line += QLatin1Char(' ') + placeholderText(command.arguments);
    }
    for (const OptionSpec &option : command.options) {
        QString text = QStringLiteral("--") + QLatin1String(option.name);
        if (option.valueName) {
            text += QLatin1Char(' ') + placeholderText(option.valueName);
        }
        line += QLatin1Char(' ') + (option.required ? text : QLatin1Char('[') + text + QLatin1Char(']'));
    }
    return line;
}

void printCommandHelp(const Command &command, QTextStream &out)
{
    out << QCoreApplication::translate("toasoan::cli", "Usage: %1").arg(commandSynopsis(command)) << '\n';
    out << '\n' << QCoreApplication::translate("toasoan::cli", command.summary) << '\n';
    if (!command.options.isEmpty()) {
        out << '\n' << QCoreApplication::translate("toasoan::cli", "Options:") << '\n';
        QStringList names;
        qsizetype width = 0;
        for (const OptionSpec &option : command.options) {
            QString name = QStringLiteral("--") + QLatin1String(option.name);
            if (option.valueName) {
                name += QLatin1Char(' ') + placeholderText(option.valueName);
            }
            width = std::max(width, name.size());
            names.append(name);
        }
        for (qsizetype i = 0; i < names.size(); ++i) {
            out << QStringLiteral("  ") << names.at(i).leftJustified(width + 2)
                << QCoreApplication::translate("toasoan::cli", command.options.at(i).help) << '\n';
        }
    }
    out << '\n'
        << QCoreApplication::translate("toasoan::cli",
                                       "Common options: --database PATH, --demo, --verbose (see \"toasoan --help\").")
        << '\n';
}

} // namespace toasoan::cli
