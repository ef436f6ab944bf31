#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace toasoan::ui {

class ConflictDialog;
class WindowContext;
class WorkflowController;

/// Where the conflict view (ConflictDialog) is reached from: "Bài viết ▸ Xung đột phiên bản…" (the current
/// article's waiting copies, else all of the user's), the same entry in the article list's context menu (the
/// article under the cursor) and the "Xung đột (n)" button of the inbox. After a copy is dealt with, the
/// open tab, the list and the counts show the article as stored.
class ConflictActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictActions)

public:
    /// Creates the actions, puts the menu entry in `menu` and the list's context menu, and follows the inbox.
    static ConflictActions *attach(WindowContext &context, WorkflowController &workflow, QMenu *menu);

    QAction *menuAction() const { return m_menuAction; }
    QAction *listAction() const { return m_listAction; }
    /// The conflict view while it is open.
    ConflictDialog *dialog() const;

public slots:
    /// Opens the conflict view on the waiting copies of `articleId` (0: the current article's, or when it has
    /// none, all those of the user); nullptr (and a message) when none waits.
    ConflictDialog *showConflicts(qint64 articleId = 0);

private:
    ConflictActions(WindowContext &context, WorkflowController &workflow);
    qint64 listedArticle() const;

    WindowContext &m_context;
    WorkflowController &m_workflow;
    QAction *m_menuAction = nullptr;
    QAction *m_listAction = nullptr;
    QPointer<ConflictDialog> m_dialog;
};

} // namespace toasoan::ui
