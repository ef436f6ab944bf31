// The PostgreSQL search backend: search_vectors' tsvectors `fold` (configuration toasoan_fold: unaccent, which
// folds đ too, then lower case) and `exact` (simple), each with a GIN index, kept from search_docs by a trigger
// (migrations 12 and 16 in storage/Migrations.cpp). Ranking by ts_rank with the title weighted most, then tags,
// sapo and byline, then the body; the title marked by ts_headline, the passages cut as on SQLite (Snippet.h:
// ts_headline's time grows with a long body's hits).
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
// The newest rows tested to tell an everyday word from a rarer one, and the share of them (percent) that must
// match for walking the newest rows to beat the GIN bitmap (tests/bench/bench_backends: at a third, both cost
// about the same).
constexpr int kProbe = 100;
constexpr int kDenseShare = 35;

class PostgresSearchBackend final : public SearchBackend
{
public:
    explicit PostgresSearchBackend(Database &db) : m_db(db) {}

    Result<SearchResult> search(const ParsedQuery &query, const SearchOptions &options) override
    {
        SearchResult result;
        auto done = m_db.transaction([&]() -> Result<void> {
            // The newest matches are found one of two ways, whatever the planner guesses (it takes the
            // syllables of one word, "du lich", for independent and expects far fewer matches than there are):
            // walking the newest rows and testing each one's tsvector (read from TOAST: cheap only when most
            // rows match, the everyday words), or a bitmap from the GIN index, which reads only the matching
            // rows of search_vectors, a narrow table. The newest rows tell which: testing 100 of them costs
            // little. (Left to the planner, "du lich" walked 20,000 rows, 0.5 s; "quan uy" scanned the whole
            // table, 1.5 s.)
            const bool exact = options.exactDiacritics;
            TOASOAN_TRY(previous,
                        m_db.exec(QStringLiteral(
                                      "SELECT current_setting('enable_seqscan'), current_setting('enable_indexscan'), "
                                      "current_setting('enable_bitmapscan'), dense, set_config('enable_seqscan', "
                                      "'off', true), set_config('enable_indexscan', CASE WHEN dense THEN 'on' ELSE "
                                      "'off' END, true), set_config('enable_bitmapscan', CASE WHEN dense THEN 'off' "
                                      "ELSE 'on' END, true) FROM (SELECT count(*) >= %3 AS dense FROM (SELECT %1 AS "
                                      "v FROM search_vectors ORDER BY article_id DESC LIMIT %4) newest WHERE v @@ "
                                      "to_tsquery(%2, ?)) probe")
                                      .arg(exact ? QStringLiteral("exact") : QStringLiteral("fold"),
                                           exact ? QStringLiteral("'simple'") : QStringLiteral("'toasoan_fold'"))
                                      .arg(kDenseShare * kProbe / 100)
                                      .arg(kProbe),
                                  {tsQueryExpression(query, exact)}));
            previous->next();
            const QVariantList restore{previous->value(0), previous->value(1), previous->value(2)};
            previous->finish();
            TOASOAN_CHECK(run(query, options, result));
            // Inside a caller's transaction the settings go back to what they were.
            TOASOAN_CHECK(m_db.exec(QStringLiteral("SELECT set_config('enable_seqscan', ?, true), "
                                                   "set_config('enable_indexscan', ?, true), "
                                                   "set_config('enable_bitmapscan', ?, true)"),
                                    restore));
            return {};
        });
        if (!done) {
            return done.error();
        }
        if (auto waiting = searchindex::backlogSize(m_db); waiting) {
            result.notYetIndexed = *waiting;
        }
        return result;
    }

private:
    Result<void> run(const ParsedQuery &query, const SearchOptions &options, SearchResult &result)
    {
        const bool exact = options.exactDiacritics;
        const QString column = exact ? QStringLiteral("v.exact") : QStringLiteral("v.fold");
        const QString config = exact ? QStringLiteral("'simple'") : QStringLiteral("'toasoan_fold'");
        const QString tsquery = tsQueryExpression(query, exact);
        const Filter filter = filterFor(options.filters, QStringLiteral("v.article_id"));
        // The newest matches, one more than the count shown.
        const QString matches =
            QStringLiteral("SELECT v.article_id AS id, %1 AS v FROM search_vectors v WHERE %1 @@ to_tsquery(%2, ?)%3 "
                           "ORDER BY v.article_id DESC LIMIT ?")
                .arg(column, config, filter.where);
        const int offset = qMax(0, options.offset);
        if (options.countOnly) {
            QVariantList values{tsquery};
            values += filter.values;
            values << kCountLimit + 1;
            TOASOAN_TRY(
                count,
                m_db.value(QStringLiteral("SELECT count(*) FROM (") + matches + QStringLiteral(") matches"), values));
            result.total = qMin(count->toInt(), kCountLimit);
            result.totalIsLowerBound = count->toInt() > kCountLimit;
            return {};
        }

        // One statement counts (up to one past the limit), ranks the newest candidates and reads the page's rows;
        // the LEFT JOIN returns the count even when the page is past the last match.
        const QString marks = QStringLiteral("StartSel=%1, StopSel=%2").arg(QChar(kHitOpen), QChar(kHitClose));
        const QString titleOptions = marks + QStringLiteral(", HighlightAll=true");
        // Weights of D, C, B, A: body, sapo and byline, tags, title.
        const QString sql =
            QStringLiteral(
                "WITH q AS (SELECT to_tsquery(%1, ?) AS q), "
                "matches AS (%2), "
                "total AS (SELECT count(*) AS n FROM matches), "
                "candidates AS (SELECT id, v FROM matches ORDER BY id DESC LIMIT ?), "
                "hits AS (SELECT c.id, ts_rank('{0.1, 0.4, 0.6, 1.0}', c.v, q.q) AS score "
                "FROM candidates c, q ORDER BY score DESC, id DESC LIMIT ? OFFSET ?) "
                "SELECT page.*, total.n FROM total LEFT JOIN (SELECT hits.id, -hits.score, "
                "ts_headline(%1, d.title, q.q, ?), NULL, NULL, d.title, d.sapo, "
                "d.body, a.uuid, a.title, a.state, a.category_id, c.name, a.author_id, u.display_name, "
                "a.byline, a.version, a.created_at, a.updated_at, a.scheduled_at, a.deleted_at, hits.score AS score "
                "FROM hits JOIN search_docs d ON d.article_id = hits.id "
                "JOIN articles a ON a.id = hits.id JOIN users u ON u.id = a.author_id "
                "LEFT JOIN categories c ON c.id = a.category_id CROSS JOIN q) page ON true "
                "ORDER BY page.score DESC, page.id DESC")
                .arg(config, matches);
        QVariantList values{tsquery, tsquery};
        values += filter.values;
        const int candidates = qMax(kCandidates, offset + options.limit);
        values << qMax(kCountLimit + 1, candidates) << candidates << options.limit << offset << titleOptions;
        TOASOAN_TRY(q, m_db.exec(sql, values));
        bool counted = false;
        while (q->next()) {
            if (!counted) {
                const int n = q->value(22).toInt();
                result.total = qMin(n, kCountLimit);
                result.totalIsLowerBound = n > kCountLimit;
                counted = true;
            }
            // As on SQLite: no page past the count shown (1,000 when more match).
            if (!q->value(0).isNull() && result.total > offset) {
                result.hits.append(hitFromRow(*q, TitleText::Real, query, exact));
            }
        }
        return {};
    }

    Database &m_db;
};

} // namespace

std::unique_ptr<SearchBackend> makePostgresSearchBackend(Database &db)
{
    return std::make_unique<PostgresSearchBackend>(db);
}

} // namespace toasoan::search
