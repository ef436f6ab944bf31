// Every dialog in ui/ is reachable: an administrator's window is walked (every menu, submenu and
// toolbar entry, and the editor's context menu), each entry is triggered on a fresh article in each
// workflow state, and the dialogs that open are recorded (and closed). Their classes are compared with
// the QDialog subclasses declared in ui/'s sources, so a new dialog that nothing opens fails here.
#include "app/editing/RecoveryReview.h"
#include "app/publish/SecretStore.h"
#include "app/settings/Settings.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/UserRepository.h"
#include "app/workflow/AuthService.h"
#include "tests/support/ConflictCopies.h"
#include "tests/workflow_gui/WorkflowGuiFixture.h"
#include "ui/FirstAdminDialog.h"
#include "ui/LoginDialog.h"
#include "ui/article/ArticleTabs.h"
#include "ui/common/ShortcutsDialog.h"
#include "ui/editor/RichTextEditor.h"
#include "ui/publish/Publishing.h"
#include "ui/recovery/RecoveryDialog.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDialog>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>

using namespace toasoan;
using namespace toasoan::test;

namespace {

/// Shown by the start-up sequence (ui/SignIn.cpp, MainWindow::offerRecoveries), before or as the
/// window opens, never from a menu.
const QSet<QString> kStartupDialogs = {
    QStringLiteral("FirstAdminDialog"), // the workspace has no user yet
    QStringLiteral("LoginDialog"),      // every start
    QStringLiteral("RecoveryDialog"),   // autosave kept text that was never saved
};

/// Opened from a menu only once a question is answered yes, which this test's sweep never does (each
/// has a test of its own that answers it).
const QSet<QString> kBehindAQuestion = {
    QStringLiteral("SchemaUpdateDialog"), // "Thu gọn dữ liệu làm việc…", "Thu gọn ngay": tst_schema_update
};

/// A 1366×768 laptop screen less a 40-pixel taskbar: every dialog must fit it.
constexpr QSize kScreen(1366, 728);

QString unqualified(const char *className)
{
    const QString name = QString::fromLatin1(className);
    return name.mid(name.lastIndexOf(QLatin1Char(':')) + 1);
}

/// The QDialog (and QWizard) subclasses declared in ui/'s headers.
QSet<QString> declaredDialogs()
{
    QSet<QString> found;
    const QRegularExpression declaration(
        QStringLiteral(R"(class\s+(\w+)\s+(?:final\s+)?:\s*public\s+Q(?:Dialog|Wizard)\b)"));
    QDirIterator it(qEnvironmentVariable("TOASOAN_SOURCE_DIR") + QStringLiteral("/ui"), {QStringLiteral("*.h")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QString source = QString::fromUtf8(file.readAll());
        for (auto match = declaration.globalMatch(source); match.hasNext();) {
            found.insert(match.next().captured(1));
        }
    }
    return found;
}

/// Records and closes every dialog that shows while it runs, in nested event loops (exec()) too.
class DialogCatcher final : public QObject
{
public:
    DialogCatcher()
    {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, &DialogCatcher::sweep);
    }

    void trigger(QAction *action)
    {
        m_timer.start();
        action->trigger();
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::processEvents();
            sweep();
        }
        m_timer.stop();
        // Closed dialogs that delete themselves go now: a window waiting for one to go opens no other.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    void sweep()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QDialog *>(widget);
            if (dialog && dialog->isVisible()) {
                const QString name = unqualified(dialog->metaObject()->className());
                seen.insert(name);
                const QSize size = dialog->size().expandedTo(dialog->sizeHint());
                if (size.width() > kScreen.width() || size.height() > kScreen.height()) {
                    tooLarge.insert(QStringLiteral("%1 \"%2\" %3×%4")
                                        .arg(name, dialog->windowTitle())
                                        .arg(size.width())
                                        .arg(size.height()));
                }
                dialog->reject();
            }
        }
    }

    QSet<QString> seen;
    /// The dialogs larger than kScreen, with their title and size.
    QSet<QString> tooLarge;

private:
    QTimer m_timer;
};

/// Where an entry is: the menu titles and its text ("&Tools/&Normalize tone marks…").
struct Entry
{
    QString path;
    QPointer<QAction> action;
};

void collect(const QString &prefix, const QList<QAction *> &actions, QList<Entry> &into)
{
    for (QAction *action : actions) {
        if (action->isSeparator()) {
            continue;
        }
        const QString path = prefix + QLatin1Char('/') + action->text();
        if (QMenu *menu = action->menu()) {
            collect(path, menu->actions(), into);
        } else {
            into.append({path, action});
        }
    }
}

/// The editor's context menu, opened as the keyboard's menu key opens it.
QMenu *openContextMenu(ui::RichTextEditor *editor)
{
    QContextMenuEvent event(QContextMenuEvent::Keyboard, editor->cursorRect().center(),
                            editor->viewport()->mapToGlobal(editor->cursorRect().center()));
    QCoreApplication::sendEvent(editor->viewport(), &event);
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == QLatin1String("editorContextMenu") && widget->isVisible()) {
            return qobject_cast<QMenu *>(widget);
        }
    }
    return nullptr;
}

} // namespace

class TestDialogReachability : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_fx.setUp());
        m_fx.question.answer = ui::SaveAnswer::Discard;
        m_publishing = std::make_unique<ui::Publishing>(m_fx.db(), std::make_unique<MemorySecretStore>());
        m_window = m_fx.window(m_fx.admin);
        m_window->setPublishing(m_publishing.get());
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_publishing.reset();
    }

    void everyDialogOpensFromTheWindow()
    {
        DialogCatcher catcher;
        int triggered = 0;
        for (WorkflowState state : {WorkflowState::Draft, WorkflowState::Submitted, WorkflowState::AwaitingApproval,
                                    WorkflowState::Approved}) {
            QVERIFY(freshArticle(state));
            QList<Entry> entries = windowEntries();
            const QStringList paths = [&] {
                QStringList all;
                for (const Entry &entry : std::as_const(entries)) {
                    all.append(entry.path);
                }
                return all;
            }();
            // Each entry on a fresh article: an earlier one (approve, trash) must not change what the next finds.
            for (const QString &path : paths) {
                QVERIFY(freshArticle(state));
                if (QAction *action = find(windowEntries(), path); action && action->isEnabled()) {
                    catcher.trigger(action);
                    ++triggered;
                }
            }
            QVERIFY(freshArticle(state));
            QMenu *menu = openContextMenu(m_window->currentTab()->editor());
            QVERIFY2(menu, "the editor's context menu opens");
            const int count = int(menu->actions().size());
            menu->close();
            for (int i = 0; i < count; ++i) {
                QVERIFY(freshArticle(state));
                QPointer<QMenu> open = openContextMenu(m_window->currentTab()->editor());
                QVERIFY(open);
                QAction *action = open->actions().value(i);
                if (action && !action->isSeparator() && !action->menu() && action->isEnabled()) {
                    catcher.trigger(action);
                    ++triggered;
                }
                if (open) {
                    open->close();
                }
            }
        }
        QVERIFY(triggered > 50);

        QStringList tooLarge = catcher.tooLarge.values();
        tooLarge.sort();
        QVERIFY2(tooLarge.isEmpty(),
                 qPrintable(QStringLiteral("larger than a 1366×728 screen: ") + tooLarge.join(u"; ")));

        const QSet<QString> declared = declaredDialogs();
        QVERIFY2(declared.size() >= 10, "the ui/ sources are found through TOASOAN_SOURCE_DIR");
        for (const QString &name : kStartupDialogs + kBehindAQuestion) {
            QVERIFY2(declared.contains(name), qPrintable(name + QStringLiteral(" is listed but no longer exists")));
        }
        QStringList unreachable;
        for (const QString &name : declared) {
            if (!catcher.seen.contains(name) && !kStartupDialogs.contains(name) && !kBehindAQuestion.contains(name)) {
                unreachable.append(name);
            }
        }
        unreachable.sort();
        QVERIFY2(unreachable.isEmpty(),
                 qPrintable(QStringLiteral("no menu, toolbar or context menu opens: ") + unreachable.join(u", ")));
    }

    void startupDialogsFitTheScreen()
    {
        // Shown before the window opens: built here as the start-up sequence builds them.
        AuthService auth(m_fx.db());
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        editing::RecoveredArticle recovered;
        recovered.saved.title = QStringLiteral("Phường Xuân Phương ra quân tổng vệ sinh môi trường");
        ui::FirstAdminDialog firstAdmin(m_fx.db());
        ui::LoginDialog login(auth, settings);
        ui::RecoveryDialog recovery({recovered, recovered});
        for (QDialog *dialog : std::initializer_list<QDialog *>{&firstAdmin, &login, &recovery}) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            const QSize size = dialog->size().expandedTo(dialog->sizeHint());
            QVERIFY2(size.width() <= kScreen.width() && size.height() <= kScreen.height(),
                     qPrintable(QStringLiteral("%1 %2×%3")
                                    .arg(QString::fromLatin1(dialog->metaObject()->className()))
                                    .arg(size.width())
                                    .arg(size.height())));
            dialog->hide();
        }
    }

    void toolsAndSettingsHaveMenuEntries()
    {
        QVERIFY(freshArticle(WorkflowState::Draft));
        const QList<Entry> entries = windowEntries();
        QAction *settings = find(entries, QStringLiteral("/&File/Se&ttings…"));
        QVERIFY(settings);
        QCOMPARE(settings->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        QVERIFY(find(entries, QStringLiteral("/&Tools/&Normalize tone marks…")));
        QVERIFY(find(entries, QStringLiteral("/&Tools/&Convert legacy encoding…")));
        QVERIFY(find(entries, QStringLiteral("/&Help/About &Qt")));
    }

    void shortcutsAreGroupedAndFiltered()
    {
        QVERIFY(freshArticle(WorkflowState::Draft));
        int groups = 0;
        int all = 0;
        int saving = 0;
        bool onlySaving = true;
        QSize size;
        QTimer::singleShot(0, this, [&] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                auto *dialog = qobject_cast<ui::ShortcutsDialog *>(widget);
                if (!dialog || !dialog->isVisible()) {
                    continue;
                }
                size = dialog->size();
                if (const QString shots = qEnvironmentVariable("TOASOAN_SCREENSHOT_DIR"); !shots.isEmpty()) {
                    dialog->grab().save(shots + QStringLiteral("/shortcuts.png"));
                }
                groups = dialog->tree()->topLevelItemCount();
                all = dialog->visibleShortcutCount();
                dialog->filterEdit()->setText(QStringLiteral("save"));
                saving = dialog->visibleShortcutCount();
                for (int i = 0; i < dialog->tree()->topLevelItemCount(); ++i) {
                    const QTreeWidgetItem *heading = dialog->tree()->topLevelItem(i);
                    for (int j = 0; j < heading->childCount(); ++j) {
                        const QTreeWidgetItem *row = heading->child(j);
                        onlySaving = onlySaving && (row->isHidden() ||
                                                    row->text(0).contains(QStringLiteral("Save"), Qt::CaseInsensitive));
                    }
                }
                dialog->reject();
            }
        });
        QAction *help = find(windowEntries(), QStringLiteral("/&Help/&Keyboard shortcuts"));
        QVERIFY(help);
        QCOMPARE(help->shortcut(), QKeySequence(Qt::Key_F1));
        help->trigger();
        // Grouped by menu (File, Edit, Format, View, Article...), every editor shortcut listed.
        QVERIFY2(groups >= 5, qPrintable(QString::number(groups)));
        QVERIFY2(all > 30, qPrintable(QString::number(all)));
        QVERIFY(saving > 0 && saving < all);
        QVERIFY(onlySaving);
        // The list scrolls instead of growing the window.
        QVERIFY2(size.height() <= 600, qPrintable(QString::number(size.height())));
    }

    void aboutGivesQtsCredit()
    {
        // No licence is decided for ToaSoan yet: the box gives the version and Qt's credit, and Qt's
        // own box (its licence) is one click away, from the box and from the Help menu.
        const QList<Entry> entries = windowEntries();
        QAction *about = nullptr;
        QAction *aboutQt = nullptr;
        for (const Entry &entry : entries) {
            if (entry.action->menuRole() == QAction::AboutRole) {
                about = entry.action;
            } else if (entry.action->menuRole() == QAction::AboutQtRole) {
                aboutQt = entry.action;
            }
        }
        QVERIFY(about && aboutQt);
        QString text;
        bool hasAboutQtButton = false;
        QTimer::singleShot(0, this, [&] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (widget->objectName() == QLatin1String("aboutBox") && widget->isVisible()) {
                    text = widget->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))->text();
                    hasAboutQtButton = widget->findChild<QPushButton *>(QStringLiteral("aboutQtButton")) != nullptr;
                    qobject_cast<QDialog *>(widget)->reject();
                }
            }
        });
        about->trigger();
        QVERIFY2(text.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("The Qt Company")), qPrintable(text));
        QVERIFY(hasAboutQtButton);
    }

private:
    bool freshArticle(WorkflowState state)
    {
        while (m_window->tabs()->count() > 0) {
            if (!m_window->closeCurrentTab()) {
                return false;
            }
        }
        // Someone else's article: nobody reviews their own. It opens with a figure, so that the
        // entries working on an image are enabled too.
        const qint64 id = m_fx.article(m_fx.reporter, state);
        Article withImage = m_fx.stored(id);
        withImage.body =
            QStringLiteral("<figure class=\"aligncenter\"><img src=\"https://example.vn/anh.jpg\" alt=\"\">"
                           "<figcaption>Hội nghị giao ban</figcaption></figure>") +
            withImage.body;
        if (!id || !ArticleRepository(m_fx.db()).save(withImage, m_fx.reporter)) {
            return false;
        }
        // A text its author wrote offline meanwhile, waiting beside it: the conflict view opens on it.
        Article offline = withImage;
        offline.body = QStringLiteral("<p>Viết khi ngoại tuyến.</p>");
        if (!test::storeConflictCopy(m_fx.db(), id, m_fx.reporter, offline)) {
            return false;
        }
        ui::ArticleTab *tab = m_window->openArticle(id);
        if (!tab) {
            return false;
        }
        // Everything selected (entries working on a selection are enabled), the cursor on the image.
        QTextCursor cursor(tab->editor()->document());
        cursor.movePosition(QTextCursor::End);
        cursor.movePosition(QTextCursor::Start, QTextCursor::KeepAnchor);
        tab->editor()->setTextCursor(cursor);
        return true;
    }

    QList<Entry> windowEntries() const
    {
        QList<Entry> entries;
        collect(QString(), m_window->menuBar()->actions(), entries);
        for (QToolBar *bar : m_window->findChildren<QToolBar *>()) {
            collect(QStringLiteral("toolbar:") + bar->objectName(), bar->actions(), entries);
        }
        // Quitting ends the walk; it opens nothing.
        entries.removeIf([](const Entry &e) { return e.action->menuRole() == QAction::QuitRole; });
        return entries;
    }

    static QAction *find(const QList<Entry> &entries, const QString &path)
    {
        for (const Entry &entry : entries) {
            if (entry.path == path) {
                return entry.action;
            }
        }
        return nullptr;
    }

    WorkflowGui m_fx;
    std::unique_ptr<ui::Publishing> m_publishing;
    std::unique_ptr<ui::MainWindow> m_window;
};

QTEST_MAIN(TestDialogReachability)
#include "tst_dialog_reachability.moc"
