// Backups of an SQLite workspace (app/backup): a consistent copy while another connection writes, the
// checks that refuse damaged, foreign and newer files, the atomic restore, and the daily rotation.
#include "app/backup/BackupRotation.h"
#include "app/backup/WorkspaceBackup.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"
#include "app/storage/UserRepository.h"
#include "tests/support/PostgresScratch.h"
#include "tests/support/TestWorkspace.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>
#include <thread>

using namespace toasoan;

namespace {

qint64 count(Database &db, const QString &sql)
{
    auto value = db.value(sql);
    return value ? value->toLongLong() : -1;
}

/// Counts in a file, read through a connection of its own.
qint64 countIn(const QString &path, const QString &sql)
{
    auto db = Database::openSqlite(path);
    return db ? count(**db, sql) : -1;
}

bool addArticles(Database &db, qint64 author, int n, const QString &title)
{
    QList<Article> drafts;
    for (int i = 0; i < n; ++i) {
        Article article;
        article.title = title + QString::number(i);
        article.body = QStringLiteral("<p>Nội dung bài viết số %1 về giao thông nông thôn.</p>").arg(i);
        article.authorId = author;
        drafts.append(article);
    }
    return ArticleRepository(db).createMany(drafts, author).ok();
}

User userOf(Database &db, const QString &login)
{
    return UserRepository(db).findByLogin(login).value();
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files, QDir::Name);
}

} // namespace

class tst_WorkspaceBackup : public QObject
{
    Q_OBJECT

private slots:
    void backupWhileAnotherConnectionWrites();
    void failedBackupLeavesNothingUnderTheName();
    void inspectRefuses_data();
    void inspectRefuses();
    void restoreRefusesWithoutForceAndReplacesAtomically();
    void restoreIsForAdministratorsOnly();
    void restoreRefusesAWorkspaceInUse();
    void stagedRestoreAppliesAtTheNextStart();
    void rotationKeepsSevenDailyAndFourWeekly();
    void automaticBackupOncePerDayThenRotates();
    void postgresIsRefusedWithPgDump();

private:
    QTemporaryDir m_dir;
};

void tst_WorkspaceBackup::backupWhileAnotherConnectionWrites()
{
    test::TestWorkspace ws;
    QVERIFY(ws.ok());
    const qint64 author = ws.addUser(QStringLiteral("phongvien"));
    QVERIFY(addArticles(ws.db(), author, 300, QStringLiteral("Bài ")));

    // Another connection (as another PC's window would) keeps writing, one transaction per batch.
    std::atomic<bool> stop = false;
    std::atomic<int> batches = 0;
    std::thread writer([&] {
        auto other = Database::openSqlite(ws.path());
        if (!other) {
            return;
        }
        while (!stop) {
            if (addArticles(**other, author, 20, QStringLiteral("Bài thêm "))) {
                ++batches;
            }
        }
    });
    while (batches < 2) {
        QThread::msleep(5);
    }
    const QString out = m_dir.filePath(QStringLiteral("consistent/ban-sao.sqlite"));
    auto made = backup::backUp(ws.db(), out);
    const int batchesDuring = batches;
    stop = true;
    writer.join();
    QVERIFY2(made, qPrintable(made ? QString() : made.error().detail));
    QVERIFY(batches > 2);

    // One snapshot: every article of the copy has its creation event (written in the same transaction),
    // the batches are whole, and the checks passed.
    QCOMPARE(made->path, QFileInfo(out).absoluteFilePath());
    QCOMPARE(made->bytes, QFileInfo(out).size());
    const qint64 articles = countIn(out, QStringLiteral("SELECT count(*) FROM articles"));
    QCOMPARE(made->articles, articles);
    QCOMPARE(countIn(out, QStringLiteral("SELECT count(*) FROM events WHERE action = 'create'")), articles);
    QCOMPARE((articles - 300) % 20, 0);
    QVERIFY(articles >= 300 + 20 * 2);
    QVERIFY(articles <= 300 + 20 * (batchesDuring + 1));
    QCOMPARE(made->schemaVersion, Database::latestSchemaVersion());
    // A single file: no write-ahead log beside it, nothing left of the temporary file.
    QCOMPARE(filesIn(QFileInfo(out).absolutePath()), QStringList{QStringLiteral("ban-sao.sqlite")});
    auto again = backup::inspect(out);
    QVERIFY(again);
    QCOMPARE(again->articles, articles);
}

void tst_WorkspaceBackup::failedBackupLeavesNothingUnderTheName()
{
    test::TestWorkspace ws;
    QVERIFY(ws.ok());
    // A "folder" that is a file: the backup cannot be written (as in a read-only or vanished folder).
    const QString blocker = m_dir.filePath(QStringLiteral("khong-phai-thu-muc"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    auto made = backup::backUp(ws.db(), blocker + QStringLiteral("/ban-sao.sqlite"));
    QVERIFY(!made);
    QCOMPARE(made.error().code, ErrorCode::Io);
    QVERIFY2(made.error().message.contains(QLatin1String("Nothing was changed")), qPrintable(made.error().message));

    // An existing backup stays whole when the new one fails its checks... and is replaced when it passes.
    const QString folder = m_dir.filePath(QStringLiteral("replace"));
    QVERIFY(QDir().mkpath(folder));
    const QString out = folder + QStringLiteral("/ban-sao.sqlite");
    QVERIFY(backup::backUp(ws.db(), out));
    const qint64 author = ws.addUser(QStringLiteral("phongvien"));
    QVERIFY(addArticles(ws.db(), author, 5, QStringLiteral("Mới ")));
    auto second = backup::backUp(ws.db(), out);
    QVERIFY(second);
    QCOMPARE(second->articles, 5);
    QCOMPARE(filesIn(folder), QStringList{QStringLiteral("ban-sao.sqlite")});
    // Never over the workspace itself.
    QCOMPARE(backup::backUp(ws.db(), ws.path()).error().code, ErrorCode::Invalid);
}

void tst_WorkspaceBackup::inspectRefuses_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("code");
    QTest::newRow("robustness: missing file") << QStringLiteral("missing") << int(ErrorCode::NotFound);
    QTest::newRow("robustness: not SQLite") << QStringLiteral("text") << int(ErrorCode::Corrupt);
    QTest::newRow("robustness: truncated backup") << QStringLiteral("truncated") << int(ErrorCode::Corrupt);
    QTest::newRow("robustness: damaged page") << QStringLiteral("damaged") << int(ErrorCode::Corrupt);
    QTest::newRow("robustness: another program's database") << QStringLiteral("foreign") << int(ErrorCode::Corrupt);
    QTest::newRow("robustness: newer schema") << QStringLiteral("newer") << int(ErrorCode::TooNew);
}

void tst_WorkspaceBackup::inspectRefuses()
{
    QFETCH(QString, kind);
    QFETCH(int, code);
    test::TestWorkspace ws;
    QVERIFY(ws.ok());
    const qint64 author = ws.addUser(QStringLiteral("phongvien"));
    QVERIFY(addArticles(ws.db(), author, 200, QStringLiteral("Bài ")));
    const QString path = m_dir.filePath(kind + QStringLiteral(".sqlite"));
    QFile::remove(path);
    if (kind == QLatin1String("text")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Biên bản họp giao ban\n");
    } else if (kind == QLatin1String("foreign")) {
        auto other = Database::openSqlite(path); // made a ToaSoan file, then given another program's identity
        QVERIFY(other);
        QVERIFY((*other)->exec(QStringLiteral("PRAGMA application_id = 1234")));
    } else if (kind != QLatin1String("missing")) {
        QVERIFY(backup::backUp(ws.db(), path));
        if (kind == QLatin1String("newer")) {
            auto copy = Database::openSqlite(path);
            QVERIFY(copy);
            QVERIFY((*copy)->exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"),
                                  {Database::latestSchemaVersion() + 1}));
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            if (kind == QLatin1String("truncated")) {
                QVERIFY(file.resize(file.size() / 2));
            } else {
                // Scribble over the middle of the file, past the header and the schema.
                file.seek(file.size() / 2);
                file.write(QByteArray(8192, '\x5a'));
            }
        }
    }
    auto inspected = backup::inspect(path);
    QVERIFY(!inspected);
    QCOMPARE(int(inspected.error().code), code);

    // Restoring it is refused, and the workspace it would replace stays as it was.
    const User admin = userOf(ws.db(), QStringLiteral("phongvien"));
    User root = admin;
    root.role = Role::Admin;
    const QString target = m_dir.filePath(QStringLiteral("target-") + kind + QStringLiteral(".sqlite"));
    QVERIFY(backup::backUp(ws.db(), target));
    const QByteArray before = [&] {
        QFile file(target);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    auto restored = backup::restore(root, path, target, true);
    QVERIFY(!restored);
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QCOMPARE(filesIn(m_dir.path()).filter(QStringLiteral("target-") + kind).size(), 1);
}

void tst_WorkspaceBackup::restoreRefusesWithoutForceAndReplacesAtomically()
{
    QTemporaryDir dir;
    const QString backupFile = dir.filePath(QStringLiteral("ban-sao.sqlite"));
    const QString target = dir.filePath(QStringLiteral("toa-soan.sqlite"));
    User admin;
    {
        test::TestWorkspace ws;
        ws.addUser(QStringLiteral("quantri"), Role::Admin);
        QVERIFY(addArticles(ws.db(), ws.addUser(QStringLiteral("phongvien")), 12, QStringLiteral("Bài ")));
        admin = userOf(ws.db(), QStringLiteral("quantri"));
        QVERIFY(backup::backUp(ws.db(), backupFile));
    }
    // Into a new file: no --force needed.
    auto fresh = backup::restore(admin, backupFile, target, false);
    QVERIFY2(fresh, qPrintable(fresh ? QString() : fresh.error().message));
    QVERIFY(fresh->previousKeptAs.isEmpty());
    QCOMPARE(countIn(target, QStringLiteral("SELECT count(*) FROM articles")), 12);

    // The workspace moves on; restoring over it without force is refused and changes nothing.
    {
        auto db = Database::openSqlite(target);
        QVERIFY(db);
        QVERIFY(addArticles(**db, userOf(**db, QStringLiteral("phongvien")).id, 3, QStringLiteral("Sau ")));
    }
    auto refused = backup::restore(admin, backupFile, target, false);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QCOMPARE(countIn(target, QStringLiteral("SELECT count(*) FROM articles")), 15);

    // With force: replaced in one rename, the old workspace kept whole beside it, no temporary file left.
    auto forced = backup::restore(admin, backupFile, target, true);
    QVERIFY2(forced, qPrintable(forced ? QString() : forced.error().message));
    QCOMPARE(forced->previousKeptAs, target + QStringLiteral(".before-restore"));
    QCOMPARE(countIn(target, QStringLiteral("SELECT count(*) FROM articles")), 12);
    QCOMPARE(countIn(forced->previousKeptAs, QStringLiteral("SELECT count(*) FROM articles")), 15);
    QCOMPARE(filesIn(dir.path()), (QStringList{QStringLiteral("ban-sao.sqlite"), QStringLiteral("toa-soan.sqlite"),
                                               QStringLiteral("toa-soan.sqlite.before-restore")}));
    // A second forced restore keeps the second previous workspace under another name.
    auto again = backup::restore(admin, backupFile, target, true);
    QVERIFY(again);
    QVERIFY(again->previousKeptAs.startsWith(target + QStringLiteral(".before-restore-")));
    QVERIFY(QFileInfo::exists(target + QStringLiteral(".before-restore")));
}

void tst_WorkspaceBackup::restoreIsForAdministratorsOnly()
{
    test::TestWorkspace ws;
    ws.addUser(QStringLiteral("lanhdao"), Role::Approver);
    const QString backupFile = m_dir.filePath(QStringLiteral("quyen.sqlite"));
    QVERIFY(backup::backUp(ws.db(), backupFile));
    const QString target = m_dir.filePath(QStringLiteral("quyen-dich.sqlite"));
    auto refused = backup::restore(userOf(ws.db(), QStringLiteral("lanhdao")), backupFile, target, true);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Forbidden);
    QVERIFY(!QFileInfo::exists(target));
    auto staged = backup::stageRestore(userOf(ws.db(), QStringLiteral("lanhdao")), backupFile, target);
    QVERIFY(!staged);
    QCOMPARE(staged.error().code, ErrorCode::Forbidden);
    QVERIFY(!QFileInfo::exists(backup::pendingRestorePath(target)));
}

void tst_WorkspaceBackup::restoreRefusesAWorkspaceInUse()
{
    test::TestWorkspace ws;
    ws.addUser(QStringLiteral("quantri"), Role::Admin);
    QVERIFY(addArticles(ws.db(), ws.addUser(QStringLiteral("phongvien")), 4, QStringLiteral("Bài ")));
    const QString backupFile = m_dir.filePath(QStringLiteral("dang-mo.sqlite"));
    QVERIFY(backup::backUp(ws.db(), backupFile));
    QVERIFY(addArticles(ws.db(), userOf(ws.db(), QStringLiteral("phongvien")).id, 2, QStringLiteral("Mới ")));
    // ws keeps its connection open, as the window does.
    auto refused = backup::restore(userOf(ws.db(), QStringLiteral("quantri")), backupFile, ws.path(), true);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QVERIFY2(refused.error().message.contains(QLatin1String("open")), qPrintable(refused.error().message));
    QCOMPARE(count(ws.db(), QStringLiteral("SELECT count(*) FROM articles")), 6);
}

void tst_WorkspaceBackup::stagedRestoreAppliesAtTheNextStart()
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("toa-soan.sqlite"));
    const QString backupFile = dir.filePath(QStringLiteral("hom-qua.sqlite"));
    {
        auto db = Database::openSqlite(workspace);
        QVERIFY(db);
        auto admin = UserRepository(**db).create(QStringLiteral("quantri"), QStringLiteral("Lê Quản Trị"), Role::Admin,
                                                 QStringLiteral("mat-khau-1"));
        QVERIFY(admin);
        QVERIFY(addArticles(**db, admin->id, 7, QStringLiteral("Hôm qua ")));
        QVERIFY(backup::backUp(**db, backupFile));
        QVERIFY(addArticles(**db, admin->id, 5, QStringLiteral("Hôm nay ")));
        // The window, with the workspace open, stages the restore.
        auto staged = backup::stageRestore(*admin, backupFile, workspace);
        QVERIFY(staged);
        QCOMPARE(staged->articles, 7);
        QVERIFY(QFileInfo::exists(backup::pendingRestorePath(workspace)));
    }
    // The next start swaps it in before opening.
    auto applied = backup::applyPendingRestore(workspace);
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().message));
    QCOMPARE(applied->restored.articles, 7);
    QVERIFY(!QFileInfo::exists(backup::pendingRestorePath(workspace)));
    QCOMPARE(countIn(workspace, QStringLiteral("SELECT count(*) FROM articles")), 7);
    QCOMPARE(countIn(applied->previousKeptAs, QStringLiteral("SELECT count(*) FROM articles")), 12);
    // Nothing pending: nothing done.
    auto none = backup::applyPendingRestore(workspace);
    QVERIFY(none);
    QVERIFY(none->restored.path.isEmpty());
}

void tst_WorkspaceBackup::rotationKeepsSevenDailyAndFourWeekly()
{
    // 60 days of daily backups, up to Sunday 2026-12-06.
    const QDate last(2026, 12, 6);
    QList<backup::DatedBackup> all;
    for (int day = 0; day < 60; ++day) {
        all.append({QStringLiteral("b%1").arg(day), last.addDays(-day)});
    }
    const QList<backup::DatedBackup> doomed = backup::backupsToDelete(all);
    QSet<QDate> kept;
    for (const backup::DatedBackup &b : all) {
        kept.insert(b.date);
    }
    for (const backup::DatedBackup &b : doomed) {
        kept.remove(b.date);
    }
    // The 7 days from Monday 30 November; then the newest of each of the 4 weeks before: Sundays 29, 22, 15
    // and 8 November.
    QSet<QDate> expected;
    for (int day = 0; day < 7; ++day) {
        expected.insert(last.addDays(-day));
    }
    for (int week = 1; week <= 4; ++week) {
        expected.insert(last.addDays(-7 * week));
    }
    QCOMPARE(kept, expected);
    QCOMPARE(doomed.size(), 60 - 11);

    // A PC off for weeks keeps its last 7 backups, however old.
    QList<backup::DatedBackup> sparse;
    for (int i = 0; i < 9; ++i) {
        sparse.append({QStringLiteral("s%1").arg(i), last.addDays(-10 * i)});
    }
    const QList<backup::DatedBackup> sparseDoomed = backup::backupsToDelete(sparse);
    QCOMPARE(sparseDoomed.size(), 0); // 7 daily + 2 more in their own weeks
    QCOMPARE(backup::backupsToDelete(all.mid(0, 7)).size(), 0);
}

void tst_WorkspaceBackup::automaticBackupOncePerDayThenRotates()
{
    test::TestWorkspace ws;
    QVERIFY(addArticles(ws.db(), ws.addUser(QStringLiteral("phongvien")), 3, QStringLiteral("Bài ")));
    const QString folder = m_dir.filePath(QStringLiteral("tu-dong"));
    QVERIFY(QDir().mkpath(folder));
    // 30 days of earlier backups (stand-ins), and a file of someone else's.
    const QDate today(2026, 12, 7);
    for (int day = 1; day <= 30; ++day) {
        QFile file(backup::automaticBackupPath(folder, ws.path(), today.addDays(-day)));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QFile other(QDir(folder).filePath(QStringLiteral("ghi-chu.sqlite")));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();
    QVERIFY(backup::automaticBackupDue(folder, ws.path(), today));

    auto first = backup::runAutomaticBackup(ws.db(), folder, today);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
    QVERIFY(first->made);
    QCOMPARE(first->info.articles, 3);
    QVERIFY(!backup::automaticBackupDue(folder, ws.path(), today));
    // Today (Monday 7 December) and the 6 days before, then the newest of each of the 4 weeks before those:
    // Monday 30 November (its week's newest once 1-6 December count as daily), Sundays 29, 22 and 15 November.
    const QList<backup::DatedBackup> left = backup::automaticBackups(folder, ws.path());
    QCOMPARE(left.size(), 11);
    QCOMPARE(first->deleted, 31 - 11);
    QCOMPARE(left.last().date, QDate(2026, 11, 15));
    QCOMPARE(left.first().date, today);
    QVERIFY(QFileInfo::exists(other.fileName()));

    // At most once a day: the second start of the day makes none.
    auto second = backup::runAutomaticBackup(ws.db(), folder, today);
    QVERIFY(second);
    QVERIFY(!second->made);
    QCOMPARE(backup::automaticBackups(folder, ws.path()).size(), 11);
}

void tst_WorkspaceBackup::postgresIsRefusedWithPgDump()
{
    if (test::PostgresScratch::serverLocation().isEmpty()) {
        QSKIP("TOASOAN_TEST_PG is not set");
    }
    test::PostgresScratch scratch;
    QVERIFY(scratch.ok());
    auto db = Database::open(scratch.location());
    QVERIFY(db);
    auto made = backup::backUp(**db, m_dir.filePath(QStringLiteral("pg.sqlite")));
    QVERIFY(!made);
    QCOMPARE(made.error().code, ErrorCode::Invalid);
    QVERIFY(made.error().message.contains(QLatin1String("pg_dump")));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("pg.sqlite"))));
}

QTEST_GUILESS_MAIN(tst_WorkspaceBackup)
#include "tst_workspace_backup.moc"
