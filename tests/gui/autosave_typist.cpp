// Test-only program for tst_autosave_kill: opens the real MainWindow on a workspace as a given
// user (no login dialog: this binary is never installed), opens an article and types into it
// through the real widgets, printing "typed N" after each word, until it is killed.
// Usage: autosave_typist DATABASE USER_ID ARTICLE_ID SETTINGS_INI
#include "app/search/SearchIndex.h"
#include "app/settings/Settings.h"
#include "app/storage/Database.h"
#include "app/storage/UserRepository.h"
#include "tests/gui/GuiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/article/ArticleTab.h"
#include "ui/editor/RichTextEditor.h"
#include "ui/metadata/MetadataPanel.h"

#include <QApplication>
#include <QLineEdit>
#include <QTimer>
#include <cstdio>

using namespace toasoan;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: autosave_typist DATABASE USER_ID ARTICLE_ID SETTINGS_INI\n");
        return 2;
    }
    auto db = Database::openSqlite(args.at(1));
    if (!db) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(args.at(1)));
        return 1;
    }
    searchindex::attach(*db.value());
    auto user = UserRepository(*db.value()).load(args.at(2).toLongLong());
    if (!user) {
        std::fprintf(stderr, "no user %s\n", qPrintable(args.at(2)));
        return 1;
    }
    Settings settings(args.at(4));
    test::StderrNotifier notifier;
    ui::MainWindow window(*db.value(), user.value(), settings, notifier);
    window.show();
    ui::ArticleTab *tab = window.openArticle(args.at(3).toLongLong());
    if (!tab) {
        return 1;
    }
    // The headline first, then one word of the body at a time.
    QLineEdit *title = tab->metadataPanel()->titleEdit();
    title->end(false);
    test::typeText(title, QStringLiteral(" — tin khẩn"));
    std::printf("typed 0\n");
    std::fflush(stdout);

    int word = 0;
    ui::RichTextEditor *editor = tab->editor();
    editor->moveCursor(QTextCursor::End);
    QTimer typing;
    typing.setInterval(150);
    QObject::connect(&typing, &QTimer::timeout, [&] {
        ++word;
        test::typeText(editor, QStringLiteral(" từ%1").arg(word, 3, 10, QLatin1Char('0')));
        std::printf("typed %d\n", word);
        std::fflush(stdout);
    });
    typing.start();
    return QApplication::exec();
}
