// WorkflowService transitions: every transition, every refusal through the service, the event
// log, the withdraw rule, review modes and the outbox's markPublished/markUnpublished.
#include "app/storage/CommentRepository.h"
#include "app/storage/EditLockRepository.h"
#include "app/workflow/WorkflowService.h"
#include "tests/workflow/WorkflowFixture.h"

#include <QSet>
#include <QTest>

using namespace toasoan;
using S = WorkflowState;

class tst_WorkflowService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TOASOAN_REQUIRE_TEST_BACKEND();
        QVERIFY(f.setUp());
    }
    void init() { QVERIFY(f.setOffice(ReviewMode::TwoStep)); }

    void twoStepTrailToArchive();
    void oneStepSubmitGoesToApprover();
    void transitions_data();
    void transitions();
    void refusalsChangeNothing_data();
    void refusalsChangeNothing();
    void returnNeedsReason();
    void returnedArticleGoesBackToItsAuthor();
    void submitNeedsTitle();
    void withdraw_data();
    void withdraw();
    void selfApprovalFollowsOfficeSetting();
    void staleVersionIsNotApproved();
    void actorIsReloadedFromDatabase();
    void outboxRecordsPublication();
    void allowedActionsForButtons();
    void officeSettingsNeedAdmin();
    void othersDraftsArePrivateUntilSubmitted();

private:
    test::WorkflowFixture f;
};

void tst_WorkflowService::twoStepTrailToArchive()
{
    WorkflowService wf(f.db());
    const qint64 id = f.draft(f.reporter);
    QVERIFY(id);

    auto submitted = wf.submit(id, f.reporter, QStringLiteral("Gửi anh chị biên tập"));
    QVERIFY2(submitted.ok(), qPrintable(submitted.ok() ? QString() : submitted.error().message));
    QCOMPARE(submitted->state, S::Submitted);
    QVERIFY(wf.forward(id, f.editor, QStringLiteral("Đã biên tập xong")).ok());
    QCOMPARE(f.stateOf(id), S::AwaitingApproval);
    QVERIFY(wf.approve(id, f.approver).ok());
    QCOMPARE(f.stateOf(id), S::Approved);
    QVERIFY(wf.markPublished(id).ok());
    QCOMPARE(f.stateOf(id), S::Published);
    QVERIFY(wf.unpublish(id, f.approver, QStringLiteral("Sai số liệu")).ok());
    QCOMPARE(f.stateOf(id), S::Unpublished);
    QVERIFY(wf.archive(id, f.approver).ok());
    QCOMPARE(f.stateOf(id), S::Archived);

    // The event log: create, then one line per transition with who, from → to and the comment.
    const QList<Event> events = f.events(id);
    QList<Event> moves;
    for (const Event &e : events) {
        if (e.action == QLatin1String("transition")) {
            moves.append(e);
        }
    }
    struct Line
    {
        qint64 user;
        S from;
        S to;
        QString comment;
    };
    const QList<Line> expected = {
        {f.reporter, S::Draft, S::Submitted, QStringLiteral("Gửi anh chị biên tập")},
        {f.editor, S::Submitted, S::AwaitingApproval, QStringLiteral("Đã biên tập xong")},
        {f.approver, S::AwaitingApproval, S::Approved, QString()},
        {0, S::Approved, S::Published, QString()},
        {f.approver, S::Published, S::Unpublished, QStringLiteral("Sai số liệu")},
        {f.approver, S::Unpublished, S::Archived, QString()},
    };
    QCOMPARE(moves.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(moves[i].userId, expected[i].user);
        QCOMPARE(moves[i].fromState, std::optional<S>(expected[i].from));
        QCOMPARE(moves[i].toState, std::optional<S>(expected[i].to));
        QCOMPARE(moves[i].comment, expected[i].comment);
        QVERIFY(moves[i].at.isValid());
        QCOMPARE(moves[i].articleId, id);
    }
    QCOMPARE(events.constFirst().action, QStringLiteral("create"));
}

void tst_WorkflowService::oneStepSubmitGoesToApprover()
{
    QVERIFY(f.setOffice(ReviewMode::OneStep));
    WorkflowService wf(f.db());
    const qint64 id = f.draft(f.reporter);
    QCOMPARE(wf.submit(id, f.reporter)->state, S::AwaitingApproval);
    QCOMPARE(wf.approve(id, f.approver)->state, S::Approved);
}

void tst_WorkflowService::transitions_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<S>("from");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<S>("to");
    auto row = [](const char *name, Action action, S from, const char *actor, S to) {
        QTest::newRow(name) << action << from << QString::fromLatin1(actor) << to;
    };
    row("nominal: submit draft", Action::Submit, S::Draft, "reporter", S::Submitted);
    row("nominal: resubmit returned", Action::Submit, S::Returned, "reporter", S::Submitted);
    row("nominal: withdraw submitted", Action::Withdraw, S::Submitted, "reporter", S::Draft);
    row("nominal: forward", Action::Forward, S::Submitted, "editor", S::AwaitingApproval);
    row("nominal: editor returns submitted", Action::Return, S::Submitted, "editor", S::Returned);
    row("nominal: approver returns awaiting", Action::Return, S::AwaitingApproval, "approver", S::Returned);
    row("nominal: approver returns approved", Action::Return, S::Approved, "approver", S::Returned);
    row("nominal: approve", Action::Approve, S::AwaitingApproval, "approver", S::Approved);
    row("nominal: admin approves", Action::Approve, S::AwaitingApproval, "admin", S::Approved);
    row("nominal: reject submitted", Action::Reject, S::Submitted, "approver", S::Rejected);
    row("nominal: reject awaiting", Action::Reject, S::AwaitingApproval, "approver", S::Rejected);
    row("nominal: unpublish", Action::Unpublish, S::Published, "approver", S::Unpublished);
    row("nominal: archive published", Action::Archive, S::Published, "approver", S::Archived);
    row("nominal: archive rejected", Action::Archive, S::Rejected, "approver", S::Archived);
    row("nominal: restore rejected", Action::RestoreToDraft, S::Rejected, "approver", S::Draft);
    row("nominal: restore archived", Action::RestoreToDraft, S::Archived, "admin", S::Draft);
    row("nominal: restore unpublished", Action::RestoreToDraft, S::Unpublished, "approver", S::Draft);
}

void tst_WorkflowService::transitions()
{
    QFETCH(Action, action);
    QFETCH(S, from);
    QFETCH(QString, actor);
    QFETCH(S, to);
    const QHash<QString, qint64> users = {{QStringLiteral("reporter"), f.reporter},
                                          {QStringLiteral("editor"), f.editor},
                                          {QStringLiteral("approver"), f.approver},
                                          {QStringLiteral("admin"), f.admin}};
    const qint64 id = f.inState(f.reporter, from);
    QVERIFY(id);
    WorkflowService wf(f.db());
    auto moved = wf.perform(action, id, users.value(actor), QStringLiteral("Lý do: cần bổ sung ý kiến"));
    QVERIFY2(moved.ok(), qPrintable(moved.ok() ? QString() : moved.error().message));
    QCOMPARE(moved->state, to);
    QCOMPARE(f.stateOf(id), to);
    const Event last = f.events(id).constLast();
    QCOMPARE(last.action, QStringLiteral("transition"));
    QCOMPARE(last.userId, users.value(actor));
    QCOMPARE(last.fromState, std::optional<S>(from));
    QCOMPARE(last.toState, std::optional<S>(to));
    QCOMPARE(last.comment, QStringLiteral("Lý do: cần bổ sung ý kiến"));
}

void tst_WorkflowService::refusalsChangeNothing_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<S>("from");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<ErrorCode>("code");
    auto row = [](const char *name, Action action, S from, const char *actor, ErrorCode code) {
        QTest::newRow(name) << action << from << QString::fromLatin1(actor) << code;
    };
    row("robustness: reporter approves", Action::Approve, S::AwaitingApproval, "reporter", ErrorCode::Forbidden);
    row("robustness: editor approves", Action::Approve, S::AwaitingApproval, "editor", ErrorCode::Forbidden);
    row("robustness: approve a draft", Action::Approve, S::Draft, "approver", ErrorCode::Forbidden);
    row("robustness: someone else submits", Action::Submit, S::Draft, "reporter2", ErrorCode::Forbidden);
    row("robustness: editor submits for the author", Action::Submit, S::Draft, "editor", ErrorCode::Forbidden);
    row("robustness: reporter forwards", Action::Forward, S::Submitted, "reporter2", ErrorCode::Forbidden);
    row("robustness: editor rejects", Action::Reject, S::Submitted, "editor", ErrorCode::Forbidden);
    row("robustness: editor unpublishes", Action::Unpublish, S::Published, "editor", ErrorCode::Forbidden);
    row("robustness: reporter archives", Action::Archive, S::Published, "reporter", ErrorCode::Forbidden);
    row("robustness: reject what is published", Action::Reject, S::Published, "approver", ErrorCode::Forbidden);
    row("robustness: withdraw approved", Action::Withdraw, S::Approved, "reporter", ErrorCode::Forbidden);
    row("robustness: other reporter withdraws", Action::Withdraw, S::Submitted, "reporter2", ErrorCode::Forbidden);
    row("robustness: restore a published article", Action::RestoreToDraft, S::Published, "admin", ErrorCode::Forbidden);
    row("robustness: edit is not a transition", Action::EditContent, S::Draft, "reporter", ErrorCode::Invalid);
    row("robustness: publish goes through the outbox", Action::Publish, S::Approved, "approver", ErrorCode::Invalid);
}

void tst_WorkflowService::refusalsChangeNothing()
{
    QFETCH(Action, action);
    QFETCH(S, from);
    QFETCH(QString, actor);
    QFETCH(ErrorCode, code);
    const QHash<QString, qint64> users = {{QStringLiteral("reporter"), f.reporter},
                                          {QStringLiteral("reporter2"), f.reporter2},
                                          {QStringLiteral("editor"), f.editor},
                                          {QStringLiteral("approver"), f.approver},
                                          {QStringLiteral("admin"), f.admin}};
    const qint64 id = f.inState(f.reporter, from);
    QVERIFY(id);
    const qsizetype eventsBefore = f.events(id).size();
    auto version = ArticleRepository(f.db()).load(id)->version;

    WorkflowService wf(f.db());
    auto refused = wf.perform(action, id, users.value(actor), QStringLiteral("thử"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, code);
    QVERIFY(!refused.error().message.isEmpty());
    QCOMPARE(f.stateOf(id), from);
    QCOMPARE(f.events(id).size(), eventsBefore);
    QCOMPARE(ArticleRepository(f.db()).load(id)->version, version);
}

void tst_WorkflowService::returnNeedsReason()
{
    WorkflowService wf(f.db());
    const qint64 id = f.inState(f.reporter, S::Submitted);
    for (const QString &blank : {QString(), QStringLiteral("   \n\t")}) {
        auto refused = wf.returnToAuthor(id, f.editor, blank);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Invalid);
        QCOMPARE(f.stateOf(id), S::Submitted);
    }
    // The reason is stored NFC even when typed decomposed.
    const QString reason = QStringLiteral("Thiếu nguồn tin, đề nghị bổ sung");
    QVERIFY(wf.returnToAuthor(id, f.editor, reason.normalized(QString::NormalizationForm_D)).ok());
    QCOMPARE(f.events(id).constLast().comment, reason);
}

void tst_WorkflowService::returnedArticleGoesBackToItsAuthor()
{
    WorkflowService wf(f.db());
    const qint64 id = f.inState(f.reporter, S::Submitted);
    QVERIFY(wf.returnToAuthor(id, f.editor, QStringLiteral("Viết lại đoạn mở đầu")).ok());
    // The author may edit and resubmit; the editor may no longer edit it.
    QVERIFY(wf.check(f.reporter, Action::EditContent, id).ok());
    QVERIFY(!wf.check(f.editor, Action::EditContent, id).ok());
    QVERIFY(wf.check(f.reporter, Action::Submit, id).ok());
    QCOMPARE(wf.submit(id, f.reporter)->state, S::Submitted);
}

void tst_WorkflowService::submitNeedsTitle()
{
    WorkflowService wf(f.db());
    const qint64 id = f.draft(f.reporter, QStringLiteral("   "));
    auto refused = wf.submit(id, f.reporter);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Invalid);
    QCOMPARE(f.stateOf(id), S::Draft);
}

void tst_WorkflowService::withdraw_data()
{
    QTest::addColumn<QString>("meanwhile");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("nominal: nobody looked yet") << QString() << true;
    QTest::newRow("nominal: author commented himself") << QStringLiteral("author-comment") << true;
    QTest::newRow("nominal: an editor commented") << QStringLiteral("editor-comment") << false;
    QTest::newRow("nominal: an editor saved a change") << QStringLiteral("editor-save") << false;
    QTest::newRow("nominal: an editor has it open") << QStringLiteral("editor-lock") << false;
    QTest::newRow("nominal: an editor's lock went stale") << QStringLiteral("editor-stale-lock") << true;
    QTest::newRow("nominal: review before an earlier withdraw does not count")
        << QStringLiteral("earlier-round") << true;
}

void tst_WorkflowService::withdraw()
{
    QFETCH(QString, meanwhile);
    QFETCH(bool, allowed);
    QDateTime now = QDateTime(QDate(2022, 11, 9), QTime(8, 0), Qt::UTC);
    WorkflowService wf(f.db(), [&] { return now; });
    const qint64 id = f.draft(f.reporter);
    if (meanwhile == QLatin1String("earlier-round")) {
        // Round one: submitted, returned by an editor, resubmitted. Round two has no review yet.
        QVERIFY(wf.submit(id, f.reporter).ok());
        QVERIFY(wf.returnToAuthor(id, f.editor, QStringLiteral("Sửa tít")).ok());
    }
    QVERIFY(wf.submit(id, f.reporter).ok());
    if (meanwhile == QLatin1String("author-comment")) {
        QVERIFY(wf.addComment(id, f.reporter, QStringLiteral("Em gửi thêm ảnh sau ạ")).ok());
    } else if (meanwhile == QLatin1String("editor-comment")) {
        QVERIFY(wf.addComment(id, f.editor, QStringLiteral("Chị đang đọc bài này")).ok());
    } else if (meanwhile == QLatin1String("editor-save")) {
        Article a = *ArticleRepository(f.db()).load(id);
        a.title += QStringLiteral(" năm 2022");
        QVERIFY(wf.saveAsUser(a, f.editor).ok());
    } else if (meanwhile.startsWith(QLatin1String("editor-")) && meanwhile.endsWith(QLatin1String("lock"))) {
        QVERIFY(wf.acquireLock(id, f.editor).ok());
        if (meanwhile == QLatin1String("editor-stale-lock")) {
            now = now.addSecs(60 * 60);
        }
    }
    QCOMPARE(wf.check(f.reporter, Action::Withdraw, id).ok(), allowed);
    auto result = wf.withdraw(id, f.reporter);
    QCOMPARE(result.ok(), allowed);
    QCOMPARE(f.stateOf(id), allowed ? S::Draft : S::Submitted);
    if (!allowed) {
        QCOMPARE(result.error().code, ErrorCode::Forbidden);
    }
}

void tst_WorkflowService::selfApprovalFollowsOfficeSetting()
{
    WorkflowService wf(f.db());
    const qint64 id = f.draft(f.approver);
    QVERIFY(wf.submit(id, f.approver).ok());
    QVERIFY(wf.forward(id, f.editor).ok());
    auto refused = wf.approve(id, f.approver);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Forbidden);
    QCOMPARE(f.stateOf(id), S::AwaitingApproval);

    QVERIFY(f.setOffice(ReviewMode::TwoStep, true));
    QVERIFY(wf.approve(id, f.approver).ok());
    QCOMPARE(f.stateOf(id), S::Approved);
}

void tst_WorkflowService::staleVersionIsNotApproved()
{
    WorkflowService wf(f.db());
    const qint64 id = f.inState(f.reporter, S::AwaitingApproval);
    const Article seen = *ArticleRepository(f.db()).load(id);
    // The editor changes the text after the approver opened it.
    Article changed = seen;
    changed.body += QStringLiteral("<p>Đoạn bổ sung sau khi lãnh đạo đã mở bài.</p>");
    QVERIFY(wf.saveAsUser(changed, f.editor).ok());

    auto refused = wf.approve(id, f.approver, {}, seen.version);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QCOMPARE(f.stateOf(id), S::AwaitingApproval);
    const int current = ArticleRepository(f.db()).load(id)->version;
    QVERIFY(wf.approve(id, f.approver, {}, current).ok());
}

void tst_WorkflowService::actorIsReloadedFromDatabase()
{
    WorkflowService wf(f.db());
    const qint64 id = f.inState(f.reporter, S::AwaitingApproval);
    // An id nobody has: refused, nothing written.
    auto unknown = wf.approve(id, 987654);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, ErrorCode::Forbidden);
    // A deactivated approver keeps the role in the database but may do nothing.
    QVERIFY(UserRepository(f.db()).setActive(f.approver2, false).ok());
    auto inactive = wf.approve(id, f.approver2);
    QVERIFY(!inactive.ok());
    QCOMPARE(inactive.error().code, ErrorCode::Forbidden);
    QVERIFY(UserRepository(f.db()).setActive(f.approver2, true).ok());
    QCOMPARE(f.stateOf(id), S::AwaitingApproval);
}

void tst_WorkflowService::outboxRecordsPublication()
{
    WorkflowService wf(f.db());
    const qint64 draft = f.draft(f.reporter);
    auto early = wf.markPublished(draft);
    QVERIFY(!early.ok());
    QCOMPARE(early.error().code, ErrorCode::Invalid);
    QCOMPARE(f.stateOf(draft), S::Draft);

    const qint64 id = f.inState(f.reporter, S::Approved);
    QVERIFY(wf.markPublished(id, 0, QStringLiteral("https://quan.example/tin-1")).ok());
    const qsizetype events = f.events(id).size();
    QVERIFY(wf.markPublished(id).ok()); // a retry records nothing twice
    QCOMPARE(f.events(id).size(), events);
    QCOMPARE(f.events(id).constLast().comment, QStringLiteral("https://quan.example/tin-1"));

    QVERIFY(wf.markUnpublished(id).ok());
    QCOMPARE(f.stateOf(id), S::Unpublished);
    QVERIFY(wf.markPublished(id).ok()); // republished after an approver asked for it
    QCOMPARE(f.stateOf(id), S::Published);

    QVERIFY(wf.moveToTrash(f.inState(f.reporter, S::Rejected), f.approver).ok());
}

void tst_WorkflowService::allowedActionsForButtons()
{
    WorkflowService wf(f.db());
    const qint64 id = f.inState(f.reporter, S::Submitted);
    auto reporterActions = wf.allowedActions(f.reporter, id);
    QVERIFY(reporterActions.ok());
    QCOMPARE(*reporterActions, (QList<Action>{Action::Withdraw, Action::Comment}));
    auto editorActions = wf.allowedActions(f.editor, id);
    QCOMPARE(*editorActions, (QList<Action>{Action::EditContent, Action::Forward, Action::Return, Action::Comment}));
}

void tst_WorkflowService::officeSettingsNeedAdmin()
{
    WorkflowService wf(f.db());
    OfficeSettings s = *wf.officeSettings();
    s.reviewMode = ReviewMode::OneStep;
    s.officeName = QStringLiteral("Trung tâm Văn hóa - Thông tin quận");
    auto refused = wf.updateOfficeSettings(f.approver, s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Forbidden);
    QCOMPARE(wf.officeSettings()->reviewMode, ReviewMode::TwoStep);
    QVERIFY(wf.updateOfficeSettings(f.admin, s).ok());
    QCOMPARE(*wf.officeSettings(), s);
}

void tst_WorkflowService::othersDraftsArePrivateUntilSubmitted()
{
    WorkflowService service(f.db());
    const qint64 draft = f.inState(f.reporter2, WorkflowState::Draft);
    const qint64 returned = f.inState(f.reporter2, WorkflowState::Returned);
    const qint64 submitted = f.inState(f.reporter2, WorkflowState::Submitted);
    QVERIFY(draft && returned && submitted);
    const auto listed = [&](qint64 actor) {
        ArticleQuery query;
        query.authorId = f.reporter2;
        query.limit = 1000;
        QSet<qint64> ids;
        const auto page = service.listFor(actor, query);
        for (const ArticleSummary &s : page.value().items) {
            ids.insert(s.id);
        }
        // The total counts the same rows the page shows.
        return page->total == page->items.size() ? ids : QSet<qint64>{};
    };
    for (const qint64 reader : {f.reporter, f.editor, f.approver}) {
        QCOMPARE(service.openArticle(draft, reader).error().code, ErrorCode::Forbidden);
        QCOMPARE(service.openArticle(returned, reader).error().code, ErrorCode::Forbidden);
        QCOMPARE(service.openArticle(submitted, reader)->id, submitted);
        const QSet<qint64> ids = listed(reader);
        QVERIFY(ids.contains(submitted));
        QVERIFY(!ids.contains(draft));
        QVERIFY(!ids.contains(returned));
    }
    for (const qint64 reader : {f.reporter2, f.admin}) {
        QCOMPARE(service.openArticle(draft, reader)->id, draft);
        QCOMPARE(service.openArticle(returned, reader)->id, returned);
        const QSet<qint64> ids = listed(reader);
        QVERIFY(ids.contains(draft) && ids.contains(returned) && ids.contains(submitted));
    }
    // The list as it opens (state and trash filters only, counted from the kept counts) totals
    // the rows it shows, for every reader.
    for (const qint64 reader : {f.reporter, f.editor, f.reporter2, f.admin}) {
        for (const QList<WorkflowState> &states :
             {QList<WorkflowState>{}, QList<WorkflowState>{WorkflowState::Draft, WorkflowState::Submitted}}) {
            ArticleQuery all;
            all.limit = 1000;
            all.states = states;
            const auto page = service.listFor(reader, all);
            QVERIFY(page.ok());
            QCOMPARE(page->total, int(page->items.size()));
        }
    }
    // Trashed, still private.
    QVERIFY(ArticleRepository(f.db()).moveToTrash(draft, f.reporter2).ok());
    QCOMPARE(service.openArticle(draft, f.editor).error().code, ErrorCode::Forbidden);
    ArticleQuery trash;
    trash.trash = ArticleQuery::Trash::Only;
    trash.authorId = f.reporter2;
    trash.states = {WorkflowState::Draft};
    QCOMPARE(service.listFor(f.editor, trash)->total, 0);
    QVERIFY(service.listFor(f.reporter2, trash)->total >= 1);
    // Nobody: refused.
    QCOMPARE(service.openArticle(submitted, 99999).error().code, ErrorCode::Forbidden);
}

QTEST_GUILESS_MAIN(tst_WorkflowService)
#include "tst_workflow_service.moc"
