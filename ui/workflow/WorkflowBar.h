#pragma once

#include "app/workflow/Permissions.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;

namespace toasoan::ui {

class Banner;

/// The strip across the top of an open article: its state, the workflow steps the user may
/// take now (only those), and the banners that say why it is read-only, who else is editing
/// it, that a newer version exists, or why it came back.
class WorkflowBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkflowBar)

public:
    explicit WorkflowBar(QWidget *parent = nullptr);

    void setStateText(const QString &text);
    QString stateText() const;
    /// Shows the buttons of the allowed transitions, hides the others.
    void setAllowed(const QList<Action> &allowed);
    QPushButton *button(Action action) const { return m_buttons.value(action); }

    Banner *readOnlyBanner() const { return m_readOnly; }
    Banner *lockBanner() const { return m_lock; }
    Banner *newerBanner() const { return m_newer; }
    Banner *reasonBanner() const { return m_reason; }
    /// "Edited after approval": by whom, and whether it needs approving again.
    Banner *approvalEditBanner() const { return m_approvalEdit; }
    QPushButton *takeOverButton() const { return m_takeOver; }
    QPushButton *showNewerButton() const { return m_showNewer; }

signals:
    void actionRequested(toasoan::Action action);
    void takeOverRequested();
    void showNewerRequested();

private:
    QLabel *m_state = nullptr;
    QHash<Action, QPushButton *> m_buttons;
    Banner *m_readOnly = nullptr;
    Banner *m_lock = nullptr;
    Banner *m_newer = nullptr;
    Banner *m_reason = nullptr;
    Banner *m_approvalEdit = nullptr;
    QPushButton *m_takeOver = nullptr;
    QPushButton *m_showNewer = nullptr;
};

} // namespace toasoan::ui
