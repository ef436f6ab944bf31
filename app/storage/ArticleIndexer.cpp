#include "app/storage/ArticleIndexer.h"

#include "app/storage/BulkInsert.h"
#include "app/storage/Database.h"

namespace toasoan {

Result<void> queueForIndexing(Database &db, const QList<qint64> &articleIds)
{
    BulkInsert insert(db, QStringLiteral("INSERT INTO search_backlog (article_id) VALUES (?) ON CONFLICT DO NOTHING"),
                      false);
    for (const qint64 id : articleIds) {
        TOASOAN_CHECK(insert.insert({id}));
    }
    return insert.flush();
}

} // namespace toasoan
