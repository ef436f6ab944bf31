// `toasoan server init` (issue 13) run as an office's administrator would, against the PostgreSQL test
// server: schema and first administrator in an empty database, refusal of one that has users or
// that cannot hold Vietnamese, and no account without a password.
#include "app/storage/Database.h"
#include "app/storage/UserRepository.h"
#include "app/workflow/AuthService.h"
#include "tests/support/CliProcess.h"
#include "tests/support/PostgresScratch.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace toasoan;
using toasoan::test::PostgresScratch;

namespace {

using Run = toasoan::test::CliRun;

} // namespace

class TestServerInit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (PostgresScratch::serverLocation().isEmpty()) {
            QSKIP("TOASOAN_TEST_PG is not set: start scripts/test-servers/postgres.sh and eval its env");
        }
        QVERIFY(QFileInfo(qEnvironmentVariable("TOASOAN_BINARY")).isExecutable());
    }

    void createsSchemaAndFirstAdministrator()
    {
        PostgresScratch scratch;
        QVERIFY(scratch.ok());
        const Run r = init(scratch.location(), QStringLiteral("mat-khau-quan-tri"));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("quantri")), qPrintable(r.out + r.err));
        QVERIFY(!r.out.contains(parsePostgresLocation(scratch.location())->password));

        auto db = Database::open(scratch.location());
        QVERIFY(db);
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        auto admin = UserRepository(**db).findByLogin(QStringLiteral("quantri"));
        QVERIFY(admin);
        QCOMPARE(admin->role, Role::Admin);
        QCOMPARE(admin->displayName, QStringLiteral("Trần Thị Hòa"));
        QVERIFY(AuthService(**db).logIn(QStringLiteral("quantri"), QStringLiteral("mat-khau-quan-tri")));
    }

    void refusesADatabaseThatHasUsers()
    {
        PostgresScratch scratch;
        QVERIFY(scratch.ok());
        QCOMPARE(init(scratch.location(), QStringLiteral("mat-khau-quan-tri")).code, 0);
        const Run again = init(scratch.location(), QStringLiteral("mat-khau-khac"), QStringLiteral("quantri2"));
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(QLatin1String("already has users")), qPrintable(again.err));
        auto db = Database::open(scratch.location());
        QVERIFY(db);
        QCOMPARE(UserRepository(**db).count().value(), 1);
    }

    void needsAPassword()
    {
        PostgresScratch scratch;
        QVERIFY(scratch.ok());
        const Run r = init(scratch.location(), QString());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("TOASOAN_NEW_PASSWORD")), qPrintable(r.err));
        auto db = Database::open(scratch.location());
        QVERIFY(db);
        QCOMPARE(UserRepository(**db).count().value(), 0);
    }

    void refusesCtypeC()
    {
        PostgresScratch scratch(QStringLiteral("ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0"));
        QVERIFY(scratch.ok());
        const Run r = init(scratch.location(), QStringLiteral("mat-khau-quan-tri"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("C.UTF-8")), qPrintable(r.err));
        QVERIFY(!scratch.execIn(QStringLiteral("SELECT 1 FROM users")));
    }

private:
    // `password` empty: TOASOAN_PASSWORD and TOASOAN_NEW_PASSWORD unset (standard input is no terminal either).
    Run init(const QString &location, const QString &password, const QString &login = QStringLiteral("quantri"))
    {
        QProcess process;
        QProcessEnvironment env = test::cliEnvironment(m_home.path());
        if (!password.isEmpty()) {
            env.insert(QStringLiteral("TOASOAN_PASSWORD"), password);
        }
        process.setProcessEnvironment(env);
        return test::runCli(process, qEnvironmentVariable("TOASOAN_BINARY"),
                            {QStringLiteral("--database"), location, QStringLiteral("server"), QStringLiteral("init"),
                             QStringLiteral("--admin"), login, QStringLiteral("--name"),
                             QStringLiteral("Trần Thị Hòa")});
    }

    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestServerInit)
#include "tst_server_init.moc"
