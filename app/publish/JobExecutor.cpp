#include "app/publish/JobExecutor.h"

#include "app/publish/ClientFactory.h"
#include "app/publish/SecretStore.h"

#include <QCoreApplication>

namespace toasoan {

JobExecutor::JobExecutor(Database &db, SecretStore &secrets, KeyedLocks &locks, int timeoutMs)
    : m_db(db), m_secrets(secrets), m_locks(locks), m_timeoutMs(timeoutMs)
{
}

JobExecutor::~JobExecutor()
{
    m_clients.clear();
    m_threadDb.reset();
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
    auto fail = [&](RunResult::Outcome outcome, RemoteError::Kind kind, const Error &error) {
        RunResult result;
        result.outcome = outcome;
        RemoteError e;
        e.kind = kind;
        e.error = error;
        result.error = e;
        result.steps = job.steps;
        emit finished(job.id, result);
    };
    if (!m_threadDb) {
        // A Database of our own, opened and closed in this thread: thread ids are reused after a
        // thread ends, and a connection must never be used from another thread than its own.
        auto opened = Database::open(m_db.path());
        if (!opened) {
            fail(RunResult::Outcome::Retry, RemoteError::Kind::Server, opened.error());
            return;
        }
        m_threadDb = std::move(opened.value());
        m_threadDb->setArticleIndexer(m_db.articleIndexer());
    }
    auto secret = m_secrets.read(site);
    if (!secret) {
        fail(RunResult::Outcome::Failed, RemoteError::Kind::Auth, secret.error());
        return;
    }
    SiteClient *client = clientFor(site, *secret);
    PublishJobRunner runner(*m_threadDb, *client, site, m_locks);
    const RunResult result = runner.run(job);
    emit finished(job.id, result);
}

} // namespace toasoan
