// The command line on workspaces it must not damage: corrupt, written by a newer version, read-only.
#include "tests/cli/CliFixture.h"
#include "tests/support/ReadOnlyAccess.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace toasoan::test;

class TestCliWorkspaceFiles final : public QObject, public CliFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(setUpCli(), "TOASOAN_BINARY must name the built toasoan binary"); }
    void corruptDatabaseIsLeftUntouched();
    void newerDatabaseIsLeftUntouched();
    void readOnlyWorkspaceIsReadable();
};

void TestCliWorkspaceFiles::corruptDatabaseIsLeftUntouched()
{
    const QString database = freshDatabase();
    {
        QFile file(database);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QRandomGenerator random(20240611);
        QByteArray bytes(64 * 1024, '\0');
        for (char &byte : bytes) {
            byte = char(random.bounded(256));
        }
        file.write(bytes);
    }
    const QByteArray before = fileHash(database);
    QVERIFY(!before.isEmpty());

    for (const QStringList &arguments :
         {QStringList{QStringLiteral("articles"), QStringLiteral("list")},
          QStringList{QStringLiteral("--demo"), QStringLiteral("users"), QStringLiteral("list")}}) {
        const Run r = runOn(database, arguments);
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QFileInfo(database).fileName()), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("Detail:")), "details only with --verbose");
        QCOMPARE(fileHash(database), before);
    }
    const Run verbose =
        runOn(database, {QStringLiteral("--verbose"), QStringLiteral("articles"), QStringLiteral("list")});
    QCOMPARE(verbose.code, 1);
    QVERIFY(verbose.err.contains(QLatin1String("Detail:")));
    QCOMPARE(fileHash(database), before);
}

void TestCliWorkspaceFiles::newerDatabaseIsLeftUntouched()
{
    const QString database = freshDatabase();
    QCOMPARE(runOn(database, {QStringLiteral("users"), QStringLiteral("list")}).code, 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(database);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("UPDATE schema_version SET version = 9999")));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    const QByteArray before = fileHash(database);

    const Run r = runOn(database, {QStringLiteral("articles"), QStringLiteral("list")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("newer")), qPrintable(r.err));
    QCOMPARE(fileHash(database), before);
}

// A healthy workspace in a read-only folder is no damaged one: it is read, the user is told it is
// read-only, and a change fails saying so, leaving the file as it was.
void TestCliWorkspaceFiles::readOnlyWorkspaceIsReadable()
{
    const QString folder = m_dir.filePath(QStringLiteral("read-only"));
    QVERIFY(QDir().mkpath(folder));
    const QString database = folder + QStringLiteral("/ws.sqlite");
    QCOMPARE(runOn(database, {QStringLiteral("--demo"), QStringLiteral("users"), QStringLiteral("list")}).code, 0);
    QVERIFY(!QFile::exists(database + QStringLiteral("-shm")));
    const QByteArray before = fileHash(database);
    const QString text = m_dir.filePath(QStringLiteral("read-only-import.txt"));
    {
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("Tin mới\n\nĐoạn một.\n").toUtf8());
    }
    QVERIFY(QFile::setPermissions(m_dir.path(), toasoan::test::kReadOnlyFolder | QFileDevice::WriteOwner));
    QVERIFY(QFile::setPermissions(text, toasoan::test::kReadOnlyFile));
    QVERIFY(QFile::setPermissions(database, toasoan::test::kReadOnlyFile));
    QVERIFY(QFile::setPermissions(folder, toasoan::test::kReadOnlyFolder));
    Run list;
    Run listAsUser; // logging in writes nothing
    Run change;
    {
        m_asOrdinaryUser = true;
        list = runOn(database, {QStringLiteral("articles"), QStringLiteral("list")});
        listAsUser = runOn(
            database,
            {QStringLiteral("articles"), QStringLiteral("list"), QStringLiteral("--user"), QStringLiteral("bientap")},
            {{QStringLiteral("TOASOAN_PASSWORD"), QStringLiteral("toasoan-demo")}});
        change = runOn(database,
                       {QStringLiteral("articles"), QStringLiteral("import"), text, QStringLiteral("--user"),
                        QStringLiteral("phongvien")},
                       {{QStringLiteral("TOASOAN_PASSWORD"), QStringLiteral("toasoan-demo")}});
        m_asOrdinaryUser = false;
    }
    QVERIFY(QFile::setPermissions(folder, toasoan::test::kOpenFolder));
    QVERIFY(QFile::setPermissions(m_dir.path(),
                                  toasoan::test::kReadOnlyFolder | QFileDevice::WriteOwner | QFileDevice::WriteUser));
    QCOMPARE(list.code, 0);
    QVERIFY2(list.err.contains(QLatin1String("read-only")), qPrintable(list.err));
    QVERIFY2(!list.out.trimmed().isEmpty(), qPrintable(list.err));
    QVERIFY2(listAsUser.code == 0, qPrintable(listAsUser.err));
    QVERIFY(!listAsUser.out.trimmed().isEmpty());
    QCOMPARE(change.code, 1);
    QVERIFY2(change.err.contains(QLatin1String("read-only, so the change was not saved")), qPrintable(change.err));
    QVERIFY(!change.err.contains(QLatin1String("damaged")));
    QCOMPARE(fileHash(database), before);
}

QTEST_GUILESS_MAIN(TestCliWorkspaceFiles)
#include "tst_cli_workspace_files.moc"
