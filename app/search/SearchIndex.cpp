#include "search/SearchIndex.h"

#include "search/SearchText.h"
#include "storage/ArticleRepository.h"
#include "storage/Database.h"

namespace toasoan::searchindex {

namespace {

// search_docs is plain SQL, but its FTS5 indexes and triggers exist on SQLite only; another backend
// would bring its own index (PostgreSQL: a tsvector over the same documents) before enabling this.
bool supported(const Database &db)
{
    return db.dialect().backend() == SqlDialect::Backend::SQLite;
}

Result<void> store(Database &db, const SearchDocument &doc)
{
    auto q = db.exec(QStringLiteral("INSERT INTO search_docs (article_id, title, sapo, body, tags, byline) "
                                    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET "
                                    "title = excluded.title, sapo = excluded.sapo, body = excluded.body, "
                                    "tags = excluded.tags, byline = excluded.byline"),
                     {doc.articleId, doc.title, doc.sapo, doc.body, doc.tags, doc.byline});
    return q ? Result<void>() : Result<void>(q.error());
}

} // namespace

SearchDocument documentFor(const Article &article)
{
    SearchDocument doc;
    doc.articleId = article.id;
    doc.title = search::cleanSearchText(article.title);
    doc.sapo = search::cleanSearchText(article.sapo);
    doc.body = search::htmlToSearchText(article.body);
    doc.tags = search::cleanSearchText(article.tags.join(QStringLiteral(", ")));
    doc.byline = search::cleanSearchText(article.byline);
    return doc;
}

Result<void> update(Database &db, const Article &article)
{
    if (!supported(db)) {
        return {};
    }
    return store(db, documentFor(article));
}

Result<void> remove(Database &db, qint64 articleId)
{
    if (!supported(db)) {
        return {};
    }
    auto q = db.exec(QStringLiteral("DELETE FROM search_docs WHERE article_id = ?"), {articleId});
    return q ? Result<void>() : Result<void>(q.error());
}

Result<int> rebuild(Database &db)
{
    if (!supported(db)) {
        return 0;
    }
    int count = 0;
    Result<void> done = db.transaction([&]() -> Result<void> {
        auto ids = db.exec(QStringLiteral("SELECT id FROM articles ORDER BY id"));
        if (!ids) {
            return ids.error();
        }
        QList<qint64> all;
        while (ids->next()) {
            all.append(ids->value(0).toLongLong());
        }
        ids->finish();
        if (auto cleared = db.exec(QStringLiteral("DELETE FROM search_docs")); !cleared) {
            return cleared.error();
        }
        ArticleRepository articles(db);
        for (qint64 id : std::as_const(all)) {
            auto article = articles.load(id);
            if (!article) {
                return article.error();
            }
            if (auto r = store(db, documentFor(*article)); !r) {
                return r;
            }
            ++count;
        }
        // The triggers kept the indexes in step, but a repair must not trust what was there before.
        for (const char *table : {"search_fold", "search_exact"}) {
            const QString name = QLatin1String(table);
            auto r = db.exec(QStringLiteral("INSERT INTO %1 (%1) VALUES ('rebuild')").arg(name));
            if (!r) {
                return r.error();
            }
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    return count;
}

} // namespace toasoan::searchindex
