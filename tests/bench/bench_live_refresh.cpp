// bench_live_refresh — a change at one PC until another PC's window shows it (issue 13, "Live").
//
// How to run (optimised build; offscreen unless QT_QPA_PLATFORM says otherwise):
//   eval "$(scripts/test-servers/postgres.sh env)"       # TOASOAN_TEST_PG: the PostgreSQL server
//   cmake -S . -B build-rel -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
//   cmake --build build-rel --target bench_live_refresh
//   build-rel/tests/bench/bench_live_refresh                    # 50 changes, 10 on SQLite
//   build-rel/tests/bench/bench_live_refresh --changes 200 --sqlite-changes 0
//
// Two "PCs" in one process, each with its own connection to the workspace: PC 1 submits a
// reporter's article (WorkflowService, as the window and the command line do); PC 2 is an editor's
// main window (offscreen). Measured from PC 1's commit until PC 2's "Việc của tôi" shows one more
// article to review, i.e. until PC 2's window has refreshed; a random pause between changes
// (150–350 ms; on SQLite across a whole poll period). On PostgreSQL (a scratch database on TOASOAN_TEST_PG, on
// loopback) the window refreshes on the LISTEN/NOTIFY hint; on SQLite (one PC, two connections to one file) it polls
// the change stamp every few seconds, as before: its figures are printed beside for comparison. It asserts nothing and
// is not a CTest test: timings depend on the machine and its neighbours.
#include "app/search/SearchIndex.h"
#include "app/settings/Settings.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"
#include "app/storage/TaxonomyRepository.h"
#include "app/storage/UserRepository.h"
#include "app/workflow/WorkflowService.h"
#include "tests/bench/BenchStats.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/support/PostgresScratch.h"
#include "ui/MainWindow.h"
#include "ui/article/ArticleTab.h"
#include "ui/common/Notifier.h"
#include "ui/editor/RichTextEditor.h"
#include "ui/metadata/MetadataPanel.h"
#include "ui/workflow/InboxBar.h"
#include "ui/workflow/WorkflowController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace toasoan;
using namespace toasoan::bench;

namespace {

std::unique_ptr<Database> open(const QString &location)
{
    auto opened = Database::open(location);
    if (!opened) {
        std::fprintf(stderr, "cannot open %s: %s\n", qUtf8Printable(displayLocation(location)),
                     qUtf8Printable(opened.error().detail));
        return nullptr;
    }
    searchindex::attach(**opened);
    return std::move(opened).value();
}

// Keeps the event loop running for `ms`.
void idle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Runs `changes` submissions at PC 1 and times each until PC 2's window shows it; false on failure.
bool measure(const QString &label, const QString &location, int changes, int maxPauseMs, double targetMs)
{
    if (changes <= 0) {
        return true;
    }
    auto setup = open(location);
    if (!setup) {
        return false;
    }
    auto reporter = UserRepository(*setup).create(QStringLiteral("phongvien"), QStringLiteral("Nguyễn Văn An"),
                                                  Role::Reporter, QStringLiteral("mat-khau-1"));
    auto editor = UserRepository(*setup).create(QStringLiteral("bientap"), QStringLiteral("Trần Thị Bình"),
                                                Role::Editor, QStringLiteral("mat-khau-1"));
    auto category = TaxonomyRepository(*setup).createCategory(QStringLiteral("Chính trị"));
    if (!reporter || !editor || !category) {
        std::fprintf(stderr, "cannot set the workspace up\n");
        return false;
    }
    QList<qint64> drafts;
    for (int i = 0; i < changes; ++i) {
        Article a;
        a.title = QStringLiteral("Tin số %1: Quận ủy tổ chức hội nghị giao ban").arg(i + 1);
        a.sapo = QStringLiteral("Sáng 9/11, Quận ủy tổ chức Hội nghị giao ban công tác tháng 11.");
        a.body = QStringLiteral("<p>(NTL) Dự và chỉ đạo Hội nghị có đồng chí Phó Bí thư Thường trực Quận uỷ.</p>");
        a.categoryId = category->id;
        a.authorId = reporter->id;
        auto created = ArticleRepository(*setup).create(a, reporter->id);
        if (!created) {
            std::fprintf(stderr, "cannot create an article: %s\n", qUtf8Printable(created.error().detail));
            return false;
        }
        drafts.append(created->id);
    }

    auto pc1 = open(location);
    auto pc2 = open(location);
    if (!pc1 || !pc2) {
        return false;
    }
    QTemporaryDir home;
    Settings settings(home.filePath(QStringLiteral("settings.ini")));
    settings.setAutosaveIntervalSeconds(3600);
    test::StderrNotifier notifier;
    ui::MainWindow window(*pc2, *editor, settings, notifier);
    window.resize(1280, 800);
    window.show();
    ui::InboxBar *inbox = window.workflow()->inboxBar();
    idle(500); // the window settles, the listener listens

    QTimer watchdog; // wakes the loop below now and then, whatever happens
    watchdog.start(250);
    QList<double> latencies;
    WorkflowService service(*pc1);
    for (int i = 0; i < drafts.size(); ++i) {
        idle(150 + int(QRandomGenerator::global()->bounded(maxPauseMs - 150)));
        const int before = inbox->count(InboxBox::ToReview);
        auto submitted = service.perform(Action::Submit, drafts.at(i), reporter->id);
        if (!submitted) {
            std::fprintf(stderr, "cannot submit: %s\n", qUtf8Printable(submitted.error().detail));
            return false;
        }
        Stopwatch clock; // PC 1 has committed
        while (inbox->count(InboxBox::ToReview) == before) {
            if (clock.wallMs() > 30000) {
                std::fprintf(stderr, "%s: change %d never showed at the other PC\n", qUtf8Printable(label), i + 1);
                return false;
            }
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        }
        latencies.append(clock.wallMs());
    }
    printRow(QStringLiteral("%1: change → refresh, median (%2 changes)").arg(label).arg(changes), median(latencies),
             QStringLiteral("ms"), targetMs, false);
    printRow(QStringLiteral("%1: change → refresh, p95").arg(label), percentile(latencies, 0.95), QStringLiteral("ms"),
             0, false);
    printRow(QStringLiteral("%1: change → refresh, max").arg(label),
             *std::max_element(latencies.cbegin(), latencies.cend()), QStringLiteral("ms"), 0, false);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption changesOption(QStringLiteral("changes"), QStringLiteral("Changes on PostgreSQL."),
                                           QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption sqliteOption(QStringLiteral("sqlite-changes"),
                                          QStringLiteral("Changes on SQLite (each takes seconds: it polls)."),
                                          QStringLiteral("n"), QStringLiteral("10"));
    parser.addOptions({changesOption, sqliteOption});
    parser.process(app);
    const int changes = parser.value(changesOption).toInt();
    const int sqliteChanges = parser.value(sqliteOption).toInt();

    std::printf("bench_live_refresh: %d changes on PostgreSQL, %d on SQLite, build %s\n", changes, sqliteChanges,
                TOASOAN_BENCH_BUILD_TYPE);
    printHeader();
    bool ok = true;
    if (test::PostgresScratch::serverLocation().isEmpty()) {
        printRow(QStringLiteral("PostgreSQL: skipped, TOASOAN_TEST_PG is not set"), -1, {}, 0, false);
    } else {
        test::PostgresScratch scratch;
        ok = scratch.ok() && measure(QStringLiteral("PostgreSQL"), scratch.location(), changes, 350, 1000);
    }
    QTemporaryDir dir;
    // Pauses across a whole poll period: a change right after each poll would measure the worst case only.
    ok = measure(QStringLiteral("SQLite"), dir.filePath(QStringLiteral("bench.sqlite")), sqliteChanges,
                 150 + ui::WorkflowController::kPollMs, 0) &&
         ok;
    return ok ? 0 : 1;
}
