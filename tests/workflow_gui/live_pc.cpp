// Test-only program for tst_live_refresh: another PC of the office. It opens the real MainWindow
// on a workspace (a shared PostgreSQL database) as a given user (no login dialog: this binary is
// never installed) and does what it reads on its standard input, one command a line, answering
// each on its standard output once done (its commits are made by then):
//   open ID    opens the article (taking its edit lock when free)  → "opened ID"
//   takeover   takes over the current article's edit lock          → "took over"
//   close      closes the current article (giving its lock back)   → "closed"
//   quit       ends the program
// It prints "ready" when the window is up. Usage: live_pc DATABASE USER_ID SETTINGS_INI
#include "app/search/SearchIndex.h"
#include "app/settings/Settings.h"
#include "app/storage/Database.h"
#include "app/storage/UserRepository.h"
#include "tests/gui/GuiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/article/ArticleTab.h"
#include "ui/editor/RichTextEditor.h"
#include "ui/metadata/MetadataPanel.h"
#include "ui/workflow/ArticleSession.h"
#include "ui/workflow/WorkflowController.h"

#include <QApplication>
#include <QSocketNotifier>
#include <cstdio>
#include <unistd.h>

using namespace toasoan;

namespace {

void answer(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: live_pc DATABASE USER_ID SETTINGS_INI\n");
        return 2;
    }
    auto db = Database::open(args.at(1));
    if (!db) {
        std::fprintf(stderr, "cannot open the database: %s\n", qPrintable(db.error().detail));
        return 1;
    }
    searchindex::attach(*db.value());
    auto user = UserRepository(*db.value()).load(args.at(2).toLongLong());
    if (!user) {
        std::fprintf(stderr, "no user %s\n", qPrintable(args.at(2)));
        return 1;
    }
    Settings settings(args.at(3));
    settings.setAutosaveIntervalSeconds(3600);
    test::StderrNotifier notifier;
    ui::MainWindow window(*db.value(), user.value(), settings, notifier);
    window.show();

    QByteArray pending;
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[256];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            QApplication::quit(); // the test went away
            return;
        }
        pending.append(buffer, n);
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QStringList command = QString::fromUtf8(pending.left(newline)).simplified().split(QLatin1Char(' '));
            pending.remove(0, newline + 1);
            const QString verb = command.value(0);
            if (verb == QLatin1String("open")) {
                const qint64 id = command.value(1).toLongLong();
                answer(window.openArticle(id) ? QStringLiteral("opened %1").arg(id) : QStringLiteral("failed"));
            } else if (verb == QLatin1String("takeover")) {
                ui::ArticleSession *session = window.workflow()->currentSession();
                if (session) {
                    session->takeOver();
                }
                answer(session && session->holdsLock() ? QStringLiteral("took over") : QStringLiteral("failed"));
            } else if (verb == QLatin1String("close")) {
                answer(window.closeCurrentTab() ? QStringLiteral("closed") : QStringLiteral("failed"));
            } else if (verb == QLatin1String("quit")) {
                QApplication::quit();
            }
        }
    });
    answer(QStringLiteral("ready"));
    return QApplication::exec();
}
