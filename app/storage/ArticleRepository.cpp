#include "app/storage/ArticleRepository.h"

#include "app/storage/ArticleIndexer.h"
#include "app/storage/ArticleRows.h"
#include "app/storage/Database.h"
#include "app/storage/PendingOps.h"
#include "app/storage/TaxonomyRepository.h"
#include "app/text/Slug.h"

#include <QCoreApplication>

namespace toasoan {

using namespace articlerows;

namespace {

Result<void> indexWritten(Database &db, const Article &article)
{
    const ArticleIndexer *indexer = db.articleIndexer();
    return indexer ? indexer->articleWritten(db, article) : queueForIndexing(db, {article.id});
}

struct StoredState
{
    int version = 0;
    WorkflowState state = WorkflowState::Draft;
    bool trashed = false;
};

Result<StoredState> storedState(Database &db, qint64 id)
{
    TOASOAN_TRY(q, db.exec(QStringLiteral("SELECT version, state, deleted_at FROM articles WHERE id = ?"), {id}));
    if (!q->next()) {
        return notFound(id);
    }
    return StoredState{q->value(0).toInt(), workflowStateFromKey(q->value(1).toString()).value_or(WorkflowState::Draft),
                       !q->value(2).isNull()};
}

// On a PC's offline working copy (issue 14), what only the office server may do.
Result<void> needsServer(const Database &db)
{
    return pendingops::requireServer(db, ArticleRepository::offlineReason());
}

Error conflict(int stored, int mine)
{
    return makeError(ErrorCode::Conflict,
                     QCoreApplication::translate(
                         "toasoan::ArticleRepository",
                         "Someone else saved this article after you opened it. Your changes were not written over "
                         "theirs; reopen the article to see the newer version."),
                     QStringLiteral("stored version %1, edited version %2").arg(stored).arg(mine));
}

QVariantList contentValues(const Article &a)
{
    return {a.title,
            a.slug,
            a.sapo,
            a.body,
            toDbId(a.categoryId),
            a.byline,
            a.source,
            a.dateline,
            toDbId(a.featuredImageId),
            a.featuredImageCaption,
            toDbTime(a.scheduledAt),
            a.notes};
}

} // namespace

Result<Article> ArticleRepository::create(Article draft, qint64 actorId)
{
    Article a = newArticle(std::move(draft), actorId, QDateTime::currentDateTimeUtc());
    Result<void> done = m_db.transaction([&]() -> Result<void> {
        TOASOAN_CHECK(TaxonomyRepository(m_db).checkChoosable(a.categoryId, 0));
        QVariantList values{a.uuid.toString(QUuid::WithoutBraces)};
        values += contentValues(a);
        values += QVariantList{a.authorId, workflowStateKey(a.state), a.version, toDbTime(a.createdAt),
                               toDbTime(a.updatedAt)};
        TOASOAN_TRY(
            id,
            m_db.insert(QStringLiteral(
                            "INSERT INTO articles (uuid, title, slug, sapo, body, category_id, byline, source, "
                            "dateline, featured_media_id, featured_caption, scheduled_at, notes, author_id, state, "
                            "version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                            "?, ?) RETURNING id"),
                        values));
        a.id = *id;
        if (auto r = countNew(m_db, a.state, 1); !r) {
            return r;
        }
        TOASOAN_TRY(tags, writeTags(m_db, a.id, a.tags));
        a.tags = *tags; // the existing tags' spelling, for the index and the revision
        if (auto r = indexWritten(m_db, a); !r) {
            return r;
        }
        if (auto r =
                writeRevision(m_db, a, actorId, QCoreApplication::translate("toasoan::ArticleRepository", "Created"));
            !r) {
            return r;
        }
        TOASOAN_CHECK(pendingops::recordCreate(m_db, a, actorId));
        return logEvent(m_db, a.id, actorId, QStringLiteral("create"), std::nullopt, a.state);
    });
    if (!done) {
        return done.error();
    }
    return a;
}

Result<Article> ArticleRepository::save(const Article &article, qint64 actorId, const QString &note)
{
    Article a = normalized(article);
    std::optional<Article> before; // on a working copy: the base of the queued change
    Result<void> done = m_db.transaction([&]() -> Result<void> {
        if (m_db.isWorkingCopy()) {
            TOASOAN_TRY(stored, load(a.id));
            if (stored->authorId != actorId ||
                (stored->state != WorkflowState::Draft && stored->state != WorkflowState::Returned)) {
                return makeError(ErrorCode::Offline,
                                 QCoreApplication::translate("toasoan::ArticleRepository",
                                                             "This computer is working offline: only your own drafts "
                                                             "and returned articles can be edited until the "
                                                             "connection to the office server is back."),
                                 QStringLiteral("article %1").arg(a.id));
            }
            before = *stored;
        }
        TOASOAN_TRY(stored, storedState(m_db, a.id));
        if (stored->trashed) {
            return makeError(ErrorCode::Invalid,
                             QCoreApplication::translate("toasoan::ArticleRepository",
                                                         "This article is in the trash. Restore it before editing."));
        }
        if (stored->version != a.version) {
            return conflict(stored->version, a.version);
        }
        if (a.categoryId > 0) {
            TOASOAN_TRY(storedCategory,
                        m_db.value(QStringLiteral("SELECT category_id FROM articles WHERE id = ?"), {a.id}));
            TOASOAN_CHECK(TaxonomyRepository(m_db).checkChoosable(a.categoryId, storedCategory->toLongLong()));
        }
        if (a.slug.isEmpty()) {
            a.slug = text::slugify(a.title);
        }
        a.updatedAt = QDateTime::currentDateTimeUtc();
        QVariantList values = contentValues(a);
        values += QVariantList{toDbTime(a.updatedAt), a.id, a.version};
        TOASOAN_TRY(
            q, m_db.exec(QStringLiteral("UPDATE articles SET title = ?, slug = ?, sapo = ?, body = ?, "
                                        "category_id = ?, byline = ?, source = ?, dateline = ?, "
                                        "featured_media_id = ?, featured_caption = ?, scheduled_at = ?, notes = ?, "
                                        "version = version + 1, updated_at = ? WHERE id = ? AND version = ?"),
                         values));
        if (q->numRowsAffected() != 1) {
            return conflict(stored->version, a.version);
        }
        a.version = stored->version + 1;
        a.state = stored->state;
        TOASOAN_TRY(tags, writeTags(m_db, a.id, a.tags));
        a.tags = *tags; // the existing tags' spelling, for the index and the revision
        if (auto r = indexWritten(m_db, a); !r) {
            return r;
        }
        if (auto r = writeRevision(m_db, a, actorId, note); !r) {
            return r;
        }
        TOASOAN_CHECK(m_db.exec(QStringLiteral("DELETE FROM recoveries WHERE article_id = ?"), {a.id}));
        if (before) {
            Article after = a;
            after.uuid = before->uuid;
            after.authorId = before->authorId;
            after.createdAt = before->createdAt;
            TOASOAN_CHECK(pendingops::recordEdit(m_db, *before, after, actorId));
        }
        return logEvent(m_db, a.id, actorId, QStringLiteral("save"), std::nullopt, std::nullopt, note);
    });
    if (!done) {
        return done.error();
    }
    return load(a.id);
}

Result<void> ArticleRepository::discardUnsavedNew(qint64 id, qint64 authorId)
{
    return m_db.transaction([&]() -> Result<void> {
        TOASOAN_TRY(q, m_db.exec(QStringLiteral(
                                     "SELECT a.author_id = ? AND a.state = ? AND a.deleted_at IS NULL"
                                     " AND (SELECT count(*) FROM revisions r WHERE r.article_id = a.id) = 1"
                                     " AND NOT EXISTS (SELECT 1 FROM article_publications p WHERE p.article_id = a.id)"
                                     " AND NOT EXISTS (SELECT 1 FROM outbox_jobs o WHERE o.article_id = a.id)"
                                     " FROM articles a WHERE a.id = ?"),
                                 {authorId, workflowStateKey(WorkflowState::Draft), id}));
        if (!q->next()) {
            return notFound(id);
        }
        if (q->value(0).toBool() && m_db.isWorkingCopy()) {
            q->finish();
            TOASOAN_TRY(uuid, m_db.value(QStringLiteral("SELECT uuid FROM articles WHERE id = ?"), {id}));
            TOASOAN_TRY(dropped, pendingops::dropUnpushed(m_db, QUuid(uuid->toString())));
            if (!*dropped) {
                return makeError(ErrorCode::Offline,
                                 QCoreApplication::translate("toasoan::ArticleRepository",
                                                             "This computer is working offline and the article is "
                                                             "already on the office server: it is kept."),
                                 QStringLiteral("article %1").arg(id));
            }
        } else if (!q->value(0).toBool()) {
            // Saved, submitted or someone else's: what was stored stays, only a new text goes.
            return makeError(ErrorCode::Invalid,
                             QCoreApplication::translate("toasoan::ArticleRepository",
                                                         "This article has been saved before; it is kept."),
                             QStringLiteral("article %1 is not an unsaved new draft of user %2").arg(id).arg(authorId));
        }
        q->finish();
        TOASOAN_CHECK(m_db.exec(QStringLiteral("DELETE FROM articles WHERE id = ?"), {id}));
        return {};
    });
}

Result<Article> ArticleRepository::load(qint64 id)
{
    TOASOAN_TRY(
        q, m_db.exec(QStringLiteral("SELECT ") + kArticleColumns + QStringLiteral(" FROM articles a WHERE a.id = ?"),
                     {id}));
    if (!q->next()) {
        return notFound(id);
    }
    Article a = fromQuery(*q);
    q->finish();
    TOASOAN_TRY(tags, readTags(m_db, a.id));
    a.tags = *tags;
    TOASOAN_TRY(publications, readPublications(m_db, a.id));
    a.publications = *publications;
    return a;
}

QString ArticleRepository::offlineReason()
{
    return QCoreApplication::translate("toasoan::ArticleRepository",
                                       "This computer is working offline: submitting, returning, approving, "
                                       "publishing and moving articles to or from the trash need the office server. "
                                       "Try again when the connection is back.");
}

Result<Article> ArticleRepository::loadByUuid(const QUuid &uuid)
{
    TOASOAN_TRY(
        q, m_db.exec(QStringLiteral("SELECT id FROM articles WHERE uuid = ?"), {uuid.toString(QUuid::WithoutBraces)}));
    if (!q->next()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("toasoan::ArticleRepository", "No article has the identifier %1.")
                             .arg(uuid.toString(QUuid::WithoutBraces)));
    }
    return load(q->value(0).toLongLong());
}

Result<Article> ArticleRepository::transition(qint64 id, WorkflowState to, qint64 actorId, const QString &comment,
                                              int expectedVersion)
{
    TOASOAN_CHECK(needsServer(m_db));
    Result<void> done = m_db.transaction([&]() -> Result<void> {
        TOASOAN_TRY(stored, storedState(m_db, id));
        if (expectedVersion != 0 && stored->version != expectedVersion) {
            return conflict(stored->version, expectedVersion);
        }
        TOASOAN_TRY(q,
                    m_db.exec(QStringLiteral("UPDATE articles SET state = ?, version = version + 1, updated_at = ? "
                                             "WHERE id = ? AND version = ?"),
                              {workflowStateKey(to), toDbTime(QDateTime::currentDateTimeUtc()), id, stored->version}));
        if (q->numRowsAffected() != 1) {
            return conflict(stored->version, expectedVersion);
        }
        return logEvent(m_db, id, actorId, QStringLiteral("transition"), stored->state, to, comment);
    });
    if (!done) {
        return done.error();
    }
    return load(id);
}

Result<void> ArticleRepository::moveToTrash(qint64 id, qint64 actorId)
{
    TOASOAN_CHECK(needsServer(m_db));
    return m_db.transaction([&]() -> Result<void> {
        TOASOAN_TRY(q,
                    m_db.exec(QStringLiteral("UPDATE articles SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL"),
                              {toDbTime(QDateTime::currentDateTimeUtc()), id}));
        if (q->numRowsAffected() != 1) {
            auto stored = storedState(m_db, id);
            return stored ? Result<void>() : Result<void>(stored.error()); // already in the trash: nothing to do
        }
        return logEvent(m_db, id, actorId, QStringLiteral("trash"));
    });
}

Result<void> ArticleRepository::restoreFromTrash(qint64 id, qint64 actorId)
{
    TOASOAN_CHECK(needsServer(m_db));
    return m_db.transaction([&]() -> Result<void> {
        TOASOAN_TRY(q, m_db.exec(QStringLiteral(
                                     "UPDATE articles SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL"),
                                 {id}));
        if (q->numRowsAffected() != 1) {
            auto stored = storedState(m_db, id);
            return stored ? Result<void>() : Result<void>(stored.error());
        }
        return logEvent(m_db, id, actorId, QStringLiteral("restore"));
    });
}

} // namespace toasoan
