// cli/ArgumentParser: which face the binary shows, and how a command line is split.
#include "app/cli/ArgumentParser.h"

#include <QTest>

using namespace toasoan::cli;

class TestArgumentParser final : public QObject
{
    Q_OBJECT

private slots:
    void wantsCommandLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("commandLine");
        QTest::newRow("nominal: nothing opens the window") << QStringList{} << false;
        QTest::newRow("nominal: --demo alone opens the window") << QStringList{QStringLiteral("--demo")} << false;
        QTest::newRow("nominal: --database value is not a command")
            << QStringList{QStringLiteral("--database"), QStringLiteral("users")} << false;
        QTest::newRow("nominal: --database=value") << QStringList{QStringLiteral("--database=x.sqlite")} << false;
        QTest::newRow("nominal: Qt GUI option value is not a command")
            << QStringList{QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--demo")} << false;
        QTest::newRow("nominal: sub-command") << QStringList{QStringLiteral("users"), QStringLiteral("list")} << true;
        QTest::newRow("nominal: sub-command after options")
            << QStringList{QStringLiteral("--demo"), QStringLiteral("--database"), QStringLiteral("a.sqlite"),
                           QStringLiteral("articles"), QStringLiteral("list")}
            << true;
        QTest::newRow("nominal: --help") << QStringList{QStringLiteral("--help")} << true;
        QTest::newRow("nominal: -h") << QStringList{QStringLiteral("-h")} << true;
        QTest::newRow("nominal: --version") << QStringList{QStringLiteral("--version")} << true;
        QTest::newRow("nominal: -v") << QStringList{QStringLiteral("-v")} << true;
        QTest::newRow("robustness: unknown word is a (wrong) command") << QStringList{QStringLiteral("frob")} << true;
    }

    void wantsCommandLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, commandLine);
        QCOMPARE(argumentsWantCommandLine(arguments), commandLine);
    }

    void parsesCommandAndOptions()
    {
        const ParsedCommandLine parsed = parseCommandLine(
            {QStringLiteral("articles"), QStringLiteral("--verbose"), QStringLiteral("list"), QStringLiteral("--state"),
             QStringLiteral("draft"), QStringLiteral("--database=/tmp/x.sqlite"), QStringLiteral("--limit=5"),
             QStringLiteral("--json")},
            commands());
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QVERIFY(parsed.command);
        QCOMPARE(QLatin1String(parsed.command->name), QLatin1String("articles list"));
        QVERIFY(parsed.verbose);
        QCOMPARE(parsed.database, QStringLiteral("/tmp/x.sqlite"));
        QCOMPARE(parsed.options.value(QStringLiteral("state")), QStringLiteral("draft"));
        QCOMPARE(parsed.options.value(QStringLiteral("limit")), QStringLiteral("5"));
        QVERIFY(parsed.options.contains(QStringLiteral("json")));
        QVERIFY(parsed.arguments.isEmpty());
    }

    void doubleDashEndsOptions()
    {
        const ParsedCommandLine parsed = parseCommandLine(
            {QStringLiteral("articles"), QStringLiteral("show"), QStringLiteral("--"), QStringLiteral("--json")},
            commands());
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.arguments, QStringList{QStringLiteral("--json")});
        QVERIFY(!parsed.options.contains(QStringLiteral("json")));
    }

    void helpWinsOverMissingArguments()
    {
        const ParsedCommandLine parsed =
            parseCommandLine({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--help")}, commands());
        QVERIFY(parsed.help);
        QVERIFY(parsed.error.isEmpty());
        QVERIFY(parsed.command);
    }

    void everyCommandIsWellFormed()
    {
        // Options that share a name must agree on taking a value: the parser looks them up by name.
        QHash<QString, bool> takesValue;
        QSet<QString> names;
        for (const Command &command : commands()) {
            QVERIFY2(command.handler, command.name);
            QVERIFY2(!names.contains(QLatin1String(command.name)), command.name);
            names.insert(QLatin1String(command.name));
            QVERIFY(command.maxArguments < 0 || command.maxArguments >= command.minArguments);
            for (const OptionSpec &option : command.options) {
                const QString name = QLatin1String(option.name);
                QVERIFY2(name != QLatin1String("database") && name != QLatin1String("help") &&
                             name != QLatin1String("version") && name != QLatin1String("demo") &&
                             name != QLatin1String("verbose"),
                         option.name);
                const bool value = option.valueName != nullptr;
                QVERIFY2(!takesValue.contains(name) || takesValue.value(name) == value, option.name);
                takesValue.insert(name, value);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestArgumentParser)
#include "tst_argumentparser.moc"
