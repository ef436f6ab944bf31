// bench_search_large — search time when a matching article is very long (issue 15).
//
// How to run (build with optimisations: the figures of a Debug build mean little):
//   cmake -S . -B build-rel -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
//   cmake --build build-rel --target bench_search_large
//   build-rel/tests/bench/bench_search_large              # 250 KB, 1 MB and 10 MB
//   build-rel/tests/bench/bench_search_large --old-max-kb 1024   # FTS5's snippet() up to 1 MB too
//
// For each size, a fresh workspace holds one article of that size naming "Quận ủy" in every
// paragraph (tests/support/LargeArticle.h: a pasted annual report) and 19 ordinary ones that match
// too, so the first page has 20 hits as in the app. ArticleSearch::search() runs as the app calls
// it, once to warm the cache and then --repeat times; the figure is the median. For comparison,
// FTS5's own snippet() over the long article's body (what search used before: its time grows with
// the square of the hits) is timed once for the sizes up to --old-max-kb. It asserts nothing and is
// not a CTest test; tests/search/tst_search_large is the test.
#include "app/search/ArticleSearch.h"
#include "app/search/SearchIndex.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"
#include "app/storage/UserRepository.h"
#include "tests/bench/BenchStats.h"
#include "tests/support/LargeArticle.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <cstdio>

using namespace toasoan;
using namespace toasoan::bench;

namespace {

int fail(const QString &what, const Error &error)
{
    std::fprintf(stderr, "bench_search_large: %s: %s (%s)\n", qUtf8Printable(what), qUtf8Printable(error.message),
                 qUtf8Printable(error.detail));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times search when a matching article is very long."));
    parser.addHelpOption();
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Timed runs per size."),
                                          QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption oldOption(QStringLiteral("old-max-kb"),
                                       QStringLiteral("Time FTS5's snippet() for articles up to this size."),
                                       QStringLiteral("KB"), QStringLiteral("256"));
    parser.addOptions({repeatOption, oldOption});
    parser.process(app);
    const int repeat = qMax(1, parser.value(repeatOption).toInt());
    const qsizetype oldMaxBytes = parser.value(oldOption).toLongLong() * 1024;

    std::printf("bench_search_large: query \"quan uy\", 20 hits per page, one of them the long article; "
                "%d timed runs, build %s\n\n",
                repeat, TOASOAN_BENCH_BUILD_TYPE);
    printHeader();
    for (const qsizetype size : {qsizetype(250 * 1024), qsizetype(1024 * 1024), qsizetype(10 * 1024 * 1024)}) {
        QTemporaryDir dir;
        auto opened = Database::openSqlite(dir.filePath(QStringLiteral("workspace.sqlite")));
        if (!opened) {
            return fail(QStringLiteral("open"), opened.error());
        }
        std::unique_ptr<Database> db = std::move(opened.value());
        searchindex::attach(*db);
        auto user = UserRepository(*db).create(QStringLiteral("lan"), QStringLiteral("Lê Lan"), Role::Reporter,
                                               QStringLiteral("mat-khau-1"));
        if (!user) {
            return fail(QStringLiteral("user"), user.error());
        }
        for (int i = 0; i < 20; ++i) {
            Article a;
            a.title = QStringLiteral("Báo cáo số %1").arg(i + 1);
            a.body = test::largeReportBody(i == 0 ? size : 2000);
            if (auto created = ArticleRepository(*db).create(a, user->id); !created) {
                return fail(QStringLiteral("article"), created.error());
            }
        }
        const QString label = size >= 1024 * 1024 ? QStringLiteral("%1 MB article").arg(size / (1024 * 1024))
                                                  : QStringLiteral("%1 KB article").arg(size / 1024);

        ArticleSearch search(*db);
        const QString query = QStringLiteral("quan uy");
        if (auto warm = search.search(query, {}); !warm) {
            return fail(QStringLiteral("search"), warm.error());
        }
        QList<double> wall;
        QList<double> cpu;
        for (int i = 0; i < repeat; ++i) {
            const Stopwatch watch;
            auto result = search.search(query, {});
            wall.append(watch.wallMs());
            cpu.append(watch.cpuMs());
            if (!result) {
                return fail(QStringLiteral("search"), result.error());
            }
        }
        printRow(QStringLiteral("search, ") + label, median(wall), QStringLiteral("ms"), 1000, false, median(cpu));

        if (size <= oldMaxBytes) {
            const Stopwatch watch;
            auto old = db->exec(QStringLiteral("SELECT snippet(search_fold, 2, char(2), char(3), char(4), 24) FROM "
                                               "search_fold WHERE search_fold MATCH ? AND rowid = 1"),
                                {QStringLiteral("\"quan\" \"uy\"")});
            while (old && old->next()) {
            }
            if (!old) {
                return fail(QStringLiteral("snippet()"), old.error());
            }
            printRow(QStringLiteral("FTS5 snippet() alone (before), ") + label, watch.wallMs(), QStringLiteral("ms"), 0,
                     false, watch.cpuMs());
        }
    }
    return 0;
}
