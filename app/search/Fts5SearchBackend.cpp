// The SQLite search backend: FTS5 tables search_fold (no diacritics, đ folded) and search_exact,
// both external-content indexes over search_docs (see migration 6 in storage/Migrations.cpp).
#include "app/search/SearchBackend.h"
#include "app/search/SearchIndex.h"
#include "app/search/SearchText.h"
#include "app/search/Snippet.h"
#include "app/storage/Database.h"

namespace toasoan::search {

namespace {

// Title hits matter most, then tags and the sapo; bm25 weights follow the column order
// title, sapo, body, tags, byline.
const QString kRank = QStringLiteral("bm25(%1, 10.0, 4.0, 1.0, 6.0, 3.0)");
constexpr int kSnippetTokens = 24;

// bm25 costs the same for every matching row, and in a district newsroom the everyday words ("quận
// ủy", "hội nghị") are in nearly every article: ranking all 100,000 would take a second. So the
// newest kCandidates matches (FTS5 walks them newest-first and stops) are ranked; a query with fewer
// matches is ranked completely.
constexpr int kCandidates = 1000;
// Counting is cheaper than ranking but still walks every match; past this many the UI says "more
// than 1,000" and nobody pages that far.
constexpr int kCountLimit = 1000;

// The list filters as a condition on the FTS row id. Reading articles rows per hit would be slow
// (deleted_at and state lie after the body, in overflow pages), so the filters select ids through
// the articles indexes; the trash alone, the common case, is the small set to leave out.
struct Filter
{
    QString where;
    QVariantList values;
};

Filter filterFor(const ArticleQuery &query, const QString &table)
{
    QStringList where;
    Filter f;
    if (!query.states.isEmpty()) {
        QStringList marks;
        for (WorkflowState state : query.states) {
            marks << QStringLiteral("?");
            f.values << workflowStateKey(state);
        }
        where << QStringLiteral("a.state IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    if (query.categoryId > 0) {
        where << QStringLiteral("a.category_id = ?");
        f.values << query.categoryId;
    }
    if (query.authorId > 0) {
        where << QStringLiteral("a.author_id = ?");
        f.values << query.authorId;
    }
    if (query.excludeAuthorId > 0) {
        where << QStringLiteral("a.author_id <> ?");
        f.values << query.excludeAuthorId;
    }
    if (query.unsubmittedOnlyOf > 0) {
        where << QStringLiteral("(a.state NOT IN (?, ?) OR a.author_id = ?)");
        f.values << workflowStateKey(WorkflowState::Draft) << workflowStateKey(WorkflowState::Returned)
                 << query.unsubmittedOnlyOf;
    }
    if (query.updatedFrom.isValid()) {
        where << QStringLiteral("a.updated_at >= ?");
        f.values << toDbTime(query.updatedFrom);
    }
    if (query.updatedTo.isValid()) {
        where << QStringLiteral("a.updated_at < ?");
        f.values << toDbTime(query.updatedTo);
    }
    const QString rowid = table + QStringLiteral(".rowid");
    if (where.isEmpty()) {
        switch (query.trash) {
        case ArticleQuery::Trash::Exclude:
            f.where =
                QStringLiteral(" AND %1 NOT IN (SELECT id FROM articles WHERE deleted_at IS NOT NULL)").arg(rowid);
            break;
        case ArticleQuery::Trash::Only:
            f.where = QStringLiteral(" AND %1 IN (SELECT id FROM articles WHERE deleted_at IS NOT NULL)").arg(rowid);
            break;
        case ArticleQuery::Trash::Include:
            break;
        }
        return f;
    }
    if (query.trash == ArticleQuery::Trash::Exclude) {
        where << QStringLiteral("a.deleted_at IS NULL");
    } else if (query.trash == ArticleQuery::Trash::Only) {
        where << QStringLiteral("a.deleted_at IS NOT NULL");
    }
    f.where = QStringLiteral(" AND %1 IN (SELECT a.id FROM articles a WHERE %2)")
                  .arg(rowid, where.join(QLatin1String(" AND ")));
    return f;
}

bool hasHit(const QString &marked)
{
    return marked.contains(QChar(kHitOpen));
}

class Fts5SearchBackend final : public SearchBackend
{
public:
    explicit Fts5SearchBackend(Database &db) : m_db(db) {}

    Result<SearchResult> search(const ParsedQuery &query, const SearchOptions &options) override
    {
        const bool exact = options.exactDiacritics;
        const QString table = exact ? QStringLiteral("search_exact") : QStringLiteral("search_fold");
        const QString match = exact ? exactMatchExpression(query) : foldedMatchExpression(query);
        const Filter filter = filterFor(options.filters, table);

        SearchResult result;
        QVariantList countValues{match};
        countValues += filter.values;
        countValues << kCountLimit + 1;
        auto count =
            m_db.exec(QStringLiteral("SELECT count(*) FROM (SELECT %1.rowid FROM %1 WHERE %1 MATCH ?").arg(table) +
                          filter.where + QStringLiteral(" LIMIT ?)"),
                      countValues);
        if (!count) {
            return count.error();
        }
        count->next();
        result.total = qMin(count->value(0).toInt(), kCountLimit);
        result.totalIsLowerBound = count->value(0).toInt() > kCountLimit;
        count->finish();
        if (auto waiting = searchindex::backlogSize(m_db); waiting) {
            result.notYetIndexed = *waiting;
        }
        if (options.countOnly || result.total <= options.offset) {
            return result;
        }

        // Rank the candidates but build snippets for the page only: the CTEs keep ids and scores,
        // the outer query revisits the FTS row of each (CROSS JOIN pins that order) for its title's
        // highlights. Not FTS5's snippet(): its time grows with the square of a column's hits
        // (markedSnippet() says why); the passages are cut here from the texts read anyway.
        const QString marks = QStringLiteral("char(2), char(3)");
        const QString sql =
            QStringLiteral("WITH candidates AS (SELECT %1.rowid AS id, %2 AS score FROM %1 WHERE %1 MATCH ?%3 "
                           "ORDER BY %1.rowid DESC LIMIT ?), "
                           "hits AS (SELECT id, score FROM candidates ORDER BY score, id DESC LIMIT ? OFFSET ?) "
                           "SELECT hits.id, hits.score, highlight(%1, 0, %4), d.title, d.sapo, d.body, a.uuid, "
                           "a.title, a.state, "
                           "a.category_id, c.name, a.author_id, u.display_name, a.byline, a.version, a.created_at, "
                           "a.updated_at, a.scheduled_at, a.deleted_at "
                           "FROM hits CROSS JOIN %1 ON %1.rowid = hits.id "
                           "CROSS JOIN search_docs d ON d.article_id = hits.id "
                           "CROSS JOIN articles a ON a.id = hits.id JOIN users u ON u.id = a.author_id "
                           "LEFT JOIN categories c ON c.id = a.category_id "
                           "WHERE %1 MATCH ? ORDER BY hits.score, hits.id DESC")
                .arg(table, kRank.arg(table), filter.where, marks);
        QVariantList values{match};
        values += filter.values;
        const int offset = qMax(0, options.offset);
        values << qMax(kCandidates, offset + options.limit) << options.limit << offset << match;
        TOASOAN_TRY(q, m_db.exec(sql, values));
        while (q->next()) {
            result.hits.append(hitFrom(*q, query, exact));
        }
        return result;
    }

private:
    static SearchHit hitFrom(const QSqlQuery &q, const ParsedQuery &query, bool exact)
    {
        SearchHit hit;
        hit.score = q.value(1).toDouble();
        QString title = q.value(2).toString();
        if (!exact) {
            // search_fold's text has đ folded: show the same text with the real letters.
            title = unfoldMarked(title, q.value(3).toString());
        }
        const QString sapo = markedSnippet(q.value(4).toString(), query, exact, kSnippetTokens);
        const QString body = markedSnippet(q.value(5).toString(), query, exact, kSnippetTokens);
        hit.titleHtml = markedToHtml(title);
        if (hasHit(body) || (!hasHit(sapo) && !body.trimmed().isEmpty() && sapo.trimmed().isEmpty())) {
            hit.snippetHtml = markedToHtml(body);
        } else {
            hit.snippetHtml = markedToHtml(sapo);
        }
        ArticleSummary &s = hit.article;
        s.id = q.value(0).toLongLong();
        s.uuid = QUuid::fromString(q.value(6).toString());
        s.title = q.value(7).toString();
        s.state = workflowStateFromKey(q.value(8).toString()).value_or(WorkflowState::Draft);
        s.categoryId = q.value(9).toLongLong();
        s.categoryName = q.value(10).toString();
        s.authorId = q.value(11).toLongLong();
        s.authorName = q.value(12).toString();
        s.byline = q.value(13).toString();
        s.version = q.value(14).toInt();
        s.createdAt = fromDbTime(q.value(15));
        s.updatedAt = fromDbTime(q.value(16));
        s.scheduledAt = fromDbTime(q.value(17));
        s.deletedAt = fromDbTime(q.value(18));
        return hit;
    }

    Database &m_db;
};

} // namespace

std::unique_ptr<SearchBackend> makeSearchBackend(Database &db)
{
    if (db.dialect().backend() == SqlDialect::Backend::SQLite) {
        return std::make_unique<Fts5SearchBackend>(db);
    }
    return nullptr;
}

} // namespace toasoan::search
