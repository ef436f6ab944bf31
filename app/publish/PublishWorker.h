#pragma once

#include "app/core/Result.h"
#include "app/model/OutboxJob.h"
#include "app/model/Site.h"
#include "app/publish/PublishJobRunner.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>
#include <memory>

class QThread;

namespace toasoan {

class Database;
class SecretStore;
class JobExecutor;

struct WorkerOptions
{
    int parallelJobs = 2;              ///< jobs sent at the same time (1–4)
    int requestTimeoutMs = 30000;      ///< no byte moving for this long ends a request
    int maxAttempts = 10;              ///< transient failures before a job is marked Failed
    int backoffBaseMs = 30000;         ///< first retry delay; doubles each attempt, ±20 % jitter
    int backoffMaxMs = 3600000;        ///< retry delay ceiling
    int offlineProbeMs = 60000;        ///< while offline, one job is tried this often
    bool useSystemReachability = true; ///< listen to QNetworkInformation
    int leaseMs = 120000;              ///< a claimed job stays this worker's this long; renewed every third
    int secretsRefreshMs = 30000;      ///< how often the sites this worker has secrets for are looked at again
    int idlePollMs = 5000;             ///< with nothing due, the queue is looked at this often (other PCs queue)
    QString identity; ///< names the worker in claims; default: this computer and process (defaultIdentity())
};

/// The background sender of the outbox. Runs jobs in worker threads (each with its own
/// HttpTransport), with exponential backoff and jitter between attempts; pauses while offline
/// (system reachability, or failures that say so) and probes until the network is back. Any
/// number of workers share an outbox, in one process, on one computer or on the PCs of an
/// office: each claims one job at a time with a lease (OutboxRepository::claimNext), renews it
/// while the job runs, and claims only jobs of the sites whose secret it has. A worker that dies
/// leaves its jobs to the others when the lease runs out, or at once when another worker on the
/// same computer sees that its process is gone; the job then resumes from its steps, so the post
/// is created once.
class PublishWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishWorker)

public:
    PublishWorker(Database &db, SecretStore &secrets, WorkerOptions options = {}, QObject *parent = nullptr);
    ~PublishWorker() override;

    /// Starts sending. Fails only when the database cannot be read.
    Result<void> start();
    /// Stops after aborting the requests in flight; interrupted jobs go back to the queue.
    void stop();
    /// Claims no more jobs; emits drained() once the running ones have finished (at once when none runs).
    void drain();
    bool isRunning() const { return m_started; }
    bool isOffline() const { return m_offlineByFailure || m_offlineBySystem; }
    int runningCount() const { return int(m_running.size()); }
    /// The name this worker claims jobs under: "host machine#pid/token".
    QString identity() const { return m_identity; }
    /// This computer and process, as claims name them; `token` tells workers of one process apart.
    static QString defaultIdentity(const QString &token);
    /// The sites whose jobs this worker takes (it has their secret), as last looked at.
    QList<qint64> siteIds() const { return m_siteIds; }

    /// Looks at the queue now (after something was queued, retried or "sent now").
    void wake();
    /// Aborts the request in flight of a running job (call after cancelling it).
    void abortJob(qint64 jobId);

    /// The delay before attempt `attempts + 1`, jitter included (exposed for tests).
    static qint64 backoffMs(int attempts, int retryAfterSeconds, const WorkerOptions &options);

signals:
    void jobStarted(qint64 jobId);
    void jobFinished(qint64 jobId, toasoan::JobState state);
    /// Something in the queue changed (state, attempts, error).
    void queueChanged();
    void offlineChanged(bool offline);
    /// Nothing is running and nothing is due now.
    void idle();
    /// After drain(): nothing runs any more.
    void drained();

private:
    void schedule();
    void dispatch(const OutboxJob &job);
    void onFinished(qint64 jobId, const RunResult &result);
    void setOfflineByFailure(bool offline);
    void setOfflineBySystem(bool offline);
    void watchReachability();
    void refreshSites(bool force);
    void renewLeases();
    void freeDeadLocalClaims();

    Database &m_db;
    SecretStore &m_secrets;
    WorkerOptions m_options;
    QString m_identity;
    QList<qint64> m_siteIds;
    qint64 m_sitesCheckedMs = 0;
    QList<QThread *> m_threads;
    QList<JobExecutor *> m_executors;
    QList<JobExecutor *> m_free;
    struct Running
    {
        OutboxJob job;
        JobExecutor *executor = nullptr;
    };
    QHash<qint64, Running> m_running;
    KeyedLocks m_locks;
    QTimer m_timer;
    QTimer m_leaseTimer;
    bool m_started = false;
    bool m_draining = false;
    bool m_offlineByFailure = false;
    bool m_offlineBySystem = false;
    qint64 m_lastProbeMs = 0;
    bool m_scheduling = false;
};

} // namespace toasoan
