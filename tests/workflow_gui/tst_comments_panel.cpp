// Editorial comments (ý kiến biên tập) in the details pane: an editor comments, the reporter sees
// it on their computer and replies under it; both are stored with their thread; who may comment.
#include "app/storage/CommentRepository.h"
#include "app/text/VietnameseLocale.h"
#include "tests/workflow_gui/WorkflowGuiFixture.h"
#include "ui/workflow/CommentsPanel.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QToolButton>

using namespace toasoan;
using S = WorkflowState;

namespace {

QString labelText(QWidget *card, const char *name)
{
    auto *label = card ? card->findChild<QLabel *>(QString::fromLatin1(name)) : nullptr;
    return label ? label->text() : QString();
}

} // namespace

class TestCommentsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TOASOAN_REQUIRE_TEST_BACKEND();
        QVERIFY(f.setUp());
    }
    void init() { f.notifier.errors.clear(); }

    void commentAndReply()
    {
        const qint64 id = f.article(f.reporter, S::Submitted);
        auto editorWindow = f.window(f.editor);
        QVERIFY(editorWindow->openArticle(id));
        ui::CommentsPanel *panel = editorWindow->workflow()->commentsPanel();
        auto *details = editorWindow->findChild<QTabWidget *>(QStringLiteral("detailsTabs"));
        QVERIFY(details);
        QCOMPARE(details->indexOf(panel), 1);
        details->setCurrentWidget(panel);
        QCOMPARE(panel->articleId(), id);
        QCOMPARE(panel->commentCount(), 0);
        QVERIFY(!panel->sendButton()->isEnabled()); // nothing typed yet

        const QString first = QStringLiteral("Đoạn 2 cần thêm ý kiến của người dân.");
        test::typeText(panel->input(), test::nfd(first));
        QVERIFY(panel->sendButton()->isEnabled());
        QTest::mouseClick(panel->sendButton(), Qt::LeftButton);
        QVERIFY(panel->errorMessage().isEmpty());
        QVERIFY(panel->input()->toPlainText().isEmpty());
        QCOMPARE(panel->commentCount(), 1);
        QCOMPARE(details->tabText(1), QStringLiteral("Editorial comments (1)"));
        auto stored = CommentRepository(f.db()).list(id);
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().body, first); // NFC
        QCOMPARE(stored->first().authorId, f.editor);
        QWidget *card = panel->card(stored->first().id);
        QVERIFY(card);
        const QString header = labelText(card, "commentHeader");
        QVERIFY2(header.contains(QStringLiteral("Trần Thị Bình")), qPrintable(header));
        QVERIFY2(header.contains(text::formatDateTime(stored->first().createdAt.toLocalTime())), qPrintable(header));
        QCOMPARE(labelText(card, "commentBody"), first);

        // The reporter, on their computer, sees it at the next poll and answers it.
        auto otherComputer = f.otherComputer();
        auto reporterWindow = f.window(f.reporter, otherComputer.get());
        QVERIFY(reporterWindow->openArticle(id));
        ui::CommentsPanel *reporterPanel = reporterWindow->workflow()->commentsPanel();
        QCOMPARE(reporterPanel->commentCount(), 1);
        QVERIFY(reporterPanel->sendButton()->isEnabled() == false);
        QWidget *theirCard = reporterPanel->card(stored->first().id);
        QVERIFY(theirCard);
        QTest::mouseClick(theirCard->findChild<QToolButton *>(QStringLiteral("replyButton")), Qt::LeftButton);
        QCOMPARE(reporterPanel->replyingTo(), stored->first().id);
        const QString answer = QStringLiteral("Đã bổ sung ý kiến của bà Nguyễn Thị Hoa, tổ dân phố 5.");
        test::typeText(reporterPanel->input(), answer);
        QTest::mouseClick(reporterPanel->sendButton(), Qt::LeftButton);
        QCOMPARE(reporterPanel->commentCount(), 2);
        QCOMPARE(reporterPanel->replyingTo(), 0);

        auto thread = CommentRepository(f.db()).thread(id);
        QCOMPARE(thread->size(), 2);
        QCOMPARE(thread->at(1).comment.parentId, stored->first().id);
        QCOMPARE(thread->at(1).depth, 1);
        QCOMPARE(thread->at(1).comment.authorId, f.reporter);

        // The editor's window reads the new reply; the reply sits indented under its parent.
        editorWindow->workflow()->pollChanges();
        QCOMPARE(panel->commentCount(), 2);
        QWidget *parentCard = panel->card(thread->at(0).comment.id);
        QWidget *replyCard = panel->card(thread->at(1).comment.id);
        QVERIFY(replyCard);
        QCOMPARE(labelText(replyCard, "commentBody"), answer);
        QVERIFY(labelText(replyCard, "commentHeader").contains(QStringLiteral("Nguyễn Văn An")));
        QTRY_VERIFY(replyCard->mapTo(panel, QPoint()).x() > parentCard->mapTo(panel, QPoint()).x());
        QVERIFY(replyCard->mapTo(panel, QPoint()).y() > parentCard->mapTo(panel, QPoint()).y());
        QCOMPARE(details->tabText(1), QStringLiteral("Editorial comments (2)"));
        QVERIFY(f.notifier.errors.isEmpty());
    }

    void whoMayComment()
    {
        // A reporter comments on their own articles only; a new article has no thread yet.
        const qint64 theirs = f.article(f.reporter2, S::Submitted);
        auto window = f.window(f.reporter);
        QVERIFY(window->openArticle(theirs));
        ui::CommentsPanel *panel = window->workflow()->commentsPanel();
        QVERIFY(!panel->input()->isEnabled());
        QVERIFY(!panel->sendButton()->isEnabled());
        auto *note = panel->findChild<QLabel *>(QStringLiteral("commentNote"));
        QVERIFY(note->isVisibleTo(panel));
        QVERIFY2(note->text().contains(QStringLiteral("own articles")), qPrintable(note->text()));

        window->newArticle();
        QCOMPARE(panel->articleId(), 0);
        QVERIFY(!panel->input()->isEnabled());
        QVERIFY(note->text().contains(QStringLiteral("save")));

        const qint64 mine = f.article(f.reporter);
        QVERIFY(window->openArticle(mine));
        QVERIFY(panel->input()->isEnabled());
        QVERIFY(!note->isVisibleTo(panel));
    }

private:
    test::WorkflowGui f;
};

QTEST_MAIN(TestCommentsPanel)
#include "tst_comments_panel.moc"
