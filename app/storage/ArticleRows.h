#pragma once

// Internal helpers shared by the ArticleRepository source files; not part of the public API.

#include "app/core/Result.h"
#include "app/model/Article.h"

#include <QSqlQuery>
#include <QString>

namespace toasoan {

class Database;

namespace articlerows {

/// Columns read by fromQuery(), in order.
extern const QString kArticleColumns;

/// Normalizes every text field to NFC (and fixes Đ), trims the title.
Article normalized(Article article);
/// A new article's uuid: time-ordered (version 7), so that new rows go to the end of its index.
QUuid timeOrderedUuid();
/// A draft made ready to store as a new article: normalized, with a uuid and slug when missing,
/// the actor as author when none is set, version 1, created and updated `now`.
Article newArticle(Article draft, qint64 actorId, const QDateTime &now);
Article fromQuery(const QSqlQuery &query);
/// Adds `count` new articles in `state` (not trashed) to the kept list counts (migration 10).
Result<void> countNew(Database &db, WorkflowState state, int count);
/// Attaches `tags` to the article (each the existing tag it names, TaxonomyRepository::findTag, or a new one)
/// and gives them as stored: once each, spelled as the tags table has them.
Result<QStringList> writeTags(Database &db, qint64 articleId, const QStringList &tags);
Result<QStringList> readTags(Database &db, qint64 articleId);
Result<QList<RemotePublication>> readPublications(Database &db, qint64 articleId);
Result<void> writeRevision(Database &db, const Article &article, qint64 authorId, const QString &note);
Result<void> logEvent(Database &db, qint64 articleId, qint64 userId, const QString &action,
                      std::optional<WorkflowState> from = {}, std::optional<WorkflowState> to = {},
                      const QString &comment = {});
Error notFound(qint64 id);

} // namespace articlerows
} // namespace toasoan
