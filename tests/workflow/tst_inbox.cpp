// The inbox: what waits for each role, with counts that match the lists.
#include "workflow/Inbox.h"
#include "workflow/WorkflowFixture.h"
#include "workflow/WorkflowService.h"

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

QTEST_GUILESS_MAIN(tst_Inbox)
#include "tst_inbox.moc"
