// The command line's side of a schema update on opening (cli/DatabaseUpkeep.h): its steps on stderr,
// stdout left clean, and `toasoan compact`.

#include "app/storage/Compaction.h"
#include "app/storage/Database.h"
#include "app/storage/Migrations.h"
#include "tests/support/CliProcess.h"
#include "tests/support/OldWorkspace.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace toasoan;

class tst_SchemaUpdateCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_binary = qEnvironmentVariable("TOASOAN_BINARY");
        QVERIFY2(QFileInfo(m_binary).isExecutable(), "TOASOAN_BINARY must name the built toasoan binary");
    }

    void updatePrintsItsStepsOnStderr()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
        QVERIFY(test::writeSchema21Workspace(path, 30, 20000));

        const test::CliRun r = run({QStringLiteral("--database"), path, QStringLiteral("--verbose"),
                                    QStringLiteral("articles"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // stdout stays the JSON asked for.
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError && json.isArray(), qPrintable(r.out));
        QCOMPARE(json.array().size(), 30);

        const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const auto steps = int(std::count_if(migrations().cbegin(), migrations().cend(),
                                             [](const Migration &m) { return m.version > 21; }));
        QVERIFY2(lines.size() >= steps + 3, qPrintable(r.err));
        QVERIFY2(lines.at(0).contains(QStringLiteral("from schema 21 to %1").arg(Database::latestSchemaVersion())),
                 qPrintable(lines.at(0)));
        QCOMPARE(lines.at(1),
                 QStringLiteral("Step 1 of %1: Keeping revision bodies apart from their snapshots…").arg(steps));
        for (int i = 1; i < steps; ++i) {
            QVERIFY2(lines.at(1 + i).startsWith(QStringLiteral("Step %1 of %2: ").arg(i + 1).arg(steps)),
                     qPrintable(lines.at(1 + i)));
        }
        QVERIFY2(lines.at(1 + steps).startsWith(
                     QStringLiteral("The database is up to date (schema %1").arg(Database::latestSchemaVersion())),
                 qPrintable(lines.at(1 + steps)));
        QVERIFY2(lines.at(2 + steps).contains(QLatin1String("\"toasoan compact\" gives it back")),
                 qPrintable(lines.at(2 + steps)));

        // Updated once: the next command prints nothing of it.
        const test::CliRun again = run({QStringLiteral("--database"), path, QStringLiteral("--verbose"),
                                        QStringLiteral("articles"), QStringLiteral("list")});
        QCOMPARE(again.code, 0);
        QVERIFY2(!again.err.contains(QLatin1String("Step ")), qPrintable(again.err));
    }

    void compactGivesTheSpaceBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
        QVERIFY(test::writeSchema21Workspace(path, 30, 20000));
        qint64 freeBefore = 0;
        {
            auto opened = Database::open(path); // the update leaves the bodies' pages free
            QVERIFY2(opened, qPrintable(opened ? QString()
                                               : opened.error().message + QLatin1Char(' ') + opened.error().detail));
            auto space = compaction::space(**opened);
            QVERIFY(space);
            freeBefore = space->freeBytes;
            QVERIFY2(freeBefore > 30 * 10000, qPrintable(QString::number(freeBefore)));
        }
        const test::CliRun r = run({QStringLiteral("--database"), path, QStringLiteral("compact")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Compacted ")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("given back")), qPrintable(r.out));
        auto opened = Database::open(path);
        QVERIFY(opened);
        auto space = compaction::space(**opened);
        QVERIFY(space);
        QCOMPARE(space->freeBytes, 0);
        QVERIFY(QFileInfo(path).size() <= space->bytes);
    }

private:
    test::CliRun run(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessEnvironment(test::cliEnvironment(m_home.path()));
        return test::runCli(process, m_binary, arguments);
    }

    QTemporaryDir m_home;
    QString m_binary;
};

QTEST_GUILESS_MAIN(tst_SchemaUpdateCli)
#include "tst_schema_update_cli.moc"
