#include "app/storage/ArticleIndexer.h"

#include "app/storage/Database.h"

namespace toasoan {

Result<void> queueForIndexing(Database &db, const QList<qint64> &articleIds)
{
    for (const qint64 id : articleIds) {
        TOASOAN_CHECK(
            db.exec(QStringLiteral("INSERT INTO search_backlog (article_id) VALUES (?) ON CONFLICT DO NOTHING"), {id}));
    }
    return {};
}

} // namespace toasoan
