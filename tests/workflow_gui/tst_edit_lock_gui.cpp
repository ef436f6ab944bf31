// Soft edit locks with two people on one workspace, each on their own computer (connection):
// the second opens read-only with who and since when, takes over explicitly, the first one
// notices, keeps their unsaved text and gets the article back once it is free again.
#include "app/storage/EventLog.h"
#include "app/workflow/Inbox.h"
#include "app/workflow/WorkflowService.h"
#include "tests/workflow_gui/WorkflowGuiFixture.h"
#include "ui/article/ArticleTabs.h"
#include "ui/editor/RichTextEditor.h"
#include "ui/metadata/MetadataPanel.h"

#include <QLineEdit>
#include <QRegularExpression>

using namespace toasoan;
using S = WorkflowState;

namespace {

ui::Banner *banner(ui::ArticleTab *tab, const char *name)
{
    return tab->findChild<ui::Banner *>(QString::fromLatin1(name));
}

std::optional<EditLock> holder(Database &db, qint64 id)
{
    auto lock = WorkflowService(db).currentLock(id);
    return lock ? *lock : std::nullopt;
}

} // namespace

class TestEditLockGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TOASOAN_REQUIRE_TEST_BACKEND();
        QVERIFY(f.setUp());
    }
    void init() { f.notifier.errors.clear(); }

    void secondUserReadsThenTakesOver()
    {
        const qint64 id = f.article(f.reporter, S::Submitted);
        auto first = f.window(f.editor);
        ui::ArticleTab *editorTab = first->openArticle(id);
        QVERIFY(editorTab);
        QVERIFY(!editorTab->isReadOnly());
        QCOMPARE(holder(f.db(), id)->userId, f.editor);
        // The editor types something and does not save yet.
        QLineEdit *editorTitle = editorTab->metadataPanel()->titleEdit();
        QTest::keyClick(editorTitle, Qt::Key_End);
        test::typeText(editorTitle, QStringLiteral(" (biên tập)"));
        QVERIFY(editorTab->isModified());

        // The administrator opens it on another computer: read-only, saying who and since when.
        auto otherComputer = f.otherComputer();
        auto second = f.window(f.admin, otherComputer.get());
        ui::ArticleTab *adminTab = second->openArticle(id);
        QVERIFY(adminTab);
        QVERIFY(adminTab->isReadOnly());
        QVERIFY(adminTab->editor()->isReadOnly());
        const QString held = banner(adminTab, "lockBanner")->text();
        QVERIFY2(held.contains(QStringLiteral("Trần Thị Bình")), qPrintable(held));
        const QString since = holder(f.db(), id)->acquiredAt.toLocalTime().toString(QStringLiteral("HH:mm"));
        QVERIFY2(held.contains(since), qPrintable(held));
        QVERIFY(banner(adminTab, "readOnlyBanner")->text().isEmpty()); // they may edit, once they take over
        QVERIFY(test::barOf(adminTab)->takeOverButton()->isVisibleTo(adminTab));
        QVERIFY(second->workflow()->takeOverAction()->isEnabled());
        QTest::keyClick(adminTab->metadataPanel()->titleEdit(), Qt::Key_End);
        test::typeText(adminTab->metadataPanel()->titleEdit(), QStringLiteral("x"));
        QVERIFY(!adminTab->isModified());

        // Taking over is explicit, logged, and makes the article editable.
        QTest::mouseClick(test::barOf(adminTab)->takeOverButton(), Qt::LeftButton);
        QVERIFY(!adminTab->isReadOnly());
        QVERIFY(banner(adminTab, "lockBanner")->text().isEmpty());
        QCOMPARE(holder(f.db(), id)->userId, f.admin);
        auto events = EventLog(f.db()).forArticle(id);
        QVERIFY(std::any_of(events->cbegin(), events->cend(),
                            [](const Event &e) { return e.action == QLatin1String("lock_takeover"); }));
        adminTab->editor()->setFocus();
        test::typeText(adminTab->editor(), QStringLiteral("Thêm một câu."));
        QVERIFY(second->saveArticle());

        // The editor's window notices: read-only, their unsaved text still shown, saving refused.
        first->workflow()->pollChanges();
        QVERIFY(editorTab->isReadOnly());
        const QString lost = banner(editorTab, "lockBanner")->text();
        QVERIFY2(lost.contains(QStringLiteral("Hoàng Quản Trị")), qPrintable(lost));
        QVERIFY2(lost.contains(QStringLiteral("unsaved")), qPrintable(lost));
        QVERIFY(!banner(editorTab, "newerBanner")->text().isEmpty()); // the administrator saved
        QCOMPARE(editorTitle->text(), QStringLiteral("Quận ủy tổ chức hội nghị giao ban (biên tập)"));
        QVERIFY(!first->saveArticle());
        QCOMPARE(f.notifier.errors.size(), 1);
        QCOMPARE(f.notifier.errors.first().error.code, ErrorCode::Conflict);
        QVERIFY(editorTab->isModified());
        QCOMPARE(editorTitle->text(), QStringLiteral("Quận ủy tổ chức hội nghị giao ban (biên tập)"));

        // The administrator closes the article: the lock is free, and the editor may edit again.
        QVERIFY(second->closeCurrentTab());
        QVERIFY(!holder(f.db(), id));
        first->workflow()->pollChanges();
        QVERIFY(!editorTab->isReadOnly());
        QCOMPARE(holder(f.db(), id)->userId, f.editor);
        QVERIFY(banner(editorTab, "lockBanner")->text().isEmpty());
    }

    void lockGoesWithTheTab()
    {
        const qint64 id = f.article(f.reporter);
        auto window = f.window(f.reporter);
        ui::ArticleTab *tab = window->openArticle(id);
        QVERIFY(tab);
        QCOMPARE(holder(f.db(), id)->userId, f.reporter);
        ui::ArticleSession *session = window->workflow()->session(tab);
        session->heartbeat(); // keeps it, quietly
        QVERIFY(session->holdsLock());
        QVERIFY(window->closeCurrentTab());
        QVERIFY(!holder(f.db(), id));
        // Closing the window gives back every article's lock.
        QVERIFY(window->openArticle(id));
        QVERIFY(holder(f.db(), id));
        QVERIFY(window->close());
        QVERIFY(!holder(f.db(), id));
    }

    void readOnlyArticleDoesNotTakeTheLock()
    {
        // A reporter looking at someone else's submission must not block the editors.
        const qint64 id = f.article(f.reporter2, S::Submitted);
        auto window = f.window(f.reporter);
        ui::ArticleTab *tab = window->openArticle(id);
        QVERIFY(tab);
        QVERIFY(tab->isReadOnly());
        QVERIFY(!holder(f.db(), id));
        QVERIFY(!test::barOf(tab)->takeOverButton()->isVisibleTo(tab));
        QVERIFY(!window->workflow()->takeOverAction()->isEnabled());
        QVERIFY(!banner(tab, "readOnlyBanner")->text().isEmpty());
    }

    void refreshingWritesNothing()
    {
        // Two computers with articles open: a refresh that wrote (say, renewing a lock) would
        // wake the other's poll, whose refresh would wake ours: a write every few seconds forever.
        const qint64 mine = f.article(f.reporter);
        const qint64 submitted = f.article(f.reporter2, S::Submitted);
        auto other = f.otherComputer();
        auto reporterWindow = f.window(f.reporter);
        QVERIFY(reporterWindow->openArticle(mine));
        QVERIFY(reporterWindow->openArticle(submitted));
        auto editorWindow = f.window(f.editor, other.get());
        QVERIFY(editorWindow->openArticle(submitted));
        QVERIFY(editorWindow->workflow()->session(editorWindow->currentTab())->holdsLock());

        const qint64 seenByEditor = *Inbox(*other).changeStamp();
        const qint64 seenByReporter = *Inbox(f.db()).changeStamp();
        reporterWindow->workflow()->refreshFromDatabase();
        QCOMPARE(*Inbox(*other).changeStamp(), seenByEditor);
        editorWindow->workflow()->refreshFromDatabase();
        QCOMPARE(*Inbox(f.db()).changeStamp(), seenByReporter);
        QVERIFY(editorWindow->workflow()->session(editorWindow->currentTab())->holdsLock());
        QVERIFY(reporterWindow->workflow()->session(reporterWindow->tabs()->tabFor(mine))->holdsLock());
    }

private:
    test::WorkflowGui f;
};

QTEST_MAIN(TestEditLockGui)
#include "tst_edit_lock_gui.moc"
