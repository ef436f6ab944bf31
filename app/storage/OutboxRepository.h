#pragma once

#include "app/core/Result.h"
#include "app/model/OutboxJob.h"

#include <QHash>
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

/// What a worker asks of claimNext().
struct ClaimRequest
{
    QString worker;        ///< who claims: unique per worker and process (see PublishWorker)
    qint64 leaseMs = 0;    ///< the claim lasts this long unless renewed (renewLease)
    QList<qint64> siteIds; ///< only jobs for these sites: the worker has their secrets
    QDateTime now;         ///< queued jobs due at this time
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
    /// When the next queued job (of `siteIds` when given) becomes due, a running one whose lease ran
    /// out counting as due; nullopt when nothing is queued.
    Result<std::optional<QDateTime>> nextDueTime(const std::optional<QList<qint64>> &siteIds = std::nullopt);
    /// Queued → Running, attempts + 1. False when someone else changed the job first.
    Result<bool> claim(qint64 id);

    /// Claims the next job for `request.worker`, in one short transaction, with a lease of
    /// `request.leaseMs` on the database's clock: a queued job that is due, or a running job whose
    /// lease ran out (its worker died or lost the network; the job resumes from its steps). Never a
    /// job whose article and site another running job is sending. Any number of workers, on any
    /// computers, can ask at once: on PostgreSQL the candidate row is taken with FOR UPDATE SKIP
    /// LOCKED and the article/site pair with a transaction-scoped advisory lock; SQLite serialises
    /// the whole transaction (BEGIN IMMEDIATE). nullopt when nothing can be claimed now.
    Result<std::optional<OutboxJob>> claimNext(const ClaimRequest &request);
    /// Extends the claim of a running job; false when `worker` no longer holds it.
    Result<bool> renewLease(qint64 id, const QString &worker, qint64 leaseMs);
    /// Running jobs claimed by workers whose name starts with `workerPrefix`: id → claimed_by.
    Result<QHash<qint64, QString>> claimsOf(const QString &workerPrefix);
    /// Tells the people looking at the outbox why the site's queued jobs wait (a worker without its
    /// secret leaves them): `why` becomes their last error, where they have none. The number changed.
    Result<int> noteWaiting(qint64 siteId, const Error &why);
    /// Ends a dead worker's lease at once (the job is claimable again); false when it changed meanwhile.
    Result<bool> expireLease(qint64 id, const QString &worker);

    // The worker's writes below: `worker`, when given, must still hold the job's claim.

    /// Progress checkpoint. False when the job is no longer Running (cancelled meanwhile).
    Result<bool> saveSteps(qint64 id, const QJsonObject &steps, const QString &worker = {});
    Result<bool> markDone(qint64 id, const QJsonObject &steps, const QString &worker = {});
    /// Back to Queued, due at `nextAttempt`, with the error kept for display.
    Result<bool> markRetry(qint64 id, const QJsonObject &steps, const Error &error, const QDateTime &nextAttempt,
                           const QString &worker = {});
    /// Failed: waits for a person to press "retry".
    Result<bool> markFailed(qint64 id, const QJsonObject &steps, const Error &error, const QString &worker = {});
    /// NeedsDecision: waits for a person to choose (see decide()).
    Result<bool> markNeedsDecision(qint64 id, const QJsonObject &steps, const Error &error, const QString &worker = {});

    /// Cancels a job that has not finished. A running job stops after its current request.
    Result<void> cancel(qint64 id);
    /// Failed, NeedsDecision or Queued → Queued and due now; attempts start again at 0 for Failed.
    Result<void> retry(qint64 id);
    /// Records the user's answer to a NeedsDecision job under steps["decision"] and queues it.
    Result<void> decide(qint64 id, const QString &decision);

    /// Every Running job goes back to Queued, whoever holds it (tests; workers use leases).
    Result<int> requeueInterrupted();
    /// Queued + Running jobs (of `siteIds` when given).
    Result<int> countPending(const std::optional<QList<qint64>> &siteIds = std::nullopt);

private:
    Result<bool> finishRunning(qint64 id, JobState state, const QJsonObject &steps, const Error *error,
                               const QDateTime &nextAttempt, const QString &worker);
    /// The database's clock in epoch ms, as SQL: leases compare against one clock, not each PC's.
    QString clockSql() const;

    Database &m_db;
};

} // namespace toasoan
