// The workflow from the window: a reporter submits, an editor returns with a reason, the reporter
// sees why and edits again; which steps each role sees in which state; a stale approval; the
// inbox counts; and (with TOASOAN_SCREENSHOTS=dir) screenshots of the window in Vietnamese.
#include "app/demo/DemoWorkspace.h"
#include "app/i18n/Translations.h"
#include "app/report/Royalties.h"
#include "app/storage/CommentRepository.h"
#include "app/storage/EventLog.h"
#include "app/workflow/WorkflowService.h"
#include "tests/workflow_gui/WorkflowGuiFixture.h"
#include "ui/ArticleTableModel.h"
#include "ui/article/ArticleListPane.h"
#include "ui/article/ArticleTabs.h"
#include "ui/editor/RichTextEditor.h"
#include "ui/metadata/MetadataPanel.h"
#include "ui/report/RoyaltyPointsDialog.h"
#include "ui/workflow/InboxBar.h"
#include "ui/workflow/ReasonDialog.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>

using namespace toasoan;
using S = WorkflowState;
using test::enabledMenuEntries;
using test::shownButtons;

namespace {

const QString kReason = QStringLiteral("Sapo quá dài, cần ghi rõ nguồn của số liệu ở đoạn 2.");

ui::Banner *banner(ui::ArticleTab *tab, const char *name)
{
    return tab->findChild<ui::Banner *>(QString::fromLatin1(name));
}

QString lastTransitionComment(Database &db, qint64 id)
{
    auto events = EventLog(db).forArticle(id);
    for (auto it = events->crbegin(); events && it != events->crend(); ++it) {
        if (it->action == QLatin1String("transition")) {
            return it->comment;
        }
    }
    return {};
}

} // namespace

class TestWorkflowActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TOASOAN_REQUIRE_TEST_BACKEND();
        QVERIFY(f.setUp());
    }
    void init()
    {
        f.notifier.errors.clear();
        f.stepQuestion = test::RecordingStepQuestion();
    }

    void stepsAskFirstUntilToldNotTo()
    {
        const qint64 id = f.article(f.reporter);
        auto window = f.window(f.reporter);
        ui::ArticleTab *tab = window->openArticle(id);
        QVERIFY(tab);
        // "Cancel": nothing moves.
        f.stepQuestion.answer = false;
        QVERIFY(!window->workflow()->perform(Action::Submit));
        QCOMPARE(f.stored(id).state, S::Draft);
        QCOMPARE(f.stepQuestion.asked.size(), 1);
        QVERIFY(f.stepQuestion.asked.first().contains(QStringLiteral("Submit")));
        // Confirmed with "Không hỏi lại": submitted, and the next step asks no more.
        f.stepQuestion.answer = true;
        f.stepQuestion.dontAskAgain = true;
        QVERIFY(window->workflow()->perform(Action::Submit));
        QCOMPARE(f.stored(id).state, S::Submitted);
        QCOMPARE(f.stepQuestion.asked.size(), 2);
        QVERIFY(!window->settings().confirmWorkflowSteps());
        QVERIFY(window->workflow()->perform(Action::Withdraw));
        QVERIFY(window->workflow()->perform(Action::Submit));
        QCOMPARE(f.stored(id).state, S::Submitted);
        QCOMPARE(f.stepQuestion.asked.size(), 2);

        // Remembered per person: the editor is still asked before forwarding.
        auto editorWindow = f.window(f.editor);
        QVERIFY(editorWindow->settings().confirmWorkflowSteps());
        QVERIFY(editorWindow->openArticle(id));
        QVERIFY(editorWindow->workflow()->perform(Action::Forward));
        QCOMPARE(f.stored(id).state, S::AwaitingApproval);
        QCOMPARE(f.stepQuestion.asked.size(), 3);
        QVERIFY(f.stepQuestion.asked.last().contains(QStringLiteral("Forward")));
    }

    void reporterSubmitsEditorReturnsWithReason()
    {
        const qint64 id = f.article(f.reporter);
        auto reporterWindow = f.window(f.reporter);
        ui::ArticleTab *tab = reporterWindow->openArticle(id);
        QVERIFY(tab);
        QVERIFY(!tab->isReadOnly());
        QCOMPARE(shownButtons(tab), QStringList{QStringLiteral("submit")});

        // An edit not saved yet is saved before the article goes out.
        QTest::keyClick(tab->metadataPanel()->titleEdit(), Qt::Key_End);
        test::typeText(tab->metadataPanel()->titleEdit(), QStringLiteral(" lần thứ nhất"));
        QVERIFY(tab->isModified());
        QTest::mouseClick(test::barOf(tab)->button(Action::Submit), Qt::LeftButton);
        QCOMPARE(f.stored(id).state, S::Submitted);
        QCOMPARE(f.stored(id).title, QStringLiteral("Quận ủy tổ chức hội nghị giao ban lần thứ nhất"));
        QVERIFY(f.notifier.errors.isEmpty());
        QVERIFY(reporterWindow->statusBar()->currentMessage().contains(QStringLiteral("submitted")));

        // Locked for its author now: read-only, with the core's reason, only "withdraw" left.
        QVERIFY(tab->isReadOnly());
        QVERIFY(tab->editor()->isReadOnly());
        QVERIFY(tab->metadataPanel()->titleEdit()->isReadOnly());
        QVERIFY(banner(tab, "readOnlyBanner")->text().contains(QStringLiteral("locked for its author")));
        QCOMPARE(shownButtons(tab), QStringList{QStringLiteral("withdraw")});
        QCOMPARE(test::barOf(tab)->stateText(),
                 QStringLiteral("Awaiting editing · version %1").arg(f.stored(id).version));
        QVERIFY(!reporterWindow->workflow()->session(tab)->holdsLock());

        // The editor, on another computer, returns it with a reason typed in the dialog.
        auto otherComputer = f.otherComputer();
        auto editorWindow = f.window(f.editor, otherComputer.get());
        ui::ArticleTab *editorTab = editorWindow->openArticle(id);
        QVERIFY(editorTab);
        QVERIFY(!editorTab->isReadOnly());
        QCOMPARE(shownButtons(editorTab), (QStringList{QStringLiteral("forward"), QStringLiteral("return")}));
        QTest::mouseClick(test::barOf(editorTab)->button(Action::Return), Qt::LeftButton);
        ui::ReasonDialog *dialog = editorWindow->workflow()->reasonDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->confirmButton()->isEnabled()); // a return needs its reason
        test::typeText(dialog->reasonEdit(), QStringLiteral("   "));
        QVERIFY(!dialog->confirmButton()->isEnabled());
        dialog->reasonEdit()->clear();
        test::typeText(dialog->reasonEdit(), test::nfd(kReason));
        QVERIFY(dialog->confirmButton()->isEnabled());
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY(!editorWindow->workflow()->reasonDialog());
        QCOMPARE(f.stored(id).state, S::Returned);
        QCOMPARE(lastTransitionComment(f.db(), id), kReason); // stored NFC
        QVERIFY(editorTab->isReadOnly());                     // it is with its author again
        QVERIFY(editorWindow->workflow()->session(editorTab)->allowed().isEmpty() ||
                !editorWindow->workflow()->session(editorTab)->allowed().contains(Action::EditContent));

        // The reporter's window notices within its polling, shows why, and lets them edit again.
        reporterWindow->workflow()->pollChanges();
        QVERIFY(!tab->isReadOnly());
        QVERIFY(!tab->editor()->isReadOnly());
        QVERIFY(reporterWindow->workflow()->session(tab)->holdsLock());
        const QString why = banner(tab, "reasonBanner")->text();
        QVERIFY2(why.contains(kReason), qPrintable(why));
        QVERIFY(why.contains(QStringLiteral("Trần Thị Bình")));
        QCOMPARE(shownButtons(tab), QStringList{QStringLiteral("submit")});
        QCOMPARE(reporterWindow->workflow()->inboxBar()->count(InboxBox::ReturnedToMe), 1);
        tab->editor()->setFocus();
        test::typeText(tab->editor(), QStringLiteral("Bổ sung nguồn số liệu."));
        QVERIFY(tab->isModified());
        QVERIFY(reporterWindow->saveArticle());
        QVERIFY(f.stored(id).body.contains(QStringLiteral("Bổ sung nguồn số liệu.")));
        QVERIFY(f.notifier.errors.isEmpty());
    }

    void buttonsFollowRoleAndState_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<bool>("ownArticle");
        QTest::addColumn<int>("state");
        QTest::addColumn<QStringList>("buttons");
        QTest::addColumn<bool>("readOnly");
        const auto keys = [](const char *list) {
            return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        };
        QTest::newRow("nominal: reporter, own draft") << "reporter" << true << int(S::Draft) << keys("submit") << false;
        QTest::newRow("nominal: reporter, own submission")
            << "reporter" << true << int(S::Submitted) << keys("withdraw") << true;
        QTest::newRow("nominal: reporter, own returned")
            << "reporter" << true << int(S::Returned) << keys("submit") << false;
        QTest::newRow("robustness: reporter, someone else's submission")
            << "reporter" << false << int(S::Submitted) << keys("") << true;
        QTest::newRow("nominal: editor, submission")
            << "editor" << false << int(S::Submitted) << keys("forward return") << false;
        QTest::newRow("robustness: editor, awaiting approval")
            << "editor" << false << int(S::AwaitingApproval) << keys("") << false;
        QTest::newRow("nominal: approver, awaiting approval")
            << "approver" << false << int(S::AwaitingApproval) << keys("return approve reject") << false;
        QTest::newRow("nominal: approver, submission")
            << "approver" << false << int(S::Submitted) << keys("forward return reject") << false;
        QTest::newRow("nominal: approver, published")
            << "approver" << false << int(S::Published) << keys("unpublish archive") << true;
        QTest::newRow("nominal: approver, rejected")
            << "approver" << false << int(S::Rejected) << keys("archive restore") << true;
        QTest::newRow("robustness: approver, own article awaiting approval")
            << "approver" << true << int(S::AwaitingApproval) << keys("withdraw") << true;
    }

    void buttonsFollowRoleAndState()
    {
        QFETCH(QString, who);
        QFETCH(bool, ownArticle);
        QFETCH(int, state);
        QFETCH(QStringList, buttons);
        QFETCH(bool, readOnly);
        const qint64 user = who == QLatin1String("reporter") ? f.reporter
                            : who == QLatin1String("editor") ? f.editor
                                                             : f.approver;
        const qint64 id = f.article(ownArticle ? user : f.reporter2, S(state));
        auto window = f.window(user);
        ui::ArticleTab *tab = window->openArticle(id);
        QVERIFY(tab);
        QCOMPARE(shownButtons(tab), buttons);
        QCOMPARE(enabledMenuEntries(window.get()), buttons); // the menu says the same
        QCOMPARE(tab->isReadOnly(), readOnly);
        QCOMPARE(tab->editor()->isReadOnly(), readOnly);
        QCOMPARE(tab->editor()->action(ui::RichTextEditor::Action::Bold)->isEnabled(), !readOnly);
        QCOMPARE(window->workflow()->session(tab)->holdsLock(), !readOnly);
        QVERIFY(f.notifier.errors.isEmpty());
        window->closeCurrentTab(); // gives the lock back for the next row
    }

    void someonesDraftDoesNotOpen_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<int>("state");
        QTest::newRow("robustness: editor, someone's draft") << "editor" << int(S::Draft);
        QTest::newRow("robustness: approver, someone's returned article") << "approver" << int(S::Returned);
    }

    void someonesDraftDoesNotOpen()
    {
        // Private to its author until submitted (checkRead()): not even read-only.
        QFETCH(QString, who);
        QFETCH(int, state);
        const qint64 id = f.article(f.reporter2, S(state));
        auto window = f.window(who == QLatin1String("editor") ? f.editor : f.approver);
        const qsizetype before = f.notifier.errors.size();
        QVERIFY(!window->openArticle(id));
        QCOMPARE(window->tabs()->count(), 0);
        QCOMPARE(f.notifier.errors.size(), before + 1);
        QCOMPARE(f.notifier.errors.constLast().error.code, ErrorCode::Forbidden);
        f.notifier.errors.removeLast();
    }

    void staleApprovalIsAConflict()
    {
        const qint64 id = f.article(f.reporter, S::AwaitingApproval);
        auto window = f.window(f.approver);
        ui::ArticleTab *tab = window->openArticle(id);
        QVERIFY(tab);
        const int seen = tab->stored().version;
        // Meanwhile the editor takes the article over on their computer and changes the text.
        auto other = f.otherComputer();
        WorkflowService editorSide(*other);
        QVERIFY(editorSide.takeOverLock(id, f.editor).ok());
        Article changed = *ArticleRepository(*other).load(id);
        changed.sapo = QStringLiteral("Một sapo khác, ngắn hơn.");
        QVERIFY(editorSide.saveAsUser(changed, f.editor).ok());

        // Approving the version on screen is refused with a clear message.
        QVERIFY(!window->workflow()->perform(Action::Approve));
        QCOMPARE(f.notifier.errors.size(), 1);
        QCOMPARE(f.notifier.errors.first().title, QStringLiteral("Version conflict"));
        QCOMPARE(f.notifier.errors.first().error.code, ErrorCode::Conflict);
        QCOMPARE(f.stored(id).state, S::AwaitingApproval);
        // The bar now offers the new version, which is what gets approved.
        ui::Banner *newer = banner(tab, "newerBanner");
        QVERIFY(!newer->text().isEmpty());
        QCOMPARE(tab->stored().version, seen);
        QTest::mouseClick(test::barOf(tab)->showNewerButton(), Qt::LeftButton);
        QCOMPARE(tab->stored().sapo, QStringLiteral("Một sapo khác, ngắn hơn."));
        QVERIFY(newer->text().isEmpty());
        QVERIFY(window->workflow()->perform(Action::Approve));
        QCOMPARE(f.stored(id).state, S::Approved);
        QVERIFY(editorSide.releaseLock(id, f.editor).ok());
    }

    void approvingAsksForTheRoyalty()
    {
        // Approved in the window: the royalty dialog opens over it, proposing the kind; confirming stores it.
        const qint64 id = f.article(f.reporter, S::AwaitingApproval);
        auto window = f.window(f.approver);
        QVERIFY(window->openArticle(id));
        QVERIFY(window->workflow()->perform(Action::Approve));
        QCOMPARE(f.stored(id).state, S::Approved);
        auto *dialog = window->findChild<ui::RoyaltyPointsDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->kindBox()->currentData().toString(), QStringLiteral("tin"));
        dialog->pointsBox()->setValue(2.5);
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        const auto royalty = report::Royalties(window->database()).royaltyOf(id);
        QVERIFY(royalty && royalty->has_value());
        QCOMPARE((*royalty)->points, 25);
        QCOMPARE((*royalty)->setBy, f.approver);
    }

    void editAfterApprovalShowsABanner()
    {
        // The editor may not approve: their edit sends the article back for approval.
        const qint64 byEditor = f.article(f.reporter, S::Approved);
        Article changed = f.stored(byEditor);
        changed.sapo = QStringLiteral("Sapo do biên tập viên sửa sau khi đã duyệt.");
        QVERIFY(WorkflowService(f.db()).saveAsUser(changed, f.editor).ok());
        QCOMPARE(f.stored(byEditor).state, S::AwaitingApproval);
        // The approver's own edit keeps the approval.
        const qint64 byApprover = f.article(f.reporter, S::Approved);
        changed = f.stored(byApprover);
        changed.sapo = QStringLiteral("Sapo do lãnh đạo sửa sau khi đã duyệt.");
        QVERIFY(WorkflowService(f.db()).saveAsUser(changed, f.approver).ok());
        QCOMPARE(f.stored(byApprover).state, S::Approved);
        const qint64 untouched = f.article(f.reporter, S::Approved);

        auto window = f.window(f.approver);
        ui::ArticleTab *tab = window->openArticle(byEditor);
        QVERIFY(tab);
        QString text = banner(tab, "approvalEditBanner")->text();
        QVERIFY2(text.contains(QStringLiteral("needs approving again")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("after it was approved")), qPrintable(text));
        tab = window->openArticle(byApprover);
        QVERIFY(tab);
        text = banner(tab, "approvalEditBanner")->text();
        QVERIFY2(text.contains(QStringLiteral("The approval stands")), qPrintable(text));
        tab = window->openArticle(untouched);
        QVERIFY(tab);
        QVERIFY(banner(tab, "approvalEditBanner")->text().isEmpty());
        // Approved again: the banner goes.
        tab = window->openArticle(byEditor);
        QVERIFY(window->workflow()->perform(Action::Approve));
        QCOMPARE(f.stored(byEditor).state, S::Approved);
        QVERIFY(banner(tab, "approvalEditBanner")->text().isEmpty());
    }

    void submitChecksMissingFieldsFirst()
    {
        auto window = f.window(f.reporter);
        window->newArticle();
        ui::ArticleTab *tab = window->currentTab();
        test::typeText(tab->metadataPanel()->titleEdit(), QStringLiteral("Chỉ có tiêu đề"));
        QCOMPARE(shownButtons(tab), QStringList{QStringLiteral("submit")});
        QVERIFY(!window->workflow()->perform(Action::Submit));
        QVERIFY(!tab->metadataPanel()->messageFor(QStringLiteral("sapo")).isEmpty());
        QCOMPARE(tab->articleId(), 0); // nothing sent, nothing stored
        QVERIFY(!window->statusBar()->currentMessage().isEmpty());
    }

    void inboxCountsFollowTransitions()
    {
        auto other = f.otherComputer();
        auto window = f.window(f.editor);
        ui::InboxBar *inbox = window->workflow()->inboxBar();
        QVERIFY(inbox->button(InboxBox::ToReview));
        QVERIFY(!inbox->button(InboxBox::ToApprove)); // not an editor's box
        const int before = inbox->count(InboxBox::ToReview);
        const int submittedBefore = window->listPane()->stateCount(S::Submitted);

        // A reporter submits on their computer: the editor's window sees it at its next poll.
        const qint64 id = f.article(f.reporter);
        QVERIFY(WorkflowService(*other).submit(id, f.reporter).ok());
        window->workflow()->pollChanges();
        QCOMPARE(inbox->count(InboxBox::ToReview), before + 1);
        QVERIFY(inbox->button(InboxBox::ToReview)->text().contains(QString::number(before + 1)));
        QCOMPARE(window->listPane()->stateCount(S::Submitted), submittedBefore + 1);

        // The box lists exactly what it counts.
        QTest::mouseClick(inbox->button(InboxBox::ToReview), Qt::LeftButton);
        QVERIFY(window->listPane()->hasBoxFilter());
        QCOMPARE(window->articleModel()->totalCount(), before + 1);
        QVERIFY(window->articleModel()->rowOf(id) >= 0);

        // The editor forwards it: the count drops at once.
        QVERIFY(window->openArticle(id));
        QVERIFY(window->workflow()->perform(Action::Forward));
        QCOMPARE(f.stored(id).state, S::AwaitingApproval);
        QCOMPARE(inbox->count(InboxBox::ToReview), before);
        QCOMPARE(window->articleModel()->rowOf(id), -1);
        QTest::mouseClick(inbox->button(InboxBox::ToReview), Qt::LeftButton); // the whole list again
        QVERIFY(!window->listPane()->hasBoxFilter());
    }

    void trashedElsewhereTurnsReadOnlyQuietly()
    {
        const qint64 id = f.article(f.reporter);
        auto window = f.window(f.reporter);
        ui::ArticleTab *tab = window->openArticle(id);
        QVERIFY(tab);
        QVERIFY(!tab->isReadOnly());
        auto other = f.otherComputer();
        QVERIFY(ArticleRepository(*other).moveToTrash(id, f.admin).ok());
        window->workflow()->pollChanges();
        window->workflow()->refreshFromDatabase(); // and again: nothing is said twice
        QVERIFY(tab->isReadOnly());
        QVERIFY(banner(tab, "readOnlyBanner")->text().contains(QStringLiteral("trash")));
        QVERIFY(shownButtons(tab).isEmpty());
        QVERIFY(f.notifier.errors.isEmpty());
    }

    // Not an assertion about pixels: pictures for a person to look at.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("TOASOAN_SCREENSHOTS");
        if (dir.isEmpty()) {
            QSKIP("set TOASOAN_SCREENSHOTS to a folder to write screenshots");
        }
        qputenv("TOASOAN_LANG", "vi");
        installTranslations(*QCoreApplication::instance());
        test::TestWorkspace demo;
        QVERIFY(demo::fillDemoWorkspaceIfEmpty(demo.db()).ok());
        auto userId = [&](const QString &login) { return UserRepository(demo.db()).findByLogin(login)->id; };
        auto articleIn = [&](S state) {
            ArticleQuery q;
            q.states = {state};
            return ArticleRepository(demo.db()).list(q)->items.first().id;
        };
        QTemporaryDir settingsDir;
        int n = 0;
        auto shoot = [&](qint64 user, qint64 article, const QString &name,
                         const std::function<void(ui::MainWindow &)> &prepare) {
            Settings settings(settingsDir.filePath(QStringLiteral("s%1.ini").arg(++n)));
            ui::MainWindow window(demo.db(), UserRepository(demo.db()).load(user).value(), settings, f.notifier);
            window.resize(1366, 800);
            window.show();
            window.openArticle(article);
            if (prepare) {
                prepare(window);
            }
            QTest::qWait(200);
            QVERIFY(window.grab().save(dir + QLatin1Char('/') + name));
        };
        const qint64 returned = articleIn(S::Returned);
        const qint64 reporter = ArticleRepository(demo.db()).load(returned)->authorId;
        QVERIFY(WorkflowService(demo.db())
                    .addComment(returned, userId(QStringLiteral("bientap")),
                                QStringLiteral("Anh bổ sung giúp ý kiến của người dân nhé."))
                    .ok());
        auto thread = CommentRepository(demo.db()).list(returned);
        QVERIFY(WorkflowService(demo.db())
                    .addComment(returned, reporter, QStringLiteral("Em đã bổ sung ý kiến của hai hộ dân ở đoạn 3."),
                                thread->first().id)
                    .ok());
        shoot(reporter, returned, QStringLiteral("workflow-reporter-returned.png"), [](ui::MainWindow &w) {
            auto *details = w.findChild<QTabWidget *>(QStringLiteral("detailsTabs"));
            details->setCurrentIndex(1);
        });
        const qint64 submitted = articleIn(S::Submitted);
        shoot(ArticleRepository(demo.db()).load(submitted)->authorId, submitted,
              QStringLiteral("workflow-reporter-submitted.png"), nullptr);
        const qint64 awaiting = articleIn(S::AwaitingApproval);
        shoot(userId(QStringLiteral("lanhdao")), awaiting, QStringLiteral("workflow-approver.png"), nullptr);
        // Someone else holds the lock.
        QVERIFY(WorkflowService(demo.db()).acquireLock(awaiting, userId(QStringLiteral("bientap"))).ok());
        shoot(userId(QStringLiteral("lanhdao")), awaiting, QStringLiteral("workflow-approver-locked.png"), nullptr);
        shoot(userId(QStringLiteral("bientap")), submitted, QStringLiteral("workflow-editor.png"),
              [&](ui::MainWindow &w) {
                  QVERIFY(w.workflow()->perform(Action::Return));
                  ui::ReasonDialog *reason = w.workflow()->reasonDialog();
                  QVERIFY(reason);
                  test::typeText(reason->reasonEdit(), kReason);
                  QTest::qWait(100);
                  QVERIFY(reason->grab().save(dir + QStringLiteral("/workflow-reason-dialog.png")));
                  reason->reject();
              });
    }

private:
    test::WorkflowGui f;
};

QTEST_MAIN(TestWorkflowActions)
#include "tst_workflow_actions.moc"
