// The SQLite search backend: FTS5 tables search_fold (no diacritics, đ folded) and search_exact,
// both external-content indexes over search_docs (see migration 6 in storage/Migrations.cpp).
#include "app/search/SearchBackend.h"
#include "app/search/SearchIndex.h"
#include "app/search/SearchRows.h"
#include "app/search/SearchText.h"
#include "app/storage/Database.h"

namespace toasoan::search {

namespace {

// Title hits matter most, then tags and the sapo; bm25 weights follow the column order
// title, sapo, body, tags, byline.
const QString kRank = QStringLiteral("bm25(%1, 10.0, 4.0, 1.0, 6.0, 3.0)");

// bm25 costs the same for every matching row, and in a district newsroom the everyday words ("quận
// ủy", "hội nghị") are in nearly every article: ranking all 100,000 would take a second. So the
// newest kCandidates matches (FTS5 walks them newest-first and stops) are ranked; a query with fewer
// matches is ranked completely.
constexpr int kCandidates = 1000;
// Counting is cheaper than ranking but still walks every match; past this many the UI says "more
// than 1,000" and nobody pages that far.
constexpr int kCountLimit = 1000;

class Fts5SearchBackend final : public SearchBackend
{
public:
    explicit Fts5SearchBackend(Database &db) : m_db(db) {}

    Result<SearchResult> search(const ParsedQuery &query, const SearchOptions &options) override
    {
        const bool exact = options.exactDiacritics;
        const QString table = exact ? QStringLiteral("search_exact") : QStringLiteral("search_fold");
        const QString match = exact ? exactMatchExpression(query) : foldedMatchExpression(query);
        const Filter filter = filterFor(options.filters, table + QStringLiteral(".rowid"));

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
            QStringLiteral(
                "WITH candidates AS (SELECT %1.rowid AS id, %2 AS score FROM %1 WHERE %1 MATCH ?%3 "
                "ORDER BY %1.rowid DESC LIMIT ?), "
                "hits AS (SELECT id, score FROM candidates ORDER BY score, id DESC LIMIT ? OFFSET ?) "
                "SELECT hits.id, hits.score, highlight(%1, 0, %4), NULL, NULL, d.title, d.sapo, d.body, a.uuid, "
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
            result.hits.append(hitFromRow(*q, exact ? TitleText::Real : TitleText::Folded, query, exact));
        }
        return result;
    }

private:
    Database &m_db;
};

} // namespace

std::unique_ptr<SearchBackend> makeSearchBackend(Database &db)
{
    if (db.dialect().backend() == SqlDialect::Backend::SQLite) {
        return std::make_unique<Fts5SearchBackend>(db);
    }
    return makePostgresSearchBackend(db);
}

} // namespace toasoan::search
