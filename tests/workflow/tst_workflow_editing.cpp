// WorkflowService editing rules: who may save in which state, the approved → awaiting approval
// rule, saves against someone else's lock, restoring a revision, trash and comments.
#include "app/storage/CommentRepository.h"
#include "app/workflow/WorkflowService.h"
#include "tests/workflow/WorkflowFixture.h"

#include <QTest>

using namespace toasoan;
using S = WorkflowState;

class tst_WorkflowEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TOASOAN_REQUIRE_TEST_BACKEND();
        QVERIFY(f.setUp());
    }
    void init() { QVERIFY(f.setOffice(ReviewMode::TwoStep)); }

    void save_data();
    void save();
    void unchangedSaveWritesNothing();
    void saveEditedCreatesOrSaves();
    void saveRefusedWhileSomeoneElseEdits();
    void restoreRevisionAsNewRevision();
    void trash();
    void commentsThreadAndNormalize();
    void commentPermissions();

private:
    Article loaded(qint64 id) { return *ArticleRepository(f.db()).load(id); }
    test::WorkflowFixture f;
};

void tst_WorkflowEditing::save_data()
{
    QTest::addColumn<S>("state");
    QTest::addColumn<QString>("who");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<S>("after");
    auto row = [](const char *name, S state, const char *who, bool allowed, S after) {
        QTest::newRow(name) << state << QString::fromLatin1(who) << allowed << after;
    };
    row("nominal: author edits own draft", S::Draft, "reporter", true, S::Draft);
    row("nominal: author edits returned article", S::Returned, "reporter", true, S::Returned);
    row("nominal: author locked out once submitted", S::Submitted, "reporter", false, S::Submitted);
    row("nominal: author locked out while awaiting approval", S::AwaitingApproval, "reporter", false,
        S::AwaitingApproval);
    row("nominal: editor edits submitted", S::Submitted, "editor", true, S::Submitted);
    row("nominal: editor edits awaiting approval", S::AwaitingApproval, "editor", true, S::AwaitingApproval);
    row("nominal: editor's change to approved needs approval again", S::Approved, "editor", true, S::AwaitingApproval);
    row("nominal: approver's change to approved stays approved", S::Approved, "approver", true, S::Approved);
    row("nominal: admin's change to approved stays approved", S::Approved, "admin", true, S::Approved);
    row("robustness: other reporter edits a draft", S::Draft, "reporter2", false, S::Draft);
    row("robustness: editor edits someone's draft", S::Draft, "editor", false, S::Draft);
    row("robustness: nobody edits published", S::Published, "approver", false, S::Published);
    row("robustness: nobody edits rejected", S::Rejected, "admin", false, S::Rejected);
}

void tst_WorkflowEditing::save()
{
    QFETCH(S, state);
    QFETCH(QString, who);
    QFETCH(bool, allowed);
    QFETCH(S, after);
    const QHash<QString, qint64> users = {{QStringLiteral("reporter"), f.reporter},
                                          {QStringLiteral("reporter2"), f.reporter2},
                                          {QStringLiteral("editor"), f.editor},
                                          {QStringLiteral("approver"), f.approver},
                                          {QStringLiteral("admin"), f.admin}};
    const qint64 id = f.inState(f.reporter, state);
    QVERIFY(id);
    Article a = loaded(id);
    const int revisionsBefore = int(ArticleRepository(f.db()).revisions(id)->size());
    a.sapo = QStringLiteral("Chiều ngày 9/11, Quận ủy tổ chức Hội nghị giao ban quý IV.");

    WorkflowService wf(f.db());
    auto saved = wf.saveAsUser(a, users.value(who), QStringLiteral("sửa sapo"));
    QCOMPARE(saved.ok(), allowed);
    QCOMPARE(f.stateOf(id), after);
    const int revisionsAfter = int(ArticleRepository(f.db()).revisions(id)->size());
    if (!allowed) {
        QCOMPARE(saved.error().code, ErrorCode::Forbidden);
        QCOMPARE(revisionsAfter, revisionsBefore);
        QVERIFY(loaded(id).sapo != a.sapo);
        return;
    }
    QCOMPARE(revisionsAfter, revisionsBefore + 1);
    QCOMPARE(saved->sapo, a.sapo);
    QCOMPARE(saved->state, after);
    if (state != after) {
        const Event last = f.events(id).constLast();
        QCOMPARE(last.action, QStringLiteral("transition"));
        QCOMPARE(last.userId, users.value(who));
        QCOMPARE(last.fromState, std::optional<S>(S::Approved));
        QCOMPARE(last.toState, std::optional<S>(S::AwaitingApproval));
    }
}

void tst_WorkflowEditing::unchangedSaveWritesNothing()
{
    WorkflowService wf(f.db());
    const qint64 id = f.inState(f.reporter, S::Approved);
    const qsizetype events = f.events(id).size();
    auto saved = wf.saveAsUser(loaded(id), f.editor);
    QVERIFY(saved.ok());
    QCOMPARE(f.stateOf(id), S::Approved); // nothing changed, so nothing to approve again
    QCOMPARE(f.events(id).size(), events);
}

// What an editor's Save does: a new article is created, a stored one goes through saveAsUser's rules.
void tst_WorkflowEditing::saveEditedCreatesOrSaves()
{
    WorkflowService wf(f.db());
    Article fresh;
    fresh.title = QStringLiteral("Phường Tân Định ra quân dọn vệ sinh");
    fresh.body = QStringLiteral("<p>Sáng Chủ nhật, hơn 200 đoàn viên tham gia.</p>");
    auto created = wf.saveEdited(fresh, f.reporter);
    QVERIFY(created.ok());
    QVERIFY(created->id > 0);
    QCOMPARE(created->version, 1);
    QCOMPARE(created->state, S::Draft);
    QCOMPARE(int(ArticleRepository(f.db()).revisions(created->id)->size()), 1);

    // Saved again by its author: a second revision of the same article.
    Article edited = *created;
    edited.sapo = QStringLiteral("Hơn 200 đoàn viên dọn vệ sinh các tuyến hẻm.");
    auto saved = wf.saveEdited(edited, f.reporter);
    QVERIFY(saved.ok());
    QCOMPARE(saved->id, created->id);
    QCOMPARE(saved->version, 2);
    QCOMPARE(int(ArticleRepository(f.db()).revisions(created->id)->size()), 2);

    // A stored article is checked as saveAsUser checks it: another reporter may not save it.
    edited = *saved;
    edited.title = QStringLiteral("Tít của người khác");
    auto refused = wf.saveEdited(edited, f.reporter2);
    QVERIFY(!refused.ok());
    QCOMPARE(loaded(created->id).title, saved->title);
    QCOMPARE(int(ArticleRepository(f.db()).revisions(created->id)->size()), 2);
}

void tst_WorkflowEditing::saveRefusedWhileSomeoneElseEdits()
{
    WorkflowService wf(f.db());
    const qint64 id = f.inState(f.reporter, S::Submitted);
    QVERIFY(wf.acquireLock(id, f.editor).ok());
    Article a = loaded(id);
    a.title = QStringLiteral("Tít mới của lãnh đạo");
    auto refused = wf.saveAsUser(a, f.approver);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QVERIFY2(refused.error().message.contains(QStringLiteral("Trần Thị Bình")), qPrintable(refused.error().message));
    // After an explicit take-over the approver may save; the editor's heartbeat then fails.
    QVERIFY(wf.takeOverLock(id, f.approver).ok());
    QVERIFY(wf.saveAsUser(a, f.approver).ok());
    auto lost = wf.heartbeatLock(id, f.editor);
    QVERIFY(!lost.ok());
    QCOMPARE(lost.error().code, ErrorCode::Conflict);
    QVERIFY(wf.releaseLock(id, f.approver).ok());
}

void tst_WorkflowEditing::restoreRevisionAsNewRevision()
{
    WorkflowService wf(f.db());
    const qint64 id = f.draft(f.reporter, QStringLiteral("Tít ban đầu"));
    const Article first = loaded(id);
    Article second = first;
    second.title = QStringLiteral("Tít sửa lần hai");
    second.body = QStringLiteral("<p>Nội dung đã được viết lại hoàn toàn.</p>");
    second.tags = {QStringLiteral("Quận ủy")};
    QVERIFY(wf.saveAsUser(second, f.reporter).ok());
    QCOMPARE(ArticleRepository(f.db()).revisions(id)->size(), 2);

    auto restored = wf.restoreRevision(id, 1, f.reporter);
    QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().message));
    QCOMPARE(restored->title, first.title);
    QCOMPARE(restored->body, first.body);
    QCOMPARE(restored->tags, first.tags);
    QCOMPARE(restored->state, S::Draft);
    auto revisions = ArticleRepository(f.db()).revisions(id);
    QCOMPARE(revisions->size(), 3); // restoring adds a revision; history is never rewritten
    QCOMPARE(revisions->constFirst().number, 3);
    QVERIFY(revisions->constFirst().note.contains(QLatin1Char('1')));
    QCOMPARE(ArticleRepository(f.db()).revision(id, 2)->snapshot.title, second.title);

    // Restoring is editing: the same rules apply.
    QVERIFY(wf.submit(id, f.reporter).ok());
    auto refused = wf.restoreRevision(id, 2, f.reporter);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Forbidden);
    auto missing = wf.restoreRevision(id, 42, f.editor);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

void tst_WorkflowEditing::trash()
{
    WorkflowService wf(f.db());
    const qint64 mine = f.draft(f.reporter);
    const qint64 theirs = f.draft(f.reporter2);
    auto refused = wf.moveToTrash(theirs, f.reporter);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Forbidden);
    QVERIFY(!ArticleRepository(f.db()).load(theirs)->isTrashed());
    QVERIFY(wf.moveToTrash(mine, f.reporter).ok());
    QVERIFY(ArticleRepository(f.db()).load(mine)->isTrashed());
    // Nothing happens to an article in the trash until it is restored.
    QVERIFY(!wf.submit(mine, f.reporter).ok());
    const qint64 published = f.inState(f.reporter, S::Published);
    QVERIFY(!wf.moveToTrash(published, f.admin).ok());
}

void tst_WorkflowEditing::commentsThreadAndNormalize()
{
    WorkflowService wf(f.db());
    const qint64 id = f.inState(f.reporter, S::Submitted);
    const QString text = QStringLiteral("Đề nghị kiểm tra lại số liệu ở đoạn hai");
    auto root = wf.addComment(id, f.editor, text.normalized(QString::NormalizationForm_D) + QStringLiteral("  "));
    QVERIFY(root.ok());
    QCOMPARE(root->body, text);
    auto second = wf.addComment(id, f.approver, QStringLiteral("Đồng ý, cần có nguồn."));
    QVERIFY(second.ok());
    auto reply = wf.addComment(id, f.reporter, QStringLiteral("Em đã bổ sung nguồn ạ."), root->id);
    QVERIFY(reply.ok());

    auto thread = CommentRepository(f.db()).thread(id);
    QVERIFY(thread.ok());
    QCOMPARE(thread->size(), 3);
    QCOMPARE(thread->at(0).comment.id, root->id);
    QCOMPARE(thread->at(0).depth, 0);
    QCOMPARE(thread->at(1).comment.id, reply->id); // the reply sits under its parent
    QCOMPARE(thread->at(1).depth, 1);
    QCOMPARE(thread->at(2).comment.id, second->id);
    QCOMPARE(*CommentRepository(f.db()).count(id), 3);

    const Event logged = f.events(id).constLast();
    QCOMPARE(logged.action, QStringLiteral("comment"));
    QCOMPARE(logged.userId, f.reporter);

    QCOMPARE(wf.addComment(id, f.editor, QStringLiteral(" \n ")).error().code, ErrorCode::Invalid);
    const qint64 other = f.draft(f.reporter);
    QCOMPARE(wf.addComment(other, f.editor, QStringLiteral("Trả lời nhầm bài"), root->id).error().code,
             ErrorCode::Invalid);
}

void tst_WorkflowEditing::commentPermissions()
{
    WorkflowService wf(f.db());
    const qint64 id = f.inState(f.reporter, S::Submitted);
    auto refused = wf.addComment(id, f.reporter2, QStringLiteral("Bài này hay quá"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Forbidden);
    QCOMPARE(*CommentRepository(f.db()).count(id), 0);
}

QTEST_GUILESS_MAIN(tst_WorkflowEditing)
#include "tst_workflow_editing.moc"
