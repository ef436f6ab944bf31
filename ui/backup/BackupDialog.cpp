#include "ui/backup/BackupDialog.h"

#include "app/settings/Settings.h"
#include "app/storage/Database.h"
#include "app/workflow/Permissions.h"
#include "ui/common/StatusLabel.h"
#include "ui/common/WindowContext.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace toasoan::ui {

QString describeBackup(const backup::BackupInfo &info)
{
    const QLocale locale;
    return BackupDialog::tr("%1, %2, %n article(s)", nullptr, int(info.articles))
        .arg(locale.toString(info.made, QStringLiteral("dd/MM/yyyy HH:mm")), locale.formattedDataSize(info.bytes));
}

BackupDialog::BackupDialog(WindowContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_today([] { return QDate::currentDate(); })
{
    setWindowTitle(tr("Back up now"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A backup is a copy of the whole workspace — articles, history, accounts — in one "
                                "file. Keep the folder on another disk or a USB drive if you can."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    auto *folderRow = new QHBoxLayout;
    m_folder = new QLineEdit(QDir::toNativeSeparators(context.settings().backupFolder()), this);
    m_folder->setReadOnly(true);
    m_choose = new QPushButton(tr("C&hoose folder…"), this);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_choose);
    form->addRow(tr("Backup folder on this computer:"), folderRow);
    m_latest = new QLabel(this);
    m_latest->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Latest backup:"), m_latest);
    layout->addLayout(form);

    auto *rule = new QLabel(tr("ToaSoan also backs up by itself once a day while it runs, into this folder. It keeps "
                               "the backups of the last %1 days and one for each of the %2 weeks before.")
                                .arg(backup::kDailyKept)
                                .arg(backup::kWeeklyKept),
                            this);
    rule->setWordWrap(true);
    layout->addWidget(rule);

    m_status = new StatusLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    setMinimumWidth(680);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_backup = buttons->addButton(tr("&Back up"), QDialogButtonBox::ActionRole);
    m_backup->setDefault(true);
    layout->addWidget(buttons);

    const bool admin = checkPermission(context.user(), Action::ManageUsers).ok();
    m_choose->setEnabled(admin);
    m_backup->setEnabled(admin);
    if (!admin) {
        m_status->showNeutral(tr("Only an administrator may make a backup or choose its folder."));
    }
    connect(m_choose, &QPushButton::clicked, this, &BackupDialog::chooseFolder);
    connect(m_backup, &QPushButton::clicked, this, &BackupDialog::backUpNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcher<Result<backup::AutomaticBackupOutcome>>::finished, this, [this] {
        const Result<backup::AutomaticBackupOutcome> outcome = m_watcher.result();
        m_backup->setEnabled(true);
        m_choose->setEnabled(true);
        if (!outcome) {
            m_status->showError(outcome.error().message, outcome.error().detail);
            adjustSize();
            emit finished(false);
            return;
        }
        m_status->showSuccess(tr("Backed up: %1 (%2). The check found it whole.")
                                  .arg(QDir::toNativeSeparators(outcome->info.path), describeBackup(outcome->info)));
        showLatest();
        adjustSize();
        emit finished(true);
    });
    showLatest();
}

BackupDialog::~BackupDialog()
{
    m_watcher.waitForFinished();
}

QString BackupDialog::folder() const
{
    return QDir::fromNativeSeparators(m_folder->text());
}

void BackupDialog::setFolder(const QString &folder)
{
    if (folder.isEmpty()) {
        return;
    }
    m_context.settings().setBackupFolder(folder);
    m_folder->setText(QDir::toNativeSeparators(m_context.settings().backupFolder()));
    showLatest();
}

void BackupDialog::chooseFolder()
{
    setFolder(QFileDialog::getExistingDirectory(this, tr("Folder for the backups"), folder()));
}

void BackupDialog::showLatest()
{
    const QList<backup::DatedBackup> found = backup::automaticBackups(folder(), m_context.database().path());
    if (found.isEmpty()) {
        m_latest->setText(tr("none yet"));
        return;
    }
    const QFileInfo file(found.first().path);
    m_latest->setText(
        tr("%1 (%2, %3 in the folder)")
            .arg(file.fileName(), QLocale().toString(file.lastModified(), QStringLiteral("dd/MM/yyyy HH:mm")))
            .arg(found.size()));
}

void BackupDialog::backUpNow()
{
    if (m_watcher.isRunning()) {
        return;
    }
    m_backup->setEnabled(false);
    m_choose->setEnabled(false);
    m_status->showNeutral(tr("Backing up…"));
    Database *db = &m_context.database();
    const User actor = m_context.user();
    const QString target = folder();
    const QDate today = m_today();
    m_watcher.setFuture(QtConcurrent::run([db, actor, target, today] {
        auto outcome = backup::backUpNow(actor, *db, target, today);
        db->releaseThreadConnection();
        return outcome;
    }));
}

} // namespace toasoan::ui
