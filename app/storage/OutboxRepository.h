#pragma once

#include "app/core/Result.h"
#include "app/model/OutboxJob.h"

#include <QList>
#include <optional>

namespace toasoan {

class Database;

/// Which jobs list() returns. Empty states = every state.
struct OutboxFilter
{
    QList<JobState> states;
    qint64 articleId = 0;
    qint64 siteId = 0;
    int limit = 500;
};

/// The persistent publishing queue (`outbox_jobs`). State changes made by the worker are
/// conditional on the job still being Running, so a cancel made meanwhile is never overwritten.
class OutboxRepository final
{
public:
    explicit OutboxRepository(Database &db) : m_db(db) {}

    /// Queues `action` for the article on the site. An unfinished job for the same pair that is
    /// not running is reused (its action replaced, queued again, progress kept) so the queue
    /// never holds two pending jobs for one post.
    Result<OutboxJob> enqueue(qint64 articleId, qint64 siteId, JobAction action, qint64 requestedBy,
                              const QDateTime &notBefore = {});
    Result<OutboxJob> load(qint64 id);
    /// Jobs, newest first, with the article title and site name.
    Result<QList<OutboxJob>> list(const OutboxFilter &filter = {});

    /// The oldest queued job due at `now` whose article/site pair is not in `busy` (pairs being run).
    Result<std::optional<OutboxJob>> nextDue(const QDateTime &now, const QList<QPair<qint64, qint64>> &busy = {});
    /// When the next queued job becomes due; nullopt when nothing is queued.
    Result<std::optional<QDateTime>> nextDueTime();
    /// Queued → Running, attempts + 1. False when someone else changed the job first.
    Result<bool> claim(qint64 id);

    /// Progress checkpoint. False when the job is no longer Running (cancelled meanwhile).
    Result<bool> saveSteps(qint64 id, const QJsonObject &steps);
    Result<bool> markDone(qint64 id, const QJsonObject &steps);
    /// Back to Queued, due at `nextAttempt`, with the error kept for display.
    Result<bool> markRetry(qint64 id, const QJsonObject &steps, const Error &error, const QDateTime &nextAttempt);
    /// Failed: waits for a person to press "retry".
    Result<bool> markFailed(qint64 id, const QJsonObject &steps, const Error &error);
    /// NeedsDecision: waits for a person to choose (see decide()).
    Result<bool> markNeedsDecision(qint64 id, const QJsonObject &steps, const Error &error);

    /// Cancels a job that has not finished. A running job stops after its current request.
    Result<void> cancel(qint64 id);
    /// Failed, NeedsDecision or Queued → Queued and due now; attempts start again at 0 for Failed.
    Result<void> retry(qint64 id);
    /// Records the user's answer to a NeedsDecision job under steps["decision"] and queues it.
    Result<void> decide(qint64 id, const QString &decision);

    /// Jobs left Running by a process that died go back to Queued. Call only while holding the
    /// outbox lock (see PublishWorker), when no other worker can be running them.
    Result<int> requeueInterrupted();
    /// Queued + Running jobs.
    Result<int> countPending();

private:
    Result<bool> finishRunning(qint64 id, JobState state, const QJsonObject &steps, const Error *error,
                               const QDateTime &nextAttempt);

    Database &m_db;
};

} // namespace toasoan
