#include "app/cli/Commands.h"

#include <QCoreApplication>

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
Command convertCommand();
Command searchCommand();
// Publishing to websites (app/publish).
Command sitesAddCommand();
Command sitesListCommand();
Command sitesTestCommand();
Command publishCommand();
Command outboxListCommand();
Command outboxRunCommand();

const QList<Command> &commands()
{
    static const QList<Command> all = {
        usersAddCommand(),       usersListCommand(),       articlesListCommand(), articlesShowCommand(),
        articlesImportCommand(), articlesExportCommand(),  convertCommand(),      searchCommand(),
        workflowCommand(),       articlesHistoryCommand(), articlesDiffCommand(), articlesSlipCommand(),
        sitesAddCommand(),       sitesListCommand(),       sitesTestCommand(),    publishCommand(),
        outboxListCommand(),     outboxRunCommand(),
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
    return ExitFailure;
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

QString commandSynopsis(const Command &command)
{
    QString line = QStringLiteral("toasoan ") + QLatin1String(command.name);
    if (command.arguments && *command.arguments) {
        line += QLatin1Char(' ') + QLatin1String(command.arguments);
    }
    for (const OptionSpec &option : command.options) {
        QString text = QStringLiteral("--") + QLatin1String(option.name);
        if (option.valueName) {
            text += QLatin1Char(' ') + QLatin1String(option.valueName);
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
                name += QLatin1Char(' ') + QLatin1String(option.valueName);
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
