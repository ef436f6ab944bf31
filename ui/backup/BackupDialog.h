#pragma once

#include "app/backup/BackupRotation.h"
#include "app/core/Result.h"

#include <QDate>
#include <QDialog>
#include <QFutureWatcher>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace toasoan::ui {

class StatusLabel;
class WindowContext;

/// "Sao lưu ngay": the folder of this PC's backups (an administrator may choose another), the rule of the
/// automatic ones, the latest backup, and "Sao lưu" — today's backup made now in a worker thread, checked,
/// then the rotation. Only an administrator may make it (the core checks).
class BackupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupDialog)

public:
    explicit BackupDialog(WindowContext &context, QWidget *parent = nullptr);
    ~BackupDialog() override;

    void setToday(std::function<QDate()> today) { m_today = std::move(today); }
    QString folder() const;
    /// Tests: sets the folder as "Chọn thư mục…" would.
    void setFolder(const QString &folder);
    QPushButton *backupButton() const { return m_backup; }
    QPushButton *chooseButton() const { return m_choose; }
    StatusLabel *status() const { return m_status; }
    bool running() const { return m_watcher.isRunning(); }

public slots:
    void backUpNow();

signals:
    void finished(bool ok);

private:
    void chooseFolder();
    void showLatest();

    WindowContext &m_context;
    std::function<QDate()> m_today;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_choose = nullptr;
    QLabel *m_latest = nullptr;
    QPushButton *m_backup = nullptr;
    StatusLabel *m_status = nullptr;
    QFutureWatcher<Result<backup::AutomaticBackupOutcome>> m_watcher;
};

/// "28/11/2026 14:05, 139 MB, 5.000 bài" in the interface's language.
QString describeBackup(const backup::BackupInfo &info);

} // namespace toasoan::ui
