#pragma once

// The write side of full-text search. attach() hangs it on a database's ArticleIndexer hook, which
// ArticleRepository calls inside its own transactions, so that the index can never disagree with the
// articles (a rolled-back save rolls the index back).

#include "app/core/Result.h"
#include "app/model/Article.h"

namespace toasoan {
class Database;
}

namespace toasoan::searchindex {

/// What gets indexed for an article: plain text (body HTML stripped), tags joined by ", ".
struct SearchDocument
{
    qint64 articleId = 0;
    QString title;
    QString sapo;
    QString body;
    QString tags;
    QString byline;
};

SearchDocument documentFor(const Article &article);

/// Keeps the full-text index of `db` in step with its articles from now on: saved articles are
/// indexed in the transaction that writes them (update()), bulk-created ones join the backlog
/// (defer()). Call it right after opening a workspace, before any article is written.
void attach(Database &db);

/// Stores or replaces the article's document. Trashed articles stay indexed (the trash view can be
/// searched too); ArticleSearch filters them out by default.
Result<void> update(Database &db, const Article &article);
/// Drops the article from the index (for a permanent delete).
Result<void> remove(Database &db, qint64 articleId);
/// Puts articles on the search backlog instead of indexing them now (ArticleRepository::createMany):
/// a bulk write then pays for the rows only. Until catchUp() reaches them they are not found.
Result<void> defer(Database &db, const QList<qint64> &articleIds);
/// Indexes up to `maxArticles` articles from the backlog, oldest first, in one transaction, and
/// takes them off it. Gives how many it indexed (0: nothing was waiting).
Result<int> catchUp(Database &db, int maxArticles);
/// catchUp() until the backlog is empty, `perTransaction` articles at a time (so that other
/// writers wait at most one such transaction). Gives how many it indexed; an error stops it, and
/// what is left stays on the backlog.
Result<int> catchUpAll(Database &db, int perTransaction);
/// Articles on the backlog, not yet searchable.
Result<int> backlogSize(Database &db);
/// Re-indexes every article from the articles table, in one transaction. For repairs: the schema
/// migration indexes the articles that exist when it runs. Gives the number of articles indexed.
Result<int> rebuild(Database &db);

} // namespace toasoan::searchindex
