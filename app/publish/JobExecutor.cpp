#include "publish/JobExecutor.h"

#include "publish/ClientFactory.h"
#include "publish/SecretStore.h"

#include <QCoreApplication>

namespace toasoan {

JobExecutor::JobExecutor(Database &db, SecretStore &secrets, KeyedLocks &locks, int timeoutMs)
    : m_db(db), m_secrets(secrets), m_locks(locks), m_timeoutMs(timeoutMs)
{
}

JobExecutor::~JobExecutor()
{
    m_clients.clear();
    m_transportForAbort.storeRelease(nullptr);
}

void JobExecutor::abort()
{
    if (HttpTransport *transport = m_transportForAbort.loadAcquire()) {
        transport->abortCurrent();
    }
}

SiteClient *JobExecutor::clientFor(const Site &site, const QString &secret)
{
    if (!m_transport) {
        m_transport = std::make_unique<HttpTransport>();
        m_transportForAbort.storeRelease(m_transport.get());
    }
    const QString key = siteKindKey(site.kind) + QLatin1Char('|') + site.baseUrl.toString() + QLatin1Char('|') +
                        site.username + QLatin1Char('|') + secret;
    CachedClient &cached = m_clients[site.id];
    if (!cached.client || cached.key != key) {
        cached.client = makeSiteClient(*m_transport, site, secret, m_timeoutMs);
        cached.key = key;
    }
    return cached.client.get();
}

void JobExecutor::run(const OutboxJob &job, const Site &site)
{
    auto secret = m_secrets.read(site);
    if (!secret) {
        RunResult result;
        result.outcome = RunResult::Outcome::Failed;
        RemoteError e;
        e.kind = RemoteError::Kind::Auth;
        e.error = secret.error();
        result.error = e;
        result.steps = job.steps;
        emit finished(job.id, result);
        return;
    }
    SiteClient *client = clientFor(site, *secret);
    PublishJobRunner runner(m_db, *client, site, m_locks);
    const RunResult result = runner.run(job);
    emit finished(job.id, result);
}

} // namespace toasoan
