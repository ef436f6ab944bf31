// The conflict view (issue 14) in the main window: a text written offline while the article changed on the
// server waits as a conflict copy; the inbox's "Xung đột (n)", the article menu and the list's context menu
// open it; the two versions side by side with the history's word marks; a merge chosen change by change (or
// edited by hand) is saved as a new version and the copy is marked dealt with.
#include "app/settings/Settings.h"
#include "app/storage/ArticleRepository.h"
#include "app/workflow/Inbox.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/support/ConflictCopies.h"
#include "tests/support/TestWorkspace.h"
#include "ui/MainWindow.h"
#include "ui/article/ArticleListPane.h"
#include "ui/article/ArticleTab.h"
#include "ui/editor/RichTextEditor.h"
#include "ui/history/ConflictActions.h"
#include "ui/history/ConflictDialog.h"
#include "ui/metadata/MetadataPanel.h"
#include "ui/workflow/InboxBar.h"
#include "ui/workflow/WorkflowController.h"

#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolButton>

using namespace toasoan;
using toasoan::test::RecordingNotifier;
using toasoan::test::RecordingSaveQuestion;
using toasoan::test::TestWorkspace;

namespace {

const QString kCurrentBody = QStringLiteral("<p>Đoạn một của tòa soạn.</p>\n<p>Đoạn hai giữ nguyên.</p>\n"
                                            "<p>Đoạn ba sửa ở tòa soạn.</p>");
const QString kCopyBody = QStringLiteral("<p>Đoạn một viết khi ngoại tuyến.</p>\n<p>Đoạn hai giữ nguyên.</p>\n"
                                         "<p>Đoạn ba viết khi ngoại tuyến.</p>");

// The fragments of `view` drawn with the mark of insertions (underlined) or deletions (struck out).
QString marked(const QTextBrowser *view, bool underline)
{
    QStringList pieces;
    for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (underline ? format.fontUnderline() : format.fontStrikeOut()) {
                pieces.append(it.fragment().text());
            }
        }
    }
    return pieces.join(QLatin1Char('|'));
}

struct Fixture
{
    TestWorkspace ws;
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    RecordingNotifier notifier;
    RecordingSaveQuestion saveQuestion;
    User reporter;
    qint64 article = 0;
    int revision = 0;
    std::unique_ptr<ui::MainWindow> window;

    Fixture()
    {
        settings.setAutosaveIntervalSeconds(3600);
        const qint64 id = ws.addUser(QStringLiteral("phongvien"), Role::Reporter, QStringLiteral("Trần Thị Hòa"));
        if (id <= 0) {
            return;
        }
        reporter = UserRepository(ws.db()).load(id).value();
        Article a;
        a.title = QStringLiteral("Đường mới ở Tân Lập");
        a.sapo = QStringLiteral("Sapo của tòa soạn.");
        a.body = kCurrentBody;
        auto created = ArticleRepository(ws.db()).create(a, id);
        if (!created) {
            return;
        }
        article = created->id;
        Article copy = *created;
        copy.title = QStringLiteral("Đường bê tông mới ở Tân Lập");
        copy.body = kCopyBody;
        revision = test::storeConflictCopy(ws.db(), article, id, copy);
    }
    bool ok() const { return revision > 0; }

    ui::ConflictActions *openWindow()
    {
        window = std::make_unique<ui::MainWindow>(ws.db(), reporter, settings, notifier);
        window->setSaveQuestion(&saveQuestion);
        window->show();
        return window->findChild<ui::ConflictActions *>();
    }
    qint64 conflictState()
    {
        auto v = ws.db().value(QStringLiteral("SELECT conflict FROM revisions WHERE article_id = ? AND number = ?"),
                               {article, revision});
        return v ? v->toLongLong() : -1;
    }
    Article stored() { return ArticleRepository(ws.db()).load(article).value(); }
};

} // namespace

class TestConflictView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TOASOAN_REQUIRE_TEST_BACKEND(); }

    // The inbox says a copy waits; its button opens the view with both versions, the changes marked.
    void inboxOpensTheViewSideBySide()
    {
        Fixture f;
        QVERIFY(f.ok());
        ui::ConflictActions *actions = f.openWindow();
        QVERIFY(actions);
        QToolButton *button = f.window->workflow()->inboxBar()->conflictsButton();
        QVERIFY(button->isVisibleTo(f.window.get()));
        QVERIFY(button->text().contains(QLatin1String("(1)")));
        QTest::mouseClick(button, Qt::LeftButton);
        ui::ConflictDialog *dialog = actions->dialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->articleId(), f.article);
        QCOMPARE(dialog->revision(), f.revision);
        QCOMPARE(dialog->changeCount(), 3); // the title, the first paragraph, the third
        // The current version shows what the copy removed, struck out; the copy what it added, underlined.
        const QString removed = marked(dialog->currentView(), false);
        const QString added = marked(dialog->copyView(), true);
        QVERIFY2(removed.contains(QStringLiteral("của tòa soạn")), qPrintable(removed));
        QVERIFY2(added.contains(QStringLiteral("viết khi ngoại tuyến")), qPrintable(added));
        QVERIFY(!dialog->currentView()->toPlainText().contains(QStringLiteral("viết khi ngoại tuyến")));
        QVERIFY(dialog->copyView()->toPlainText().contains(QStringLiteral("Đoạn hai giữ nguyên.")));
        // Nothing chosen yet: the merged text is the current one.
        QCOMPARE(dialog->mergedTitle()->text(), QStringLiteral("Đường mới ở Tân Lập"));
        // The article menu and the list's context menu reach it too.
        QVERIFY(f.window->findChild<QAction *>(QStringLiteral("conflictsAction")));
        QVERIFY(f.window->listPane()->table()->actions().contains(actions->listAction()));
    }

    // One change from each side, saved: a new version with that text, the copy dealt with, the inbox empty.
    void mergeOneChangeEachWay()
    {
        Fixture f;
        QVERIFY(f.ok());
        ui::ConflictActions *actions = f.openWindow();
        QVERIFY(actions);
        f.window->openArticle(f.article);
        ui::ConflictDialog *dialog = actions->showConflicts();
        QVERIFY(dialog);
        const int versionBefore = f.stored().version;
        // Change 0 is the title: take the copy's. Change 1 (paragraph one): the copy's. Change 2: keep.
        auto *takeTitle = dialog->findChild<QRadioButton *>(QStringLiteral("takeCopy0"));
        auto *takeFirst = dialog->findChild<QRadioButton *>(QStringLiteral("takeCopy1"));
        auto *keepThird = dialog->findChild<QRadioButton *>(QStringLiteral("keepCurrent2"));
        QVERIFY(takeTitle && takeFirst && keepThird);
        QTest::mouseClick(takeTitle, Qt::LeftButton);
        QTest::mouseClick(takeFirst, Qt::LeftButton);
        QVERIFY(keepThird->isChecked());
        QCOMPARE(dialog->mergedTitle()->text(), QStringLiteral("Đường bê tông mới ở Tân Lập"));
        const QString body = dialog->mergedArticle().body;
        QVERIFY(body.contains(QStringLiteral("Đoạn một viết khi ngoại tuyến.")));
        QVERIFY(body.contains(QStringLiteral("Đoạn ba sửa ở tòa soạn.")));
        // Back to the current version for the title, then to the copy again: one click each.
        QTest::mouseClick(dialog->findChild<QRadioButton *>(QStringLiteral("keepCurrent0")), Qt::LeftButton);
        QCOMPARE(dialog->mergedTitle()->text(), QStringLiteral("Đường mới ở Tân Lập"));
        QTest::mouseClick(takeTitle, Qt::LeftButton);

        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("conflictSaveMerged")), Qt::LeftButton);
        QVERIFY2(f.notifier.errors.isEmpty(),
                 f.notifier.errors.isEmpty() ? "" : qPrintable(f.notifier.errors.first().error.message));
        QTRY_VERIFY(!actions->dialog());
        const Article saved = f.stored();
        QCOMPARE(saved.title, QStringLiteral("Đường bê tông mới ở Tân Lập"));
        QCOMPARE(saved.body, QStringLiteral("<p>Đoạn một viết khi ngoại tuyến.</p>\n<p>Đoạn hai giữ nguyên.</p>\n"
                                            "<p>Đoạn ba sửa ở tòa soạn.</p>"));
        QCOMPARE(saved.version, versionBefore + 1);
        QCOMPARE(f.conflictState(), 2);
        // The open tab shows the saved text; the inbox has nothing left.
        QCOMPARE(f.window->currentTab()->stored().title, saved.title);
        QVERIFY(!f.window->workflow()->inboxBar()->conflictsButton()->isVisibleTo(f.window.get()));
        QCOMPARE(Inbox(f.ws.db()).counts(f.reporter.id)->conflicts, 0);
    }

    // The merged text edited by hand is what is saved; the choices stop changing it until asked to.
    void mergedTextEditedByHand()
    {
        Fixture f;
        QVERIFY(f.ok());
        ui::ConflictActions *actions = f.openWindow();
        ui::ConflictDialog *dialog = actions->showConflicts(f.article);
        QVERIFY(dialog);
        QLineEdit *title = dialog->mergedTitle();
        title->selectAll();
        test::typeText(title, QStringLiteral("Tiêu đề gộp tay"));
        auto *keepTitle = dialog->findChild<QRadioButton *>(QStringLiteral("keepCurrent0"));
        QVERIFY(!keepTitle->isEnabled());
        QCOMPARE(dialog->mergedArticle().title, QStringLiteral("Tiêu đề gộp tay"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("conflictSaveMerged")), Qt::LeftButton);
        QTRY_VERIFY(!actions->dialog());
        QCOMPARE(f.stored().title, QStringLiteral("Tiêu đề gộp tay"));
        QCOMPARE(f.stored().body, kCurrentBody);
        QCOMPARE(f.conflictState(), 2);
    }

    // "Giữ bản hiện tại" for the whole copy: nothing written but the mark.
    void keepTheCurrentVersion()
    {
        Fixture f;
        QVERIFY(f.ok());
        ui::ConflictActions *actions = f.openWindow();
        const int versionBefore = f.stored().version;
        ui::ConflictDialog *dialog = actions->showConflicts(f.article);
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("conflictKeepCurrent")), Qt::LeftButton);
        QTRY_VERIFY(!actions->dialog());
        QCOMPARE(f.stored().version, versionBefore);
        QCOMPARE(f.stored().body, kCurrentBody);
        QCOMPARE(f.conflictState(), 2);
        // Nothing waits any more: the menu entry says so instead of opening an empty view.
        QVERIFY(!actions->showConflicts(f.article));
    }
};

QTEST_MAIN(TestConflictView)
#include "tst_conflict_view.moc"
