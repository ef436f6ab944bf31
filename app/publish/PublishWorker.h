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

class QLockFile;
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
    QString lockPath; ///< default: the database file + ".outbox-lock" (shared database: one in the temp folder)
};

/// The background sender of the outbox. Runs jobs in worker threads (each with its own
/// HttpTransport), with exponential backoff and jitter between attempts; pauses while offline
/// (system reachability, or failures that say so) and probes until the network is back. Only
/// one process runs the outbox of a workspace at a time (a lock file next to it; on the shared
/// database also a server lock, so one PC of the office); on start, jobs left "running" by a
/// process that died are queued again.
class PublishWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishWorker)

public:
    PublishWorker(Database &db, SecretStore &secrets, WorkerOptions options = {}, QObject *parent = nullptr);
    ~PublishWorker() override;

    /// Takes the lock and starts sending. Conflict when another ToaSoan runs this outbox.
    Result<void> start();
    /// Stops after aborting the requests in flight; interrupted jobs go back to the queue.
    void stop();
    bool isRunning() const { return m_started; }
    bool isOffline() const { return m_offlineByFailure || m_offlineBySystem; }
    int runningCount() const { return int(m_running.size()); }

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

private:
    void schedule();
    void dispatch(const OutboxJob &job);
    void onFinished(qint64 jobId, const RunResult &result);
    void setOfflineByFailure(bool offline);
    void setOfflineBySystem(bool offline);
    void watchReachability();

    Database &m_db;
    SecretStore &m_secrets;
    WorkerOptions m_options;
    Result<void> takeOfficeLock();
    void releaseOfficeLock();

    std::unique_ptr<QLockFile> m_lock;
    bool m_holdsOfficeLock = false; ///< the shared database's advisory lock, on this thread's connection
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
    bool m_started = false;
    bool m_offlineByFailure = false;
    bool m_offlineBySystem = false;
    qint64 m_lastProbeMs = 0;
    bool m_scheduling = false;
};

} // namespace toasoan
