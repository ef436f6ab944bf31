// The permission matrix: every role × action × state, for one's own article and someone else's.
#include "app/workflow/Permissions.h"

#include <QSet>
#include <QTest>

using namespace toasoan;

namespace {

// One row of the expected table. Each string has one character per state, in this order:
//   D = draft, S = submitted, A = awaiting approval, V = approved, P = published,
//   R = returned, J = rejected, U = unpublished, X = archived.
// 'y' = allowed, '.' = refused. `own` is for the author of the article, `other` for anyone else.
// Office defaults: two-step review, approvers may not approve their own articles.
struct Expected
{
    Role role;
    Action action;
    const char *own;
    const char *other;
};

// clang-format off
const Expected kMatrix[] = {
    //                                     DSAVPRJUX     DSAVPRJUX
    {Role::Reporter, Action::EditContent,    "y....y...", "........."},
    {Role::Reporter, Action::Submit,         "y....y...", "........."},
    {Role::Reporter, Action::Withdraw,       ".yy......", "........."},
    {Role::Reporter, Action::Forward,        ".........", "........."},
    {Role::Reporter, Action::Return,         ".........", "........."},
    {Role::Reporter, Action::Approve,        ".........", "........."},
    {Role::Reporter, Action::Reject,         ".........", "........."},
    {Role::Reporter, Action::Publish,        ".........", "........."},
    {Role::Reporter, Action::Unpublish,      ".........", "........."},
    {Role::Reporter, Action::Archive,        ".........", "........."},
    {Role::Reporter, Action::RestoreToDraft, ".........", "........."},
    {Role::Reporter, Action::Trash,          "y....y...", "........."},
    {Role::Reporter, Action::Comment,        "yyyyyyyyy", "........."},

    {Role::Editor,   Action::EditContent,    "y....y...", ".yyy....."},
    {Role::Editor,   Action::Submit,         "y....y...", "........."},
    {Role::Editor,   Action::Withdraw,       ".yy......", "........."},
    {Role::Editor,   Action::Forward,        ".........", ".y......."},
    {Role::Editor,   Action::Return,         ".........", ".y......."},
    {Role::Editor,   Action::Approve,        ".........", "........."},
    {Role::Editor,   Action::Reject,         ".........", "........."},
    {Role::Editor,   Action::Publish,        ".........", "........."},
    {Role::Editor,   Action::Unpublish,      ".........", "........."},
    {Role::Editor,   Action::Archive,        ".........", "........."},
    {Role::Editor,   Action::RestoreToDraft, ".........", "........."},
    {Role::Editor,   Action::Trash,          "y....y...", "........."},
    {Role::Editor,   Action::Comment,        "yyyyyyyyy", "yyyyyyyyy"},

    {Role::Approver, Action::EditContent,    "y....y...", ".yyy....."},
    {Role::Approver, Action::Submit,         "y....y...", "........."},
    {Role::Approver, Action::Withdraw,       ".yy......", "........."},
    {Role::Approver, Action::Forward,        ".........", ".y......."},
    {Role::Approver, Action::Return,         ".........", ".yyy....."},
    {Role::Approver, Action::Approve,        ".........", "..y......"},
    {Role::Approver, Action::Reject,         ".........", ".yy......"},
    {Role::Approver, Action::Publish,        "...y...y.", "...y...y."},
    {Role::Approver, Action::Unpublish,      "....y....", "....y...."},
    {Role::Approver, Action::Archive,        "....y.yy.", "....y.yy."},
    {Role::Approver, Action::RestoreToDraft, "......yyy", "......yyy"},
    {Role::Approver, Action::Trash,          "yyy..yyyy", "yyy..yyyy"},
    {Role::Approver, Action::Comment,        "yyyyyyyyy", "yyyyyyyyy"},

    {Role::Admin,    Action::EditContent,    "y....y...", ".yyy....."},
    {Role::Admin,    Action::Submit,         "y....y...", "........."},
    {Role::Admin,    Action::Withdraw,       ".yy......", "........."},
    {Role::Admin,    Action::Forward,        ".........", ".y......."},
    {Role::Admin,    Action::Return,         ".........", ".yyy....."},
    {Role::Admin,    Action::Approve,        ".........", "..y......"},
    {Role::Admin,    Action::Reject,         ".........", ".yy......"},
    {Role::Admin,    Action::Publish,        "...y...y.", "...y...y."},
    {Role::Admin,    Action::Unpublish,      "....y....", "....y...."},
    {Role::Admin,    Action::Archive,        "....y.yy.", "....y.yy."},
    {Role::Admin,    Action::RestoreToDraft, "......yyy", "......yyy"},
    {Role::Admin,    Action::Trash,          "yyy..yyyy", "yyy..yyyy"},
    {Role::Admin,    Action::Comment,        "yyyyyyyyy", "yyyyyyyyy"},
};

// With "approvers may approve their own articles" on, only these own-article cells change.
const Expected kSelfApprovalOwn[] = {
    //                                     DSAVPRJUX
    {Role::Reporter, Action::Approve,        ".........", nullptr},
    {Role::Editor,   Action::Approve,        ".........", nullptr},
    {Role::Editor,   Action::Return,         ".........", nullptr},
    {Role::Editor,   Action::Forward,        ".........", nullptr},
    {Role::Approver, Action::Approve,        "..y......", nullptr},
    {Role::Approver, Action::Return,         ".yyy.....", nullptr},
    {Role::Approver, Action::Reject,         ".yy......", nullptr},
    {Role::Approver, Action::Forward,        ".........", nullptr},
    {Role::Admin,    Action::Approve,        "..y......", nullptr},
    {Role::Admin,    Action::Return,         ".yyy.....", nullptr},
    {Role::Admin,    Action::Reject,         ".yy......", nullptr},
};
// clang-format on

constexpr qint64 kActorId = 7;
constexpr qint64 kOtherAuthorId = 8;

User actorWith(Role role)
{
    User user;
    user.id = kActorId;
    user.login = QStringLiteral("nguoi-dung");
    user.role = role;
    user.active = true;
    return user;
}

QByteArray rowName(const char *kind, Role role, Action action, WorkflowState state, bool own, bool allowed)
{
    return QByteArray(kind) + ": " + roleKey(role).toUtf8() + ' ' + actionKey(action).toUtf8() + ' ' +
           workflowStateKey(state).toUtf8() + (own ? " own" : " other") + (allowed ? " → allowed" : " → refused");
}

} // namespace

class tst_Permissions : public QObject
{
    Q_OBJECT

private slots:
    void matrixCoversEveryRoleAndAction();
    void matrix_data();
    void matrix();
    void selfApproval_data();
    void selfApproval();
    void withdrawAfterReviewStarted();
    void refusedInTheTrash_data();
    void refusedInTheTrash();
    void deactivatedAccountCanDoNothing();
    void managementIsForAdministrators_data();
    void managementIsForAdministrators();
    void actionKeysRoundTrip();
    void reading_data();
    void reading();
};

void tst_Permissions::matrixCoversEveryRoleAndAction()
{
    QSet<QString> covered;
    for (const Expected &row : kMatrix) {
        QCOMPARE(qstrlen(row.own), qsizetype(allWorkflowStates().size()));
        QCOMPARE(qstrlen(row.other), qsizetype(allWorkflowStates().size()));
        covered.insert(roleKey(row.role) + QLatin1Char('/') + actionKey(row.action));
    }
    for (Role role : {Role::Reporter, Role::Editor, Role::Approver, Role::Admin}) {
        for (Action action : allActions()) {
            if (isArticleAction(action)) {
                QVERIFY2(covered.contains(roleKey(role) + QLatin1Char('/') + actionKey(action)),
                         qPrintable(roleKey(role) + QLatin1Char(' ') + actionKey(action)));
            }
        }
    }
}

void tst_Permissions::matrix_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<Action>("action");
    QTest::addColumn<WorkflowState>("state");
    QTest::addColumn<bool>("own");
    QTest::addColumn<bool>("allowed");
    const QList<WorkflowState> states = allWorkflowStates();
    for (const Expected &row : kMatrix) {
        for (qsizetype i = 0; i < states.size(); ++i) {
            for (bool own : {true, false}) {
                const bool allowed = (own ? row.own : row.other)[i] == 'y';
                QTest::newRow(rowName("nominal", row.role, row.action, states[i], own, allowed).constData())
                    << row.role << row.action << states[i] << own << allowed;
            }
        }
    }
}

void tst_Permissions::matrix()
{
    QFETCH(Role, role);
    QFETCH(Action, action);
    QFETCH(WorkflowState, state);
    QFETCH(bool, own);
    QFETCH(bool, allowed);

    ArticleFacts article;
    article.state = state;
    article.authorId = own ? kActorId : kOtherAuthorId;
    const auto result = checkPermission(actorWith(role), action, article, OfficeSettings{});
    QCOMPARE(result.ok(), allowed);
    if (!allowed) {
        QCOMPARE(result.error().code, ErrorCode::Forbidden);
        QVERIFY2(!result.error().message.isEmpty(), "a refusal must say why");
    }
}

void tst_Permissions::selfApproval_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<Action>("action");
    QTest::addColumn<WorkflowState>("state");
    QTest::addColumn<bool>("allowed");
    const QList<WorkflowState> states = allWorkflowStates();
    for (const Expected &row : kSelfApprovalOwn) {
        for (qsizetype i = 0; i < states.size(); ++i) {
            const bool allowed = row.own[i] == 'y';
            QTest::newRow(rowName("nominal", row.role, row.action, states[i], true, allowed).constData())
                << row.role << row.action << states[i] << allowed;
        }
    }
}

void tst_Permissions::selfApproval()
{
    QFETCH(Role, role);
    QFETCH(Action, action);
    QFETCH(WorkflowState, state);
    QFETCH(bool, allowed);

    OfficeSettings office;
    office.approverMayApproveOwn = true;
    ArticleFacts article;
    article.state = state;
    article.authorId = kActorId;
    QCOMPARE(checkPermission(actorWith(role), action, article, office).ok(), allowed);
}

void tst_Permissions::withdrawAfterReviewStarted()
{
    for (WorkflowState state : {WorkflowState::Submitted, WorkflowState::AwaitingApproval}) {
        ArticleFacts article;
        article.state = state;
        article.authorId = kActorId;
        QVERIFY(checkPermission(actorWith(Role::Reporter), Action::Withdraw, article, OfficeSettings{}).ok());
        article.reviewStarted = true;
        const auto refused = checkPermission(actorWith(Role::Reporter), Action::Withdraw, article, OfficeSettings{});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Forbidden);
    }
}

void tst_Permissions::refusedInTheTrash_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<Action>("action");
    for (Role role : {Role::Reporter, Role::Editor, Role::Approver, Role::Admin}) {
        for (Action action : allActions()) {
            if (isArticleAction(action)) {
                QTest::newRow(
                    qPrintable(QStringLiteral("robustness: %1 %2 in trash").arg(roleKey(role), actionKey(action))))
                    << role << action;
            }
        }
    }
}

void tst_Permissions::refusedInTheTrash()
{
    QFETCH(Role, role);
    QFETCH(Action, action);
    // Draft + own is the most permissive cell: the trash must still refuse it.
    ArticleFacts article;
    article.authorId = kActorId;
    article.trashed = true;
    for (WorkflowState state : allWorkflowStates()) {
        article.state = state;
        QVERIFY(!checkPermission(actorWith(role), action, article, OfficeSettings{}).ok());
    }
}

void tst_Permissions::deactivatedAccountCanDoNothing()
{
    User admin = actorWith(Role::Admin);
    admin.active = false;
    ArticleFacts article;
    article.authorId = kActorId;
    for (Action action : allActions()) {
        for (WorkflowState state : allWorkflowStates()) {
            article.state = state;
            QVERIFY(!checkPermission(admin, action, article, OfficeSettings{}).ok());
        }
    }
}

void tst_Permissions::managementIsForAdministrators_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("nominal: reporter → refused") << Role::Reporter << false;
    QTest::newRow("nominal: editor → refused") << Role::Editor << false;
    QTest::newRow("nominal: approver → refused") << Role::Approver << false;
    QTest::newRow("nominal: admin → allowed") << Role::Admin << true;
}

void tst_Permissions::managementIsForAdministrators()
{
    QFETCH(Role, role);
    QFETCH(bool, allowed);
    QCOMPARE(checkPermission(actorWith(role), Action::ManageUsers).ok(), allowed);
    QCOMPARE(checkPermission(actorWith(role), Action::ManageSettings).ok(), allowed);
    // The article overload gives the same answer: no article state unlocks management.
    QCOMPARE(checkPermission(actorWith(role), Action::ManageUsers, ArticleFacts{}, OfficeSettings{}).ok(), allowed);
    // And an article action without an article is refused, not allowed by accident.
    QVERIFY(!checkPermission(actorWith(role), Action::Approve).ok());
}

void tst_Permissions::actionKeysRoundTrip()
{
    QSet<QString> keys;
    for (Action action : allActions()) {
        const QString key = actionKey(action);
        QVERIFY(!key.isEmpty());
        QVERIFY(!actionLabel(action).isEmpty());
        QCOMPARE(actionFromKey(key), std::optional<Action>(action));
        keys.insert(key);
    }
    QCOMPARE(keys.size(), allActions().size());
    QCOMPARE(actionFromKey(QStringLiteral("publish-everything")), std::nullopt);
}

void tst_Permissions::reading_data()
{
    // Who may open an article: the author always; others' drafts and returned articles are the
    // author's alone until submitted, except for administrators (see checkRead()). Trashed or
    // not makes no difference. States in the matrix's order: DSAVPRJUX.
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("own");
    QTest::addColumn<bool>("trashed");
    QTest::addColumn<QString>("expected");
    const QList<std::pair<Role, QString>> others = {{Role::Reporter, QStringLiteral(".yyyy.yyy")},
                                                    {Role::Editor, QStringLiteral(".yyyy.yyy")},
                                                    {Role::Approver, QStringLiteral(".yyyy.yyy")},
                                                    {Role::Admin, QStringLiteral("yyyyyyyyy")}};
    for (const auto &[role, expected] : others) {
        for (bool trashed : {false, true}) {
            const QByteArray trash = trashed ? " in the trash" : "";
            QTest::newRow(QByteArray("nominal: " + roleKey(role).toUtf8() + " own" + trash).constData())
                << role << true << trashed << QStringLiteral("yyyyyyyyy");
            QTest::newRow(QByteArray("nominal: " + roleKey(role).toUtf8() + " other" + trash).constData())
                << role << false << trashed << expected;
        }
    }
}

void tst_Permissions::reading()
{
    QFETCH(Role, role);
    QFETCH(bool, own);
    QFETCH(bool, trashed);
    QFETCH(QString, expected);
    const QList<WorkflowState> states = {
        WorkflowState::Draft,    WorkflowState::Submitted,   WorkflowState::AwaitingApproval,
        WorkflowState::Approved, WorkflowState::Published,   WorkflowState::Returned,
        WorkflowState::Rejected, WorkflowState::Unpublished, WorkflowState::Archived};
    QCOMPARE(states.size(), allWorkflowStates().size());
    ArticleFacts article;
    article.authorId = own ? kActorId : kOtherAuthorId;
    article.trashed = trashed;
    QString got;
    for (WorkflowState state : states) {
        article.state = state;
        const auto allowed = checkRead(actorWith(role), article);
        QVERIFY(allowed.ok() || allowed.error().code == ErrorCode::Forbidden);
        got += allowed.ok() ? QLatin1Char('y') : QLatin1Char('.');
    }
    QCOMPARE(got, expected);
    QCOMPARE(readsOthersUnsubmitted(actorWith(role)), role == Role::Admin);
    User gone = actorWith(role);
    gone.active = false;
    article.state = WorkflowState::Published;
    QVERIFY(!checkRead(gone, article).ok());
}

QTEST_GUILESS_MAIN(tst_Permissions)
#include "tst_permissions.moc"
