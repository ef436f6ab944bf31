#pragma once

#include "app/backup/BackupRotation.h"
#include "app/core/Result.h"

#include <QDate>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <functional>

class QAction;

namespace toasoan::ui {

class WindowContext;

/// Backups from the window: "Sao lưu ngay…" (the backup dialog), "Khôi phục từ bản sao lưu…" (choose a
/// file, see what it holds, confirm: the restore is staged and swapped in at the next start, which it
/// offers to do at once), and the automatic daily backup — a minute after the window opens and then every
/// hour, at most once a day, in a worker thread (the typing goes on), into the folder chosen on this PC,
/// rotated (7 daily, 4 weekly). On the office's shared database both entries say to use pg_dump instead.
class BackupActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupActions)

public:
    explicit BackupActions(WindowContext &context, QObject *parent = nullptr);
    ~BackupActions() override;

    QAction *backupNowAction() const { return m_backupNow; }
    QAction *restoreAction() const { return m_restore; }

    /// Starts the daily schedule (the first check after `firstDelayMs`). Nothing on PostgreSQL.
    void startAutomatic(int firstDelayMs = 60000);
    /// Runs the automatic backup now if it is due (in a worker thread).
    void runAutomaticIfDue();
    bool automaticRunning() const { return m_automatic.isRunning(); }

    /// The restore of `file` (what "Khôi phục…" does once a file is chosen): checks it, shows what it holds,
    /// asks, stages it. `confirm` answers the question (tests); the default shows a message box.
    void restoreFrom(const QString &file);

    /// Tests: the date taken as today, the confirmation of a restore and what "restart now" does.
    void setToday(std::function<QDate()> today) { m_today = std::move(today); }
    void setConfirm(std::function<bool(const QString &question)> confirm) { m_confirm = std::move(confirm); }
    void setRestart(std::function<void()> restart) { m_restart = std::move(restart); }

signals:
    /// An automatic backup ended (made or not due); `error` is empty on success.
    void automaticFinished(bool made, const QString &error);

private:
    void openBackupDialog();
    void chooseRestoreFile();
    /// On PostgreSQL: says that pg_dump/pg_restore do it, and gives true.
    bool explainShared();

    WindowContext &m_context;
    QAction *m_backupNow = nullptr;
    QAction *m_restore = nullptr;
    QTimer m_daily;
    QFutureWatcher<Result<backup::AutomaticBackupOutcome>> m_automatic;
    std::function<QDate()> m_today;
    std::function<bool(const QString &)> m_confirm;
    std::function<void()> m_restart;
};

} // namespace toasoan::ui
