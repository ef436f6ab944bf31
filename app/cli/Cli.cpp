#include "app/cli/Cli.h"

#include "app/cli/ArgumentParser.h"
#include "app/cli/Commands.h"
#include "app/cli/DatabaseUpkeep.h"
#include "app/cli/OfflineFallback.h"
#include "app/config/WorkspacePath.h"
#include "app/core/DatabaseLocation.h"
#include "app/demo/DemoWorkspace.h"
#include "app/i18n/Translations.h"
#include "app/search/SearchIndex.h"
#include "app/storage/Database.h"
#include "app/storage/SqliteErrors.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>
#include <cstdio>

namespace toasoan::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::cli)
};

QStringList argumentList(int argc, char *argv[])
{
    QStringList list;
    for (int i = 1; i < argc; ++i) {
        list.append(QString::fromLocal8Bit(argv[i]));
    }
    return list;
}

// The command list shows the first sentence of each summary, without its full stop.
QString firstSentence(const QString &summary)
{
    QString sentence = summary.section(QStringLiteral(". "), 0, 0);
    if (sentence.endsWith(QLatin1Char('.'))) {
        sentence.chop(1);
    }
    return sentence;
}

void printGeneralHelp(QTextStream &out)
{
    out << Text::tr("Usage: toasoan [OPTIONS] COMMAND [ARGUMENTS]") << '\n'
        << Text::tr("       toasoan [--database PATH] [--demo]   (opens the window)") << "\n\n"
        << Text::tr("ToaSoan: drafting, review and publishing for a newsroom. Without a command the window opens.")
        << "\n\n"
        << Text::tr("Options:") << '\n';
    const QList<QPair<QString, QString>> options = {
        {QStringLiteral("--database ") + placeholderText("PATH"),
         Text::tr("The workspace file, or the office's shared database as postgresql://USER@HOST/DATABASE "
                  "(default: $TOASOAN_DB, else %1)")
             .arg(QDir::toNativeSeparators(config::resolveDatabasePath(QString())))},
        {QStringLiteral("--demo"), Text::tr("Fill an empty workspace with demo users and articles first")},
        {QStringLiteral("--verbose"), Text::tr("Show the technical detail of errors")},
        {QStringLiteral("-h, --help"), Text::tr("Show this help, or a command's help after the command")},
        {QStringLiteral("-v, --version"), Text::tr("Show the version")},
    };
    qsizetype optionWidth = 0;
    for (const auto &[name, help] : options) {
        optionWidth = std::max(optionWidth, name.size());
    }
    for (const auto &[name, help] : options) {
        out << QStringLiteral("  ") << name.leftJustified(optionWidth + 2) << help << '\n';
    }
    out << '\n' << Text::tr("Commands:") << '\n';
    QStringList names;
    qsizetype width = 0;
    for (const Command &command : commands()) {
        QString name = QLatin1String(command.name);
        if (*command.arguments) {
            name += QLatin1Char(' ') + placeholderText(command.arguments);
        }
        width = std::max(width, name.size());
        names.append(name);
    }
    for (qsizetype i = 0; i < names.size(); ++i) {
        const Command &command = commands().at(i);
        out << QStringLiteral("  ") << names.at(i).leftJustified(width + 2)
            << firstSentence(QCoreApplication::translate("toasoan::cli", command.summary)) << '\n';
    }
    out << '\n' << Text::tr("Run \"toasoan COMMAND --help\" for the options of a command.") << '\n';
}

void printGroupHelp(const QString &group, QTextStream &out)
{
    out << Text::tr("Usage:") << '\n';
    for (const Command &command : commands()) {
        if (QString::fromLatin1(command.name).section(QLatin1Char(' '), 0, 0) == group) {
            out << QStringLiteral("  ") << commandSynopsis(command) << '\n';
        }
    }
}

int usageError(const ParsedCommandLine &parsed, QTextStream &err)
{
    err << QStringLiteral("toasoan: ") << parsed.error << '\n';
    if (parsed.command) {
        err << Text::tr("Usage: %1").arg(commandSynopsis(*parsed.command)) << '\n';
    } else if (!parsed.group.isEmpty()) {
        printGroupHelp(parsed.group, err);
    }
    err << Text::tr("Run \"toasoan --help\" for the list of commands.") << Qt::endl;
    return ExitUsage;
}

} // namespace

bool wantsCommandLine(int argc, char *argv[])
{
    return argumentsWantCommandLine(argumentList(argc, argv));
}

int run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    config::setApplicationIdentity();
    installTranslations(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const ParsedCommandLine parsed = parseCommandLine(argumentList(argc, argv), commands());

    if (parsed.version) {
        out << QStringLiteral("toasoan ") << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    if (parsed.help) {
        if (parsed.command) {
            printCommandHelp(*parsed.command, out);
        } else if (!parsed.group.isEmpty()) {
            printGroupHelp(parsed.group, out);
        } else {
            printGeneralHelp(out);
        }
        out.flush();
        return ExitOk;
    }
    if (!parsed.error.isEmpty()) {
        return usageError(parsed, err);
    }
    if (!parsed.command) {
        ParsedCommandLine missing = parsed;
        missing.error = Text::tr("No command given.");
        return usageError(missing, err);
    }

    const Command &command = *parsed.command;
    std::unique_ptr<Database> database;
    if (command.needsDatabase || parsed.demo) {
        const QString path = config::resolveDatabasePath(parsed.database);
        SchemaUpdateLines updateLines(err, parsed.verbose);
        auto opened = openCommandDatabase(path, command.offline, err, updateLines.options());
        if (!opened) {
            err << opened.error().message << '\n';
            if (parsed.verbose && !opened.error().detail.isEmpty()) {
                err << Text::tr("Detail: %1").arg(opened.error().detail) << '\n';
            }
            err.flush();
            return opened.error().code == ErrorCode::Offline ? ExitOffline : ExitFailure;
        }
        database = std::move(opened).value();
        updateLines.finish(*database);
        if (sqliteerrors::openedReadOnly(*database)) {
            // stderr, so that JSON on stdout stays clean.
            err << Text::tr("The database %1 is read-only: it can be read, but changes cannot be saved.")
                       .arg(QDir::toNativeSeparators(path))
                << Qt::endl;
        }
        searchindex::attach(*database);
        if (parsed.demo) {
            auto filled = demo::fillDemoWorkspaceIfEmpty(*database);
            if (!filled) {
                err << filled.error().message << '\n';
                if (parsed.verbose && !filled.error().detail.isEmpty()) {
                    err << Text::tr("Detail: %1").arg(filled.error().detail) << '\n';
                }
                err.flush();
                return ExitFailure;
            }
            if (*filled) {
                // stderr, so that JSON on stdout stays clean.
                err << Text::tr("Created a demo workspace in %1 (logins phongvien, bientap, lanhdao, quantri; "
                                "password %2).")
                           .arg(displayLocation(path), QLatin1String(demo::kDemoPassword))
                    << Qt::endl;
            }
        }
    }

    CommandContext context(command, parsed.arguments, parsed.options, parsed.verbose, database.get(), out, err);
    context.setLocation(config::resolveDatabasePath(parsed.database));
    const int code = command.handler(context);
    out.flush();
    err.flush();
    return code;
}

} // namespace toasoan::cli
