#pragma once

#include "app/model/OutboxJob.h"
#include "app/model/Site.h"
#include "app/publish/HttpTransport.h"
#include "app/publish/PublishJobRunner.h"
#include "app/storage/Database.h"

#include <QAtomicPointer>
#include <QHash>
#include <QObject>
#include <map>
#include <memory>

namespace toasoan {

class SecretStore;
class SiteClient;

/// Runs jobs in one worker thread of PublishWorker. Owns that thread's HttpTransport (created on
/// first use, in the thread) and keeps one client per site so API discovery happens once.
class JobExecutor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobExecutor)

public:
    JobExecutor(Database &db, SecretStore &secrets, KeyedLocks &locks, int timeoutMs);
    ~JobExecutor() override;

    /// Runs the job to its end in the calling (worker) thread, then emits finished().
    void run(const OutboxJob &job, const Site &site);
    /// Aborts the request in flight; thread-safe.
    void abort();

signals:
    void finished(qint64 jobId, const toasoan::RunResult &result);

private:
    SiteClient *clientFor(const Site &site, const QString &secret);

    Database &m_db;
    std::unique_ptr<Database> m_threadDb; ///< this thread's own handle: connections stay in their thread
    SecretStore &m_secrets;
    KeyedLocks &m_locks;
    int m_timeoutMs;
    std::unique_ptr<HttpTransport> m_transport;
    QAtomicPointer<HttpTransport> m_transportForAbort;
    struct CachedClient
    {
        QString key;
        std::unique_ptr<SiteClient> client;
    };
    std::map<qint64, CachedClient> m_clients;
};

} // namespace toasoan
