// `toasoan backup` and `toasoan restore`, run as the office runs them: the real binary (TOASOAN_BINARY).
#include "app/backup/WorkspaceBackup.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"
#include "tests/support/CliProcess.h"
#include "tests/support/TestWorkspace.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace toasoan;

class tst_BackupCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void backupProvesAnAdministrator();
    void restoreChecksAndNeedsForce();
    void helpListsTheCommands();

private:
    test::CliRun run(const QStringList &arguments, const QString &password = QString());
    qint64 articlesIn(const QString &path);

    QTemporaryDir m_dir;
    QString m_binary;
};

void tst_BackupCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_binary = qEnvironmentVariable("TOASOAN_BINARY");
    QVERIFY2(QFileInfo(m_binary).isExecutable(), "TOASOAN_BINARY must name the built toasoan binary");
}

test::CliRun tst_BackupCli::run(const QStringList &arguments, const QString &password)
{
    QProcess process;
    QProcessEnvironment env = test::cliEnvironment(m_dir.path());
    if (!password.isEmpty()) {
        env.insert(QStringLiteral("TOASOAN_PASSWORD"), password);
    }
    process.setProcessEnvironment(env);
    return test::runCli(process, m_binary, arguments);
}

qint64 tst_BackupCli::articlesIn(const QString &path)
{
    auto db = Database::openSqlite(path);
    return db ? (*db)->value(QStringLiteral("SELECT count(*) FROM articles"))->toLongLong() : -1;
}

void tst_BackupCli::backupProvesAnAdministrator()
{
    test::TestWorkspace ws;
    ws.addUser(QStringLiteral("quantri"), Role::Admin);
    const qint64 reporter = ws.addUser(QStringLiteral("phongvien"));
    Article article;
    article.title = QStringLiteral("Đường liên xã được nâng cấp");
    article.authorId = reporter;
    QVERIFY(ArticleRepository(ws.db()).create(article, reporter));
    const QString out = m_dir.filePath(QStringLiteral("sao-luu/ban-sao.sqlite"));
    const QStringList command{QStringLiteral("--database"), ws.path(), QStringLiteral("backup"),
                              QStringLiteral("--out"), out};

    const test::CliRun nobody = run(command, QStringLiteral("mat-khau-1"));
    QCOMPARE(nobody.code, 2);
    QVERIFY2(nobody.err.contains(QLatin1String("--user")), qPrintable(nobody.err));
    const test::CliRun noPassword = run(command + QStringList{QStringLiteral("--user"), QStringLiteral("quantri")});
    QCOMPARE(noPassword.code, 1);
    QVERIFY2(noPassword.err.contains(QLatin1String("TOASOAN_PASSWORD")), qPrintable(noPassword.err));
    const test::CliRun reporterRun =
        run(command + QStringList{QStringLiteral("--user"), QStringLiteral("phongvien")}, QStringLiteral("mat-khau-1"));
    QCOMPARE(reporterRun.code, 1);
    QVERIFY2(reporterRun.err.contains(QLatin1String("administrator")), qPrintable(reporterRun.err));
    QVERIFY(!QFileInfo::exists(out));

    // The workspace stays open here (as in the window) while the administrator backs it up.
    const test::CliRun admin =
        run(command + QStringList{QStringLiteral("--as"), QStringLiteral("quantri")}, QStringLiteral("mat-khau-1"));
    QVERIFY2(admin.code == 0, qPrintable(admin.err));
    QVERIFY2(admin.out.contains(QLatin1String("1 article,")), qPrintable(admin.out));
    QVERIFY2(admin.out.contains(QLatin1String("integrity check ok")), qPrintable(admin.out));
    QVERIFY(backup::inspect(out));
    QCOMPARE(articlesIn(out), 1);
}

void tst_BackupCli::restoreChecksAndNeedsForce()
{
    const QString backupFile = m_dir.filePath(QStringLiteral("khoi-phuc.sqlite"));
    const QString target = m_dir.filePath(QStringLiteral("toa-soan.sqlite"));
    {
        test::TestWorkspace ws;
        ws.addUser(QStringLiteral("quantri"), Role::Admin);
        const qint64 reporter = ws.addUser(QStringLiteral("phongvien"));
        for (int i = 0; i < 3; ++i) {
            Article article;
            article.title = QStringLiteral("Bài %1").arg(i);
            article.authorId = reporter;
            QVERIFY(ArticleRepository(ws.db()).create(article, reporter));
        }
        QVERIFY(backup::backUp(ws.db(), backupFile));
    }
    const QStringList restore{QStringLiteral("restore"), backupFile, QStringLiteral("--to"), target};
    const QStringList asAdmin{QStringLiteral("--as"), QStringLiteral("quantri")};
    const QString password = QStringLiteral("mat-khau-1");

    // Into a new file: an administrator of the backup.
    const test::CliRun reporter =
        run(restore + QStringList{QStringLiteral("--as"), QStringLiteral("phongvien")}, password);
    QCOMPARE(reporter.code, 1);
    QVERIFY(!QFileInfo::exists(target));
    const test::CliRun first = run(restore + asAdmin, password);
    QVERIFY2(first.code == 0, qPrintable(first.err));
    QVERIFY2(first.out.contains(QLatin1String("3 articles")), qPrintable(first.out));
    QCOMPARE(articlesIn(target), 3);

    // Over an existing workspace: refused without --force, then kept beside it.
    {
        auto db = Database::openSqlite(target);
        QVERIFY(db);
        QVERIFY((*db)->exec(QStringLiteral("DELETE FROM articles WHERE title = 'Bài 0'")));
    }
    const test::CliRun refused = run(restore + asAdmin, password);
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(QLatin1String("--force")), qPrintable(refused.err));
    QCOMPARE(articlesIn(target), 2);
    const test::CliRun forced = run(restore + asAdmin + QStringList{QStringLiteral("--force")}, password);
    QVERIFY2(forced.code == 0, qPrintable(forced.err));
    QVERIFY2(forced.out.contains(QLatin1String(".before-restore")), qPrintable(forced.out));
    QCOMPARE(articlesIn(target), 3);
    QCOMPARE(articlesIn(target + QStringLiteral(".before-restore")), 2);

    // A damaged backup is refused before anything is asked or touched.
    const QString damaged = m_dir.filePath(QStringLiteral("hong.sqlite"));
    QVERIFY(QFile::copy(backupFile, damaged));
    {
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 3));
    }
    const test::CliRun bad =
        run(QStringList{QStringLiteral("restore"), damaged, QStringLiteral("--to"), target, QStringLiteral("--force")} +
                asAdmin,
            password);
    QCOMPARE(bad.code, 1);
    QVERIFY2(bad.err.contains(QLatin1String("damaged")), qPrintable(bad.err));
    QCOMPARE(articlesIn(target), 3);
}

void tst_BackupCli::helpListsTheCommands()
{
    const test::CliRun help = run({QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(QLatin1String("  backup ")));
    QVERIFY(help.out.contains(QLatin1String("  restore FILE")));
    const test::CliRun restoreHelp = run({QStringLiteral("restore"), QStringLiteral("--help")});
    QCOMPARE(restoreHelp.code, 0);
    QVERIFY(restoreHelp.out.contains(QLatin1String("--force")));
}

QTEST_GUILESS_MAIN(tst_BackupCli)
#include "tst_backup_cli.moc"
