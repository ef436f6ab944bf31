#pragma once

#include "app/model/OutboxJob.h"
#include "app/publish/RemoteError.h"
#include "app/publish/SiteClient.h"

#include <QMutex>
#include <QSet>
#include <QWaitCondition>
#include <functional>
#include <optional>

namespace toasoan {

class Database;
struct Article;

/// Named locks shared by the worker's threads: one image is uploaded to one site by one job at
/// a time, so two articles with the same photo never upload it twice.
class KeyedLocks final
{
public:
    void lock(const QString &key);
    void unlock(const QString &key);

private:
    QMutex m_mutex;
    QWaitCondition m_released;
    QSet<QString> m_held;
};

/// How a run ended.
struct RunResult
{
    enum class Outcome
    {
        Done,
        Retry,         ///< a transient failure: queue again later
        Failed,        ///< a person must act (credentials, rights, refused data...)
        NeedsDecision, ///< e.g. the remote post was deleted: recreate it?
        Cancelled,     ///< the job was cancelled while running
    };
    Outcome outcome = Outcome::Done;
    std::optional<RemoteError> error;
    QJsonObject steps;
};

/// Runs one claimed job to its end, step by step: category, tags, images, post, workflow.
/// Progress goes into the job's `steps` and the remote cache as it happens, so a run that
/// dies anywhere resumes without repeating what the site already has. Before each request that
/// creates something, an intent is saved; a later run that finds the intent looks the object
/// up on the site (post by slug and marker, image by content hash) before creating it again.
class PublishJobRunner final
{
public:
    PublishJobRunner(Database &db, SiteClient &client, const Site &site, KeyedLocks &locks);

    RunResult run(const OutboxJob &job);

private:
    RunResult publish();
    RunResult unpublish();
    std::optional<RemoteError> resolveCategory(qint64 categoryId, QStringList &ids);
    std::optional<RemoteError> resolveTags(const QStringList &names, QStringList &ids);
    std::optional<RemoteError> ensureImages(const Article &article, QHash<qint64, RemoteMedia> &uploaded);
    std::optional<RemoteError> ensureImage(qint64 mediaId, const QString &alt, const QString &caption,
                                           std::optional<RemoteMedia> &result);
    /// Saves steps; false when the job is no longer running (cancelled) or the save failed.
    bool checkpoint();
    void markArticle(const Article &article, bool published);
    RunResult finish(RunResult::Outcome outcome, std::optional<RemoteError> error = std::nullopt);
    RunResult failWith(const RemoteError &error);
    static RemoteError localError(const Error &error, bool retryable);

    Database &m_db;
    SiteClient &m_client;
    Site m_site;
    KeyedLocks &m_locks;
    OutboxJob m_job;
    QJsonObject m_steps;
    bool m_cancelled = false;
};

} // namespace toasoan
