#include "ui/workflow/WorkflowActionText.h"

namespace toasoan::ui {

QList<Action> WorkflowActionText::transitions()
{
    return {Action::Submit, Action::Withdraw,  Action::Forward, Action::Return,        Action::Approve,
            Action::Reject, Action::Unpublish, Action::Archive, Action::RestoreToDraft};
}

QString WorkflowActionText::menuText(Action action)
{
    switch (action) {
    case Action::Submit:
        return tr("&Submit for review");
    case Action::Withdraw:
        return tr("&Withdraw");
    case Action::Forward:
        return tr("&Forward for approval");
    case Action::Return:
        return tr("Re&turn to author…");
    case Action::Approve:
        return tr("&Approve");
    case Action::Reject:
        return tr("Re&ject…");
    case Action::Unpublish:
        return tr("&Unpublish…");
    case Action::Archive:
        return tr("Arc&hive");
    case Action::RestoreToDraft:
        return tr("Reopen as &draft");
    default:
        return actionLabel(action);
    }
}

QString WorkflowActionText::buttonText(Action action)
{
    return menuText(action).remove(QLatin1Char('&'));
}

QString WorkflowActionText::tip(Action action)
{
    switch (action) {
    case Action::Submit:
        return tr("Send the article to the editors for review");
    case Action::Withdraw:
        return tr("Take the article back to work on it again, before anyone starts reviewing it");
    case Action::Forward:
        return tr("Send the edited article on to the approver");
    case Action::Return:
        return tr("Send the article back to its author, saying what to change");
    case Action::Approve:
        return tr("Approve the article for publishing");
    case Action::Reject:
        return tr("Refuse the article: it will not be published");
    case Action::Unpublish:
        return tr("Take the article off the websites");
    case Action::Archive:
        return tr("Put the article away in the archive");
    case Action::RestoreToDraft:
        return tr("Make the article a draft again, to work on it");
    default:
        return actionLabel(action);
    }
}

QString WorkflowActionText::doneMessage(Action action, const QString &title)
{
    switch (action) {
    case Action::Submit:
        return tr("“%1” was submitted for review.").arg(title);
    case Action::Withdraw:
        return tr("“%1” is back with you as a draft.").arg(title);
    case Action::Forward:
        return tr("“%1” was forwarded for approval.").arg(title);
    case Action::Return:
        return tr("“%1” was returned to its author.").arg(title);
    case Action::Approve:
        return tr("“%1” was approved.").arg(title);
    case Action::Reject:
        return tr("“%1” was rejected.").arg(title);
    case Action::Unpublish:
        return tr("“%1” was unpublished.").arg(title);
    case Action::Archive:
        return tr("“%1” was archived.").arg(title);
    case Action::RestoreToDraft:
        return tr("“%1” is a draft again.").arg(title);
    default:
        return {};
    }
}

bool WorkflowActionText::asksReason(Action action)
{
    return action == Action::Return || action == Action::Reject || action == Action::Unpublish;
}

bool WorkflowActionText::reasonRequired(Action action)
{
    return action == Action::Return;
}

} // namespace toasoan::ui
