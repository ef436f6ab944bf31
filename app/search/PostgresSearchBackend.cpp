// The PostgreSQL search backend: search_docs' generated tsvector columns `fold` (configuration
// toasoan_fold: unaccent, which folds đ too, then lower case) and `exact` (simple), each with a GIN
// index (migration 12 in storage/Migrations.cpp). Ranking by ts_rank with the title weighted most, then
// tags, sapo and byline, then the body; the title marked by ts_headline,
// the passages cut as on SQLite (Snippet.h: ts_headline's time grows with a long body's hits).
#include "app/search/SearchBackend.h"
#include "app/search/SearchIndex.h"
#include "app/search/SearchRows.h"
#include "app/search/SearchText.h"
#include "app/storage/Database.h"

namespace toasoan::search {

namespace {

// As in the SQLite backend: past this many matches the UI says "more than 1,000".
constexpr int kCountLimit = 1000;
// As in the SQLite backend, only the newest this many matches are ranked: ts_rank reads each match's
// tsvector, and the everyday words of a district newsroom are in nearly every article (ranking all of
// them took over a second with 100,000 articles, tests/bench/bench_backends). The same answers as there.
constexpr int kCandidates = 1000;

class PostgresSearchBackend final : public SearchBackend
{
public:
    explicit PostgresSearchBackend(Database &db) : m_db(db) {}

    Result<SearchResult> search(const ParsedQuery &query, const SearchOptions &options) override
    {
        const bool exact = options.exactDiacritics;
        const QString column = exact ? QStringLiteral("d.exact") : QStringLiteral("d.fold");
        const QString config = exact ? QStringLiteral("'simple'") : QStringLiteral("'toasoan_fold'");
        const QString tsquery = tsQueryExpression(query, exact);
        const Filter filter = filterFor(options.filters, QStringLiteral("d.article_id"));

        SearchResult result;
        QVariantList countValues{tsquery};
        countValues += filter.values;
        countValues << kCountLimit + 1;
        TOASOAN_TRY(count, m_db.value(QStringLiteral("SELECT count(*) FROM (SELECT d.article_id FROM search_docs d "
                                                     "WHERE %1 @@ to_tsquery(%2, ?)")
                                              .arg(column, config) +
                                          filter.where + QStringLiteral(" LIMIT ?) matches"),
                                      countValues));
        result.total = qMin(count->toInt(), kCountLimit);
        result.totalIsLowerBound = count->toInt() > kCountLimit;
        if (auto waiting = searchindex::backlogSize(m_db); waiting) {
            result.notYetIndexed = *waiting;
        }
        if (options.countOnly || result.total <= options.offset) {
            return result;
        }

        const QString marks = QStringLiteral("StartSel=%1, StopSel=%2").arg(QChar(kHitOpen), QChar(kHitClose));
        const QString titleOptions = marks + QStringLiteral(", HighlightAll=true");
        // Weights of D, C, B, A: body, sapo and byline, tags, title.
        const QString sql =
            QStringLiteral(
                "WITH q AS (SELECT to_tsquery(%2, ?) AS q), "
                "candidates AS (SELECT d.article_id AS id, %1 AS v FROM search_docs d WHERE %1 @@ to_tsquery(%2, ?)%3 "
                "ORDER BY d.article_id DESC LIMIT ?), "
                "hits AS (SELECT c.id, ts_rank('{0.1, 0.4, 0.6, 1.0}', c.v, q.q) AS score "
                "FROM candidates c, q ORDER BY score DESC, id DESC LIMIT ? OFFSET ?) "
                "SELECT hits.id, -hits.score, ts_headline(%2, d.title, q.q, ?), "
                "NULL, NULL, d.title, d.sapo, "
                "d.body, a.uuid, a.title, a.state, a.category_id, c.name, a.author_id, u.display_name, "
                "a.byline, a.version, a.created_at, a.updated_at, a.scheduled_at, a.deleted_at "
                "FROM hits JOIN search_docs d ON d.article_id = hits.id "
                "JOIN articles a ON a.id = hits.id JOIN users u ON u.id = a.author_id "
                "LEFT JOIN categories c ON c.id = a.category_id CROSS JOIN q "
                "ORDER BY hits.score DESC, hits.id DESC")
                .arg(column, config, filter.where);
        // The candidates' query names its tsquery itself: through the q CTE the planner cannot see how many
        // articles match, and rechecked every match from the GIN index (2 s) instead of walking the newest.
        QVariantList values{tsquery, tsquery};
        values += filter.values;
        const int offset = qMax(0, options.offset);
        values << qMax(kCandidates, offset + options.limit) << options.limit << offset << titleOptions;
        TOASOAN_TRY(q, m_db.exec(sql, values));
        while (q->next()) {
            result.hits.append(hitFromRow(*q, TitleText::Real, query, exact));
        }
        return result;
    }

private:
    Database &m_db;
};

} // namespace

std::unique_ptr<SearchBackend> makePostgresSearchBackend(Database &db)
{
    return std::make_unique<PostgresSearchBackend>(db);
}

} // namespace toasoan::search
