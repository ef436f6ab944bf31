// bench_store — how the workspace store holds up with 100,000 articles.
//
// How to run (build with optimisations: the figures of a Debug build mean little):
//   cmake -S . -B build-rel -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
//   cmake --build build-rel --target bench_store
//   build-rel/tests/bench/bench_store                      # 100,000 articles in a temp file
//   build-rel/tests/bench/bench_store --articles 20000     # quicker
//   build-rel/tests/bench/bench_store --db /tmp/ws.sqlite --keep   # keep the workspace...
//   build-rel/tests/bench/bench_store --reuse /tmp/ws.sqlite       # ...and only measure reads
//   build-rel/tests/bench/bench_store --without-search-index       # the store without FTS5 upkeep
//   build-rel/tests/bench/bench_store --one-by-one    # create() per article instead of createMany()
//   build-rel/tests/bench/bench_store --schema 19     # the workspace as schema 19 had it (before/after)
//
// It writes the articles with the real ArticleRepository::createMany in Database::transaction
// batches (text from WorkspaceGenerator, seeded: every run builds the same workspace), works off
// the search backlog that leaves with searchindex::catchUp (timed apart, then end to end), moves a
// share of them through the workflow with transition(), then reopens the file and times the
// article list, opening articles and filtered lists. It prints figures next to the targets of
// the foundation issue; it asserts nothing and is not a CTest test (timings depend on the machine).
// "Cold" = first call after reopening the database; where the OS allows, the file is also
// dropped from the OS page cache first (posix_fadvise), as after a reboot.
// Each figure is given in wall-clock time (what the user waits; the targets apply to it) and in
// CPU time: on a machine shared with compilers the wall clock can be several times the CPU time,
// and the CPU column is the one to compare between runs there.
#include "app/search/SearchIndex.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"
#include "tests/bench/BenchStats.h"
#include "tests/bench/WorkspaceGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>

using namespace toasoan;
using namespace toasoan::bench;

namespace {

struct Options
{
    int articles = 100000;
    QString dbPath;
    bool keep = false;
    bool reuse = false;
    bool withoutSearchIndex = false;
    bool oneByOne = false;
    int schema = -1; ///< migrate no further than this (-1: the latest)
};

int fail(const QString &what, const Error &error)
{
    std::fprintf(stderr, "bench_store: %s: %s (%s)\n", qUtf8Printable(what), qUtf8Printable(error.message),
                 qUtf8Printable(error.detail));
    return 1;
}

std::unique_ptr<Database> reopen(std::unique_ptr<Database> &db, const QString &path, bool evict, int schema)
{
    db.reset();
    if (evict) {
        evictFromPageCache(path);
    }
    DatabaseOptions databaseOptions;
    databaseOptions.targetVersion = schema;
    auto opened = Database::openSqlite(path, databaseOptions);
    if (!opened) {
        fail(QStringLiteral("reopen"), opened.error());
        return nullptr;
    }
    searchindex::attach(*opened.value());
    return std::move(opened.value());
}

/// First call and warm median of 20 calls of one list query.
bool measureList(ArticleRepository &repo, const QString &label, const ArticleQuery &query, double target)
{
    QList<double> wall;
    QList<double> cpu;
    int total = 0;
    for (int i = 0; i < 21; ++i) {
        Stopwatch watch;
        auto page = repo.list(query);
        wall.append(watch.wallMs());
        cpu.append(watch.cpuMs());
        if (!page) {
            fail(label, page.error());
            return false;
        }
        total = page->total;
    }
    printRow(label + QStringLiteral(" (%1 rows), first call").arg(total), wall.takeFirst(), QStringLiteral("ms"),
             target, false, cpu.takeFirst());
    printRow(label + QStringLiteral(", warm median of 20"), median(wall), QStringLiteral("ms"), target, false,
             median(cpu));
    return true;
}

qint64 scalar(Database &db, const QString &sql)
{
    auto q = db.exec(sql);
    return q && q->next() ? q->value(0).toLongLong() : 0;
}

int run(const Options &options)
{
    QTemporaryDir tempDir;
    QString path = options.dbPath;
    if (path.isEmpty()) {
        tempDir.setAutoRemove(!options.keep);
        path = tempDir.filePath(QStringLiteral("bench-workspace.sqlite"));
    } else if (!options.reuse && QFileInfo::exists(path)) {
        std::fprintf(stderr, "bench_store: %s exists; use --reuse to measure it or remove it first\n",
                     qUtf8Printable(path));
        return 2;
    }
    Stopwatch openWatch;
    DatabaseOptions databaseOptions;
    databaseOptions.targetVersion = options.schema;
    auto opened = Database::openSqlite(path, databaseOptions);
    const double openMs = openWatch.wallMs();
    const double openCpuMs = openWatch.cpuMs();
    if (!opened) {
        return fail(QStringLiteral("open ") + path, opened.error());
    }
    std::unique_ptr<Database> db = std::move(opened.value());
    searchindex::attach(*db);

    std::printf("ToaSoan storage benchmark\n  workspace  %s%s\n  build      %s, Qt %s, SQLite %s\n\n",
                qUtf8Printable(path),
                options.reuse ? " (reused)" : (options.keep || !options.dbPath.isEmpty() ? " (kept)" : " (removed)"),
                TOASOAN_BENCH_BUILD_TYPE, qVersion(), qUtf8Printable(sqliteVersion(*db)));
    printHeader();
    if (options.reuse) {
        printRow(QStringLiteral("open workspace (with any pending migrations)"), openMs, QStringLiteral("ms"), 0, false,
                 openCpuMs);
    }

    if (options.withoutSearchIndex) {
        // What the store costs without full-text indexing: the search documents are still written,
        // the two FTS5 indexes are not (the workspace's search is then empty: a measurement only).
        // The triggers that index (search_fields' since migration 24, search_docs' before).
        for (const char *trigger : {"search_fields_insert", "search_fields_update", "search_fields_delete",
                                    "search_docs_insert", "search_docs_update", "search_docs_delete"}) {
            if (auto r = db->exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QLatin1String(trigger))); !r) {
                return fail(QStringLiteral("drop the search triggers"), r.error());
            }
        }
        std::printf("  (--without-search-index: the FTS5 indexes are not kept; figures for comparison only)\n\n");
    }

    if (!options.reuse) {
        GeneratorOptions generatorOptions;
        generatorOptions.articles = options.articles;
        generatorOptions.oneByOne = options.oneByOne;
        WorkspaceGenerator generator(generatorOptions);
        auto report = generator.populate(*db, [](int created) {
            if (created % 10000 == 0) {
                std::fprintf(stderr, "  ... %d articles\n", created);
            }
        });
        if (!report) {
            return fail(QStringLiteral("generate"), report.error());
        }
        const double seconds = double(report->createNs) / 1e9;
        printRow(QStringLiteral("bulk insert: %1, %2 per transaction")
                     .arg(options.oneByOne ? QStringLiteral("create() each") : QStringLiteral("createMany()"))
                     .arg(generatorOptions.batchSize),
                 report->articles / seconds, QStringLiteral("articles/s"), 10000, true,
                 report->articles / (double(report->createCpuNs) / 1e9));
        if (!options.oneByOne) {
            const double indexSeconds = double(report->indexNs) / 1e9;
            printRow(QStringLiteral("search backlog worked off: catchUp(), %1 per transaction")
                         .arg(generatorOptions.batchSize),
                     report->articles / indexSeconds, QStringLiteral("articles/s"), 0, true,
                     report->articles / (double(report->indexCpuNs) / 1e9));
            printRow(QStringLiteral("insert + index, end to end"), report->articles / (seconds + indexSeconds),
                     QStringLiteral("articles/s"), 0, true,
                     report->articles / (double(report->createCpuNs + report->indexCpuNs) / 1e9));
        }
        printRow(QStringLiteral("  (%1 articles, %2 words each on average, %3 s)")
                     .arg(report->articles)
                     .arg(report->words / qMax(1, report->articles))
                     .arg(seconds, 0, 'f', 1),
                 -1, QString(), 0, false);
        const int calls = report->transitions + report->trashed;
        printRow(QStringLiteral("state changes: transition() + moveToTrash()"),
                 calls / (double(report->transitionNs) / 1e9), QStringLiteral("calls/s"), 0, true,
                 calls / (double(report->transitionCpuNs) / 1e9));
        printRow(
            QStringLiteral("  (%1 transitions, %2 moved to the trash)").arg(report->transitions).arg(report->trashed),
            -1, QString(), 0, false);
        printRow(QStringLiteral("file size after writing (db + wal)"), fileSizeMb(path), QStringLiteral("MB"), 0,
                 false);
    }

    const qint64 maxId = scalar(*db, QStringLiteral("SELECT max(id) FROM articles"));
    const qint64 categoryId = scalar(*db, QStringLiteral("SELECT category_id FROM articles WHERE deleted_at IS NULL "
                                                         "GROUP BY category_id ORDER BY count(*) DESC LIMIT 1"));
    if (maxId == 0) {
        std::fprintf(stderr, "bench_store: the workspace has no articles\n");
        return 2;
    }

    // Cold, then cold with a warm OS cache, then warm.
    const bool evicted = evictionAvailable();
    for (bool evict : {true, false}) {
        if (evict && !evicted) {
            continue;
        }
        db = reopen(db, path, evict, options.schema);
        if (!db) {
            return 1;
        }
        ArticleRepository repo(*db);
        Stopwatch watch;
        auto page = repo.list(ArticleQuery());
        const double ms = watch.wallMs();
        const double cpu = watch.cpuMs();
        if (!page) {
            return fail(QStringLiteral("list"), page.error());
        }
        printRow(evict ? QStringLiteral("list first page, cold (reopened, not in OS cache)")
                       : QStringLiteral("list first page, cold (reopened)"),
                 ms, QStringLiteral("ms"), 20, false, cpu);
    }
    ArticleRepository repo(*db);
    QList<double> wall;
    QList<double> cpu;
    for (int i = 0; i < 20; ++i) {
        Stopwatch watch;
        auto page = repo.list(ArticleQuery());
        wall.append(watch.wallMs());
        cpu.append(watch.cpuMs());
        if (!page) {
            return fail(QStringLiteral("list"), page.error());
        }
    }
    printRow(QStringLiteral("list first page, warm median of 20"), median(wall), QStringLiteral("ms"), 20, false,
             median(cpu));

    Rng rng(7);
    wall.clear();
    cpu.clear();
    for (int i = 0; i < 200; ++i) {
        const qint64 id = 1 + qint64(rng.next() % quint64(maxId));
        Stopwatch watch;
        auto article = repo.load(id);
        wall.append(watch.wallMs());
        cpu.append(watch.cpuMs());
        if (!article) {
            return fail(QStringLiteral("load %1").arg(id), article.error());
        }
    }
    printRow(QStringLiteral("open article: load(random id), median of 200"), median(wall), QStringLiteral("ms"), 5,
             false, median(cpu));
    printRow(QStringLiteral("open article: load(random id), p95 of 200"), percentile(wall, 0.95), QStringLiteral("ms"),
             5, false, percentile(cpu, 0.95));

    ArticleQuery published;
    published.states = {WorkflowState::Published};
    ArticleQuery queue;
    queue.states = {WorkflowState::Submitted, WorkflowState::AwaitingApproval};
    ArticleQuery drafts;
    drafts.states = {WorkflowState::Draft};
    ArticleQuery category;
    category.categoryId = categoryId;
    if (!measureList(repo, QStringLiteral("list state=published"), published, 20) ||
        !measureList(repo, QStringLiteral("list state=submitted|awaiting"), queue, 20) ||
        !measureList(repo, QStringLiteral("list state=draft"), drafts, 20) ||
        !measureList(repo, QStringLiteral("list category=%1").arg(categoryId), category, 20)) {
        return 1;
    }

    printRow(QStringLiteral("file size (db + wal)"), fileSizeMb(path), QStringLiteral("MB"), 0, false);
    printRow(QStringLiteral("peak RSS (VmHWM)"), peakRssMb(), QStringLiteral("MB"), 0, false);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the ToaSoan article store on a generated workspace."));
    parser.addHelpOption();
    const QCommandLineOption articles(QStringLiteral("articles"), QStringLiteral("Articles to generate."),
                                      QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption dbPath(QStringLiteral("db"), QStringLiteral("Workspace file to create (kept)."),
                                    QStringLiteral("PATH"));
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("Keep the temporary workspace."));
    const QCommandLineOption reuse(QStringLiteral("reuse"),
                                   QStringLiteral("Measure reads on an existing workspace; no generation."),
                                   QStringLiteral("PATH"));
    const QCommandLineOption withoutIndex(QStringLiteral("without-search-index"),
                                          QStringLiteral("Write without the full-text indexes (comparison only)."));
    const QCommandLineOption oneByOne(QStringLiteral("one-by-one"),
                                      QStringLiteral("Write each article with create() instead of createMany()."));
    const QCommandLineOption schema(QStringLiteral("schema"),
                                    QStringLiteral("Migrate the workspace no further than schema N (a before/after "
                                                   "comparison of a migration)."),
                                    QStringLiteral("N"));
    parser.addOptions({articles, dbPath, keep, reuse, withoutIndex, oneByOne, schema});
    parser.process(app);

    Options options;
    bool ok = false;
    options.articles = parser.value(articles).toInt(&ok);
    if (!ok || options.articles <= 0) {
        std::fprintf(stderr, "bench_store: --articles needs a positive number\n");
        return 2;
    }
    options.keep = parser.isSet(keep);
    options.withoutSearchIndex = parser.isSet(withoutIndex);
    options.oneByOne = parser.isSet(oneByOne);
    options.dbPath = parser.value(dbPath);
    if (parser.isSet(schema)) {
        options.schema = parser.value(schema).toInt();
    }
    if (parser.isSet(reuse)) {
        options.reuse = true;
        options.dbPath = parser.value(reuse);
        if (!QFileInfo::exists(options.dbPath)) {
            std::fprintf(stderr, "bench_store: %s does not exist\n", qUtf8Printable(options.dbPath));
            return 2;
        }
    }
    return run(options);
}
