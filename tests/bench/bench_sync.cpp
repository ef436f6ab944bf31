// bench_sync — an offline working copy catching up (issue 14): 1,000 article changes queued on the copy pushed to
// the shared PostgreSQL database, and 1,000 other articles written on the server pulled back, on loopback.
//
// How to run (build with optimisations; PostgreSQL is the test server, in a scratch database dropped afterwards):
//   eval "$(scripts/test-servers/postgres.sh env)"        # sets TOASOAN_TEST_PG
//   cmake --build build-rel --target bench_sync
//   build-rel/tests/bench/bench_sync                      # 1,000 + 1,000
//   build-rel/tests/bench/bench_sync --changes 200        # quicker
//
// It creates the changes' articles on the server and pulls them into a new copy (not measured), saves each once on
// the copy (queued; timed as "offline saves"), writes as many other articles on the server, then times push() (one
// server transaction per change, with its applied_ops guard and three-way merge) and pull() (the other articles,
// the pushed ones back with their new revisions, events). Target: both together ≤ 10 s. Wall and CPU time of
// this process (the server's CPU is not counted). It asserts nothing and is not a CTest test.
#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"
#include "app/storage/UserRepository.h"
#include "app/sync/SyncEngine.h"
#include "tests/bench/BenchStats.h"
#include "tests/bench/SyncBenchOffice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <cstdio>

using namespace toasoan;
using toasoan::bench::drafts;
using toasoan::bench::fail;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("changes"), QStringLiteral("Queued changes, and as many pulled."),
                      QStringLiteral("n"), QStringLiteral("1000")});
    parser.addHelpOption();
    parser.process(app);
    const int n = parser.value(QStringLiteral("changes")).toInt();
    bench::SyncBenchOffice office;
    if (office.exitCode != 0) {
        return office.exitCode;
    }
    auto &server = office.server;
    const User &lan = office.lan;
    auto other = UserRepository(*server).create(QStringLiteral("tuan"), QStringLiteral("Lê Văn Tuấn"), Role::Reporter,
                                                QStringLiteral("mat-khau-1"));
    if (!other) {
        return fail(other.error());
    }
    auto mine = ArticleRepository(*server).createMany(drafts(n, QStringLiteral("Bài")), lan.id);
    if (!mine) {
        return fail(mine.error());
    }
    QTemporaryDir dir;
    auto copy = Database::openSqlite(dir.filePath(QStringLiteral("copy.sqlite")));
    if (!copy) {
        return fail(copy.error());
    }
    sync::SyncEngine engine(*server, **copy);
    if (auto first = engine.pull(); !first) {
        return fail(first.error());
    }

    std::printf("bench_sync (%s): %d queued changes, %d articles to pull\n", TOASOAN_BENCH_BUILD_TYPE, n, n);
    bench::printHeader();
    ArticleRepository local(**copy);
    const qint64 localLan = (*copy)->value(QStringLiteral("SELECT id FROM users WHERE login = 'lan'"))->toLongLong();
    auto ids = (*copy)->exec(QStringLiteral("SELECT id FROM articles ORDER BY id"));
    QList<qint64> localIds;
    while (ids && ids->next()) {
        localIds.append(ids->value(0).toLongLong());
    }
    bench::Stopwatch saves;
    for (qint64 id : localIds) {
        Article a = local.load(id).value();
        a.body += QStringLiteral("<p>Bổ sung khi ngoại tuyến.</p>");
        if (auto saved = local.save(a, localLan); !saved) {
            return fail(saved.error());
        }
    }
    bench::printRow(QStringLiteral("offline saves (queued), per save"), saves.wallMs() / n, QStringLiteral("ms"), -1,
                    false, saves.cpuMs() / n);
    if (auto others = ArticleRepository(*server).createMany(drafts(n, QStringLiteral("Tin")), other->id); !others) {
        return fail(others.error());
    }

    const qint64 statementsBefore = server->statementsRun();
    bench::Stopwatch push;
    auto pushed = engine.push();
    if (!pushed) {
        return fail(pushed.error());
    }
    const double pushWall = push.wallMs();
    const double pushCpu = push.cpuMs();
    const qint64 statements = server->statementsRun() - statementsBefore;
    bench::Stopwatch pull;
    auto pulled = engine.pull();
    if (!pulled) {
        return fail(pulled.error());
    }
    const double pullWall = pull.wallMs();
    const double pullCpu = pull.cpuMs();
    bench::printRow(QStringLiteral("push of %1 changes").arg(pushed->pushed), pushWall / 1000, QStringLiteral("s"), -1,
                    false, pushCpu / 1000);
    bench::printRow(QStringLiteral("  per change"), pushWall / n, QStringLiteral("ms"), -1, false, pushCpu / n);
    std::printf("  server statements per change: %.1f (and BEGIN, COMMIT)\n", double(statements) / n);
    bench::printRow(QStringLiteral("pull of %1 rows").arg(pulled->rows), pullWall / 1000, QStringLiteral("s"), -1,
                    false, pullCpu / 1000);
    bench::printRow(QStringLiteral("push + pull"), (pushWall + pullWall) / 1000, QStringLiteral("s"), 10, false,
                    (pushCpu + pullCpu) / 1000);
    return 0;
}
