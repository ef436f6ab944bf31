#pragma once

#include "app/core/Clock.h"
#include "app/core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

namespace toasoan {

class Database;

/// Who is editing an article, and since when.
struct EditLock
{
    qint64 articleId = 0;
    qint64 userId = 0;
    QString userName; ///< display name, for "held by ..."
    QDateTime acquiredAt;
    QDateTime heartbeatAt;
};

/// Soft edit locks: whoever opens an article for editing holds its lock and renews it with
/// heartbeats; others open it read-only unless they take the lock over explicitly (which is
/// logged). A lock without a heartbeat for `staleAfterMinutes` counts as free, so a crashed
/// editor never blocks an article for long. The lock is advisory: WorkflowService refuses a
/// save by someone else while a live lock exists.
class EditLockRepository final
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::EditLockRepository)

public:
    explicit EditLockRepository(Database &db, Clock clock = systemClock(), int staleAfterMinutes = 10);

    /// Takes the lock, or renews it when `userId` already holds it. Conflict when someone else
    /// holds a live lock; the message says who and since when ("... since 14:05").
    Result<EditLock> acquire(qint64 articleId, qint64 userId);
    /// Keeps the caller's lock alive. Conflict when the lock was taken over meanwhile.
    Result<void> heartbeat(qint64 articleId, qint64 userId);
    /// Gives the lock up; nothing happens when the caller does not hold it.
    Result<void> release(qint64 articleId, qint64 userId);
    /// Gives up every lock of a user (on log-out or quit).
    Result<void> releaseAll(qint64 userId);
    /// Takes the lock whoever holds it and writes a "lock_takeover" event naming the previous
    /// holder (none is written when the lock was free or already the caller's).
    Result<EditLock> takeOver(qint64 articleId, qint64 userId);
    /// The live lock on an article, if any (stale locks are reported as none).
    Result<std::optional<EditLock>> current(qint64 articleId);

    /// "Nguyễn Văn A has been editing this article since 14:05." (translated)
    static QString heldMessage(const EditLock &lock, const QDateTime &now);

private:
    Result<std::optional<EditLock>> read(qint64 articleId, bool includeStale);
    QDateTime staleBefore() const;

    Database &m_db;
    Clock m_clock;
    int m_staleAfterMinutes;
};

} // namespace toasoan
