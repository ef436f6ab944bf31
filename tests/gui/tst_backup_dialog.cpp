// The window's backups: "Sao lưu ngay…" and "Khôi phục từ bản sao lưu…" in the File menu, the backup
// dialog driven as an administrator would, the restore staged for the next start, the daily backup in a
// worker thread, and what a reporter or a full folder gets.
#include "app/backup/BackupRotation.h"
#include "app/publish/SecretStore.h"
#include "app/settings/Settings.h"
#include "app/storage/ArticleRepository.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/support/PostgresScratch.h"
#include "tests/support/TestWorkspace.h"
#include "ui/MainWindow.h"
#include "ui/backup/BackupActions.h"
#include "ui/backup/BackupDialog.h"
#include "ui/common/StatusLabel.h"
#include "ui/database/DatabaseStart.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace toasoan;
using toasoan::test::RecordingNotifier;
using toasoan::test::TestWorkspace;

namespace {

const QDate kToday(2026, 12, 7);

struct Fixture
{
    TestWorkspace ws;
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    RecordingNotifier notifier;
    User admin;
    User reporter;

    Fixture()
    {
        settings.setAutosaveIntervalSeconds(3600);
        settings.setBackupFolder(dir.filePath(QStringLiteral("sao-luu")));
        admin = UserRepository(ws.db()).load(ws.addUser(QStringLiteral("quantri"), Role::Admin)).value();
        reporter = UserRepository(ws.db()).load(ws.addUser(QStringLiteral("phongvien"))).value();
        for (int i = 0; i < 3; ++i) {
            Article article;
            article.title = QStringLiteral("Bài số %1 về đường giao thông nông thôn").arg(i);
            article.authorId = reporter.id;
            (void)ArticleRepository(ws.db()).create(article, reporter.id);
        }
    }

    std::unique_ptr<ui::MainWindow> window(const User &as)
    {
        auto w = std::make_unique<ui::MainWindow>(ws.db(), as, settings, notifier);
        w->backupActions()->setToday([] { return kToday; });
        w->show();
        return w;
    }
};

QAction *fileMenuEntry(ui::MainWindow &window, const char *objectName)
{
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu() && menu->text() == QLatin1String("&File")) {
            for (QAction *action : menu->menu()->actions()) {
                if (action->objectName() == QLatin1String(objectName)) {
                    return action;
                }
            }
        }
    }
    return nullptr;
}

ui::BackupDialog *openDialog(ui::MainWindow &window)
{
    QAction *action = fileMenuEntry(window, "backupNowAction");
    if (!action) {
        return nullptr;
    }
    action->trigger();
    return window.findChild<ui::BackupDialog *>();
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("TOASOAN_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        widget->grab().save(QDir(folder).filePath(name));
    }
}

} // namespace

class tst_BackupDialog : public QObject
{
    Q_OBJECT

private slots:
    void backUpNowFromTheFileMenu();
    void aFolderThatCannotBeWrittenSaysSo();
    void reporterCannotBackUpOrRestore();
    void restoreShowsWhatTheBackupHoldsThenStagesIt();
    void damagedBackupIsRefused();
    void automaticBackupRunsInAWorkerOncePerDay();
    void theNextStartSwapsTheRestoreIn();
    void sharedDatabasePointsToPgDump();
};

void tst_BackupDialog::backUpNowFromTheFileMenu()
{
    Fixture f;
    auto window = f.window(f.admin);
    QVERIFY(fileMenuEntry(*window, "restoreAction"));
    ui::BackupDialog *dialog = openDialog(*window);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->setToday([] { return kToday; });
    QCOMPARE(dialog->folder(), f.dir.filePath(QStringLiteral("sao-luu")));
    QVERIFY(dialog->backupButton()->isEnabled());
    QVERIFY(dialog->chooseButton()->isEnabled());

    QSignalSpy done(dialog, &ui::BackupDialog::finished);
    QTest::mouseClick(dialog->backupButton(), Qt::LeftButton);
    QVERIFY(done.wait(20000));
    QCOMPARE(done.first().first().toBool(), true);
    const QString file = backup::automaticBackupPath(dialog->folder(), f.ws.path(), kToday);
    QVERIFY2(dialog->status()->text().contains(QLatin1String("Backed up")), qPrintable(dialog->status()->text()));
    QVERIFY(dialog->status()->text().contains(QLatin1String("3 article")));
    auto info = backup::inspect(file);
    QVERIFY(info);
    QCOMPARE(info->articles, 3);
    screenshot(dialog, QStringLiteral("backup-dialog.png"));
}

void tst_BackupDialog::aFolderThatCannotBeWrittenSaysSo()
{
    Fixture f;
    const QString blocker = f.dir.filePath(QStringLiteral("la-mot-tep"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    auto window = f.window(f.admin);
    ui::BackupDialog *dialog = openDialog(*window);
    QVERIFY(dialog);
    dialog->setFolder(blocker);
    QCOMPARE(f.settings.backupFolder(), blocker);
    QSignalSpy done(dialog, &ui::BackupDialog::finished);
    dialog->backUpNow();
    QVERIFY(done.wait(20000));
    QCOMPARE(done.first().first().toBool(), false);
    QVERIFY2(dialog->status()->text().contains(QLatin1String("could not be written")),
             qPrintable(dialog->status()->text()));
    QVERIFY(dialog->backupButton()->isEnabled()); // try again with another folder
    screenshot(dialog, QStringLiteral("backup-dialog-error.png"));
}

void tst_BackupDialog::reporterCannotBackUpOrRestore()
{
    Fixture f;
    auto window = f.window(f.reporter);
    ui::BackupDialog *dialog = openDialog(*window);
    QVERIFY(dialog);
    QVERIFY(!dialog->backupButton()->isEnabled());
    QVERIFY(!dialog->chooseButton()->isEnabled());
    QVERIFY(dialog->status()->text().contains(QLatin1String("administrator")));
    // Even asked directly, the core refuses.
    QSignalSpy done(dialog, &ui::BackupDialog::finished);
    dialog->backUpNow();
    QVERIFY(done.wait(20000));
    QCOMPARE(done.first().first().toBool(), false);
    QVERIFY(!QFileInfo::exists(backup::automaticBackupPath(dialog->folder(), f.ws.path(), kToday)));
    dialog->close();

    QAction *restore = fileMenuEntry(*window, "restoreAction");
    QVERIFY(restore);
    restore->trigger();
    QCOMPARE(f.notifier.errors.size(), 1);
    QCOMPARE(f.notifier.errors.first().error.code, ErrorCode::Forbidden);
}

void tst_BackupDialog::restoreShowsWhatTheBackupHoldsThenStagesIt()
{
    Fixture f;
    const QString file = f.dir.filePath(QStringLiteral("hom-qua.sqlite"));
    QVERIFY(backup::backUp(f.ws.db(), file));
    auto window = f.window(f.admin);
    ui::BackupActions *actions = window->backupActions();
    QString asked;
    bool restarted = false;
    actions->setConfirm([&](const QString &question) {
        asked = question;
        return false;
    });
    actions->setRestart([&] { restarted = true; });

    // Cancelled: nothing staged.
    actions->restoreFrom(file);
    QVERIFY2(asked.contains(QLatin1String("3 article")), qPrintable(asked));
    QVERIFY(asked.contains(QLatin1String(".before-restore")));
    QVERIFY(!QFileInfo::exists(backup::pendingRestorePath(f.ws.path())));
    QVERIFY(!restarted);

    // Confirmed: the checked copy waits beside the workspace for the next start, which is offered at once.
    actions->setConfirm([](const QString &) { return true; });
    actions->restoreFrom(file);
    QVERIFY(restarted);
    QVERIFY(f.notifier.errors.isEmpty());
    auto pending = backup::inspect(backup::pendingRestorePath(f.ws.path()));
    QVERIFY(pending);
    QCOMPARE(pending->articles, 3);
}

void tst_BackupDialog::damagedBackupIsRefused()
{
    Fixture f;
    const QString file = f.dir.filePath(QStringLiteral("hong.sqlite"));
    QVERIFY(backup::backUp(f.ws.db(), file));
    {
        QFile damaged(file);
        QVERIFY(damaged.open(QIODevice::ReadWrite));
        QVERIFY(damaged.resize(damaged.size() / 2));
    }
    auto window = f.window(f.admin);
    bool asked = false;
    window->backupActions()->setConfirm([&](const QString &) { return asked = true; });
    window->backupActions()->restoreFrom(file);
    QVERIFY(!asked);
    QCOMPARE(f.notifier.errors.size(), 1);
    QCOMPARE(f.notifier.errors.first().error.code, ErrorCode::Corrupt);
    QVERIFY(!QFileInfo::exists(backup::pendingRestorePath(f.ws.path())));
}

void tst_BackupDialog::automaticBackupRunsInAWorkerOncePerDay()
{
    Fixture f;
    auto window = f.window(f.reporter); // the daily backup protects everyone's work, whoever is logged in
    ui::BackupActions *actions = window->backupActions();
    QSignalSpy finished(actions, &ui::BackupActions::automaticFinished);
    actions->startAutomatic(0);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    const QString folder = f.settings.backupFolder();
    QCOMPARE(backup::automaticBackups(folder, f.ws.path()).size(), 1);
    // The same day again: none.
    actions->runAutomaticIfDue();
    QVERIFY(!actions->automaticRunning());
    // The next day: one more.
    actions->setToday([] { return kToday.addDays(1); });
    actions->runAutomaticIfDue();
    QVERIFY(actions->automaticRunning());
    QVERIFY(finished.wait(20000));
    QCOMPARE(backup::automaticBackups(folder, f.ws.path()).size(), 2);
}

void tst_BackupDialog::theNextStartSwapsTheRestoreIn()
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("toa-soan.sqlite"));
    const QString file = dir.filePath(QStringLiteral("ban-sao.sqlite"));
    const auto articles = [](Database &db) {
        return db.value(QStringLiteral("SELECT count(*) FROM articles"))->toInt();
    };
    {
        auto db = Database::openSqlite(workspace);
        QVERIFY(db);
        auto admin = UserRepository(**db).create(QStringLiteral("quantri"), QStringLiteral("Lê Quản Trị"), Role::Admin,
                                                 QStringLiteral("mat-khau-1"));
        QVERIFY(admin);
        Article article;
        article.title = QStringLiteral("Bài trước khi sao lưu");
        article.authorId = admin->id;
        QVERIFY(ArticleRepository(**db).create(article, admin->id));
        QVERIFY(backup::backUp(**db, file));
        article.title = QStringLiteral("Bài sau khi sao lưu");
        QVERIFY(ArticleRepository(**db).create(article, admin->id));
        QVERIFY(backup::stageRestore(*admin, file, workspace));
    }
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    QString tried;
    auto opened = ui::openStartDatabase(workspace, settings,
                                        std::make_shared<SystemKeychain>(QStringLiteral("ToaSoanTest")), tried);
    QVERIFY2(opened && *opened, qPrintable(opened ? QString() : opened.error().message));
    QCOMPARE(articles(**opened), 1);
    QVERIFY(!QFileInfo::exists(backup::pendingRestorePath(workspace)));
    auto previous = Database::openSqlite(workspace + QStringLiteral(".before-restore"));
    QVERIFY(previous);
    QCOMPARE(articles(**previous), 2);
}

void tst_BackupDialog::sharedDatabasePointsToPgDump()
{
    if (test::PostgresScratch::serverLocation().isEmpty()) {
        QSKIP("TOASOAN_TEST_PG is not set");
    }
    test::PostgresScratch scratch;
    QVERIFY(scratch.ok());
    auto db = Database::open(scratch.location());
    QVERIFY(db);
    auto admin = UserRepository(**db).create(QStringLiteral("quantri"), QStringLiteral("Lê Quản Trị"), Role::Admin,
                                             QStringLiteral("mat-khau-1"));
    QVERIFY(admin);
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setBackupFolder(dir.filePath(QStringLiteral("sao-luu")));
    RecordingNotifier notifier;
    {
        ui::MainWindow window(**db, *admin, settings, notifier);
        window.show();
        QAction *backupNow = fileMenuEntry(window, "backupNowAction");
        QAction *restore = fileMenuEntry(window, "restoreAction");
        QVERIFY(backupNow && restore);
        QVERIFY(backupNow->statusTip().contains(QLatin1String("pg_dump")));
        backupNow->trigger();
        restore->trigger();
        QVERIFY(!window.findChild<ui::BackupDialog *>());
        QCOMPARE(notifier.errors.size(), 2);
        for (const RecordingNotifier::Shown &shown : std::as_const(notifier.errors)) {
            QVERIFY(shown.error.message.contains(QLatin1String("pg_dump")));
            QVERIFY(shown.error.message.contains(QLatin1String("pg_restore")));
        }
        // No daily backup of the shared database on this PC.
        QSignalSpy finished(window.backupActions(), &ui::BackupActions::automaticFinished);
        window.backupActions()->startAutomatic(0);
        QVERIFY(!finished.wait(300));
        QVERIFY(!QFileInfo::exists(settings.backupFolder()));
    }
}

QTEST_MAIN(tst_BackupDialog)
#include "tst_backup_dialog.moc"
