// bench_sync_typing — typing in the editor while the sync service pulls 1,000 articles into a new working copy
// (issue 14: the window's thread never waits on the server or on the pull).
//
// How to run (build with optimisations; offscreen unless QT_QPA_PLATFORM says otherwise; PostgreSQL is the test
// server, in a scratch database dropped afterwards):
//   eval "$(scripts/test-servers/postgres.sh env)"        # sets TOASOAN_TEST_PG
//   cmake --build build-rel --target bench_sync_typing
//   build-rel/tests/bench/bench_sync_typing                 # 1,000 articles
//   build-rel/tests/bench/bench_sync_typing --articles 3000
//
// The articles are written on the server (createMany, not measured). An editor holding a 60-paragraph article is
// shown; keystrokes are typed into it one after another, each timed from the key event until the viewport
// repainted: first with nothing else going on, then while SyncService's first sync pulls everything into an
// empty copy in its own thread (the keys typed until the pull ends). Between keys the UI thread also reads the
// copy (what a list refresh does) and a 5 ms ticker records the longest time the event loop was kept away. Target:
// a keystroke ≤ 16 ms (one frame) at the 95th percentile during the pull. It asserts nothing and is not a CTest test.
#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"
#include "app/sync/SyncService.h"
#include "tests/bench/BenchStats.h"
#include "tests/bench/PaintWatch.h"
#include "tests/bench/SyncBenchOffice.h"
#include "ui/editor/RichTextEditor.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTimer>
#include <cstdio>

using namespace toasoan;
using namespace toasoan::bench;

namespace {

const QString kParagraph = QStringLiteral("<p>Sáng nay, con đường bê tông nối trung tâm xã với các thôn đã thông xe; "
                                          "người dân Tân Lập không còn phải lội bùn mỗi mùa mưa.</p>");

void printKeys(const QString &when, const QList<double> &keys)
{
    printRow(QStringLiteral("keystroke to repaint, %1, median").arg(when), median(keys), QStringLiteral("ms"), 16,
             false);
    printRow(QStringLiteral("keystroke to repaint, %1, p95").arg(when), percentile(keys, 0.95), QStringLiteral("ms"),
             16, false);
    printRow(QStringLiteral("keystroke to repaint, %1, max").arg(when), percentile(keys, 1.0), QStringLiteral("ms"), 0,
             false);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("articles"), QStringLiteral("Articles on the server."), QStringLiteral("n"),
                      QStringLiteral("1000")});
    parser.addHelpOption();
    parser.process(app);
    const int n = parser.value(QStringLiteral("articles")).toInt();
    SyncBenchOffice office;
    if (office.exitCode != 0) {
        return office.exitCode;
    }
    auto &server = office.server;
    if (auto created = ArticleRepository(*server).createMany(drafts(n, QStringLiteral("Bài")), office.lan.id);
        !created) {
        return fail(created.error());
    }
    QTemporaryDir dir;
    auto copy = Database::openSqlite(dir.filePath(QStringLiteral("copy.sqlite")));
    if (!copy) {
        return fail(copy.error());
    }

    ui::RichTextEditor editor;
    editor.resize(1000, 760);
    PaintWatcher watcher;
    editor.viewport()->installEventFilter(&watcher);
    editor.show();
    editor.setBodyHtml(kParagraph.repeated(60));
    QTextCursor middle(editor.document()->findBlockByNumber(editor.document()->blockCount() / 2));
    middle.movePosition(QTextCursor::EndOfBlock);
    editor.setTextCursor(middle);
    editor.setFocus();
    waitForPaint(watcher);
    const QString typed = QStringLiteral(" Người dân xã Tân Lập phấn khởi đón con đường mới.");
    int typedSoFar = 0;
    const auto typeKey = [&] { return typeOne(editor, watcher, QString(typed.at(typedSoFar++ % typed.size()))); };

    std::printf("bench_sync_typing (%s): %d articles pulled while typing\n", TOASOAN_BENCH_BUILD_TYPE, n);
    printHeader();
    QList<double> idle;
    for (int i = 0; i < 200; ++i) {
        idle.append(typeKey());
    }
    printKeys(QStringLiteral("idle"), idle);

    QElapsedTimer sinceTick;
    double longestStall = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longestStall = std::max(longestStall, msSince(sinceTick) - 5);
        sinceTick.restart();
    });
    sync::SyncService::Timing timing;
    timing.listenToServer = false;
    sync::SyncService service(*server, **copy, timing);
    bool done = false;
    bool ok = false;
    QObject::connect(&service, &sync::SyncService::synced, [&](bool succeeded) {
        done = true;
        ok = succeeded;
    });
    QList<double> during;
    QList<double> reads;
    const Stopwatch pull;
    sinceTick.start();
    ticker.start();
    service.start();
    while (!done) {
        during.append(typeKey());
        const Stopwatch read;
        (void)(*copy)->value(QStringLiteral("SELECT count(*) FROM articles"));
        reads.append(read.wallMs());
    }
    const double pullMs = pull.wallMs();
    ticker.stop();
    if (!ok) {
        return fail(service.status().lastError.value_or(Error{}));
    }
    printRow(QStringLiteral("first sync (pull of %1 articles) in the service's thread").arg(n), pullMs / 1000,
             QStringLiteral("s"), -1, false);
    std::printf("  keys typed meanwhile: %lld\n", static_cast<long long>(during.size()));
    printKeys(QStringLiteral("during the pull"), during);
    printRow(QStringLiteral("a read of the copy on the UI thread meanwhile, p95"), percentile(reads, 0.95),
             QStringLiteral("ms"), 16, false);
    printRow(QStringLiteral("longest UI stall meanwhile"), longestStall, QStringLiteral("ms"), 50, false);
    return 0;
}
