#pragma once

#include "app/core/Result.h"
#include "app/model/Article.h"

#include <QList>

namespace toasoan {

class Database;

/// A derived index of the articles (full-text search: app/search/SearchIndex.h) that storage keeps
/// in step without depending on it. ArticleRepository calls the database's indexer inside the
/// transaction of each write, so a rolled-back save rolls the index back too; its failure fails the
/// write. Without one (Database::setArticleIndexer never called) written articles wait in the search
/// backlog (queueForIndexing), which the search side works off when it is attached.
class ArticleIndexer
{
public:
    virtual ~ArticleIndexer() = default;
    /// The article was created or saved (tags, trash and state as stored).
    virtual Result<void> articleWritten(Database &db, const Article &article) const = 0;
    /// Articles created by a bulk write (ArticleRepository::createMany): index them later.
    virtual Result<void> articlesCreatedInBulk(Database &db, const QList<qint64> &articleIds) const = 0;
};

/// Records that the articles still have to be indexed (table search_backlog), in the current
/// transaction; already waiting ones stay as they are.
Result<void> queueForIndexing(Database &db, const QList<qint64> &articleIds);

} // namespace toasoan
