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
//   2. raw FTS5 in the sqlite3 command-line shell — the same MATCH expression, ranked top 20 with
//      the same snippet, timed by the shell's own ".timer on" (no process start-up included);
//   3. a naive scan: title/sapo/body LIKE '%query%', newest first, 20 rows.
// Each query runs once to warm the cache, then `--repeat` times; a query's figure is its median.
// p50/p95 are over the 50 queries. It prints figures and the targets (p95 ≤ 30 ms and ≤ 1.5× raw
// FTS5); it asserts nothing and is not a CTest test.
#include "app/search/ArticleSearch.h"
#include "app/search/SearchIndex.h"
#include "app/search/SearchQuery.h"
#include "app/storage/Database.h"
#include "tests/bench/BenchStats.h"
#include "tests/bench/SearchQueries.h"
#include "tests/bench/WorkspaceGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <cstdio>

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

QString sqlQuoted(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

enum class RawPlan
{
    RankAll,  ///< what one writes by hand: bm25 over every match, top 20 with a snippet
    SamePlan, ///< the statements ArticleSearch runs: count up to 1,000, newest 1,000 matches ranked, page snippets
};

QStringList rawStatements(const QString &match, RawPlan plan)
{
    const QString m = sqlQuoted(match);
    if (plan == RawPlan::RankAll) {
        return {QStringLiteral("SELECT rowid, snippet(search_fold, 2, char(2), char(3), char(4), 24) FROM search_fold "
                               "WHERE search_fold MATCH %1 ORDER BY bm25(search_fold, 10.0, 4.0, 1.0, 6.0, 3.0) "
                               "LIMIT %2;")
                    .arg(m)
                    .arg(kPage)};
    }
    return {
        QStringLiteral("SELECT count(*) FROM search_fold WHERE search_fold MATCH %1 AND search_fold.rowid NOT IN "
                       "(SELECT id FROM articles WHERE deleted_at IS NOT NULL);")
            .arg(m),
        QStringLiteral("WITH c AS (SELECT rowid AS id, bm25(search_fold, 10.0, 4.0, 1.0, 6.0, 3.0) AS score FROM "
                       "search_fold WHERE search_fold MATCH %1 AND search_fold.rowid NOT IN (SELECT id FROM articles "
                       "WHERE deleted_at IS NOT NULL) ORDER BY rowid DESC LIMIT 1000), h AS (SELECT id, score FROM c "
                       "ORDER BY score LIMIT %2) SELECT h.id, snippet(search_fold, 2, char(2), char(3), char(4), 24) "
                       "FROM h CROSS JOIN search_fold ON search_fold.rowid = h.id WHERE search_fold MATCH %1 "
                       "ORDER BY h.score;")
            .arg(m)
            .arg(kPage)};
}

// Runs every query `repeat + 1` times in one sqlite3 shell and reads its ".timer on" lines (one per
// statement; a run's time is the sum over its statements). The first run warms the cache.
struct Timings
{
    QList<double> wall; ///< per query, ms
    QList<double> cpu;  ///< per query, ms of CPU (user + system): what the neighbours cannot inflate
};

Timings rawFts5Medians(const QString &path, int repeat, RawPlan plan, bool *ok)
{
    QString script = QStringLiteral(".timer on\n.output /dev/null\n");
    int statements = 0;
    for (const char *query : kQueries) {
        const QString match = search::foldedMatchExpression(search::parseQuery(QString::fromUtf8(query), true));
        const QStringList sql = rawStatements(match, plan);
        statements = int(sql.size());
        for (int i = 0; i <= repeat; ++i) {
            script += sql.join(QLatin1Char('\n')) + QLatin1Char('\n');
        }
    }
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), path});
    if (!shell.waitForStarted()) {
        *ok = false;
        return {};
    }
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    const QString output = QString::fromUtf8(shell.readAllStandardOutput() + shell.readAllStandardError());
    static const QRegularExpression timer(QStringLiteral("Run Time: real ([0-9.]+) user ([0-9.]+) sys ([0-9.]+)"));
    QList<double> all;
    QList<double> allCpu;
    for (auto it = timer.globalMatch(output); it.hasNext();) {
        const auto m = it.next();
        all.append(m.captured(1).toDouble() * 1000.0);
        allCpu.append((m.captured(2).toDouble() + m.captured(3).toDouble()) * 1000.0);
    }
    *ok = all.size() == kQueryCount * (repeat + 1) * statements;
    Timings medians;
    for (int q = 0; *ok && q < kQueryCount; ++q) {
        QList<double> runs;
        QList<double> cpuRuns;
        for (int r = 1; r <= repeat; ++r) {
            double sum = 0;
            double cpu = 0;
            for (int k = 0; k < statements; ++k) {
                sum += all.at((q * (repeat + 1) + r) * statements + k);
                cpu += allCpu.at((q * (repeat + 1) + r) * statements + k);
            }
            runs.append(sum);
            cpuRuns.append(cpu);
        }
        medians.wall.append(median(runs));
        medians.cpu.append(median(cpuRuns));
    }
    return medians;
}

void printLatencies(const QString &label, const QList<double> &ms, double target)
{
    printRow(label + QStringLiteral(" p50"), percentile(ms, 0.5), QStringLiteral("ms"), 0, false);
    printRow(label + QStringLiteral(" p95"), percentile(ms, 0.95), QStringLiteral("ms"), target, false);
    printRow(label + QStringLiteral(" max"), percentile(ms, 1.0), QStringLiteral("ms"), 0, false);
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
    parser.addOptions({dbOption, articlesOption, repeatOption, noLike});
    parser.process(app);
    const QString path = parser.value(dbOption);
    const int repeat = qMax(1, parser.value(repeatOption).toInt());
    if (path.isEmpty()) {
        std::fprintf(stderr, "bench_search: --db PATH is required\n");
        return 2;
    }

    auto opened = Database::openSqlite(path);
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
    std::printf("database file: %.0f MB\n\n", fileSizeMb(path));
    printHeader();

    // 1. ArticleSearch, as the app calls it (prefix on: the search box searches as you type).
    ArticleSearch search(*db);
    SearchOptions options;
    options.limit = kPage;
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
    printLatencies(QStringLiteral("ArticleSearch"), app_ms, 30.0);
    printLatencies(QStringLiteral("ArticleSearch, CPU time"), appCpu, 30.0);
    printRow(QStringLiteral("matching articles per query, median"), median(totals), QStringLiteral("articles"), 0,
             false);

    // 2. Raw FTS5 in the sqlite3 shell, same expressions: ranked over every match, and the very
    //    statements ArticleSearch runs (so the difference is the C++ side: parsing, Qt SQL, snippets).
    bool rawOk = false;
    const Timings rawAll = rawFts5Medians(path, repeat, RawPlan::RankAll, &rawOk);
    bool sameOk = false;
    const Timings rawSame = rawFts5Medians(path, repeat, RawPlan::SamePlan, &sameOk);
    if (rawOk && sameOk) {
        printLatencies(QStringLiteral("raw FTS5, bm25 over all matches"), rawAll.wall, 0);
        printLatencies(QStringLiteral("raw FTS5, bm25 over all matches, CPU"), rawAll.cpu, 0);
        printLatencies(QStringLiteral("raw FTS5, ArticleSearch's statements"), rawSame.wall, 0);
        printLatencies(QStringLiteral("raw FTS5, ArticleSearch's statements, CPU"), rawSame.cpu, 0);
        const auto ratio = [](const QList<double> &a, const QList<double> &b) {
            return percentile(a, 0.95) / qMax(0.001, percentile(b, 0.95));
        };
        printRow(QStringLiteral("p95 ArticleSearch / raw all matches"), ratio(app_ms, rawAll.wall), QStringLiteral("x"),
                 1.5, false);
        printRow(QStringLiteral("p95 ArticleSearch / raw same statements"), ratio(app_ms, rawSame.wall),
                 QStringLiteral("x"), 1.5, false);
        printRow(QStringLiteral("p95 CPU ArticleSearch / raw same statements"), ratio(appCpu, rawSame.cpu),
                 QStringLiteral("x"), 1.5, false);
    } else {
        std::printf("raw FTS5: the sqlite3 shell is missing or failed (install the sqlite3 package)\n");
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

    std::printf("\nper query (ms): ArticleSearch / raw FTS5 all matches / raw FTS5 same statements / matches\n");
    for (int i = 0; i < kQueryCount; ++i) {
        std::printf("  %s%*s %7.2f %7.2f %7.2f %7.0f\n", kQueries[i], int(28 - QString::fromUtf8(kQueries[i]).size()),
                    "", app_ms.at(i), rawOk ? rawAll.wall.at(i) : -1.0, sameOk ? rawSame.wall.at(i) : -1.0,
                    totals.at(i));
    }
    return 0;
}
