// The SQLite search backend: FTS5 tables search_fold (no diacritics, đ folded) and search_exact,
// both external-content indexes over search_docs (see migrations 6 and 21 in storage/Migrations.cpp), a view
// that gives each body's text from the article itself (migration 24).
#include "app/search/SearchBackend.h"
#include "app/search/SearchIndex.h"
#include "app/search/SearchRows.h"
#include "app/search/SearchText.h"
#include "app/storage/Database.h"

namespace toasoan::search {

namespace {

// Title hits matter most, then tags and the sapo; the weights follow the column order title, sapo, body,
// tags, byline. toasoan_rank() is bm25() without the walk over every match of each word that bm25() makes
// for its word weights (storage/SqliteRank.h): that walk was most of an everyday query's time.
const QString kRank = QStringLiteral("toasoan_rank(%1, 10.0, 4.0, 1.0, 6.0, 3.0)");

// bm25 costs the same for every matching row, and in a district newsroom the everyday words ("quận
// ủy", "hội nghị") are in nearly every article: ranking all 100,000 would take a second. So the
// newest kCandidates matches (FTS5 walks them newest-first and stops) are ranked; a query with fewer
// matches is ranked completely.
constexpr int kCandidates = 1000;
// Counting is cheaper than ranking but still walks every match; past this many the UI says "more
// than 1,000" and nobody pages that far.
constexpr int kCountLimit = 1000;

// The index a search reads: search_fold (no diacritics, đ folded) or search_exact.
QString tableFor(bool exact)
{
    return exact ? QStringLiteral("search_exact") : QStringLiteral("search_fold");
}

SqlStatement countStatement(const QString &table, const QString &match, const Filter &filter)
{
    QVariantList values{match};
    values += filter.values;
    values << kCountLimit + 1;
    return {QStringLiteral("SELECT count(*) FROM (SELECT %1.rowid FROM %1 WHERE %1 MATCH ?").arg(table) + filter.where +
                QStringLiteral(" LIMIT ?)"),
            values};
}

SqlStatement backlogStatement()
{
    return {QStringLiteral("SELECT COUNT(*) FROM search_backlog"), {}};
}

// Rank the candidates but build snippets for the page only: the CTEs keep ids and scores, the outer
// query revisits the FTS row of each (CROSS JOIN pins that order) for its title's highlights. Not FTS5's
// snippet(): its time grows with the square of a column's hits (markedSnippet() says why); the passages
// are cut here from the texts read anyway.
SqlStatement pageStatement(const QString &table, const QString &match, const Filter &filter,
                           const SearchOptions &options)
{
    const QString sql =
        QStringLiteral("WITH candidates AS (SELECT %1.rowid AS id, %2 AS score FROM %1 WHERE %1 MATCH ?%3 "
                       "ORDER BY %1.rowid DESC LIMIT ?), "
                       "hits AS (SELECT id, score FROM candidates ORDER BY score, id DESC LIMIT ? OFFSET ?) "
                       "SELECT hits.id, hits.score, highlight(%1, 0, char(2), char(3)), NULL, NULL, d.title, "
                       "d.sapo, d.body, a.uuid, a.title, a.state, a.category_id, c.name, a.author_id, "
                       "u.display_name, a.byline, a.version, a.created_at, a.updated_at, a.scheduled_at, "
                       "a.deleted_at "
                       "FROM hits CROSS JOIN %1 ON %1.rowid = hits.id "
                       "CROSS JOIN search_docs d ON d.article_id = hits.id "
                       "CROSS JOIN articles a ON a.id = hits.id JOIN users u ON u.id = a.author_id "
                       "LEFT JOIN categories c ON c.id = a.category_id "
                       "WHERE %1 MATCH ? ORDER BY hits.score, hits.id DESC")
            .arg(table, kRank.arg(table), filter.where);
    QVariantList values{match};
    values += filter.values;
    const int offset = qMax(0, options.offset);
    values << qMax(kCandidates, offset + options.limit) << options.limit << offset << match;
    return {sql, values};
}

class Fts5SearchBackend final : public SearchBackend
{
public:
    explicit Fts5SearchBackend(Database &db) : m_db(db) {}

    Result<SearchResult> search(const ParsedQuery &query, const SearchOptions &options) override
    {
        const bool exact = options.exactDiacritics;
        const QString table = tableFor(exact);
        const QString match = exact ? exactMatchExpression(query) : foldedMatchExpression(query);
        const Filter filter = filterFor(options.filters, table + QStringLiteral(".rowid"));

        SearchResult result;
        const SqlStatement counting = countStatement(table, match, filter);
        TOASOAN_TRY(count, m_db.exec(counting.sql, counting.values));
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
        const SqlStatement page = pageStatement(table, match, filter, options);
        TOASOAN_TRY(q, m_db.exec(page.sql, page.values));
        while (q->next()) {
            result.hits.append(hitFromRow(*q, exact ? TitleText::Real : TitleText::Folded, query, exact));
        }
        return result;
    }

private:
    Database &m_db;
};

} // namespace

QList<SqlStatement> fts5Statements(const ParsedQuery &query, const SearchOptions &options)
{
    const QString table = tableFor(options.exactDiacritics);
    const QString match = options.exactDiacritics ? exactMatchExpression(query) : foldedMatchExpression(query);
    const Filter filter = filterFor(options.filters, table + QStringLiteral(".rowid"));
    return {countStatement(table, match, filter), backlogStatement(), pageStatement(table, match, filter, options)};
}

std::unique_ptr<SearchBackend> makeSearchBackend(Database &db)
{
    if (db.dialect().backend() == SqlDialect::Backend::SQLite) {
        return std::make_unique<Fts5SearchBackend>(db);
    }
    return makePostgresSearchBackend(db);
}

} // namespace toasoan::search
