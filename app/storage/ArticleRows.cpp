#include "app/storage/ArticleRows.h"

#include "app/storage/ArticleJson.h"
#include "app/storage/Database.h"
#include "app/storage/EventLog.h"
#include "app/storage/TaxonomyRepository.h"
#include "app/text/Normalize.h"
#include "app/text/Slug.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>

namespace toasoan::articlerows {

const QString kArticleColumns =
    QStringLiteral("a.id, a.uuid, a.title, a.slug, a.sapo, a.body, a.category_id, a.author_id, a.byline, a.source, "
                   "a.dateline, a.featured_media_id, a.featured_caption, a.scheduled_at, a.notes, a.state, "
                   "a.version, a.created_at, a.updated_at, a.deleted_at");

Article normalized(Article a)
{
    a.title = text::normalize(a.title).trimmed();
    a.slug = text::normalize(a.slug).trimmed();
    a.sapo = text::normalize(a.sapo);
    a.body = text::normalize(a.body);
    QStringList tags;
    for (const QString &tag : text::normalize(a.tags)) {
        const QString clean = tag.simplified();
        if (!clean.isEmpty() && !tags.contains(clean)) {
            tags.append(clean);
        }
    }
    a.tags = tags;
    a.byline = text::normalize(a.byline).trimmed();
    a.source = text::normalize(a.source).trimmed();
    a.dateline = text::normalize(a.dateline).trimmed();
    a.featuredImageCaption = text::normalize(a.featuredImageCaption);
    a.notes = text::normalize(a.notes);
    return a;
}

QUuid timeOrderedUuid()
{
    // RFC 9562 version 7: Unix milliseconds in the first 48 bits, random bits after. New articles
    // then land at the end of the uuid index instead of on a random page of it (a bulk import of
    // 100,000 spent its time reading index pages back, tests/bench/bench_store).
    QUuid uuid = QUuid::createUuid(); // random, with the RFC variant bits
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    uuid.data1 = quint32(ms >> 16);
    uuid.data2 = quint16(ms & 0xffff);
    uuid.data3 = quint16((uuid.data3 & 0x0fff) | 0x7000);
    return uuid;
}

Article newArticle(Article draft, qint64 actorId, const QDateTime &now)
{
    Article a = normalized(std::move(draft));
    if (a.uuid.isNull()) {
        a.uuid = timeOrderedUuid();
    }
    if (a.slug.isEmpty()) {
        a.slug = text::slugify(a.title);
    }
    if (a.authorId == 0) {
        a.authorId = actorId;
    }
    a.version = 1;
    a.createdAt = a.updatedAt = now;
    a.deletedAt = {};
    return a;
}

Result<void> countNew(Database &db, WorkflowState state, int count)
{
    auto q = db.exec(QStringLiteral("INSERT INTO article_counts (state, trashed, n) VALUES (?, 0, ?) ON CONFLICT "
                                    "(state, trashed) DO UPDATE SET n = article_counts.n + excluded.n"),
                     {workflowStateKey(state), count});
    return q ? Result<void>() : Result<void>(q.error());
}

Article fromQuery(const QSqlQuery &q)
{
    Article a;
    a.id = q.value(0).toLongLong();
    a.uuid = QUuid::fromString(q.value(1).toString());
    a.title = q.value(2).toString();
    a.slug = q.value(3).toString();
    a.sapo = q.value(4).toString();
    a.body = q.value(5).toString();
    a.categoryId = q.value(6).toLongLong();
    a.authorId = q.value(7).toLongLong();
    a.byline = q.value(8).toString();
    a.source = q.value(9).toString();
    a.dateline = q.value(10).toString();
    a.featuredImageId = q.value(11).toLongLong();
    a.featuredImageCaption = q.value(12).toString();
    a.scheduledAt = fromDbTime(q.value(13));
    a.notes = q.value(14).toString();
    a.state = workflowStateFromKey(q.value(15).toString()).value_or(WorkflowState::Draft);
    a.version = q.value(16).toInt();
    a.createdAt = fromDbTime(q.value(17));
    a.updatedAt = fromDbTime(q.value(18));
    a.deletedAt = fromDbTime(q.value(19));
    return a;
}

Result<QStringList> writeTags(Database &db, qint64 articleId, const QStringList &tags)
{
    TOASOAN_CHECK(db.exec(QStringLiteral("DELETE FROM article_tags WHERE article_id = ?"), {articleId}));
    int position = 0;
    QSet<qint64> written; // "Chuyển đổi số" and "chuyển đổi số" are one tag, attached once
    QStringList stored;
    for (const QString &name : tags) {
        TOASOAN_TRY(tag, TaxonomyRepository(db).findOrCreateTag(name));
        if (written.contains(tag->id)) {
            continue;
        }
        written.insert(tag->id);
        stored.append(tag->name);
        if (auto r = db.exec(QStringLiteral("INSERT INTO article_tags (article_id, tag_id, position) VALUES (?, ?, ?)"),
                             {articleId, tag->id, position++});
            !r) {
            return r.error();
        }
    }
    return stored;
}

Result<QStringList> readTags(Database &db, qint64 articleId)
{
    TOASOAN_TRY(q, db.exec(QStringLiteral("SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id "
                                          "WHERE at.article_id = ? ORDER BY at.position"),
                           {articleId}));
    QStringList tags;
    while (q->next()) {
        tags.append(q->value(0).toString());
    }
    return tags;
}

Result<QList<RemotePublication>> readPublications(Database &db, qint64 articleId)
{
    TOASOAN_TRY(q, db.exec(QStringLiteral("SELECT site_id, remote_id, url, last_published_at FROM article_publications "
                                          "WHERE article_id = ? ORDER BY site_id"),
                           {articleId}));
    QList<RemotePublication> list;
    while (q->next()) {
        list.append(RemotePublication{q->value(0).toLongLong(), q->value(1).toString(), QUrl(q->value(2).toString()),
                                      fromDbTime(q->value(3))});
    }
    return list;
}

Result<void> writeRevision(Database &db, const Article &article, qint64 authorId, const QString &note)
{
    TOASOAN_TRY(next,
                db.value(QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM revisions WHERE article_id = ?"),
                         {article.id}));
    const int number = next->toInt();
    // The body is the article's own, just written: the revision refers to it (body NULL) until the
    // article's body changes, when the articles_keep_revision_body trigger copies it here (migration 22).
    const QByteArray snapshot = articleToJsonTextWithoutBody(article);
    auto r = db.exec(QStringLiteral("INSERT INTO revisions (article_id, number, author_id, created_at, note, snapshot) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"),
                     {article.id, number, authorId, toDbTime(article.updatedAt), text::normalize(note),
                      QString::fromUtf8(snapshot)});
    return r ? Result<void>() : Result<void>(r.error());
}

Result<void> logEvent(Database &db, qint64 articleId, qint64 userId, const QString &action,
                      std::optional<WorkflowState> from, std::optional<WorkflowState> to, const QString &comment)
{
    Event event;
    event.articleId = articleId;
    event.userId = userId;
    event.action = action;
    event.fromState = from;
    event.toState = to;
    event.comment = comment;
    auto id = EventLog(db).append(event);
    return id ? Result<void>() : Result<void>(id.error());
}

Error notFound(qint64 id)
{
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("toasoan::ArticleRepository", "Article %1 does not exist.").arg(id));
}

} // namespace toasoan::articlerows
