// bench_stats — the statistics window (Xem ▸ Thống kê, issue 18) on a 100,000-article workspace.
//
// How to run (build with optimisations; the window needs a platform: offscreen will do):
//   cmake --build build-rel --target bench_stats
//   QT_QPA_PLATFORM=offscreen build-rel/tests/bench/bench_stats                      # 100,000 articles, SQLite
//   QT_QPA_PLATFORM=offscreen build-rel/tests/bench/bench_stats --articles 20000     # quicker
//   ... --sqlite /tmp/s.sqlite       # keeps the workspace; run again, it is measured as it is (a workspace of
//                                    # bench_backends or bench_store, kept with their --sqlite, does as well)
//   ... --postgres "$TOASOAN_TEST_PG dbname=s"   # the same on PostgreSQL (created empty beforehand, kept)
//   ... --only postgresql            # that one alone
//
// The workspace is WorkspaceGenerator's (the articles of bench_store and bench_backends, a share of them moved
// through the workflow). The generator makes every workflow step within seconds of each other, so, once per
// workspace (a settings row remembers), the bench spreads each article's history over the past year: its events
// start on the day it was created less 0 to 359 days (from its id), one step every 1 to 23 hours (from its id);
// review times, weeks and months then have something to count. It times, with the window's default filters and
// with one category and one author: computeNewsroomStats() over the last three and the last twelve months (the
// first call after opening, then the median of 5), and the window itself: StatisticsWindow built (its default
// period, the last three months, computed and drawn into seven charts and tables), shown and painted; then a
// change to twelve months. Target (issue 18): the window opens in ≤ 300 ms. Prints figures, asserts nothing.
#include "app/report/NewsroomStats.h"
#include "app/search/SearchIndex.h"
#include "app/storage/Database.h"
#include "tests/bench/BenchStats.h"
#include "tests/bench/WorkspaceGenerator.h"
#include "ui/report/ChartPanel.h"
#include "ui/report/StatisticsWindow.h"

#include <QApplication>
#include <QChartView>
#include <QCommandLineParser>
#include <QTemporaryDir>
#include <cstdio>

using namespace toasoan;
using namespace toasoan::bench;

namespace {

constexpr double kWindowTargetMs = 300;

bool failed(const char *backend, const char *what, const Error &error)
{
    std::fprintf(stderr, "bench_stats: %s: %s failed: %s (%s)\n", backend, what, qUtf8Printable(error.message),
                 qUtf8Printable(error.detail));
    return false;
}

/// Generates the articles when the workspace has none, then spreads their history over the past year once.
bool prepare(const char *backend, Database &db, int articles)
{
    auto existing = db.value(QStringLiteral("SELECT count(*) FROM articles"));
    if (!existing) {
        return failed(backend, "count", existing.error());
    }
    if (existing->toLongLong() == 0) {
        GeneratorOptions options;
        options.articles = articles;
        WorkspaceGenerator generator(options);
        auto report = generator.populate(db, [backend](int created) {
            if (created % 10000 == 0) {
                std::fprintf(stderr, "  %s: %d articles\n", backend, created);
            }
        });
        if (!report) {
            return failed(backend, "generate", report.error());
        }
    }
    auto spread = db.value(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'bench_stats_spread'"));
    if (!spread) {
        return failed(backend, "read settings", spread.error());
    }
    if (spread->toInt() == 0) {
        std::fprintf(stderr, "  %s: spreading the history over the past year\n", backend);
        auto done = db.transaction([&]() -> Result<void> {
            // From the article's creation, which the update leaves alone; ids order its events.
            TOASOAN_CHECK(db.exec(QStringLiteral(
                "UPDATE events SET at = (SELECT a.created_at FROM articles a WHERE a.id = events.article_id) - "
                "((article_id * 7919) % 360) * 86400000 + (SELECT count(*) FROM events e2 WHERE e2.article_id = "
                "events.article_id AND e2.id < events.id) * (1 + article_id % 23) * 3600000 WHERE article_id IS NOT "
                "NULL")));
            TOASOAN_CHECK(
                db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('bench_stats_spread', '1')")));
            return {};
        });
        if (!done) {
            return failed(backend, "spread", done.error());
        }
        if (db.isShared()) {
            if (auto r = db.exec(QStringLiteral("VACUUM (ANALYZE) events, articles, categories, users")); !r) {
                return failed(backend, "vacuum", r.error());
            }
        }
    }
    return true;
}

struct Timing
{
    double firstMs = -1;
    double warmMs = -1; ///< median of 5
    double warmCpuMs = -1;
};

Timing timeStats(Database &db, const StatsFilter &filter, int *published = nullptr)
{
    Timing t;
    QList<double> wall;
    QList<double> cpu;
    for (int i = 0; i < 6; ++i) {
        Stopwatch watch;
        auto stats = computeNewsroomStats(db, filter);
        if (!stats) {
            failed("stats", "computeNewsroomStats", stats.error());
            return t;
        }
        if (published) {
            *published = stats->publishedTotal;
        }
        if (i == 0) {
            t.firstMs = watch.wallMs();
        } else {
            wall.append(watch.wallMs());
            cpu.append(watch.cpuMs());
        }
    }
    t.warmMs = median(wall);
    t.warmCpuMs = median(cpu);
    return t;
}

bool measure(const char *backend, const QString &location, int articles)
{
    auto opened = Database::open(location);
    if (!opened) {
        return failed(backend, "open", opened.error());
    }
    std::unique_ptr<Database> db = std::move(opened).value();
    searchindex::attach(*db);
    if (!prepare(backend, *db, articles)) {
        return false;
    }
    // Reopened, as the window finds it after start-up.
    db.reset();
    opened = Database::open(location);
    if (!opened) {
        return failed(backend, "reopen", opened.error());
    }
    db = std::move(opened).value();
    searchindex::attach(*db);

    const qint64 total = db->value(QStringLiteral("SELECT count(*) FROM articles")).value().toLongLong();
    const qint64 events = db->value(QStringLiteral("SELECT count(*) FROM events")).value().toLongLong();
    const qint64 category =
        db->value(QStringLiteral("SELECT category_id FROM articles WHERE category_id IS NOT NULL ORDER BY id LIMIT 1"))
            .value()
            .toLongLong();
    const qint64 author =
        db->value(QStringLiteral("SELECT author_id FROM articles ORDER BY id LIMIT 1")).value().toLongLong();
    const QDate today = QDate::currentDate();
    const QDate threeMonths = QDate(today.year(), today.month(), 1).addMonths(-2);
    const QDate year = today.addYears(-1).addDays(1);

    // The window first: its figures are computed for the first time since the database was opened.
    Stopwatch open;
    ui::StatisticsWindow window(*db);
    window.show();
    QApplication::processEvents();
    window.panels().first()->chartView()->repaint();
    const double openMs = open.wallMs();
    const double openCpuMs = open.cpuMs();
    QList<double> changeMs;
    for (int i = 0; i < 5; ++i) {
        Stopwatch change;
        window.setPeriod(i % 2 == 0 ? year : threeMonths, today);
        window.panels().first()->chartView()->repaint();
        changeMs.append(change.wallMs());
    }

    int published3 = 0;
    int published12 = 0;
    const Timing months3 = timeStats(*db, StatsFilter{threeMonths, today}, &published3);
    const Timing months12 = timeStats(*db, StatsFilter{year, today}, &published12);
    const Timing byCategory = timeStats(*db, StatsFilter{year, today, category});
    const Timing byAuthor = timeStats(*db, StatsFilter{year, today, 0, author});

    std::printf("\nbench_stats, %s: %lld articles, %lld events; published in the last 3 months %d, 12 months %d; "
                "build %s, Qt %s\n",
                backend, total, events, published3, published12, TOASOAN_BENCH_BUILD_TYPE, qVersion());
    printHeader();
    printRow(QStringLiteral("window opened (3 months, built, shown, painted)"), openMs, QStringLiteral("ms"),
             kWindowTargetMs, false, openCpuMs);
    printRow(QStringLiteral("window: period changed (3 ↔ 12 months), median of 5"), median(changeMs),
             QStringLiteral("ms"), kWindowTargetMs, false);
    const auto rows = [](const QString &label, const Timing &t) {
        printRow(label + QStringLiteral(", first call"), t.firstMs, QStringLiteral("ms"), 0, false);
        printRow(label + QStringLiteral(", median of 5"), t.warmMs, QStringLiteral("ms"), 0, false, t.warmCpuMs);
    };
    rows(QStringLiteral("figures, last 3 months"), months3);
    rows(QStringLiteral("figures, last 12 months"), months12);
    rows(QStringLiteral("figures, 12 months, one category"), byCategory);
    rows(QStringLiteral("figures, 12 months, one author"), byAuthor);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the statistics window on a large workspace."));
    parser.addHelpOption();
    const QCommandLineOption articlesOption(QStringLiteral("articles"),
                                            QStringLiteral("Articles to generate in an empty workspace."),
                                            QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption sqliteOption(
        QStringLiteral("sqlite"),
        QStringLiteral("Use this SQLite file and keep it (one with articles already is measured as it is)."),
        QStringLiteral("FILE"));
    const QCommandLineOption postgresOption(
        QStringLiteral("postgres"),
        QStringLiteral("Measure this PostgreSQL database too and keep it (one with articles already is measured as "
                       "it is)."),
        QStringLiteral("LOCATION"));
    const QCommandLineOption onlyOption(QStringLiteral("only"), QStringLiteral("Measure one backend only."),
                                        QStringLiteral("sqlite|postgresql"));
    parser.addOption(articlesOption);
    parser.addOption(sqliteOption);
    parser.addOption(postgresOption);
    parser.addOption(onlyOption);
    parser.process(app);
    bool ok = false;
    const int articles = parser.value(articlesOption).toInt(&ok);
    if (!ok || articles <= 0) {
        std::fprintf(stderr, "bench_stats: --articles needs a positive number\n");
        return 2;
    }
    const QString only = parser.value(onlyOption);
    if (only == QLatin1String("postgresql") && !parser.isSet(postgresOption)) {
        std::fprintf(stderr, "bench_stats: --only postgresql needs --postgres LOCATION\n");
        return 2;
    }
    QTemporaryDir dir;
    if (only != QLatin1String("postgresql")) {
        const QString file =
            parser.isSet(sqliteOption) ? parser.value(sqliteOption) : dir.filePath(QStringLiteral("bench.sqlite"));
        if (!measure("SQLite", file, articles)) {
            return 1;
        }
    }
    if (only != QLatin1String("sqlite") && parser.isSet(postgresOption) &&
        !measure("PostgreSQL", parser.value(postgresOption), articles)) {
        return 1;
    }
    return 0;
}
