#include "app/cli/ArgumentParser.h"

#include <QCoreApplication>

namespace toasoan::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::cli)
};

// Options QGuiApplication consumes together with the following argument.
bool isQtGuiOptionWithValue(const QString &argument)
{
    static const QStringList options = {
        QStringLiteral("platform"),        QStringLiteral("platformpluginpath"),
        QStringLiteral("platformtheme"),   QStringLiteral("plugin"),
        QStringLiteral("qwindowgeometry"), QStringLiteral("qwindowtitle"),
        QStringLiteral("qwindowicon"),     QStringLiteral("style"),
        QStringLiteral("stylesheet"),      QStringLiteral("session"),
        QStringLiteral("display"),         QStringLiteral("geometry"),
        QStringLiteral("title"),           QStringLiteral("name"),
    };
    QString name = argument;
    while (name.startsWith(QLatin1Char('-'))) {
        name.remove(0, 1);
    }
    return !name.contains(QLatin1Char('=')) && options.contains(name);
}

const OptionSpec *findOption(const QList<Command> &commands, const QString &name)
{
    for (const Command &command : commands) {
        for (const OptionSpec &option : command.options) {
            if (name == QLatin1String(option.name)) {
                return &option;
            }
        }
    }
    return nullptr;
}

QStringList words(const Command &command)
{
    return QString::fromLatin1(command.name).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

ParsedCommandLine parseCommandLine(const QStringList &arguments, const QList<Command> &commands)
{
    ParsedCommandLine parsed;
    QStringList positionals;
    QList<QPair<QString, QString>> given; // command options in order, checked once the command is known
    const auto setError = [&](const QString &message) {
        if (parsed.error.isEmpty()) {
            parsed.error = message;
        }
    };

    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (optionsEnded || arg == QLatin1String("-") || !arg.startsWith(QLatin1Char('-'))) {
            positionals.append(arg);
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (arg == QLatin1String("-h")) {
            parsed.help = true;
            continue;
        }
        if (arg == QLatin1String("-v")) {
            parsed.version = true;
            continue;
        }
        if (!arg.startsWith(QLatin1String("--"))) {
            setError(Text::tr("Unknown option %1.").arg(arg));
            continue;
        }
        const qsizetype equals = arg.indexOf(QLatin1Char('='));
        const QString name = arg.mid(2, equals < 0 ? -1 : equals - 2);
        const bool hasInlineValue = equals >= 0;
        const QString inlineValue = hasInlineValue ? arg.mid(equals + 1) : QString();

        const auto takeValue = [&](QString &value) -> bool {
            if (hasInlineValue) {
                value = inlineValue;
                return true;
            }
            if (i + 1 < arguments.size()) {
                value = arguments.at(++i);
                return true;
            }
            setError(Text::tr("The option --%1 needs a value.").arg(name));
            return false;
        };
        const auto flag = [&](bool &target) {
            if (hasInlineValue) {
                setError(Text::tr("The option --%1 takes no value.").arg(name));
            }
            target = true;
        };

        if (name == QLatin1String("help")) {
            flag(parsed.help);
        } else if (name == QLatin1String("version")) {
            flag(parsed.version);
        } else if (name == QLatin1String("verbose")) {
            flag(parsed.verbose);
        } else if (name == QLatin1String("demo")) {
            flag(parsed.demo);
        } else if (name == QLatin1String("database")) {
            if (takeValue(parsed.database) && parsed.database.isEmpty()) {
                setError(Text::tr("The option --database needs a file path."));
            }
        } else if (const OptionSpec *spec = findOption(commands, name)) {
            QString value;
            if (spec->valueName) {
                if (takeValue(value)) {
                    given.append({name, value});
                }
            } else {
                bool unused = false;
                flag(unused);
                given.append({name, QString()});
            }
        } else {
            setError(Text::tr("Unknown option --%1.").arg(name));
        }
    }

    // The command is the longest registered name matching the first positional words.
    qsizetype matchedWords = 0;
    for (const Command &command : commands) {
        const QStringList name = words(command);
        if (name.size() > matchedWords && name.size() <= positionals.size() &&
            positionals.mid(0, name.size()) == name) {
            parsed.command = &command;
            matchedWords = name.size();
        }
    }

    if (!parsed.command) {
        if (!positionals.isEmpty()) {
            bool isGroup = false;
            for (const Command &command : commands) {
                isGroup = isGroup || words(command).constFirst() == positionals.constFirst();
            }
            if (isGroup) {
                parsed.group = positionals.constFirst();
                setError(positionals.size() == 1
                             ? Text::tr("\"%1\" needs a sub-command.").arg(positionals.constFirst())
                             : Text::tr("Unknown command \"%1 %2\".").arg(positionals.at(0), positionals.at(1)));
            } else {
                setError(Text::tr("Unknown command \"%1\".").arg(positionals.constFirst()));
            }
        }
        return parsed;
    }

    const Command &command = *parsed.command;
    parsed.arguments = positionals.mid(matchedWords);
    for (const auto &[name, value] : std::as_const(given)) {
        bool known = false;
        for (const OptionSpec &option : command.options) {
            known = known || name == QLatin1String(option.name);
        }
        if (!known) {
            setError(Text::tr("The option --%1 does not apply to \"%2\".").arg(name, QLatin1String(command.name)));
        }
        parsed.options.insert(name, value);
    }
    if (parsed.help) {
        return parsed; // the help is wanted, not a complaint about missing arguments
    }
    for (const OptionSpec &option : command.options) {
        if (option.required && !parsed.options.contains(QLatin1String(option.name))) {
            setError(Text::tr("The option --%1 is required.").arg(QLatin1String(option.name)));
        }
    }
    if (parsed.arguments.size() < command.minArguments) {
        setError(Text::tr("Missing argument: %1.").arg(QLatin1String(command.arguments)));
    } else if (command.maxArguments >= 0 && parsed.arguments.size() > command.maxArguments) {
        setError(Text::tr("Unexpected argument \"%1\".").arg(parsed.arguments.at(command.maxArguments)));
    }
    return parsed;
}

bool argumentsWantCommandLine(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--")) {
            return i + 1 < arguments.size();
        }
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help") || arg == QLatin1String("-v") ||
            arg == QLatin1String("--version")) {
            return true;
        }
        if (arg == QLatin1String("--database") || isQtGuiOptionWithValue(arg)) {
            ++i; // skip its value
            continue;
        }
        if (!arg.startsWith(QLatin1Char('-'))) {
            return true;
        }
    }
    return false;
}

} // namespace toasoan::cli
