// The inbox: what waits for each role, with counts that match the lists.
#include "app/search/SearchIndex.h"
#include "app/storage/Database.h"
#include "app/workflow/Inbox.h"
#include "app/workflow/WorkflowService.h"
#include "tests/workflow/WorkflowFixture.h"

#include <QTest>

using namespace toasoan;
using S = WorkflowState;

class tst_Inbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reporter();
    void editor();
    void approver();
    void selfApprovalShowsOwnArticles();
    void oneStepApproverSeesLeftoverSubmissions();
    void countsByState();
    void boxQueryListsWhatIsCounted();
    void boxesAreNewestFirst();
    void changeStampMovesOnOthersCommits();

private:
    static QList<qint64> ids(const Result<QList<ArticleSummary>> &list)
    {
        QList<qint64> out;
        if (list) {
            for (const ArticleSummary &s : *list) {
                out.append(s.id);
            }
        }
        std::sort(out.begin(), out.end()); // rows written in the same millisecond have no order
        return out;
    }
    test::WorkflowFixture f;
    qint64 submittedByReporter = 0;
    qint64 submittedByEditor = 0;
    qint64 awaitingByReporter = 0;
    qint64 awaitingByApprover = 0;
    qint64 returnedToReporter = 0;
    qint64 returnedToReporter2 = 0;
    qint64 trashedSubmission = 0;
};

void tst_Inbox::initTestCase()
{
    TOASOAN_REQUIRE_TEST_BACKEND();
    QVERIFY(f.setUp());
    QVERIFY(f.setOffice(ReviewMode::TwoStep));
    submittedByReporter = f.inState(f.reporter, S::Submitted);
    submittedByEditor = f.inState(f.editor, S::Submitted);
    awaitingByReporter = f.inState(f.reporter, S::AwaitingApproval);
    awaitingByApprover = f.inState(f.approver, S::AwaitingApproval);
    returnedToReporter = f.inState(f.reporter, S::Returned);
    returnedToReporter2 = f.inState(f.reporter2, S::Returned);
    trashedSubmission = f.inState(f.reporter2, S::Submitted);
    QVERIFY(ArticleRepository(f.db()).moveToTrash(trashedSubmission, f.admin).ok());
    f.inState(f.reporter, S::Draft);
    f.inState(f.reporter, S::Published);
}

void tst_Inbox::reporter()
{
    Inbox inbox(f.db());
    QCOMPARE(ids(inbox.returnedToMe(f.reporter)), QList<qint64>{returnedToReporter});
    QVERIFY(ids(inbox.toReview(f.reporter)).isEmpty());
    QVERIFY(ids(inbox.toApprove(f.reporter)).isEmpty());
    auto counts = inbox.counts(f.reporter);
    QVERIFY(counts.ok());
    QCOMPARE(counts->returnedToMe, 1);
    QCOMPARE(counts->toReview, 0);
    QCOMPARE(counts->toApprove, 0);
}

void tst_Inbox::editor()
{
    Inbox inbox(f.db());
    // Not their own submission, nothing from the trash.
    QCOMPARE(ids(inbox.toReview(f.editor)), QList<qint64>{submittedByReporter});
    QVERIFY(ids(inbox.toApprove(f.editor)).isEmpty());
    QCOMPARE(inbox.counts(f.editor)->toReview, 1);
}

void tst_Inbox::approver()
{
    Inbox inbox(f.db());
    QCOMPARE(ids(inbox.toApprove(f.approver)), QList<qint64>{awaitingByReporter});
    QCOMPARE(ids(inbox.toApprove(f.approver2)), (QList<qint64>{awaitingByReporter, awaitingByApprover}));
    QVERIFY(ids(inbox.toReview(f.approver)).isEmpty()); // editors do that in a two-step office
    QCOMPARE(inbox.counts(f.approver2)->toApprove, 2);
    QCOMPARE(ids(inbox.toReview(f.admin)), (QList<qint64>{submittedByReporter, submittedByEditor}));
}

void tst_Inbox::selfApprovalShowsOwnArticles()
{
    QVERIFY(f.setOffice(ReviewMode::TwoStep, true));
    Inbox inbox(f.db());
    QCOMPARE(ids(inbox.toApprove(f.approver)), (QList<qint64>{awaitingByReporter, awaitingByApprover}));
    QCOMPARE(inbox.counts(f.approver)->toApprove, 2);
    QVERIFY(f.setOffice(ReviewMode::TwoStep));
}

void tst_Inbox::oneStepApproverSeesLeftoverSubmissions()
{
    QVERIFY(f.setOffice(ReviewMode::OneStep));
    Inbox inbox(f.db());
    QCOMPARE(ids(inbox.toReview(f.approver)), (QList<qint64>{submittedByReporter, submittedByEditor}));
    QVERIFY(f.setOffice(ReviewMode::TwoStep));
}

void tst_Inbox::countsByState()
{
    Inbox inbox(f.db());
    auto forReporter = inbox.counts(f.reporter);
    QCOMPARE(forReporter->byState.value(S::Draft), 1);
    QCOMPARE(forReporter->byState.value(S::Submitted), 1);
    QCOMPARE(forReporter->byState.value(S::Returned), 1); // their own only
    QCOMPARE(forReporter->byState.value(S::Published), 1);
    QCOMPARE(forReporter->byState.value(S::Archived), 0);
    auto forEditor = inbox.counts(f.editor);
    QCOMPARE(forEditor->byState.value(S::Submitted), 2); // the trashed one is not counted
    QCOMPARE(forEditor->byState.value(S::Returned), 2);
    QCOMPARE(forEditor->byState.value(S::AwaitingApproval), 2);
}

void tst_Inbox::boxQueryListsWhatIsCounted()
{
    // The article list shows a box through this filter: same rows as the inbox, same order.
    Inbox inbox(f.db());
    ArticleRepository articles(f.db());
    const std::pair<InboxBox, qint64> cases[] = {
        {InboxBox::ToReview, f.editor}, {InboxBox::ToApprove, f.approver}, {InboxBox::ReturnedToMe, f.reporter}};
    for (const auto &[box, user] : cases) {
        auto query = inbox.query(user, box);
        QVERIFY(query.ok());
        QVERIFY(query->has_value());
        auto page = articles.list(**query);
        QVERIFY(page.ok());
        QList<qint64> listed;
        for (const ArticleSummary &s : std::as_const(page->items)) {
            listed.append(s.id);
        }
        std::sort(listed.begin(), listed.end());
        const auto expected = box == InboxBox::ToReview    ? inbox.toReview(user)
                              : box == InboxBox::ToApprove ? inbox.toApprove(user)
                                                           : inbox.returnedToMe(user);
        QCOMPARE(listed, ids(expected));
        QVERIFY(!listed.isEmpty());
    }
    // A reporter approves nothing: no box, not an empty one.
    auto none = inbox.query(f.reporter, InboxBox::ToApprove);
    QVERIFY(none.ok());
    QVERIFY(!none->has_value());
}

void tst_Inbox::boxesAreNewestFirst()
{
    // "Cần biên tập" and the other boxes list the newest change first, like the article list.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto touch = [&](qint64 id, int minutesAgo) {
        return f.db()
            .exec(QStringLiteral("UPDATE articles SET updated_at = ? WHERE id = ?"),
                  {toDbTime(now.addSecs(-60 * minutesAgo)), id})
            .ok();
    };
    QVERIFY(touch(submittedByReporter, 10));
    QVERIFY(touch(submittedByEditor, 5));
    QVERIFY(touch(awaitingByReporter, 10));
    QVERIFY(touch(awaitingByApprover, 5));
    Inbox inbox(f.db());
    const auto inOrder = [](const Result<QList<ArticleSummary>> &list) {
        QList<qint64> out;
        for (const ArticleSummary &s : *list) {
            out.append(s.id);
        }
        return out;
    };
    QCOMPARE(inOrder(inbox.toReview(f.admin)), (QList<qint64>{submittedByEditor, submittedByReporter}));
    QCOMPARE(inOrder(inbox.toApprove(f.approver2)), (QList<qint64>{awaitingByApprover, awaitingByReporter}));
    QVERIFY(touch(submittedByReporter, 1));
    QCOMPARE(inOrder(inbox.toReview(f.admin)), (QList<qint64>{submittedByReporter, submittedByEditor}));
    for (InboxBox box : {InboxBox::ToReview, InboxBox::ToApprove, InboxBox::ReturnedToMe}) {
        auto query = inbox.query(f.admin, box);
        QVERIFY(query.ok());
        if (query->has_value()) {
            QCOMPARE((*query)->order, Qt::DescendingOrder);
        }
    }
}

void tst_Inbox::changeStampMovesOnOthersCommits()
{
    Inbox inbox(f.db());
    auto before = inbox.changeStamp();
    QVERIFY(before.ok());
    QCOMPARE(*inbox.changeStamp(), *before); // nothing happened
    // Another computer (another connection) submits an article.
    auto other = Database::open(f.path());
    QVERIFY(other.ok());
    searchindex::attach(**other);
    const qint64 id = f.draft(f.reporter2);
    QVERIFY(WorkflowService(**other).submit(id, f.reporter2).ok());
    auto after = inbox.changeStamp();
    QVERIFY(after.ok());
    QVERIFY(*after != *before);
    QVERIFY(ArticleRepository(**other).moveToTrash(id, f.admin).ok()); // leave the other tests' counts
}

QTEST_GUILESS_MAIN(tst_Inbox)
#include "tst_inbox.moc"
