#include "app/publish/PublishJobRunner.h"

#include "app/publish/PostComposer.h"
#include "app/publish/PublishCheck.h"
#include "app/publish/RemoteCache.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"
#include "app/storage/MediaRepository.h"
#include "app/storage/OutboxRepository.h"
#include "app/storage/TaxonomyRepository.h"
#include "app/text/Slug.h"
#include "app/workflow/WorkflowService.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLockFile>
#include <memory>

namespace toasoan {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::PublishJobRunner)
};

const QString kPostId = QStringLiteral("post_id");
const QString kPostUrl = QStringLiteral("post_url");
const QString kPostIntent = QStringLiteral("post_intent");
const QString kMediaIntents = QStringLiteral("media_intents");
const QString kDecision = QStringLiteral("decision");
const QString kWarning = QStringLiteral("warning");

class KeyGuard
{
public:
    KeyGuard(KeyedLocks &locks, QString key) : m_locks(locks), m_key(std::move(key)) { m_locks.lock(m_key); }
    ~KeyGuard() { m_locks.unlock(m_key); }
    KeyGuard(const KeyGuard &) = delete;
    KeyGuard &operator=(const KeyGuard &) = delete;

private:
    KeyedLocks &m_locks;
    QString m_key;
};

// The same, across workers (other processes, other PCs): on the shared database a session advisory lock
// on this thread's connection (the server drops it with the connection of a worker that dies); on one
// PC's workspace file a lock file beside the temporary files (freed when its process is gone).
class SharedKeyGuard
{
public:
    SharedKeyGuard(Database &db, const QString &key) : m_db(db), m_key(QStringLiteral("toasoan-key/") + key)
    {
        if (m_db.isShared()) {
            m_held = m_db.value(QStringLiteral("SELECT pg_advisory_lock(hashtextextended(?, 0))"), {m_key}).ok();
        } else if (!m_db.path().isEmpty()) {
            const QByteArray name =
                QCryptographicHash::hash((m_db.path() + QLatin1Char('/') + m_key).toUtf8(), QCryptographicHash::Sha1)
                    .toHex()
                    .left(20);
            m_file = std::make_unique<QLockFile>(
                QDir::temp().filePath(QStringLiteral("toasoan-%1.lock").arg(QString::fromLatin1(name))));
            m_file->setStaleLockTime(0); // stale only when its process is gone
            m_file->lock();
        }
    }
    ~SharedKeyGuard()
    {
        if (m_held) {
            (void)m_db.value(QStringLiteral("SELECT pg_advisory_unlock(hashtextextended(?, 0))"), {m_key});
        }
    }
    SharedKeyGuard(const SharedKeyGuard &) = delete;
    SharedKeyGuard &operator=(const SharedKeyGuard &) = delete;

private:
    Database &m_db;
    QString m_key;
    bool m_held = false;
    std::unique_ptr<QLockFile> m_file;
};

bool hasIntent(const QJsonObject &steps, const QString &sha)
{
    return steps.value(kMediaIntents).toArray().contains(sha);
}

void setIntent(QJsonObject &steps, const QString &sha, bool on)
{
    QJsonArray intents = steps.value(kMediaIntents).toArray();
    for (qsizetype i = intents.size() - 1; i >= 0; --i) {
        if (intents.at(i).toString() == sha) {
            intents.removeAt(i);
        }
    }
    if (on) {
        intents.append(sha);
    }
    if (intents.isEmpty()) {
        steps.remove(kMediaIntents);
    } else {
        steps.insert(kMediaIntents, intents);
    }
}

} // namespace

void KeyedLocks::lock(const QString &key)
{
    QMutexLocker locker(&m_mutex);
    while (m_held.contains(key)) {
        m_released.wait(&m_mutex);
    }
    m_held.insert(key);
}

void KeyedLocks::unlock(const QString &key)
{
    QMutexLocker locker(&m_mutex);
    m_held.remove(key);
    m_released.wakeAll();
}

PublishJobRunner::PublishJobRunner(Database &db, SiteClient &client, const Site &site, KeyedLocks &locks)
    : m_db(db), m_client(client), m_site(site), m_locks(locks)
{
}

RemoteError PublishJobRunner::localError(const Error &error, bool retryable)
{
    RemoteError e;
    e.error = error;
    e.kind = retryable ? RemoteError::Kind::Server : RemoteError::Kind::Invalid;
    return e;
}

RunResult PublishJobRunner::finish(RunResult::Outcome outcome, std::optional<RemoteError> error)
{
    return RunResult{m_cancelled ? RunResult::Outcome::Cancelled : outcome, std::move(error), m_steps};
}

RunResult PublishJobRunner::failWith(const RemoteError &error)
{
    if (m_cancelled) {
        return finish(RunResult::Outcome::Cancelled, error);
    }
    return finish(error.retryable() ? RunResult::Outcome::Retry : RunResult::Outcome::Failed, error);
}

bool PublishJobRunner::checkpoint()
{
    auto saved = OutboxRepository(m_db).saveSteps(m_job.id, m_steps, m_job.claimedBy);
    if (!saved || !*saved) {
        m_cancelled = saved.ok(); // not ours any more (cancelled, or taken over) = stop; a failed save is retried
        return false;
    }
    return true;
}

RunResult PublishJobRunner::run(const OutboxJob &job)
{
    m_job = job;
    m_steps = job.steps;
    m_steps.remove(kWarning);
    m_cancelled = false;
    return job.action == JobAction::Unpublish ? unpublish() : publish();
}

std::optional<RemoteError> PublishJobRunner::resolveCategory(qint64 categoryId, QStringList &ids)
{
    RemoteCache cache(m_db, m_site.id);
    auto map = cache.categoryMap();
    if (!map) {
        return localError(map.error(), true);
    }
    if (map->contains(categoryId)) {
        ids.append(map->value(categoryId));
        return std::nullopt;
    }
    // Not mapped yet: match the site's tree by slug or name (syncing it if needed), else create it.
    auto local = TaxonomyRepository(m_db).loadCategory(categoryId);
    if (!local) {
        return std::nullopt; // the category was deleted locally: publish without it
    }
    TOASOAN_TRY(tree, m_client.categories());
    if (auto replaced = cache.replaceCategories(*tree); !replaced) {
        return localError(replaced.error(), true);
    }
    QString parentRemote;
    if (local->parentId != 0) {
        QStringList parentIds;
        if (auto e = resolveCategory(local->parentId, parentIds)) {
            return e;
        }
        parentRemote = parentIds.value(0);
    }
    const QString wantedSlug = text::slugify(local->slug.isEmpty() ? local->name : local->slug);
    QString found;
    for (const RemoteCategory &c : std::as_const(*tree)) {
        const bool sameParent = local->parentId == 0 || c.parentRemoteId == parentRemote;
        if (sameParent && (QUrl::fromPercentEncoding(c.slug.toUtf8()) == wantedSlug ||
                           RemoteCache::tagKey(c.name) == RemoteCache::tagKey(local->name))) {
            found = c.remoteId;
            break;
        }
    }
    if (found.isEmpty()) {
        TOASOAN_TRY(created, m_client.createCategory(local->name, parentRemote));
        found = created->remoteId;
    }
    if (auto mapped = cache.mapCategory(categoryId, found); !mapped) {
        return localError(mapped.error(), true);
    }
    ids.append(found);
    return std::nullopt;
}

std::optional<RemoteError> PublishJobRunner::resolveTags(const QStringList &names, QStringList &ids)
{
    RemoteCache cache(m_db, m_site.id);
    for (const QString &name : names) {
        if (name.trimmed().isEmpty()) {
            continue;
        }
        auto cached = cache.tag(name);
        if (!cached) {
            return localError(cached.error(), true);
        }
        if (cached->has_value()) {
            ids.append(cached->value());
            continue;
        }
        // Finding or creating a tag is idempotent on the site (term_exists gives the id).
        TOASOAN_TRY(id, m_client.ensureTag(name));
        (void)cache.rememberTag(name, *id);
        ids.append(*id);
    }
    return std::nullopt;
}

std::optional<RemoteError> PublishJobRunner::ensureImage(qint64 mediaId, const QString &alt, const QString &caption,
                                                         std::optional<RemoteMedia> &result)
{
    auto meta = MediaRepository(m_db).metadata(mediaId);
    if (!meta) {
        if (meta.error().code == ErrorCode::NotFound) {
            return std::nullopt; // the image was removed from the workspace: the post goes without it
        }
        return localError(meta.error(), true);
    }
    RemoteCache cache(m_db, m_site.id);
    const QString sha = QString::fromLatin1(meta->sha256);
    const QString key = QString::number(m_site.id) + QLatin1Char('/') + sha;
    KeyGuard guard(m_locks, key);
    SharedKeyGuard shared(m_db, key);
    auto cached = cache.media(meta->sha256);
    if (!cached) {
        return localError(cached.error(), true);
    }
    if (cached->has_value()) {
        result = cached->value();
        return std::nullopt;
    }
    auto full = MediaRepository(m_db).load(mediaId);
    if (!full) {
        return localError(full.error(), true);
    }
    MediaUpload upload;
    upload.data = full->data;
    upload.fileName = full->fileName;
    upload.mimeType = full->mimeType;
    upload.title = caption.isEmpty() ? QFileInfo(full->fileName).completeBaseName() : caption;
    upload.caption = caption;
    upload.altText = alt.isEmpty() ? caption : alt;
    upload.sha256Hex = full->sha256;

    if (hasIntent(m_steps, sha)) {
        // An earlier upload got no answer: the site may have it already.
        TOASOAN_TRY(found, m_client.findMedia(upload));
        if (found->has_value()) {
            (void)cache.rememberMedia(full->sha256, found->value());
            setIntent(m_steps, sha, false);
            (void)checkpoint();
            result = found->value();
            return std::nullopt;
        }
    }
    setIntent(m_steps, sha, true);
    if (!checkpoint()) {
        return localError(makeError(ErrorCode::Conflict, Text::tr("The job was cancelled.")), false);
    }
    auto uploaded = m_client.uploadMedia(upload);
    if (!uploaded) {
        if (!uploaded.error().ambiguous) {
            setIntent(m_steps, sha, false);
        }
        return uploaded.error();
    }
    if (auto remembered = cache.rememberMedia(full->sha256, *uploaded); !remembered) {
        return localError(remembered.error(), true); // the intent stays: the next run finds the image
    }
    setIntent(m_steps, sha, false);
    (void)checkpoint();
    result = *uploaded;
    return std::nullopt;
}

std::optional<RemoteError> PublishJobRunner::ensureImages(const Article &article, QHash<qint64, RemoteMedia> &uploaded)
{
    for (const ArticleImage &image : PostComposer::imagesOf(article)) {
        std::optional<RemoteMedia> remote;
        if (auto e = ensureImage(image.mediaId, image.alt, image.caption, remote)) {
            return e;
        }
        if (m_cancelled) {
            return std::nullopt;
        }
        if (remote) {
            uploaded.insert(image.mediaId, *remote);
        }
    }
    return std::nullopt;
}

void PublishJobRunner::markArticle(const Article &article, bool published)
{
    WorkflowService workflow(m_db);
    const WorkflowState wanted = published ? WorkflowState::Published : WorkflowState::Unpublished;
    if (article.state == wanted) {
        return;
    }
    const QString note =
        published ? Text::tr("Published on %1").arg(m_site.name) : Text::tr("Taken off %1").arg(m_site.name);
    auto marked = published ? workflow.markPublished(article.id, m_job.requestedBy, note)
                            : workflow.markUnpublished(article.id, m_job.requestedBy, note);
    if (!marked) {
        // The site has the post; the local state could not follow (e.g. the article was sent
        // back meanwhile). Keep the job done and say so.
        m_steps.insert(kWarning, marked.error().message);
    }
}

RunResult PublishJobRunner::publish()
{
    auto article = ArticleRepository(m_db).load(m_job.articleId);
    if (!article) {
        return failWith(localError(article.error(), article.error().code != ErrorCode::NotFound));
    }
    if (article->isTrashed()) {
        return failWith(
            localError(makeError(ErrorCode::Invalid, Text::tr("The article \"%1\" is in the trash; restore it "
                                                              "before publishing.")
                                                         .arg(article->title)),
                       false));
    }
    // Before anything is sent (category, tags, images): the body may have changed since it was queued.
    if (auto publishable = checkPublishable(m_db, *article); !publishable) {
        return failWith(localError(publishable.error(), publishable.error().code != ErrorCode::Invalid));
    }
    RemoteCache cache(m_db, m_site.id);

    PostData post;
    if (article->categoryId != 0) {
        if (auto e = resolveCategory(article->categoryId, post.categoryIds)) {
            return failWith(*e);
        }
    }
    if (auto e = resolveTags(article->tags, post.tagIds)) {
        return failWith(*e);
    }
    QHash<qint64, RemoteMedia> uploaded;
    if (auto e = ensureImages(*article, uploaded)) {
        return failWith(*e);
    }
    if (m_cancelled) {
        return finish(RunResult::Outcome::Cancelled);
    }

    post.title = article->title;
    post.excerpt = article->sapo;
    post.slug = PostComposer::slug(*article);
    post.content = PostComposer::body(*article, uploaded);
    post.author = article->byline;
    if (article->featuredImageId != 0 && uploaded.contains(article->featuredImageId)) {
        post.featuredMediaId = uploaded.value(article->featuredImageId).remoteId;
    }
    auto publication = cache.publication(article->id);
    if (!publication) {
        return failWith(localError(publication.error(), true));
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (article->scheduledAt.isValid() && article->scheduledAt.toUTC() > now.addSecs(60)) {
        post.status = QStringLiteral("future");
        post.dateGmt = article->scheduledAt.toUTC();
    } else {
        post.status = QStringLiteral("publish");
        // The first publication is dated now; later updates keep the site's date.
        if (!publication->has_value() || !(*publication)->lastPublishedAt.isValid()) {
            post.dateGmt = now;
        }
    }

    QString postId = publication->has_value() ? (*publication)->remoteId : m_steps.value(kPostId).toString();
    if (m_steps.value(kDecision).toString() == QLatin1String("recreate")) {
        (void)cache.forgetPublication(article->id);
        postId.clear();
        m_steps.remove(kPostId);
        m_steps.remove(kDecision);
        post.dateGmt = post.status == QLatin1String("future") ? post.dateGmt : now;
    }
    const QString marker = PostComposer::marker(*article);
    if (postId.isEmpty() && m_steps.contains(kPostIntent)) {
        auto found = m_client.findPost(post.slug, marker);
        if (!found) {
            return failWith(found.error());
        }
        if (found->has_value()) {
            postId = (*found)->id;
            (void)cache.recordPublication(article->id, postId, (*found)->link, {});
        }
        m_steps.remove(kPostIntent);
    }

    RemoteResult<RemotePost> result = RemoteError{};
    if (!postId.isEmpty()) {
        result = m_client.updatePost(postId, post);
        if (!result && result.error().kind == RemoteError::Kind::NotFound) {
            RemoteError gone = result.error();
            gone.error.message =
                Text::tr("The post for \"%1\" was deleted on %2. Choose \"Recreate\" to publish it again "
                         "as a new post, or cancel the job.")
                    .arg(article->title, m_site.name);
            m_steps.insert(kPostId, postId);
            return finish(RunResult::Outcome::NeedsDecision, gone);
        }
    } else {
        m_steps.insert(kPostIntent, now.toString(Qt::ISODate));
        if (!checkpoint()) {
            return m_cancelled ? finish(RunResult::Outcome::Cancelled)
                               : failWith(localError(makeError(ErrorCode::Storage, Text::tr("The outbox could not be "
                                                                                            "saved.")),
                                                     true));
        }
        result = m_client.createPost(post);
        if (!result && !result.error().ambiguous) {
            m_steps.remove(kPostIntent);
        }
    }
    if (!result) {
        return failWith(result.error());
    }
    m_steps.remove(kPostIntent);
    m_steps.insert(kPostId, result->id);
    m_steps.insert(kPostUrl, result->link.toString());
    if (auto recorded = cache.recordPublication(article->id, result->id, result->link, now); !recorded) {
        // The post exists; the next run finds it through post_id in the steps.
        (void)checkpoint();
        return failWith(localError(recorded.error(), true));
    }
    markArticle(*article, true);
    return finish(RunResult::Outcome::Done);
}

RunResult PublishJobRunner::unpublish()
{
    auto article = ArticleRepository(m_db).load(m_job.articleId);
    if (!article) {
        return failWith(localError(article.error(), article.error().code != ErrorCode::NotFound));
    }
    RemoteCache cache(m_db, m_site.id);
    auto publication = cache.publication(article->id);
    if (!publication) {
        return failWith(localError(publication.error(), true));
    }
    if (!publication->has_value()) {
        markArticle(*article, false);
        return finish(RunResult::Outcome::Done); // never published there: nothing to take down
    }
    auto done = m_client.unpublishPost((*publication)->remoteId, m_site.unpublishAction);
    if (!done) {
        if (done.error().kind != RemoteError::Kind::NotFound) {
            return failWith(done.error());
        }
        // Someone deleted it on the site already: that is what was asked for.
        (void)cache.forgetPublication(article->id);
    }
    markArticle(*article, false);
    return finish(RunResult::Outcome::Done);
}

} // namespace toasoan
