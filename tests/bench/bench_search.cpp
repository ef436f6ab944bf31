// bench_search — full-text search latency on the 100,000-article workspace.
//
// How to run (build with optimisations: the figures of a Debug build mean little):
//   cmake -S . -B build-rel -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
//   cmake --build build-rel --target bench_search
//   build-rel/tests/bench/bench_search --db /tmp/ws.sqlite   # generates it (WorkspaceGenerator) if missing
//   build-rel/tests/bench/bench_search --db /tmp/ws.sqlite --articles 20000   # a smaller one
//
// The same 50 queries (what reporters type: places, people's titles, topics, with and without
// marks, some unfinished as typed) run three ways, side by side:
//   1. ArticleSearch::search() — what the app does: parse, count, rank (bm25), join the article
//      rows, snippets for the first page of 20;
//   2. the floor: the very statements ArticleSearch runs (search::fts5Statements()), and beside them
//      what one writes by hand (bm25 over every match, top 20 with FTS5's snippet()), prepared once and
//      timed in this process through SQLite's C API on the same connection (same page cache and
//      settings), every column of every row read — so the difference is the C++ side: parsing, Qt SQL,
//      snippets;
//   3. a naive scan: title/sapo/body LIKE '%query%', newest first, 20 rows.
// Each query runs once to warm the cache, then `--repeat` times; a query's figure is its median.
// p50/p95 are over the 50 queries. It prints figures and the targets (p95 ≤ 15 ms, max ≤ 40 ms, and
// ≤ 1.2× the floor); it asserts nothing and is not a CTest test. `--schema N` opens the workspace
// without migrating it past schema N (a before/after comparison of a migration on copies of one file);
// `--exact` searches with exact diacritics.
#include "app/search/ArticleSearch.h"
#include "app/search/SearchBackend.h"
#include "app/search/SearchIndex.h"
#include "app/search/SearchQuery.h"
#include "app/storage/Database.h"
#include "app/storage/SqliteHandle.h"
#include "tests/bench/BenchStats.h"
#include "tests/bench/SearchQueries.h"
#include "tests/bench/WorkspaceGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <cstdio>
#include <sqlite3.h>

using namespace toasoan;
using namespace toasoan::bench;

namespace {

// The 50 queries, shared with bench_backends.
constexpr auto &kQueries = kSearchQueries;
constexpr int kQueryCount = int(sizeof(kQueries) / sizeof(kQueries[0]));
constexpr int kPage = 20;

int fail(const QString &what, const Error &error)
{
    std::fprintf(stderr, "bench_search: %s: %s (%s)\n", qUtf8Printable(what), qUtf8Printable(error.message),
                 qUtf8Printable(error.detail));
    return 1;
}

enum class RawPlan
{
    RankAll,      ///< what one writes by hand: bm25 over every match, top 20 with a snippet
    SamePlan,     ///< the statements ArticleSearch runs: count up to 1,000, newest 1,000 matches ranked, page snippets
    SamePlanBm25, ///< the same with FTS5's bm25() in place of toasoan_rank() (storage/SqliteRank.h): as before
};

QList<search::SqlStatement> rawStatements(const QString &text, RawPlan plan, bool exact)
{
    const search::ParsedQuery parsed = search::parseQuery(text, true);
    SearchOptions options;
    options.limit = kPage;
    options.exactDiacritics = exact;
    if (plan != RawPlan::RankAll) {
        QList<search::SqlStatement> statements = search::fts5Statements(parsed, options);
        if (plan == RawPlan::SamePlanBm25) {
            for (search::SqlStatement &statement : statements) {
                statement.sql.replace(QLatin1String("toasoan_rank("), QLatin1String("bm25("));
            }
        }
        return statements;
    }
    const QString table = exact ? QStringLiteral("search_exact") : QStringLiteral("search_fold");
    return {{QStringLiteral("SELECT rowid, snippet(%1, 2, char(2), char(3), char(4), 24) FROM %1 WHERE %1 MATCH ? "
                            "ORDER BY bm25(%1, 10.0, 4.0, 1.0, 6.0, 3.0) LIMIT ?")
                 .arg(table),
             {exact ? search::exactMatchExpression(parsed) : search::foldedMatchExpression(parsed), kPage}}};
}

struct Timings
{
    QList<double> wall; ///< per query, ms
    QList<double> cpu;  ///< per query, ms of CPU (user + system): what the neighbours cannot inflate
};

// One statement prepared on the connection's own sqlite3 handle, its values bound once.
class RawStatement
{
public:
    RawStatement(sqlite3 *handle, const search::SqlStatement &statement)
    {
        const QByteArray sql = statement.sql.toUtf8();
        if (sqlite3_prepare_v3(handle, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_statement,
                               nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(handle));
            return;
        }
        for (int i = 0; i < statement.values.size(); ++i) {
            const QVariant &v = statement.values.at(i);
            if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong) {
                sqlite3_bind_int64(m_statement, i + 1, v.toLongLong());
            } else {
                const QByteArray text = v.toString().toUtf8();
                sqlite3_bind_text(m_statement, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            }
        }
    }
    ~RawStatement() { sqlite3_finalize(m_statement); }
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;

    QString error() const { return m_error; }

    /// Steps through every row reading every column; gives the first column of the first row.
    qint64 run()
    {
        qint64 first = -1;
        bool firstRow = true;
        while (sqlite3_step(m_statement) == SQLITE_ROW) {
            const int columns = sqlite3_column_count(m_statement);
            for (int c = 0; c < columns; ++c) {
                if (sqlite3_column_type(m_statement, c) == SQLITE_TEXT) {
                    (void)sqlite3_column_text16(m_statement, c); // as Qt's driver reads text
                }
            }
            if (firstRow) {
                first = sqlite3_column_int64(m_statement, 0);
                firstRow = false;
            }
        }
        sqlite3_reset(m_statement);
        return first;
    }

private:
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

// Runs every query's statements `repeat + 1` times (the first run warms the cache); the page's
// statement only when the count reaches it, as ArticleSearch does.
Timings rawMedians(Database &db, int repeat, RawPlan plan, bool exact, QString *error)
{
    sqlite3 *handle = sqliteHandle(db.connection());
    Timings medians;
    if (!error->isEmpty()) {
        return medians; // an earlier plan failed
    }
    if (!handle) {
        *error = QStringLiteral("no SQLite handle");
        return medians;
    }
    for (const char *query : kQueries) {
        std::vector<std::unique_ptr<RawStatement>> statements;
        for (const search::SqlStatement &statement : rawStatements(QString::fromUtf8(query), plan, exact)) {
            statements.push_back(std::make_unique<RawStatement>(handle, statement));
            if (!statements.back()->error().isEmpty()) {
                *error = statements.back()->error();
                return {};
            }
        }
        QList<double> runs;
        QList<double> cpuRuns;
        for (int r = 0; r <= repeat; ++r) {
            Stopwatch watch;
            const qint64 count = statements.front()->run();
            for (std::size_t k = 1; k < statements.size(); ++k) {
                if (k + 1 < statements.size() || count > 0) {
                    statements.at(k)->run();
                }
            }
            if (r > 0) {
                runs.append(watch.wallMs());
                cpuRuns.append(watch.cpuMs());
            }
        }
        medians.wall.append(median(runs));
        medians.cpu.append(median(cpuRuns));
    }
    return medians;
}

void printLatencies(const QString &label, const QList<double> &ms, double target, double maxTarget = 0)
{
    printRow(label + QStringLiteral(" p50"), percentile(ms, 0.5), QStringLiteral("ms"), 0, false);
    printRow(label + QStringLiteral(" p95"), percentile(ms, 0.95), QStringLiteral("ms"), target, false);
    printRow(label + QStringLiteral(" max"), percentile(ms, 1.0), QStringLiteral("ms"), maxTarget, false);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times ToaSoan's full-text search on a generated workspace."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Workspace file (generated if missing)."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption articlesOption(QStringLiteral("articles"),
                                            QStringLiteral("Articles to generate when the file is missing."),
                                            QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Timed runs per query."),
                                          QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption noLike(QStringLiteral("no-like"), QStringLiteral("Skip the slow LIKE scan."));
    const QCommandLineOption schemaOption(QStringLiteral("schema"),
                                          QStringLiteral("Migrate the workspace no further than schema N."),
                                          QStringLiteral("N"));
    const QCommandLineOption exactOption(QStringLiteral("exact"), QStringLiteral("Search with exact diacritics."));
    parser.addOptions({dbOption, articlesOption, repeatOption, noLike, schemaOption, exactOption});
    parser.process(app);
    const QString path = parser.value(dbOption);
    const int repeat = qMax(1, parser.value(repeatOption).toInt());
    if (path.isEmpty()) {
        std::fprintf(stderr, "bench_search: --db PATH is required\n");
        return 2;
    }

    DatabaseOptions databaseOptions;
    if (parser.isSet(schemaOption)) {
        databaseOptions.targetVersion = parser.value(schemaOption).toInt();
    }
    Stopwatch openWatch;
    auto opened = Database::openSqlite(path, databaseOptions);
    const double openMs = openWatch.wallMs();
    const double openCpuMs = openWatch.cpuMs();
    if (!opened) {
        return fail(QStringLiteral("open"), opened.error());
    }
    std::unique_ptr<Database> db = std::move(opened.value());
    searchindex::attach(*db);
    auto count = db->exec(QStringLiteral("SELECT count(*) FROM articles"));
    if (!count || !count->next()) {
        return fail(QStringLiteral("count"), count ? Error{} : count.error());
    }
    int articles = count->value(0).toInt();
    count->finish();
    if (articles == 0) {
        GeneratorOptions generatorOptions;
        generatorOptions.articles = parser.value(articlesOption).toInt();
        WorkspaceGenerator generator(generatorOptions);
        std::fprintf(stderr, "bench_search: generating %d articles in %s...\n", generatorOptions.articles,
                     qUtf8Printable(path));
        auto report = generator.populate(*db, [](int created) {
            if (created % 10000 == 0) {
                std::fprintf(stderr, "  %d\n", created);
            }
        });
        if (!report) {
            return fail(QStringLiteral("generate"), report.error());
        }
        articles = report->articles;
        std::printf("Generated %d articles in %.1f s (search index kept in the same transactions)\n", articles,
                    double(report->createNs) / 1e9);
    }

    std::printf("bench_search: %d articles, %d queries, %d timed runs each, SQLite %s, build %s\n", articles,
                kQueryCount, repeat, qUtf8Printable(sqliteVersion(*db)), TOASOAN_BENCH_BUILD_TYPE);
    std::printf("database file: %.0f MB, schema %d\n\n", fileSizeMb(path), db->schemaVersion());
    printHeader();
    printRow(QStringLiteral("open workspace (with any pending migrations)"), openMs, QStringLiteral("ms"), 0, false,
             openCpuMs);

    // 1. ArticleSearch, as the app calls it (prefix on: the search box searches as you type).
    ArticleSearch search(*db);
    SearchOptions options;
    options.limit = kPage;
    options.exactDiacritics = parser.isSet(exactOption);
    QList<double> app_ms;
    QList<double> appCpu;
    QList<double> totals;
    for (const char *query : kQueries) {
        const QString text = QString::fromUtf8(query);
        auto warm = search.search(text, options);
        if (!warm) {
            return fail(QStringLiteral("search \"%1\"").arg(text), warm.error());
        }
        totals.append(warm->total);
        QList<double> runs;
        QList<double> cpuRuns;
        for (int i = 0; i < repeat; ++i) {
            QElapsedTimer timer;
            const qint64 cpuStart = cpuNs();
            timer.start();
            auto result = search.search(text, options);
            runs.append(msSince(timer));
            cpuRuns.append(double(cpuNs() - cpuStart) / 1e6);
            if (!result) {
                return fail(QStringLiteral("search"), result.error());
            }
        }
        app_ms.append(median(runs));
        appCpu.append(median(cpuRuns));
    }
    printLatencies(QStringLiteral("ArticleSearch"), app_ms, 15.0, 40.0);
    printLatencies(QStringLiteral("ArticleSearch, CPU time"), appCpu, 15.0, 40.0);
    printRow(QStringLiteral("matching articles per query, median"), median(totals), QStringLiteral("articles"), 0,
             false);

    // 2. The floor: the same statements (and bm25 over every match) through the C API, same connection.
    QString rawError;
    const Timings rawAll = rawMedians(*db, repeat, RawPlan::RankAll, options.exactDiacritics, &rawError);
    const Timings rawSame = rawMedians(*db, repeat, RawPlan::SamePlan, options.exactDiacritics, &rawError);
    const Timings rawBm25 = rawMedians(*db, repeat, RawPlan::SamePlanBm25, options.exactDiacritics, &rawError);
    const bool rawOk = rawError.isEmpty();
    if (rawOk) {
        printLatencies(QStringLiteral("raw FTS5, bm25 over all matches"), rawAll.wall, 0);
        printLatencies(QStringLiteral("raw FTS5, bm25 over all matches, CPU"), rawAll.cpu, 0);
        printLatencies(QStringLiteral("floor: ArticleSearch's statements, C API"), rawSame.wall, 0);
        printLatencies(QStringLiteral("floor: ArticleSearch's statements, C API, CPU"), rawSame.cpu, 0);
        printLatencies(QStringLiteral("the same statements with bm25()"), rawBm25.wall, 0);
        printLatencies(QStringLiteral("the same statements with bm25(), CPU"), rawBm25.cpu, 0);
        const auto ratio = [](const QList<double> &a, const QList<double> &b) {
            return percentile(a, 0.95) / qMax(0.001, percentile(b, 0.95));
        };
        printRow(QStringLiteral("p95 ArticleSearch / raw all matches"), ratio(app_ms, rawAll.wall), QStringLiteral("x"),
                 0, false);
        printRow(QStringLiteral("p95 ArticleSearch / floor"), ratio(app_ms, rawSame.wall), QStringLiteral("x"), 1.2,
                 false);
        printRow(QStringLiteral("p95 CPU ArticleSearch / floor"), ratio(appCpu, rawSame.cpu), QStringLiteral("x"), 1.2,
                 false);
    } else {
        std::printf("floor: %s\n", qUtf8Printable(rawError));
    }

    // 3. The naive LIKE scan.
    if (!parser.isSet(noLike)) {
        QList<double> like_ms;
        for (const char *query : kQueries) {
            const QString pattern = QLatin1Char('%') + QString::fromUtf8(query) + QLatin1Char('%');
            QElapsedTimer timer;
            timer.start();
            auto q = db->exec(QStringLiteral("SELECT id, title FROM articles WHERE deleted_at IS NULL AND (title "
                                             "LIKE ? OR sapo LIKE ? OR body LIKE ?) ORDER BY updated_at DESC LIMIT %1")
                                  .arg(kPage),
                              {pattern, pattern, pattern});
            if (!q) {
                return fail(QStringLiteral("LIKE"), q.error());
            }
            while (q && q->next()) {
            }
            like_ms.append(msSince(timer));
        }
        printLatencies(QStringLiteral("naive LIKE scan (1 run)"), like_ms, 0);
    }

    std::printf("\nper query (ms): ArticleSearch / its CPU / raw FTS5 all matches / floor (same statements) / "
                "floor with bm25() / matches\n");
    for (int i = 0; i < kQueryCount; ++i) {
        std::printf("  %s%*s %7.2f %7.2f %7.2f %7.2f %7.2f %7.0f\n", kQueries[i],
                    int(28 - QString::fromUtf8(kQueries[i]).size()), "", app_ms.at(i), appCpu.at(i),
                    rawOk ? rawAll.wall.at(i) : -1.0, rawOk ? rawSame.wall.at(i) : -1.0,
                    rawOk ? rawBm25.wall.at(i) : -1.0, totals.at(i));
    }
    return 0;
}
