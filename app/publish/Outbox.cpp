#include "app/publish/Outbox.h"

#include "app/publish/PublishCheck.h"
#include "app/publish/PublishWorker.h"
#include "app/publish/RemoteCache.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/SiteRepository.h"
#include "app/storage/UserRepository.h"
#include "app/workflow/ActingUser.h"
#include "app/workflow/WorkflowService.h"

namespace toasoan {

Outbox::Outbox(Database &db, QObject *parent) : QObject(parent), m_db(db), m_repository(db) {}

void Outbox::setWorker(PublishWorker *worker)
{
    if (m_worker) {
        disconnect(m_worker, nullptr, this, nullptr);
    }
    m_worker = worker;
    if (worker) {
        connect(worker, &PublishWorker::queueChanged, this, &Outbox::changed);
        connect(worker, &PublishWorker::jobFinished, this, [this](qint64 id) { emit jobChanged(id); });
        connect(worker, &PublishWorker::jobStarted, this, &Outbox::jobChanged);
    }
}

void Outbox::poke(qint64 jobId)
{
    if (m_worker) {
        m_worker->wake();
    }
    emit jobChanged(jobId);
    emit changed();
}

Result<OutboxJob> Outbox::enqueue(qint64 articleId, qint64 siteId, qint64 actorId, bool unpublishing)
{
    TOASOAN_TRY(article, ArticleRepository(m_db).load(articleId));
    TOASOAN_TRY(site, SiteRepository(m_db).load(siteId));
    TOASOAN_TRY(publication, RemoteCache(m_db, siteId).publication(articleId));
    JobAction action = JobAction::Unpublish;
    if (!unpublishing) {
        const WorkflowState s = article->state;
        if (s != WorkflowState::Approved && s != WorkflowState::Published && s != WorkflowState::Unpublished) {
            return makeError(ErrorCode::Invalid, tr("\"%1\" is %2: only approved articles can be published.")
                                                     .arg(article->title, workflowStateLabel(s)));
        }
        if (article->isTrashed()) {
            return makeError(ErrorCode::Invalid, tr("\"%1\" is in the trash.").arg(article->title));
        }
        action = publication->has_value() ? JobAction::Update : JobAction::Publish;
        if (actorId != 0) {
            // A published article is pushed again (an update): the rules' Publish action is for
            // approved articles, so ask whether this person may publish at all.
            TOASOAN_TRY(allowed, s == WorkflowState::Published
                                     ? mayPublish(actorId, articleId)
                                     : WorkflowService(m_db).check(actorId, Action::Publish, articleId));
        }
        TOASOAN_CHECK(checkPublishable(m_db, *article));
    } else if (actorId != 0) {
        TOASOAN_CHECK(WorkflowService(m_db).check(actorId, Action::Unpublish, articleId));
    }
    auto job = m_repository.enqueue(articleId, siteId, action, actorId);
    if (job) {
        poke(job->id);
    }
    return job;
}

Result<OutboxJob> Outbox::publish(qint64 articleId, qint64 siteId, qint64 actorId)
{
    return enqueue(articleId, siteId, actorId, false);
}

Result<OutboxJob> Outbox::unpublish(qint64 articleId, qint64 siteId, qint64 actorId)
{
    return enqueue(articleId, siteId, actorId, true);
}

Result<QList<OutboxJob>> Outbox::jobs(const OutboxFilter &filter)
{
    return m_repository.list(filter);
}

Result<OutboxJob> Outbox::job(qint64 jobId)
{
    return m_repository.load(jobId);
}

Result<void> Outbox::mayPublish(qint64 actorId, qint64 articleId)
{
    WorkflowService workflow(m_db);
    TOASOAN_TRY(facts, articleId != 0 ? workflow.facts(articleId) : Result<ArticleFacts>(ArticleFacts{}));
    TOASOAN_TRY(user, actingUser(m_db, actorId));
    TOASOAN_TRY(office, workflow.officeSettings());
    // Whoever may publish an approved article may also resend, retry or stop its jobs, whatever
    // state the article is in now (a job must stay cancellable after the article was sent back).
    ArticleFacts approved = *facts;
    approved.state = WorkflowState::Approved;
    approved.trashed = false;
    return checkPermission(*user, Action::Publish, approved, *office);
}

Result<void> Outbox::checkControl(qint64 actorId)
{
    if (actorId == 0) {
        return {};
    }
    return mayPublish(actorId, 0);
}

Result<void> Outbox::sendNow(qint64 jobId, qint64 actorId)
{
    if (auto allowed = checkControl(actorId); !allowed) {
        return allowed;
    }
    auto done = m_repository.retry(jobId);
    if (done) {
        poke(jobId);
    }
    return done;
}

Result<void> Outbox::retry(qint64 jobId, qint64 actorId)
{
    return sendNow(jobId, actorId);
}

Result<void> Outbox::cancel(qint64 jobId, qint64 actorId)
{
    if (auto allowed = checkControl(actorId); !allowed) {
        return allowed;
    }
    auto done = m_repository.cancel(jobId);
    if (done) {
        if (m_worker) {
            m_worker->abortJob(jobId);
        }
        poke(jobId);
    }
    return done;
}

Result<void> Outbox::recreate(qint64 jobId, qint64 actorId)
{
    if (auto allowed = checkControl(actorId); !allowed) {
        return allowed;
    }
    auto done = m_repository.decide(jobId, QStringLiteral("recreate"));
    if (done) {
        poke(jobId);
    }
    return done;
}

} // namespace toasoan
