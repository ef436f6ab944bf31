#include "app/publish/PublishWorker.h"

#include "app/publish/JobExecutor.h"
#include "app/publish/SecretStore.h"
#include "app/storage/Database.h"
#include "app/storage/OutboxRepository.h"
#include "app/storage/SiteRepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QLockFile>
#include <QNetworkInformation>
#include <QRandomGenerator>
#include <QThread>
#include <cmath>

namespace toasoan {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

qint64 PublishWorker::backoffMs(int attempts, int retryAfterSeconds, const WorkerOptions &options)
{
    const int exponent = std::clamp(attempts - 1, 0, 20);
    const double raw = std::min(double(options.backoffMaxMs), double(options.backoffBaseMs) * std::pow(2.0, exponent));
    // ±20 % so that jobs failing together do not come back together.
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    qint64 delay = qint64(raw * jitter);
    if (retryAfterSeconds > 0) {
        delay = std::max<qint64>(delay, qint64(retryAfterSeconds) * 1000);
    }
    return std::max<qint64>(delay, 0);
}

PublishWorker::PublishWorker(Database &db, SecretStore &secrets, WorkerOptions options, QObject *parent)
    : QObject(parent), m_db(db), m_secrets(secrets), m_options(std::move(options))
{
    m_options.parallelJobs = std::clamp(m_options.parallelJobs, 1, 4);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PublishWorker::schedule);
}

PublishWorker::~PublishWorker()
{
    stop();
}

Result<void> PublishWorker::start()
{
    if (m_started) {
        return {};
    }
    QString lockPath = m_options.lockPath;
    if (lockPath.isEmpty()) {
        if (m_db.isShared()) {
            // The shared database has no file beside which to lock: this PC's temporary folder keeps
            // one sender per PC until the PCs share the outbox (issue 13).
            const QByteArray key = QCryptographicHash::hash(m_db.identity().toUtf8(), QCryptographicHash::Sha1);
            lockPath = QDir::temp().filePath(
                QStringLiteral("toasoan-outbox-%1.lock").arg(QString::fromLatin1(key.toHex().left(16))));
        } else if (m_db.path().isEmpty()) {
            lockPath = QDir::temp().filePath(QStringLiteral("toasoan-outbox.lock"));
        } else {
            lockPath = m_db.path() + QStringLiteral(".outbox-lock");
        }
    }
    auto lock = std::make_unique<QLockFile>(lockPath);
    lock->setStaleLockTime(0); // a lock is stale only when its process is gone, never by age
    if (!lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        return makeError(ErrorCode::Conflict,
                         tr("Another ToaSoan (process %1 on %2) is sending this workspace's outbox; this one leaves "
                            "it alone.")
                             .arg(pid)
                             .arg(host),
                         lockPath);
    }
    m_lock = std::move(lock);
    if (m_db.isShared()) {
        TOASOAN_CHECK(takeOfficeLock());
    }
    // We hold the lock: whatever is marked running was left by a process that died.
    if (auto requeued = OutboxRepository(m_db).requeueInterrupted(); !requeued) {
        releaseOfficeLock();
        m_lock.reset();
        return requeued.error();
    }
    for (int i = 0; i < m_options.parallelJobs; ++i) {
        auto *thread = new QThread(this);
        thread->setObjectName(QStringLiteral("toasoan-publish-%1").arg(i));
        auto *executor = new JobExecutor(m_db, m_secrets, m_locks, m_options.requestTimeoutMs);
        executor->moveToThread(thread);
        connect(thread, &QThread::finished, executor, &QObject::deleteLater);
        connect(executor, &JobExecutor::finished, this, &PublishWorker::onFinished, Qt::QueuedConnection);
        thread->start();
        m_threads.append(thread);
        m_executors.append(executor);
        m_free.append(executor);
    }
    m_started = true;
    if (m_options.useSystemReachability) {
        watchReachability();
    }
    QMetaObject::invokeMethod(this, &PublishWorker::schedule, Qt::QueuedConnection);
    return {};
}

void PublishWorker::watchReachability()
{
    if (!QNetworkInformation::instance()) {
        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
    }
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!info) {
        return; // no backend on this system: failures alone tell us we are offline
    }
    auto apply = [this](QNetworkInformation::Reachability r) {
        setOfflineBySystem(r == QNetworkInformation::Reachability::Disconnected);
    };
    connect(info, &QNetworkInformation::reachabilityChanged, this, apply);
    apply(info->reachability());
}

// Until the PCs share the outbox job by job, one PC of the office sends it: the others would queue
// its running jobs again and send them twice. The server drops the lock with the sender's
// connection, so a PC that dies or loses the network does not keep it; that can take a moment to
// be noticed, hence a few tries.
Result<void> PublishWorker::takeOfficeLock()
{
    for (int attempt = 0; attempt < 10; ++attempt) {
        auto taken = m_db.value(QStringLiteral("SELECT pg_try_advisory_lock(7235001302)"));
        if (!taken) {
            m_lock.reset();
            return taken.error();
        }
        if (taken->toBool()) {
            m_holdsOfficeLock = true;
            return {};
        }
        QThread::msleep(100);
    }
    m_lock.reset();
    return makeError(ErrorCode::Conflict,
                     tr("Another computer is sending the office's outbox; this one leaves it alone."),
                     QStringLiteral("pg_try_advisory_lock(7235001302) refused"));
}

void PublishWorker::releaseOfficeLock()
{
    if (m_holdsOfficeLock) {
        m_holdsOfficeLock = false;
        (void)m_db.value(QStringLiteral("SELECT pg_advisory_unlock(7235001302)"));
    }
}

void PublishWorker::stop()
{
    if (!m_started) {
        return;
    }
    m_started = false;
    m_timer.stop();
    for (JobExecutor *executor : std::as_const(m_executors)) {
        executor->abort();
    }
    for (QThread *thread : std::as_const(m_threads)) {
        thread->quit();
    }
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
    m_threads.clear();
    m_executors.clear();
    m_free.clear();
    // Results that had not reached us yet are lost with the threads: queue those jobs again.
    OutboxRepository outbox(m_db);
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it) {
        (void)outbox.markRetry(it.key(), it->job.steps,
                               makeError(ErrorCode::Network, tr("Interrupted when ToaSoan stopped; it will be sent "
                                                                "again.")),
                               QDateTime::currentDateTimeUtc());
    }
    m_running.clear();
    releaseOfficeLock();
    m_lock.reset();
    emit queueChanged();
}

void PublishWorker::wake()
{
    if (m_started) {
        m_lastProbeMs = 0;
        QMetaObject::invokeMethod(this, &PublishWorker::schedule, Qt::QueuedConnection);
    }
}

void PublishWorker::abortJob(qint64 jobId)
{
    const auto it = m_running.constFind(jobId);
    if (it != m_running.cend() && it->executor) {
        it->executor->abort();
    }
}

void PublishWorker::setOfflineByFailure(bool offline)
{
    const bool before = isOffline();
    m_offlineByFailure = offline;
    if (before != isOffline()) {
        emit offlineChanged(isOffline());
    }
}

void PublishWorker::setOfflineBySystem(bool offline)
{
    const bool before = isOffline();
    m_offlineBySystem = offline;
    if (!offline) {
        m_offlineByFailure = false; // the network came back: try at once
    }
    if (before != isOffline()) {
        emit offlineChanged(isOffline());
    }
    if (!offline) {
        wake();
    }
}

void PublishWorker::schedule()
{
    if (!m_started || m_scheduling) {
        return;
    }
    m_scheduling = true;
    OutboxRepository outbox(m_db);
    while (!m_free.isEmpty()) {
        if (isOffline()) {
            // One probe at a time, now and then, until a request gets through.
            if (!m_running.isEmpty() || nowMs() - m_lastProbeMs < m_options.offlineProbeMs) {
                break;
            }
        }
        QList<QPair<qint64, qint64>> busy;
        for (const Running &r : std::as_const(m_running)) {
            busy.append({r.job.articleId, r.job.siteId});
        }
        auto next = outbox.nextDue(QDateTime::currentDateTimeUtc(), busy);
        if (!next || !next->has_value()) {
            break;
        }
        OutboxJob job = next->value();
        auto claimed = outbox.claim(job.id);
        if (!claimed || !*claimed) {
            continue;
        }
        job.attempts += 1;
        job.state = JobState::Running;
        if (isOffline()) {
            m_lastProbeMs = nowMs();
        }
        dispatch(job);
    }
    m_scheduling = false;

    // Sleep until the next job is due (or the next offline probe).
    qint64 waitMs = -1;
    if (auto due = outbox.nextDueTime(); due && due->has_value()) {
        waitMs = std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(due->value()));
        if (isOffline()) {
            waitMs = std::max<qint64>(waitMs, m_options.offlineProbeMs - (nowMs() - m_lastProbeMs));
        }
    }
    if (waitMs >= 0 && !m_free.isEmpty()) {
        m_timer.start(int(std::min<qint64>(waitMs + 10, 3600 * 1000)));
    } else if (waitMs >= 0 && m_free.isEmpty()) {
        m_timer.stop(); // a finishing job schedules again
    }
    if (m_running.isEmpty() && (waitMs < 0 || waitMs > 0)) {
        emit idle();
    }
}

void PublishWorker::dispatch(const OutboxJob &job)
{
    auto site = SiteRepository(m_db).load(job.siteId);
    if (!site) {
        (void)OutboxRepository(m_db).markFailed(job.id, job.steps, site.error());
        emit jobFinished(job.id, JobState::Failed);
        emit queueChanged();
        return;
    }
    JobExecutor *executor = m_free.takeFirst();
    m_running.insert(job.id, Running{job, executor});
    emit jobStarted(job.id);
    emit queueChanged();
    const Site s = *site;
    QMetaObject::invokeMethod(
        executor, [executor, job, s] { executor->run(job, s); }, Qt::QueuedConnection);
}

void PublishWorker::onFinished(qint64 jobId, const RunResult &result)
{
    const auto it = m_running.find(jobId);
    if (it == m_running.end()) {
        return; // stopped meanwhile: stop() queued it again
    }
    const OutboxJob job = it->job;
    m_free.append(it->executor);
    m_running.erase(it);

    OutboxRepository outbox(m_db);
    JobState state = JobState::Done;
    Result<bool> stored = true;
    const Error error = result.error ? result.error->error : Error{};
    switch (result.outcome) {
    case RunResult::Outcome::Done:
        stored = outbox.markDone(jobId, result.steps);
        setOfflineByFailure(false);
        break;
    case RunResult::Outcome::Retry: {
        const bool offline = result.error && result.error->kind == RemoteError::Kind::Offline;
        setOfflineByFailure(offline);
        // Offline is not the site's fault: such attempts never exhaust the job.
        if (!offline && job.attempts >= m_options.maxAttempts) {
            state = JobState::Failed;
            stored = outbox.markFailed(jobId, result.steps, error);
        } else {
            state = JobState::Queued;
            const int retryAfter = result.error ? result.error->retryAfterSeconds : 0;
            const qint64 delay = offline ? m_options.offlineProbeMs : backoffMs(job.attempts, retryAfter, m_options);
            stored = outbox.markRetry(jobId, result.steps, error, QDateTime::currentDateTimeUtc().addMSecs(delay));
        }
        break;
    }
    case RunResult::Outcome::Failed:
        state = JobState::Failed;
        setOfflineByFailure(false);
        stored = outbox.markFailed(jobId, result.steps, error);
        break;
    case RunResult::Outcome::NeedsDecision:
        state = JobState::NeedsDecision;
        setOfflineByFailure(false);
        stored = outbox.markNeedsDecision(jobId, result.steps, error);
        break;
    case RunResult::Outcome::Cancelled:
        stored = false;
        break;
    }
    if (!stored.ok()) {
        qWarning("toasoan: could not record the outcome of outbox job %lld: %s", jobId,
                 qUtf8Printable(stored.error().detail));
    }
    if (!stored.ok() || !*stored) {
        // Someone changed the job meanwhile (cancelled it): report what it really is.
        auto current = outbox.load(jobId);
        state = current ? current->state : JobState::Cancelled;
    }
    emit jobFinished(jobId, state);
    emit queueChanged();
    schedule();
}

} // namespace toasoan
