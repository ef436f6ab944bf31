#include "app/storage/EditLockRepository.h"

#include "app/storage/Database.h"
#include "app/storage/PendingOps.h"

#include <QCoreApplication>

namespace toasoan {

namespace {

// Local wall-clock time, with the date when it is not today: what a colleague would say.
QString since(const QDateTime &at, const QDateTime &now)
{
    const QDateTime local = at.toLocalTime();
    if (local.date() == now.toLocalTime().date()) {
        return local.toString(QStringLiteral("HH:mm"));
    }
    return local.toString(QStringLiteral("HH:mm dd/MM/yyyy"));
}

} // namespace

EditLockRepository::EditLockRepository(Database &db, Clock clock, int staleAfterMinutes)
    : m_db(db), m_clock(std::move(clock)), m_staleAfterMinutes(qMax(1, staleAfterMinutes))
{
}

QDateTime EditLockRepository::staleBefore() const
{
    return m_clock().addSecs(-60LL * m_staleAfterMinutes);
}

QString EditLockRepository::heldMessage(const EditLock &lock, const QDateTime &now)
{
    return EditLockRepository::tr("%1 has been editing this article since %2.")
        .arg(lock.userName, since(lock.acquiredAt, now));
}

Result<std::optional<EditLock>> EditLockRepository::read(qint64 articleId, bool includeStale)
{
    TOASOAN_TRY(q, m_db.exec(QStringLiteral("SELECT l.user_id, u.display_name, l.acquired_at, l.heartbeat_at "
                                            "FROM edit_locks l JOIN users u ON u.id = l.user_id "
                                            "WHERE l.article_id = ? AND (? = 1 OR l.heartbeat_at >= ?)"),
                             {articleId, includeStale ? 1 : 0, toDbTime(staleBefore())}));
    if (!q->next()) {
        return std::optional<EditLock>();
    }
    EditLock lock;
    lock.articleId = articleId;
    lock.userId = q->value(0).toLongLong();
    lock.userName = q->value(1).toString();
    lock.acquiredAt = fromDbTime(q->value(2));
    lock.heartbeatAt = fromDbTime(q->value(3));
    return std::optional<EditLock>(lock);
}

Result<std::optional<EditLock>> EditLockRepository::current(qint64 articleId)
{
    return read(articleId, false);
}

Result<EditLock> EditLockRepository::acquire(qint64 articleId, qint64 userId)
{
    const QDateTime now = m_clock();
    // One statement, so two people opening the article at once cannot both win: the row is
    // replaced only when it is ours already or its holder stopped sending heartbeats.
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO edit_locks (article_id, user_id, acquired_at, heartbeat_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (article_id) DO UPDATE SET "
                       "acquired_at = CASE WHEN edit_locks.user_id = excluded.user_id "
                       "THEN edit_locks.acquired_at ELSE excluded.acquired_at END, "
                       "user_id = excluded.user_id, heartbeat_at = excluded.heartbeat_at "
                       "WHERE edit_locks.user_id = excluded.user_id OR edit_locks.heartbeat_at < ?"),
        {articleId, userId, toDbTime(now), toDbTime(now), toDbTime(staleBefore())});
    if (!q) {
        if (q.error().detail.contains(QLatin1String("foreign key"), Qt::CaseInsensitive)) {
            return makeError(ErrorCode::NotFound, EditLockRepository::tr("The article no longer exists."),
                             q.error().detail);
        }
        return q.error();
    }
    TOASOAN_TRY(lock, read(articleId, true));
    if (!lock->has_value()) {
        return makeError(ErrorCode::Storage, EditLockRepository::tr("The edit lock could not be taken."),
                         QString::number(articleId));
    }
    if ((*lock)->userId != userId) {
        return makeError(ErrorCode::Conflict, heldMessage(**lock, now),
                         QStringLiteral("lock held by user %1").arg((*lock)->userId));
    }
    return **lock;
}

Result<void> EditLockRepository::heartbeat(qint64 articleId, qint64 userId)
{
    TOASOAN_TRY(q,
                m_db.exec(QStringLiteral("UPDATE edit_locks SET heartbeat_at = ? WHERE article_id = ? AND user_id = ?"),
                          {toDbTime(m_clock()), articleId, userId}));
    if (q->numRowsAffected() == 1) {
        return {};
    }
    auto lock = read(articleId, false);
    if (lock && lock->has_value()) {
        return makeError(
            ErrorCode::Conflict,
            EditLockRepository::tr("%1 took over editing this article. Your copy is now read-only; save your changes "
                                   "elsewhere or take the article back.")
                .arg((*lock)->userName));
    }
    // Nobody holds it (it expired and was released): take it again quietly.
    auto again = acquire(articleId, userId);
    return again ? Result<void>() : Result<void>(again.error());
}

Result<void> EditLockRepository::release(qint64 articleId, qint64 userId)
{
    auto q =
        m_db.exec(QStringLiteral("DELETE FROM edit_locks WHERE article_id = ? AND user_id = ?"), {articleId, userId});
    return q ? Result<void>() : Result<void>(q.error());
}

Result<void> EditLockRepository::releaseAll(qint64 userId)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM edit_locks WHERE user_id = ?"), {userId});
    return q ? Result<void>() : Result<void>(q.error());
}

Result<EditLock> EditLockRepository::takeOver(qint64 articleId, qint64 userId)
{
    TOASOAN_CHECK(pendingops::requireServer(
        m_db, EditLockRepository::tr("This computer is working offline: taking over someone's article needs the "
                                     "office server. Try again when the connection is back.")));
    const QDateTime now = m_clock();
    std::optional<EditLock> previous;
    Result<void> done = m_db.transaction([&]() -> Result<void> {
        TOASOAN_TRY(held, read(articleId, false));
        previous = *held;
        TOASOAN_TRY(q,
                    m_db.exec(QStringLiteral("INSERT INTO edit_locks (article_id, user_id, acquired_at, heartbeat_at) "
                                             "VALUES (?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET "
                                             "user_id = excluded.user_id, acquired_at = excluded.acquired_at, "
                                             "heartbeat_at = excluded.heartbeat_at"),
                              {articleId, userId, toDbTime(now), toDbTime(now)}));
        if (!previous || previous->userId == userId) {
            return {};
        }
        auto logged = m_db.exec(QStringLiteral("INSERT INTO events (article_id, user_id, at, action, comment) "
                                               "VALUES (?, ?, ?, 'lock_takeover', ?)"),
                                {articleId, userId, toDbTime(now),
                                 EditLockRepository::tr("Took over editing from %1 (editing since %2).")
                                     .arg(previous->userName, since(previous->acquiredAt, now))});
        return logged ? Result<void>() : Result<void>(logged.error());
    });
    if (!done) {
        if (done.error().detail.contains(QLatin1String("foreign key"), Qt::CaseInsensitive)) {
            return makeError(ErrorCode::NotFound, EditLockRepository::tr("The article no longer exists."),
                             done.error().detail);
        }
        return done.error();
    }
    TOASOAN_TRY(lock, read(articleId, true));
    if (!lock->has_value()) {
        return makeError(ErrorCode::Storage, EditLockRepository::tr("The edit lock could not be taken."),
                         QString::number(articleId));
    }
    return **lock;
}

} // namespace toasoan
