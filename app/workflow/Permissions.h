#pragma once

#include "app/core/Result.h"
#include "app/model/User.h"
#include "app/model/WorkflowState.h"
#include "app/workflow/OfficeSettings.h"

#include <QList>
#include <QString>
#include <optional>

namespace toasoan {

/// Everything a user may try to do. Article actions need ArticleFacts; ManageUsers,
/// ManageSettings and SetRoyalties concern the whole workspace.
enum class Action
{
    EditContent,    ///< change the text or metadata
    Submit,         ///< gửi duyệt: draft/returned → submitted (or awaiting approval in one-step review)
    Withdraw,       ///< rút bài: the author takes back a submission nobody has started reviewing
    Forward,        ///< editor → approver: submitted → awaiting approval
    Return,         ///< trả lại to the author, with a reason
    Approve,        ///< duyệt: awaiting approval → approved (queued for publishing)
    Reject,         ///< từ chối: ends the article's way to publication
    Publish,        ///< push an approved article to the websites now
    Unpublish,      ///< gỡ bài
    Archive,        ///< lưu trữ
    RestoreToDraft, ///< reopen a rejected, unpublished or archived article as a draft
    Trash,          ///< move to the trash
    Comment,        ///< add an editorial comment (ý kiến biên tập)
    ManageUsers,    ///< create, deactivate, reset passwords, change roles
    ManageSettings, ///< websites, categories and office settings (and the royalty scheme)
    SetRoyalties,   ///< nhuận bút: set an article's kind and points, close and reopen a month
};

QList<Action> allActions();
bool isArticleAction(Action action);
QString actionKey(Action action); ///< stable: "edit", "submit", "withdraw", "forward", "return", ...
std::optional<Action> actionFromKey(const QString &key);
QString actionLabel(Action action); ///< translated, e.g. "Submit for review"

/// What the rules need to know about an article (the service reads it from the database).
struct ArticleFacts
{
    WorkflowState state = WorkflowState::Draft;
    qint64 authorId = 0;
    bool trashed = false;
    /// Someone other than the author acted on it since it was last submitted (saved, moved,
    /// commented, took the edit lock) or holds its edit lock now. Blocks Withdraw.
    bool reviewStarted = false;
};

/// The one place that decides whether `actor` may do `action` on an article in the state
/// described by `article`. Ok, or a Forbidden error whose message says why, translated.
///
/// Roles: reporters write and submit their own articles; editors also edit, forward, return
/// and comment on submitted articles; approvers also approve, reject, publish, unpublish,
/// archive and restore; administrators may do everything approvers may and also manage users
/// and settings. Content is locked for its author (whatever their role) from submission until
/// it is returned or withdrawn; drafts and returned articles are only the author's to edit.
Result<void> checkPermission(const User &actor, Action action, const ArticleFacts &article,
                             const OfficeSettings &office);
/// For the workspace-wide actions (ManageUsers, ManageSettings, SetRoyalties: approvers and administrators).
Result<void> checkPermission(const User &actor, Action action);

/// Whether `actor` may open (read) someone else's draft or returned article. A text is private
/// to its author until it is submitted: reporters, editors and approvers see it from then on.
/// Administrators may, because they look after accounts (a reporter who left, drafts to hand
/// over or to trash) and could reset the author's password anyway: hiding drafts from them
/// would protect nothing. Deactivated accounts read nothing.
bool readsOthersUnsubmitted(const User &actor);
/// Whether `actor` may read every author's royalties (nhuận bút) of a month, the office total included:
/// approvers and administrators, who set the points and close the months (Action::SetRoyalties). Reporters
/// and editors read their own articles' lines only (report::Royalties::month enforces it); deactivated
/// accounts read nothing.
bool readsEveryonesRoyalties(const User &actor);
/// Ok when `actor` may open the article (in the list, a tab, the CLI), else a Forbidden error.
/// Everything but another person's unsubmitted text (draft, returned) is readable by every
/// active user, trashed or not.
Result<void> checkRead(const User &actor, const ArticleFacts &article);

} // namespace toasoan
