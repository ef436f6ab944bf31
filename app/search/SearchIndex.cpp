#include "app/search/SearchIndex.h"

#include "app/search/SearchText.h"
#include "app/storage/ArticleIndexer.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/BulkInsert.h"
#include "app/storage/Database.h"

namespace toasoan::searchindex {

namespace {

// The documents are plain SQL on both backends; their indexes are FTS5 tables kept by triggers on SQLite
// and tsvectors in search_vectors, kept by a trigger, on PostgreSQL (migrations 6, 12, 16 and 24).
bool supported(const Database &)
{
    return true;
}

// Where the documents live: on SQLite the table search_fields, which keeps no copy of the body (NULL: the
// article's, made plain text again by toasoan_search_text() where the index needs it, migration 24); on
// PostgreSQL, and in a file opened at an older schema (tests, benchmarks), search_docs with the body's text.
bool bodiesByReference(const Database &db)
{
    return !db.isShared() && db.schemaVersion() >= 24;
}

QString docsTable(const Database &db)
{
    return bodiesByReference(db) ? QStringLiteral("search_fields") : QStringLiteral("search_docs");
}

// A document as stored: without its body's text where nobody reads it (storedBody()).
SearchDocument documentToStore(const Database &db, const Article &article)
{
    if (!bodiesByReference(db)) {
        return documentFor(article);
    }
    Article withoutBody = article;
    withoutBody.body.clear();
    return documentFor(withoutBody);
}

QVariant storedBody(const Database &db, const SearchDocument &doc)
{
    return bodiesByReference(db) ? QVariant() : QVariant(doc.body);
}

Result<void> store(Database &db, const SearchDocument &doc)
{
    auto q = db.exec(QStringLiteral("INSERT INTO %1 (article_id, title, sapo, body, tags, byline) "
                                    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET "
                                    "title = excluded.title, sapo = excluded.sapo, body = excluded.body, "
                                    "tags = excluded.tags, byline = excluded.byline")
                         .arg(docsTable(db)),
                     {doc.articleId, doc.title, doc.sapo, storedBody(db, doc), doc.tags, doc.byline});
    return q ? Result<void>() : Result<void>(q.error());
}

// Each statement that reaches an FTS5 table makes FTS5 write out what it holds in memory as a new
// segment, and merging thousands of one-article segments cost three quarters of a bulk write
// (tests/bench/bench_store). So inside a transaction the documents wait in a per-connection
// table and reach search_docs (and, through its triggers, the indexes) in one statement just
// before the transaction commits: still the same transaction, so the index never disagrees with
// the articles once committed. A search inside the writing transaction would not see them yet.
const QString pendingKey = QStringLiteral("searchindex.flush");

Result<void> ensurePendingTable(Database &db)
{
    auto r = db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS search_pending (seq INTEGER PRIMARY KEY, "
                                    "article_id INTEGER NOT NULL, title TEXT NOT NULL, sapo TEXT NOT NULL, "
                                    "body TEXT, tags TEXT NOT NULL, byline TEXT NOT NULL)"));
    return r ? Result<void>() : Result<void>(r.error());
}

Result<void> flushPending(Database &db)
{
    // "WHERE true" tells SQLite's parser that ON CONFLICT belongs to the INSERT. The documents go in
    // in the order they were written, so the last write of an article wins.
    TOASOAN_TRY(moved,
                db.exec(QStringLiteral("INSERT INTO %1 (article_id, title, sapo, body, tags, byline) "
                                       "SELECT article_id, title, sapo, body, tags, byline FROM temp.search_pending "
                                       "WHERE true ORDER BY seq ON CONFLICT (article_id) DO UPDATE SET "
                                       "title = excluded.title, sapo = excluded.sapo, body = excluded.body, "
                                       "tags = excluded.tags, byline = excluded.byline")
                            .arg(docsTable(db))));
    auto cleared = db.exec(QStringLiteral("DELETE FROM temp.search_pending"));
    return cleared ? Result<void>() : Result<void>(cleared.error());
}

Result<void> stage(Database &db, const SearchDocument &doc)
{
    // PostgreSQL's GIN indexes take rows one at a time (their pending list absorbs bulk writes).
    if (!db.inTransaction() || db.isShared()) {
        return store(db, doc);
    }
    if (auto r = ensurePendingTable(db); !r) {
        return r;
    }
    TOASOAN_TRY(q,
                db.exec(QStringLiteral("INSERT INTO temp.search_pending (article_id, title, sapo, body, tags, byline) "
                                       "VALUES (?, ?, ?, ?, ?, ?)"),
                        {doc.articleId, doc.title, doc.sapo, storedBody(db, doc), doc.tags, doc.byline}));
    return db.beforeCommit(pendingKey, [&db] { return flushPending(db); });
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
    return stage(db, documentToStore(db, article));
}

Result<void> remove(Database &db, qint64 articleId)
{
    if (!supported(db)) {
        return {};
    }
    if (db.inTransaction() && !db.isShared()) {
        if (auto r = ensurePendingTable(db); !r) {
            return r;
        }
        TOASOAN_CHECK(db.exec(QStringLiteral("DELETE FROM temp.search_pending WHERE article_id = ?"), {articleId}));
    }
    auto q = db.exec(QStringLiteral("DELETE FROM %1 WHERE article_id = ?").arg(docsTable(db)), {articleId});
    return q ? Result<void>() : Result<void>(q.error());
}

Result<void> defer(Database &db, const QList<qint64> &articleIds)
{
    if (!supported(db)) {
        return {};
    }
    BulkInsert insert(db, QStringLiteral("INSERT INTO search_backlog (article_id) VALUES (?) ON CONFLICT DO NOTHING"),
                      false);
    for (qint64 id : articleIds) {
        TOASOAN_CHECK(insert.insert({id}));
    }
    return insert.flush();
}

Result<int> catchUp(Database &db, int maxArticles)
{
    if (!supported(db) || maxArticles <= 0) {
        return 0;
    }
    int count = 0;
    Result<void> done = db.transaction([&]() -> Result<void> {
        // The same query picks the rows and then drops them: the transaction holds the write lock,
        // so nothing joins the backlog in between.
        const QString picked =
            QStringLiteral("SELECT article_id FROM search_backlog ORDER BY article_id LIMIT %1").arg(maxArticles);
        const QString tags = db.isShared()
                                 ? QStringLiteral("string_agg(t.name, chr(31) ORDER BY at.position) FROM "
                                                  "article_tags at JOIN tags t ON t.id = at.tag_id WHERE "
                                                  "at.article_id = a.id")
                                 : QStringLiteral("group_concat(name, char(31)) FROM (SELECT t.name FROM article_tags "
                                                  "at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id "
                                                  "ORDER BY at.position)");
        TOASOAN_TRY(rows, db.exec(QStringLiteral("SELECT a.id, a.title, a.sapo, %3, a.byline, COALESCE((SELECT "
                                                 "%1), '') FROM articles a WHERE a.id IN (%2) ORDER BY a.id")
                                      .arg(tags, picked,
                                           bodiesByReference(db) ? QStringLiteral("''") : QStringLiteral("a.body"))));
        QList<SearchDocument> docs;
        while (rows->next()) {
            Article a;
            a.id = rows->value(0).toLongLong();
            a.title = rows->value(1).toString();
            a.sapo = rows->value(2).toString();
            a.body = rows->value(3).toString();
            a.byline = rows->value(4).toString();
            a.tags = rows->value(5).toString().split(QChar(31), Qt::SkipEmptyParts);
            docs.append(documentToStore(db, a));
        }
        rows->finish();
        for (const SearchDocument &doc : std::as_const(docs)) {
            if (auto r = stage(db, doc); !r) {
                return r;
            }
        }
        TOASOAN_TRY(dropped,
                    db.exec(QStringLiteral("DELETE FROM search_backlog WHERE article_id IN (%1)").arg(picked)));
        count = int(docs.size());
        return {};
    });
    if (!done) {
        return done.error();
    }
    return count;
}

Result<int> catchUpAll(Database &db, int perTransaction)
{
    int total = 0;
    for (;;) {
        TOASOAN_TRY(indexed, catchUp(db, perTransaction));
        if (*indexed == 0) {
            return total;
        }
        total += *indexed;
    }
}

Result<int> backlogSize(Database &db)
{
    if (!supported(db)) {
        return 0;
    }
    TOASOAN_TRY(n, db.value(QStringLiteral("SELECT COUNT(*) FROM search_backlog")));
    return n->toInt();
}

Result<int> rebuild(Database &db)
{
    if (!supported(db)) {
        return 0;
    }
    int count = 0;
    Result<void> done = db.transaction([&]() -> Result<void> {
        TOASOAN_TRY(ids, db.exec(QStringLiteral("SELECT id FROM articles ORDER BY id")));
        QList<qint64> all;
        while (ids->next()) {
            all.append(ids->value(0).toLongLong());
        }
        ids->finish();
        TOASOAN_CHECK(db.exec(QStringLiteral("DELETE FROM ") + docsTable(db)));
        TOASOAN_CHECK(db.exec(QStringLiteral("DELETE FROM search_backlog")));
        ArticleRepository articles(db);
        for (qint64 id : std::as_const(all)) {
            TOASOAN_TRY(article, articles.load(id));
            if (auto r = store(db, documentToStore(db, *article)); !r) {
                return r;
            }
            ++count;
        }
        // The triggers kept the indexes in step, but a repair must not trust what was there before.
        // (PostgreSQL computes its index columns from each row written above.)
        for (const char *table : {"search_fold", "search_exact"}) {
            if (db.isShared()) {
                break;
            }
            const QString name = QLatin1String(table);
            TOASOAN_TRY(r, db.exec(QStringLiteral("INSERT INTO %1 (%1) VALUES ('rebuild')").arg(name)));
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    return count;
}

namespace {

/// The hook attach() installs: stateless, one for every database.
class FullTextIndexer final : public ArticleIndexer
{
public:
    Result<void> articleWritten(Database &db, const Article &article) const override { return update(db, article); }
    Result<void> articlesCreatedInBulk(Database &db, const QList<qint64> &articleIds) const override
    {
        return defer(db, articleIds);
    }
};

} // namespace

void attach(Database &db)
{
    static const FullTextIndexer indexer;
    db.setArticleIndexer(&indexer);
}

} // namespace toasoan::searchindex
