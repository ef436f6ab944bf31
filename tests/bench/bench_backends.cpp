// bench_backends — the same workspace on SQLite and on the shared PostgreSQL database, side by side.
//
// How to run (build with optimisations; PostgreSQL is the test server on loopback, in a scratch database that
// is dropped afterwards):
//   eval "$(scripts/test-servers/postgres.sh env)"        # sets TOASOAN_TEST_PG
//   cmake --build build-rel --target bench_backends
//   build-rel/tests/bench/bench_backends                   # 100,000 articles on each backend
//   build-rel/tests/bench/bench_backends --articles 20000  # quicker
//   build-rel/tests/bench/bench_backends --state-share 0.02   # fewer workflow steps after the import (quicker)
//   build-rel/tests/bench/bench_backends --import-only --only postgresql   # the bulk import's figures alone
//   build-rel/tests/bench/bench_backends --import-only --only postgresql --schema 22   # as before migration 23
//   build-rel/tests/bench/bench_backends --sqlite /tmp/b.sqlite --postgres "$TOASOAN_TEST_PG dbname=b"
//       # keeps both databases (the PostgreSQL one created empty beforehand); run again, it measures them as they
//       # are, without generating (--only postgresql for one backend; --queries prints each query's median,
//       # --answers '/tmp/answers-%1.txt' writes every query's hits to compare two runs or the backends with diff)
//
// For each backend it builds the workspace with WorkspaceGenerator (the real ArticleRepository::createMany, in
// transactions of 1,000; the same seeded articles on both), works off the search backlog, moves a share of the
// articles through the workflow, then reopens the database and times: the article list's first page (first call
// after reopening, then the warm median of 20), opening an article (load() of random ids, median and p95 of
// 200), and the 50 queries of bench_search through ArticleSearch (each warmed once, then its median of 5; p95
// over the queries). The targets are issue 13's, for PostgreSQL: first page ≤ 20 ms, open ≤ 5 ms, search p95
// ≤ 50 ms, import ≥ 5,000 articles/s. It asserts nothing and is not a CTest test.
//
// On a shared machine the wall clock says as much about the other programs as about ToaSoan: the import
// is also given in CPU time, the bench's own and, on PostgreSQL, the server process's that served it
// (read from /proc: the server runs on this machine), and as the rate those two CPU times allow.
// Where the import's time goes on PostgreSQL (perf on the server process, 20,000 articles, binary COPY): the
// indexes (a fifth), storing and compressing the long texts (body, revision snapshot: a sixth), the foreign-key
// checks (an eighth since migration 23 checks them once per statement and key; the built-in ones, one query per
// row and key, took a third: --schema 19 to compare), the row_version row triggers (a fifteenth).
#include "app/search/ArticleSearch.h"
#include "app/search/SearchIndex.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"
#include "tests/bench/BenchStats.h"
#include "tests/bench/SearchQueries.h"
#include "tests/bench/WorkspaceGenerator.h"
#include "tests/support/PostgresScratch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace toasoan;
using namespace toasoan::bench;

namespace {

struct Figures
{
    double importPerSecond = -1;   ///< createMany(), articles/s
    double importClientCpuUs = -1; ///< the bench's CPU time per article
    double importServerCpuUs = -1; ///< the PostgreSQL server process's CPU time per article
    double indexPerSecond = -1;    ///< the search backlog worked off, articles/s
    double firstPageColdMs = -1;   ///< first list() after reopening
    double firstPageWarmMs = -1;   ///< median of 20
    double openMedianMs = -1;      ///< load(random id), median of 200
    double openP95Ms = -1;         ///< p95 of 200
    double searchP50Ms = -1;       ///< over the 50 queries
    double searchP95Ms = -1;
};

struct RunOptions
{
    int articles = 100000;
    double stateShare = 0.35;
    bool perQuery = false;   ///< each query's median on stderr
    bool importOnly = false; ///< the bulk import alone: no indexing, workflow or reads
    QString answersFile;     ///< each query's answers written here
    int schema = -1;         ///< migrate up to this schema version only (-1: the latest)
};

/// CPU time of process `pid` (the server's process of our connection, on this machine), or -1.
qint64 serverCpuNs(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray line = stat.readAll();
    // After "pid (name) ": state is field 3, utime and stime fields 14 and 15.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13) {
        return -1;
    }
    const long ticks = sysconf(_SC_CLK_TCK);
    return (fields.at(11).toLongLong() + fields.at(12).toLongLong()) * (1000000000 / (ticks > 0 ? ticks : 100));
}

bool failed(const char *backend, const QString &what, const Error &error)
{
    std::fprintf(stderr, "bench_backends: %s: %s: %s (%s)\n", backend, qUtf8Printable(what),
                 qUtf8Printable(error.message), qUtf8Printable(error.detail));
    return false;
}

std::unique_ptr<Database> openAttached(const char *backend, const QString &location, const RunOptions &run)
{
    auto opened = Database::open(location, DatabaseOptions{.targetVersion = run.schema, .onMigrationProgress = {}});
    if (!opened) {
        failed(backend, QStringLiteral("open"), opened.error());
        return nullptr;
    }
    searchindex::attach(**opened);
    return std::move(opened).value();
}

bool populate(const char *backend, Database &db, const RunOptions &run, Figures &f)
{
    GeneratorOptions options;
    options.articles = run.articles;
    options.stateShare = run.importOnly ? 0 : run.stateShare;
    options.index = !run.importOnly;
    if (db.isShared()) {
        if (auto backendPid = db.value(QStringLiteral("SELECT pg_backend_pid()"));
            backendPid && serverCpuNs(backendPid->toLongLong()) >= 0) {
            options.serverCpuNs = [pid = backendPid->toLongLong()] { return serverCpuNs(pid); };
        }
    }
    WorkspaceGenerator generator(options);
    auto report = generator.populate(db, [backend](int created) {
        if (created % 10000 == 0) {
            std::fprintf(stderr, "  %s: %d articles\n", backend, created);
        }
    });
    if (!report) {
        return failed(backend, QStringLiteral("generate"), report.error());
    }
    f.importPerSecond = report->articles / (double(report->createNs) / 1e9);
    f.importClientCpuUs = double(report->createCpuNs) / 1e3 / report->articles;
    if (options.serverCpuNs) {
        f.importServerCpuUs = double(report->createServerCpuNs) / 1e3 / report->articles;
    }
    std::fprintf(stderr, "  %s: created in %.1f s, indexed in %.1f s, %d state changes in %.1f s\n", backend,
                 double(report->createNs) / 1e9, double(report->indexNs) / 1e9, report->transitions + report->trashed,
                 double(report->transitionNs) / 1e9);
    if (report->indexNs > 0) { // --import-only indexes nothing: the figure stays "—"
        f.indexPerSecond = report->articles / (double(report->indexNs) / 1e9);
    }
    if (db.isShared()) {
        // As an office's server would have done by itself (autovacuum) after such a load: fresh statistics.
        if (auto r = db.exec(QStringLiteral("VACUUM (ANALYZE) articles, article_tags, tags, revisions, events, "
                                            "search_docs, search_backlog, article_counts, categories, users"));
            !r) {
            return failed(backend, QStringLiteral("vacuum"), r.error());
        }
    }
    return true;
}

// Each query's total and hits, in both diacritic modes, with the hits as ordinals (the article's place in id
// order: the same article on both backends, whose ids differ) and their marked title and snippet: two runs, or
// the two backends, compared with diff.
bool writeAnswers(const char *backend, ArticleSearch &search, const QList<qint64> &sortedIds, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        std::fprintf(stderr, "bench_backends: cannot write %s\n", qUtf8Printable(path));
        return false;
    }
    QTextStream out(&file);
    for (const bool exact : {false, true}) {
        for (const char *query : kSearchQueries) {
            SearchOptions options;
            options.limit = 20;
            options.exactDiacritics = exact;
            auto result = search.search(QString::fromUtf8(query), options);
            if (!result) {
                return failed(backend, QStringLiteral("search \"%1\"").arg(QString::fromUtf8(query)), result.error());
            }
            out << (exact ? "exact " : "fold ") << query << ": " << result->total
                << (result->totalIsLowerBound ? "+" : "") << "\n";
            for (const SearchHit &hit : std::as_const(result->hits)) {
                const auto at = std::lower_bound(sortedIds.begin(), sortedIds.end(), hit.article.id);
                out << "  " << (at - sortedIds.begin()) << " " << hit.titleHtml << " | " << hit.snippetHtml << "\n";
            }
        }
    }
    return true;
}

bool measure(const char *backend, const QString &location, const RunOptions &run, Figures &f)
{
    std::unique_ptr<Database> db = openAttached(backend, location, run);
    if (!db) {
        return false;
    }
    // A database kept from an earlier run (--sqlite, --postgres) is measured as it is.
    auto existing = db->value(QStringLiteral("SELECT count(*) FROM articles"));
    if (!existing) {
        return failed(backend, QStringLiteral("count"), existing.error());
    }
    if (existing->toInt() > 0) {
        std::fprintf(stderr, "  %s: measuring the %d articles already there\n", backend, existing->toInt());
    } else if (!populate(backend, *db, run, f)) {
        return false;
    }
    if (run.importOnly) {
        return true;
    }
    // The ids of a bulk import have gaps on PostgreSQL (a sequence's numbers taken ahead and not used).
    QList<qint64> ids;
    if (auto all = db->exec(QStringLiteral("SELECT id FROM articles")); all) {
        while (all->next()) {
            ids.append(all->value(0).toLongLong());
        }
    }
    if (ids.isEmpty()) {
        return failed(backend, QStringLiteral("articles"), makeError(ErrorCode::NotFound, QStringLiteral("none")));
    }

    // Reopened: the first page as the window shows it after start-up.
    db.reset();
    db = openAttached(backend, location, run);
    if (!db) {
        return false;
    }
    ArticleRepository repo(*db);
    QList<double> wall;
    for (int i = 0; i < 21; ++i) {
        Stopwatch watch;
        auto page = repo.list(ArticleQuery());
        wall.append(watch.wallMs());
        if (!page) {
            return failed(backend, QStringLiteral("list"), page.error());
        }
    }
    f.firstPageColdMs = wall.takeFirst();
    f.firstPageWarmMs = median(wall);

    Rng rng(7);
    wall.clear();
    for (int i = 0; i < 200; ++i) {
        const qint64 id = ids.at(rng.below(int(ids.size())));
        Stopwatch watch;
        auto article = repo.load(id);
        wall.append(watch.wallMs());
        if (!article) {
            return failed(backend, QStringLiteral("load %1").arg(id), article.error());
        }
    }
    f.openMedianMs = median(wall);
    f.openP95Ms = percentile(wall, 0.95);

    ArticleSearch search(*db);
    SearchOptions searchOptions;
    searchOptions.limit = 20;
    QList<double> perQuery;
    for (const char *query : kSearchQueries) {
        const QString text = QString::fromUtf8(query);
        QList<double> runs;
        for (int i = 0; i < 6; ++i) {
            Stopwatch watch;
            auto result = search.search(text, searchOptions);
            if (i > 0) {
                runs.append(watch.wallMs());
            }
            if (!result) {
                return failed(backend, QStringLiteral("search \"%1\"").arg(text), result.error());
            }
        }
        perQuery.append(median(runs));
        if (run.perQuery) {
            std::fprintf(stderr, "  %s: %-26s %8.2f ms\n", backend, query, perQuery.constLast());
        }
    }
    f.searchP50Ms = percentile(perQuery, 0.5);
    f.searchP95Ms = percentile(perQuery, 0.95);
    if (!run.answersFile.isEmpty()) {
        std::sort(ids.begin(), ids.end());
        return writeAnswers(backend, search, ids, run.answersFile.arg(QString::fromLatin1(backend).toLower()));
    }
    return true;
}

void row(const char *label, double sqlite, double postgres, const char *unit, double target, bool higherIsBetter)
{
    const auto number = [](double value) {
        return value < 0 ? QStringLiteral("—") : QString::number(value, 'f', value >= 100 ? 0 : 2);
    };
    QString verdict;
    if (target > 0 && postgres >= 0) {
        const bool met = higherIsBetter ? postgres >= target : postgres <= target;
        verdict = (higherIsBetter ? QStringLiteral("≥ ") : QStringLiteral("≤ ")) + QString::number(target) +
                  (met ? QStringLiteral("  ok") : QStringLiteral("  MISSED"));
    }
    std::printf("%-44s %10s %12s  %-11s %s\n", label, qUtf8Printable(number(sqlite)), qUtf8Printable(number(postgres)),
                unit, qUtf8Printable(verdict));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times one workspace on SQLite and on PostgreSQL."));
    parser.addHelpOption();
    const QCommandLineOption articlesOption(QStringLiteral("articles"), QStringLiteral("Articles to generate."),
                                            QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption stateShareOption(
        QStringLiteral("state-share"),
        QStringLiteral("Share of the articles moved through the workflow after the import (0.35)."),
        QStringLiteral("SHARE"), QStringLiteral("0.35"));
    const QCommandLineOption sqliteOption(
        QStringLiteral("sqlite"),
        QStringLiteral("Use this SQLite file and keep it (one with articles already is measured as it is)."),
        QStringLiteral("FILE"));
    const QCommandLineOption postgresOption(
        QStringLiteral("postgres"),
        QStringLiteral("Use this PostgreSQL database and keep it (one with articles already is measured as it is)."),
        QStringLiteral("LOCATION"));
    const QCommandLineOption onlyOption(QStringLiteral("only"), QStringLiteral("Measure one backend only."),
                                        QStringLiteral("sqlite|postgresql"));
    const QCommandLineOption queriesOption(QStringLiteral("queries"),
                                           QStringLiteral("Print each search query's median on stderr."));
    const QCommandLineOption answersOption(
        QStringLiteral("answers"),
        QStringLiteral("Write each query's answers to FILE, %1 standing for the backend (to compare with diff)."),
        QStringLiteral("FILE"));
    parser.addOption(articlesOption);
    parser.addOption(stateShareOption);
    parser.addOption(answersOption);
    parser.addOption(sqliteOption);
    parser.addOption(postgresOption);
    parser.addOption(onlyOption);
    parser.addOption(queriesOption);
    const QCommandLineOption importOnlyOption(
        QStringLiteral("import-only"),
        QStringLiteral("Time the bulk import alone (no search indexing, workflow steps or reads after it)."));
    parser.addOption(importOnlyOption);
    const QCommandLineOption schemaOption(
        QStringLiteral("schema"),
        QStringLiteral("Migrate a new database up to this schema version only (to time a migration's effect)."),
        QStringLiteral("N"), QStringLiteral("-1"));
    parser.addOption(schemaOption);
    parser.process(app);
    bool ok = false;
    RunOptions run;
    run.articles = parser.value(articlesOption).toInt(&ok);
    const int articles = run.articles;
    if (!ok || articles <= 0) {
        std::fprintf(stderr, "bench_backends: --articles needs a positive number\n");
        return 2;
    }
    run.stateShare = parser.value(stateShareOption).toDouble(&ok);
    if (!ok || run.stateShare < 0 || run.stateShare > 1) {
        std::fprintf(stderr, "bench_backends: --state-share needs a number from 0 to 1\n");
        return 2;
    }
    const QString only = parser.value(onlyOption);
    if (!only.isEmpty() && only != QLatin1String("sqlite") && only != QLatin1String("postgresql")) {
        std::fprintf(stderr, "bench_backends: --only needs sqlite or postgresql\n");
        return 2;
    }
    run.perQuery = parser.isSet(queriesOption);
    run.importOnly = parser.isSet(importOnlyOption);
    run.answersFile = parser.value(answersOption);
    run.schema = parser.value(schemaOption).toInt(&ok);
    if (!ok || (run.schema != -1 && (run.schema < 1 || run.schema > Database::latestSchemaVersion()))) {
        std::fprintf(stderr, "bench_backends: --schema needs a schema version from 1 to %d\n",
                     Database::latestSchemaVersion());
        return 2;
    }
    if (only != QLatin1String("sqlite") && !parser.isSet(postgresOption) &&
        test::PostgresScratch::serverLocation().isEmpty()) {
        std::fprintf(stderr, "bench_backends: TOASOAN_TEST_PG is not set (eval \"$(scripts/test-servers/postgres.sh "
                             "env)\")\n");
        return 2;
    }

    QTemporaryDir dir;
    Figures sqlite;
    Figures postgres;
    const QString sqliteFile =
        parser.isSet(sqliteOption) ? parser.value(sqliteOption) : dir.filePath(QStringLiteral("bench.sqlite"));
    if (only != QLatin1String("postgresql") && !measure("SQLite", sqliteFile, run, sqlite)) {
        return 1;
    }
    if (only == QLatin1String("sqlite")) {
        // SQLite alone.
    } else if (parser.isSet(postgresOption)) {
        if (!measure("PostgreSQL", parser.value(postgresOption), run, postgres)) {
            return 1;
        }
    } else {
        test::PostgresScratch scratch;
        if (!scratch.ok()) {
            std::fprintf(stderr, "bench_backends: no scratch database on the PostgreSQL test server\n");
            return 1;
        }
        if (!measure("PostgreSQL", scratch.location(), run, postgres)) {
            return 1;
        }
    }

    std::printf("bench_backends: %d articles on each backend, build %s, Qt %s\n\n", articles, TOASOAN_BENCH_BUILD_TYPE,
                qVersion());
    std::printf("%-44s %10s %12s  %-11s %s\n", "figure (wall clock)", "SQLite", "PostgreSQL", "unit",
                "target (PostgreSQL)");
    row("bulk import: createMany(), 1,000 per transaction", sqlite.importPerSecond, postgres.importPerSecond,
        "articles/s", 5000, true);
    row("bulk import: the bench's CPU time per article", sqlite.importClientCpuUs, postgres.importClientCpuUs, "µs", 0,
        false);
    row("bulk import: the server's CPU time per article", -1, postgres.importServerCpuUs, "µs", 0, false);
    const double cpuBound = postgres.importClientCpuUs > 0 && postgres.importServerCpuUs >= 0
                                ? 1e6 / (postgres.importClientCpuUs + postgres.importServerCpuUs)
                                : -1;
    row("bulk import: per CPU second (bench + server)",
        sqlite.importClientCpuUs > 0 ? 1e6 / sqlite.importClientCpuUs : -1, cpuBound, "articles/s", 0, true);
    row("search backlog worked off: catchUp()", sqlite.indexPerSecond, postgres.indexPerSecond, "articles/s", 0, true);
    row("list first page, first call after reopening", sqlite.firstPageColdMs, postgres.firstPageColdMs, "ms", 20,
        false);
    row("list first page, warm median of 20", sqlite.firstPageWarmMs, postgres.firstPageWarmMs, "ms", 20, false);
    row("open article: load(random id), median of 200", sqlite.openMedianMs, postgres.openMedianMs, "ms", 5, false);
    row("open article: load(random id), p95 of 200", sqlite.openP95Ms, postgres.openP95Ms, "ms", 5, false);
    row("search, 50 queries: p50", sqlite.searchP50Ms, postgres.searchP50Ms, "ms", 0, false);
    row("search, 50 queries: p95", sqlite.searchP95Ms, postgres.searchP95Ms, "ms", 50, false);
    return 0;
}
