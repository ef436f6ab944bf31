#include "ui/backup/BackupActions.h"

#include "app/backup/WorkspaceBackup.h"
#include "app/settings/Settings.h"
#include "app/storage/Database.h"
#include "ui/backup/BackupDialog.h"
#include "ui/common/WindowContext.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

namespace toasoan::ui {

namespace {

constexpr int kHourMs = 60 * 60 * 1000;

} // namespace

BackupActions::BackupActions(WindowContext &context, QObject *parent)
    : QObject(parent), m_context(context), m_today([] { return QDate::currentDate(); })
{
    QWidget *window = context.dialogParent();
    m_backupNow = new QAction(tr("&Back up now…"), window);
    m_backupNow->setObjectName(QStringLiteral("backupNowAction"));
    m_restore = new QAction(tr("&Restore from a backup…"), window);
    m_restore->setObjectName(QStringLiteral("restoreAction"));
    if (context.database().isShared()) {
        const QString why = tr("The office's shared database is backed up on the server with pg_dump");
        m_backupNow->setStatusTip(why);
        m_restore->setStatusTip(why);
    } else {
        m_backupNow->setStatusTip(tr("Copy the whole workspace into the backup folder now"));
        m_restore->setStatusTip(tr("Replace the workspace with a backup (administrators)"));
    }
    connect(m_backupNow, &QAction::triggered, this, &BackupActions::openBackupDialog);
    connect(m_restore, &QAction::triggered, this, &BackupActions::chooseRestoreFile);

    connect(&m_daily, &QTimer::timeout, this, [this] {
        runAutomaticIfDue();
        m_daily.start(kHourMs);
    });
    connect(&m_automatic, &QFutureWatcher<Result<backup::AutomaticBackupOutcome>>::finished, this, [this] {
        const Result<backup::AutomaticBackupOutcome> outcome = m_automatic.result();
        if (!outcome) {
            // Said once in the status bar: typing goes on, and the next hour tries again.
            m_context.showStatus(tr("The automatic backup failed: %1").arg(outcome.error().message), 30000);
            emit automaticFinished(false, outcome.error().message);
            return;
        }
        if (outcome->made) {
            m_context.showStatus(tr("Backed up automatically: %1").arg(describeBackup(outcome->info)));
        }
        emit automaticFinished(outcome->made, QString());
    });
}

BackupActions::~BackupActions()
{
    m_automatic.waitForFinished();
}

void BackupActions::startAutomatic(int firstDelayMs)
{
    if (m_context.database().isShared()) {
        return;
    }
    m_daily.setSingleShot(true);
    m_daily.start(firstDelayMs);
}

void BackupActions::runAutomaticIfDue()
{
    Database &db = m_context.database();
    const QString folder = m_context.settings().backupFolder();
    const QDate today = m_today();
    if (db.isShared() || m_automatic.isRunning() || !backup::automaticBackupDue(folder, db.path(), today)) {
        return;
    }
    Database *database = &db;
    m_automatic.setFuture(QtConcurrent::run([database, folder, today] {
        auto outcome = backup::runAutomaticBackup(*database, folder, today);
        database->releaseThreadConnection();
        return outcome;
    }));
}

bool BackupActions::explainShared()
{
    if (!m_context.database().isShared()) {
        return false;
    }
    m_context.showError(tr("Backups"), backup::checkSqliteWorkspace(m_context.database()).error());
    return true;
}

void BackupActions::openBackupDialog()
{
    if (explainShared()) {
        return;
    }
    auto *dialog = new BackupDialog(m_context, m_context.dialogParent());
    dialog->setToday(m_today);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

void BackupActions::chooseRestoreFile()
{
    if (explainShared()) {
        return;
    }
    if (auto allowed = backup::checkMayBackUp(m_context.user()); !allowed) {
        m_context.showError(tr("Restore from a backup"), allowed.error());
        return;
    }
    const QString file = QFileDialog::getOpenFileName(m_context.dialogParent(), tr("Restore from a backup"),
                                                      m_context.settings().backupFolder(),
                                                      tr("ToaSoan backups (*.sqlite);;All files (*)"));
    if (!file.isEmpty()) {
        restoreFrom(file);
    }
}

void BackupActions::restoreFrom(const QString &file)
{
    const QString title = tr("Restore from a backup");
    auto info = backup::inspect(file);
    if (!info) {
        m_context.showError(title, info.error());
        return;
    }
    const QString workspace = m_context.database().path();
    const QString question =
        tr("Restore the workspace from %1?\n\nThe backup holds: %2 (checked, whole).\n\nEverything written since "
           "then is replaced; the current workspace is kept as %3.before-restore. ToaSoan restores it when it "
           "starts again.")
            .arg(QDir::toNativeSeparators(file), describeBackup(*info), QDir::toNativeSeparators(workspace));
    const bool confirmed = m_confirm ? m_confirm(question) : [&] {
        QMessageBox box(QMessageBox::Warning, title, question, QMessageBox::Cancel, m_context.dialogParent());
        QPushButton *restore = box.addButton(tr("Restore and restart"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == restore;
    }();
    if (!confirmed) {
        return;
    }
    auto staged = backup::stageRestore(m_context.user(), file, workspace);
    if (!staged) {
        m_context.showError(title, staged.error());
        return;
    }
    m_context.showStatus(tr("The backup will be restored when ToaSoan starts again."), 0);
    if (m_restart) {
        m_restart();
        return;
    }
    // Closing asks about unsaved articles; if the person cancels, the restore waits for the next start.
    QWidget *window = m_context.dialogParent()->window();
    if (window->close()) {
        QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
        QCoreApplication::quit();
    }
}

} // namespace toasoan::ui
