#include "app/publish/PublishWorker.h"

#include "app/publish/JobExecutor.h"
#include "app/publish/SecretStore.h"
#include "app/storage/Database.h"
#include "app/storage/OutboxRepository.h"
#include "app/storage/SiteRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkInformation>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QThread>
#include <cerrno>
#include <cmath>

#ifdef Q_OS_UNIX
#include <signal.h>
#endif

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
    m_options.leaseMs = std::max(m_options.leaseMs, 600);
    m_identity = m_options.identity.isEmpty()
                     ? defaultIdentity(QString::number(QRandomGenerator::global()->generate() & 0xffffff, 16))
                     : m_options.identity;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PublishWorker::schedule);
    m_leaseTimer.setInterval(m_options.leaseMs / 3);
    connect(&m_leaseTimer, &QTimer::timeout, this, [this] {
        renewLeases();
        freeDeadLocalClaims();
        schedule(); // a lease that ran out elsewhere
    });
}

PublishWorker::~PublishWorker()
{
    stop();
}

QString PublishWorker::defaultIdentity(const QString &token)
{
    QString machine = QString::fromLatin1(QSysInfo::machineUniqueId().left(8));
    if (machine.isEmpty()) {
        machine = QStringLiteral("-");
    }
    QString host = QSysInfo::machineHostName();
    host.replace(QLatin1Char('#'), QLatin1Char('_'));
    return host + QLatin1Char(' ') + machine + QLatin1Char('#') + QString::number(QCoreApplication::applicationPid()) +
           QLatin1Char('/') + token;
}

Result<void> PublishWorker::start()
{
    if (m_started) {
        return {};
    }
    // Reading the outbox once tells a broken database apart before any thread starts.
    TOASOAN_CHECK(OutboxRepository(m_db).nextDueTime());
    freeDeadLocalClaims();
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
    m_draining = false;
    m_sitesCheckedMs = 0;
    m_leaseTimer.start();
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

void PublishWorker::refreshSites(bool force)
{
    if (!force && m_sitesCheckedMs != 0 && nowMs() - m_sitesCheckedMs < m_options.secretsRefreshMs) {
        return;
    }
    m_sitesCheckedMs = nowMs();
    auto sites = SiteRepository(m_db).list();
    if (!sites) {
        return; // keep the last answer: the database may be back at the next look
    }
    m_secrets.setWorkspaceSites(*sites);
    QList<qint64> ids;
    bool noted = false;
    for (const Site &site : std::as_const(*sites)) {
        // A job is claimed only by a worker that can send it: the others leave it to one that has the secret,
        // saying why it waits (where nobody said anything yet) so that someone can give the password.
        if (auto secret = m_secrets.read(site); secret) {
            ids.append(site.id);
        } else if (auto changed = OutboxRepository(m_db).noteWaiting(site.id, secret.error());
                   changed && *changed > 0) {
            noted = true;
        }
    }
    m_siteIds = ids;
    if (noted) {
        emit queueChanged();
    }
}

void PublishWorker::renewLeases()
{
    OutboxRepository outbox(m_db);
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it) {
        auto renewed = outbox.renewLease(it.key(), m_identity, m_options.leaseMs);
        if (renewed && !*renewed && it->executor) {
            // Cancelled, or taken over after our lease ran out (this computer was cut off): stop sending.
            it->executor->abort();
        }
    }
}

// A worker of this computer whose process is gone cannot renew its leases: free its jobs now rather
// than when the leases run out (a restarted ToaSoan resumes at once what the killed one was sending).
void PublishWorker::freeDeadLocalClaims()
{
#ifdef Q_OS_UNIX
    const qsizetype hash = m_identity.indexOf(QLatin1Char('#'));
    if (hash < 0) {
        return;
    }
    OutboxRepository outbox(m_db);
    auto claims = outbox.claimsOf(m_identity.left(hash + 1));
    if (!claims) {
        return;
    }
    for (auto it = claims->cbegin(); it != claims->cend(); ++it) {
        bool ok = false;
        const qint64 pid = it.value().mid(hash + 1).section(QLatin1Char('/'), 0, 0).toLongLong(&ok);
        if (!ok || pid <= 0 || pid == QCoreApplication::applicationPid()) {
            continue; // this process's own workers renew or release their claims
        }
        if (::kill(pid_t(pid), 0) == 0 || errno == EPERM) {
            continue; // alive
        }
        (void)outbox.expireLease(it.key(), it.value());
    }
#endif
}

void PublishWorker::stop()
{
    if (!m_started) {
        return;
    }
    m_started = false;
    m_draining = false;
    m_timer.stop();
    m_leaseTimer.stop();
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
                               QDateTime::currentDateTimeUtc(), m_identity);
    }
    m_running.clear();
    emit queueChanged();
}

void PublishWorker::drain()
{
    if (!m_started) {
        emit drained();
        return;
    }
    m_draining = true;
    m_timer.stop();
    if (m_running.isEmpty()) {
        emit drained();
    }
}

void PublishWorker::wake()
{
    if (m_started) {
        m_lastProbeMs = 0;
        m_sitesCheckedMs = 0; // a password may have been given meanwhile
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
    if (!m_started || m_scheduling || m_draining) {
        return;
    }
    m_scheduling = true;
    refreshSites(false);
    OutboxRepository outbox(m_db);
    // Claiming is a writing transaction: only when something of ours is due.
    auto dueBefore = outbox.nextDueTime(m_siteIds);
    const bool somethingDue =
        dueBefore && dueBefore->has_value() && dueBefore->value() <= QDateTime::currentDateTimeUtc();
    while (somethingDue && !m_free.isEmpty()) {
        if (isOffline()) {
            // One probe at a time, now and then, until a request gets through.
            if (!m_running.isEmpty() || nowMs() - m_lastProbeMs < m_options.offlineProbeMs) {
                break;
            }
        }
        ClaimRequest request;
        request.worker = m_identity;
        request.leaseMs = m_options.leaseMs;
        request.siteIds = m_siteIds;
        request.now = QDateTime::currentDateTimeUtc();
        auto next = outbox.claimNext(request);
        if (!next) {
            qWarning("toasoan: could not claim an outbox job: %s", qUtf8Printable(next.error().detail));
            break;
        }
        if (!next->has_value()) {
            break;
        }
        if (isOffline()) {
            m_lastProbeMs = nowMs();
        }
        dispatch(next->value());
    }
    m_scheduling = false;

    // Sleep until the next job is due (or the next offline probe).
    qint64 waitMs = -1;
    if (auto due = outbox.nextDueTime(m_siteIds); due && due->has_value()) {
        waitMs = std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(due->value()));
        if (isOffline()) {
            waitMs = std::max<qint64>(waitMs, m_options.offlineProbeMs - (nowMs() - m_lastProbeMs));
        }
    }
    if (waitMs >= 0 && !m_free.isEmpty()) {
        // Due now but not claimable: another worker sends that post. Look again shortly.
        m_timer.start(int(std::min<qint64>(std::max<qint64>(waitMs + 10, waitMs == 0 ? 250 : 0), 3600 * 1000)));
    } else if (waitMs >= 0 && m_free.isEmpty()) {
        m_timer.stop(); // a finishing job schedules again
    } else if (waitMs < 0 && !m_free.isEmpty()) {
        m_timer.start(std::max(m_options.idlePollMs, 100)); // jobs queued on another PC, or by another process
    }
    if (m_running.isEmpty() && (waitMs < 0 || waitMs > 0)) {
        emit idle();
    }
}

void PublishWorker::dispatch(const OutboxJob &job)
{
    auto site = SiteRepository(m_db).load(job.siteId);
    if (!site) {
        (void)OutboxRepository(m_db).markFailed(job.id, job.steps, site.error(), m_identity);
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
        stored = outbox.markDone(jobId, result.steps, m_identity);
        setOfflineByFailure(false);
        break;
    case RunResult::Outcome::Retry: {
        const bool offline = result.error && result.error->kind == RemoteError::Kind::Offline;
        setOfflineByFailure(offline);
        // Offline is not the site's fault: such attempts never exhaust the job.
        if (!offline && job.attempts >= m_options.maxAttempts) {
            state = JobState::Failed;
            stored = outbox.markFailed(jobId, result.steps, error, m_identity);
        } else {
            state = JobState::Queued;
            const int retryAfter = result.error ? result.error->retryAfterSeconds : 0;
            const qint64 delay = offline ? m_options.offlineProbeMs : backoffMs(job.attempts, retryAfter, m_options);
            stored = outbox.markRetry(jobId, result.steps, error, QDateTime::currentDateTimeUtc().addMSecs(delay),
                                      m_identity);
        }
        break;
    }
    case RunResult::Outcome::Failed:
        state = JobState::Failed;
        setOfflineByFailure(false);
        stored = outbox.markFailed(jobId, result.steps, error, m_identity);
        break;
    case RunResult::Outcome::NeedsDecision:
        state = JobState::NeedsDecision;
        setOfflineByFailure(false);
        stored = outbox.markNeedsDecision(jobId, result.steps, error, m_identity);
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
    if (m_draining) {
        if (m_running.isEmpty()) {
            emit drained();
        }
        return;
    }
    schedule();
}

} // namespace toasoan
