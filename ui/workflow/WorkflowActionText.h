#pragma once

#include "app/workflow/Permissions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace toasoan::ui {

/// The workflow's words in the window: menu entries, buttons, tips and what the status bar says
/// once a step is done. (Permissions' actionLabel() names actions in the core's messages.)
class WorkflowActionText final
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::ui::WorkflowActions)

public:
    /// The transitions a person starts from the window, in menu order. (Publishing is the
    /// publishing queue's; moving to the trash is the article list's.)
    static QList<Action> transitions();
    /// Menu text with its mnemonic, e.g. "&Submit for review"; "…" when a dialog follows.
    static QString menuText(Action action);
    /// The same without the mnemonic, for buttons.
    static QString buttonText(Action action);
    static QString tip(Action action);
    /// "“%1” was approved." for the status bar.
    static QString doneMessage(Action action, const QString &title);
    /// Whether the action asks for a reason first (and whether it must be given).
    static bool asksReason(Action action);
    static bool reasonRequired(Action action);
};

} // namespace toasoan::ui
