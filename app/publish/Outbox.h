#pragma once

#include "app/core/Result.h"
#include "app/model/OutboxJob.h"
#include "app/storage/OutboxRepository.h"

#include <QObject>
#include <QPointer>

namespace toasoan {

class Database;
class PublishWorker;

/// The outbox as the UI and the command line use it: queue a push, list the jobs, and the
/// "send now", "retry", "cancel" and "recreate" controls. Emits changed() for every change, from
/// here or from the worker, so a view only has to reload.
class Outbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Outbox)

public:
    explicit Outbox(Database &db, QObject *parent = nullptr);

    /// The worker that sends the jobs (optional: without one, jobs wait for a worker elsewhere).
    void setWorker(PublishWorker *worker);

    /// Queues pushing the article to the site: an Update when it is already there. The article
    /// must be approved (or published/unpublished); `actorId` 0 = the system (command line).
    Result<OutboxJob> publish(qint64 articleId, qint64 siteId, qint64 actorId);
    /// Queues taking the article off the site.
    Result<OutboxJob> unpublish(qint64 articleId, qint64 siteId, qint64 actorId);

    Result<QList<OutboxJob>> jobs(const OutboxFilter &filter = {});
    Result<OutboxJob> job(qint64 jobId);

    // The controls below take the person pressing them; `actorId` 0 = the system (command line).
    // People need the right to publish articles (approvers, administrators): checkControl().

    /// "Đăng ngay": a waiting or failed job is sent at once.
    Result<void> sendNow(qint64 jobId, qint64 actorId = 0);
    /// "Thử lại": same as sendNow, attempts counted from zero again.
    Result<void> retry(qint64 jobId, qint64 actorId = 0);
    /// "Hủy": the job stops (after the request in flight, which is aborted).
    Result<void> cancel(qint64 jobId, qint64 actorId = 0);
    /// The answer to "the post was deleted on the site": publish it again as a new post.
    Result<void> recreate(qint64 jobId, qint64 actorId = 0);
    /// Ok when `actorId` may send, retry or cancel the outbox's jobs, else the translated reason.
    Result<void> checkControl(qint64 actorId);

signals:
    void changed();
    void jobChanged(qint64 jobId);

private:
    Result<OutboxJob> enqueue(qint64 articleId, qint64 siteId, qint64 actorId, bool unpublishing);
    void poke(qint64 jobId);
    Result<void> mayPublish(qint64 actorId, qint64 articleId);

    Database &m_db;
    OutboxRepository m_repository;
    QPointer<PublishWorker> m_worker;
};

} // namespace toasoan
