// `toasoan search`: runs the real binary on a workspace written through the core.
#include "app/storage/ArticleRepository.h"
#include "tests/support/TestWorkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace toasoan;
using toasoan::test::TestWorkspace;

class TestSearchCommand : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    TestWorkspace m_ws;

    Run run(const QStringList &arguments)
    {
        QProcess process;
        process.start(qEnvironmentVariable("TOASOAN_BINARY"),
                      QStringList{QStringLiteral("--database"), m_ws.path()} + arguments);
        process.waitForFinished(60000);
        return Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                   QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void initTestCase()
    {
        TOASOAN_REQUIRE_TEST_BACKEND();
        QVERIFY(QFile::exists(qEnvironmentVariable("TOASOAN_BINARY")));
        QVERIFY(m_ws.ok());
        const qint64 user = m_ws.addUser(QStringLiteral("lan"));
        ArticleRepository repo(m_ws.db());
        Article a;
        a.title = QStringLiteral("Du lịch hè");
        a.body = QStringLiteral("<p>Khách đến Đà Nẵng tăng mạnh.</p>");
        QVERIFY(repo.create(a, user).ok());
        a.title = QStringLiteral("Tổ hòa giải ở cơ sở");
        a.body = QStringLiteral("<p>Làm tốt.</p>");
        QVERIFY(repo.create(a, user).ok());
        a.title = QStringLiteral("Chợ hoa xuân");
        QVERIFY(repo.create(a, user).ok());
    }

    void searches_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("total");
        QTest::newRow("nominal: marks are ignored") << QStringList{QStringLiteral("da"), QStringLiteral("nang")} << 1;
        QTest::newRow("nominal: default is diacritic-insensitive") << QStringList{QStringLiteral("hoa")} << 2;
        QTest::newRow("nominal: --exact") << QStringList{QStringLiteral("hòa"), QStringLiteral("--exact")} << 1;
        QTest::newRow("robustness: query syntax is plain text")
            << QStringList{QStringLiteral("da:-"), QStringLiteral("(nang)*^")} << 1;
    }

    void searches()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, total);
        const Run r = run(QStringList{QStringLiteral("search"), QStringLiteral("--json")} + arguments);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("total")).toInt(), total);
        QCOMPARE(json.value(QStringLiteral("hits")).toArray().size(), total);
    }

    void textOutputMarksHits()
    {
        const Run r = run({QStringLiteral("search"), QStringLiteral("da"), QStringLiteral("nang")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("[Đà] [Nẵng]")), qPrintable(r.out));
    }

    void usageErrors()
    {
        QCOMPARE(run({QStringLiteral("search")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--limit"), QStringLiteral("0")})
                     .exitCode,
                 2);
    }

    void reindex()
    {
        const Run r = run({QStringLiteral("search"), QStringLiteral("--reindex")});
        QCOMPARE(r.exitCode, 0);
        const Run after = run({QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("hoa")});
        QCOMPARE(QJsonDocument::fromJson(after.out.toUtf8()).object().value(QStringLiteral("total")).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSearchCommand)
#include "tst_search_command.moc"
