#include "app/workflow/Permissions.h"

#include <QCoreApplication>

namespace toasoan {

namespace {

// A class, so lupdate files these strings under the context used at run time.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::Permissions)
};

struct ActionInfo
{
    Action action;
    const char *key;
    const char *label;
};

constexpr ActionInfo kActions[] = {
    {Action::EditContent, "edit", QT_TRANSLATE_NOOP("toasoan::Permissions", "Edit")},
    {Action::Submit, "submit", QT_TRANSLATE_NOOP("toasoan::Permissions", "Submit for review")},
    {Action::Withdraw, "withdraw", QT_TRANSLATE_NOOP("toasoan::Permissions", "Withdraw")},
    {Action::Forward, "forward", QT_TRANSLATE_NOOP("toasoan::Permissions", "Forward for approval")},
    {Action::Return, "return", QT_TRANSLATE_NOOP("toasoan::Permissions", "Return to author")},
    {Action::Approve, "approve", QT_TRANSLATE_NOOP("toasoan::Permissions", "Approve")},
    {Action::Reject, "reject", QT_TRANSLATE_NOOP("toasoan::Permissions", "Reject")},
    {Action::Publish, "publish", QT_TRANSLATE_NOOP("toasoan::Permissions", "Publish")},
    {Action::Unpublish, "unpublish", QT_TRANSLATE_NOOP("toasoan::Permissions", "Unpublish")},
    {Action::Archive, "archive", QT_TRANSLATE_NOOP("toasoan::Permissions", "Archive")},
    {Action::RestoreToDraft, "restore", QT_TRANSLATE_NOOP("toasoan::Permissions", "Restore to draft")},
    {Action::Trash, "trash", QT_TRANSLATE_NOOP("toasoan::Permissions", "Move to trash")},
    {Action::Comment, "comment", QT_TRANSLATE_NOOP("toasoan::Permissions", "Comment")},
    {Action::ManageUsers, "manage_users", QT_TRANSLATE_NOOP("toasoan::Permissions", "Manage users")},
    {Action::ManageSettings, "manage_settings",
     QT_TRANSLATE_NOOP("toasoan::Permissions", "Manage websites, categories and settings")},
    {Action::SetRoyalties, "set_royalties",
     QT_TRANSLATE_NOOP("toasoan::Permissions", "Set royalties and close months")},
};

using S = WorkflowState;

bool isReviewer(Role role)
{
    return role != Role::Reporter;
}

bool isApprover(Role role)
{
    return role == Role::Approver || role == Role::Admin;
}

bool in(WorkflowState state, std::initializer_list<WorkflowState> states)
{
    return std::find(states.begin(), states.end(), state) != states.end();
}

Error forbidden(const QString &message)
{
    return makeError(ErrorCode::Forbidden, message);
}

Error wrongState(Action action, WorkflowState state)
{
    return forbidden(Tr::tr("\"%1\" is not possible while the article is \"%2\".")
                         .arg(actionLabel(action), workflowStateLabel(state)));
}

Error approversOnly(Action action)
{
    return forbidden(Tr::tr("Only approvers and administrators can do \"%1\".").arg(actionLabel(action)));
}

// Review decisions on one's own article: never for editors, for approvers only when the office allows it.
Result<void> checkNotOwnReview(const User &actor, bool own, const OfficeSettings &office)
{
    if (!own) {
        return {};
    }
    if (isApprover(actor.role) && office.approverMayApproveOwn) {
        return {};
    }
    return forbidden(Tr::tr("You cannot review your own article: another person has to do it."));
}

Result<void> checkEdit(const User &actor, const ArticleFacts &a, bool own)
{
    if (in(a.state, {S::Draft, S::Returned})) {
        return own ? Result<void>() : Result<void>(forbidden(Tr::tr("This article is still with its author.")));
    }
    if (in(a.state, {S::Submitted, S::AwaitingApproval, S::Approved})) {
        if (own) {
            return forbidden(Tr::tr("The article was submitted: it is locked for its author until it is returned "
                                    "or withdrawn."));
        }
        if (!isReviewer(actor.role)) {
            return forbidden(Tr::tr("Reporters can only edit their own articles before submitting them."));
        }
        return {};
    }
    return forbidden(Tr::tr("An article that is \"%1\" cannot be edited.").arg(workflowStateLabel(a.state)));
}

Result<void> checkTrash(const User &actor, const ArticleFacts &a, bool own)
{
    if (in(a.state, {S::Approved, S::Published})) {
        return forbidden(
            Tr::tr("An approved or published article cannot go to the trash: return or unpublish it first."));
    }
    if (own && in(a.state, {S::Draft, S::Returned})) {
        return {};
    }
    if (isApprover(actor.role)) {
        return {};
    }
    return forbidden(Tr::tr("You can only move your own drafts to the trash."));
}

} // namespace

QList<Action> allActions()
{
    QList<Action> list;
    for (const auto &info : kActions) {
        list.append(info.action);
    }
    return list;
}

bool isArticleAction(Action action)
{
    return action != Action::ManageUsers && action != Action::ManageSettings && action != Action::SetRoyalties;
}

QString actionKey(Action action)
{
    for (const auto &info : kActions) {
        if (info.action == action) {
            return QString::fromLatin1(info.key);
        }
    }
    return {};
}

std::optional<Action> actionFromKey(const QString &key)
{
    for (const auto &info : kActions) {
        if (key == QLatin1String(info.key)) {
            return info.action;
        }
    }
    return std::nullopt;
}

QString actionLabel(Action action)
{
    for (const auto &info : kActions) {
        if (info.action == action) {
            return QCoreApplication::translate("toasoan::Permissions", info.label);
        }
    }
    return {};
}

Result<void> checkPermission(const User &actor, Action action)
{
    if (!actor.active) {
        return forbidden(Tr::tr("This account has been deactivated."));
    }
    switch (action) {
    case Action::ManageUsers:
        return actor.role == Role::Admin ? Result<void>()
                                         : Result<void>(forbidden(Tr::tr("Only administrators can manage users.")));
    case Action::ManageSettings:
        return actor.role == Role::Admin
                   ? Result<void>()
                   : Result<void>(
                         forbidden(Tr::tr("Only administrators can manage websites, categories and settings.")));
    case Action::SetRoyalties:
        return isApprover(actor.role)
                   ? Result<void>()
                   : Result<void>(forbidden(Tr::tr("Only approvers and administrators can set royalties and close "
                                                   "months.")));
    default:
        return forbidden(Tr::tr("\"%1\" needs an article.").arg(actionLabel(action)));
    }
}

bool readsOthersUnsubmitted(const User &actor)
{
    return actor.active && actor.role == Role::Admin;
}

bool readsEveryonesRoyalties(const User &actor)
{
    return actor.active && checkPermission(actor, Action::SetRoyalties).ok();
}

Result<void> checkRead(const User &actor, const ArticleFacts &a)
{
    if (!actor.active) {
        return forbidden(Tr::tr("This account has been deactivated."));
    }
    const bool own = actor.id != 0 && actor.id == a.authorId;
    if (own || !in(a.state, {S::Draft, S::Returned}) || readsOthersUnsubmitted(actor)) {
        return {};
    }
    return forbidden(Tr::tr("This article is still with its author: it can be opened once it is submitted."));
}

Result<void> checkPermission(const User &actor, Action action, const ArticleFacts &a, const OfficeSettings &office)
{
    if (!isArticleAction(action)) {
        return checkPermission(actor, action);
    }
    if (!actor.active) {
        return forbidden(Tr::tr("This account has been deactivated."));
    }
    if (a.trashed) {
        return forbidden(Tr::tr("This article is in the trash. Restore it first."));
    }
    const bool own = actor.id != 0 && actor.id == a.authorId;

    switch (action) {
    case Action::EditContent:
        return checkEdit(actor, a, own);
    case Action::Submit:
        if (!own) {
            return forbidden(Tr::tr("Only the author can submit this article."));
        }
        return in(a.state, {S::Draft, S::Returned}) ? Result<void>() : Result<void>(wrongState(action, a.state));
    case Action::Withdraw:
        if (!own) {
            return forbidden(Tr::tr("Only the author can withdraw this article."));
        }
        if (!in(a.state, {S::Submitted, S::AwaitingApproval})) {
            return wrongState(action, a.state);
        }
        if (a.reviewStarted) {
            return forbidden(Tr::tr("Someone has already started reviewing this article; ask them to return it "
                                    "instead."));
        }
        return {};
    case Action::Forward:
        if (!isReviewer(actor.role)) {
            return forbidden(Tr::tr("Only editors, approvers and administrators can forward articles for approval."));
        }
        if (a.state != S::Submitted) {
            return wrongState(action, a.state);
        }
        return own ? Result<void>(forbidden(Tr::tr("You cannot review your own article: another person has to do it.")))
                   : Result<void>();
    case Action::Return:
        if (!isReviewer(actor.role)) {
            return forbidden(Tr::tr("Only editors, approvers and administrators can return articles."));
        }
        if (a.state == S::Submitted || (isApprover(actor.role) && in(a.state, {S::AwaitingApproval, S::Approved}))) {
            return checkNotOwnReview(actor, own, office);
        }
        return in(a.state, {S::AwaitingApproval, S::Approved}) ? Result<void>(approversOnly(action))
                                                               : Result<void>(wrongState(action, a.state));
    case Action::Approve:
        if (!isApprover(actor.role)) {
            return approversOnly(action);
        }
        if (a.state != S::AwaitingApproval) {
            return wrongState(action, a.state);
        }
        if (own && !office.approverMayApproveOwn) {
            return forbidden(Tr::tr("You cannot approve your own article: the office settings require another "
                                    "approver."));
        }
        return {};
    case Action::Reject:
        if (!isApprover(actor.role)) {
            return approversOnly(action);
        }
        if (!in(a.state, {S::Submitted, S::AwaitingApproval})) {
            return wrongState(action, a.state);
        }
        return checkNotOwnReview(actor, own, office);
    case Action::Publish:
        if (!isApprover(actor.role)) {
            return approversOnly(action);
        }
        return in(a.state, {S::Approved, S::Unpublished}) ? Result<void>() : Result<void>(wrongState(action, a.state));
    case Action::Unpublish:
        if (!isApprover(actor.role)) {
            return approversOnly(action);
        }
        return a.state == S::Published ? Result<void>() : Result<void>(wrongState(action, a.state));
    case Action::Archive:
        if (!isApprover(actor.role)) {
            return approversOnly(action);
        }
        return in(a.state, {S::Published, S::Unpublished, S::Rejected}) ? Result<void>()
                                                                        : Result<void>(wrongState(action, a.state));
    case Action::RestoreToDraft:
        if (!isApprover(actor.role)) {
            return approversOnly(action);
        }
        return in(a.state, {S::Rejected, S::Unpublished, S::Archived}) ? Result<void>()
                                                                       : Result<void>(wrongState(action, a.state));
    case Action::Trash:
        return checkTrash(actor, a, own);
    case Action::Comment:
        return own || isReviewer(actor.role)
                   ? Result<void>()
                   : Result<void>(forbidden(Tr::tr("Reporters can only comment on their own articles.")));
    case Action::ManageUsers:
    case Action::ManageSettings:
    case Action::SetRoyalties:
        break;
    }
    return checkPermission(actor, action);
}

} // namespace toasoan
