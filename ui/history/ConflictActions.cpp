#include "ui/history/ConflictActions.h"

#include "app/workflow/ConflictResolution.h"
#include "ui/ArticleTableModel.h"
#include "ui/article/ArticleListPane.h"
#include "ui/article/ArticleTab.h"
#include "ui/article/ArticleTabs.h"
#include "ui/common/WindowContext.h"
#include "ui/history/ConflictDialog.h"
#include "ui/metadata/MetadataPanel.h"
#include "ui/workflow/InboxBar.h"
#include "ui/workflow/WorkflowController.h"

#include <QAction>
#include <QMenu>
#include <QTableView>

namespace toasoan::ui {

ConflictActions::ConflictActions(WindowContext &context, WorkflowController &workflow)
    : QObject(&workflow), m_context(context), m_workflow(workflow)
{
    setObjectName(QStringLiteral("conflictActions"));
    m_menuAction = new QAction(tr("Version &conflicts…"), this);
    m_menuAction->setObjectName(QStringLiteral("conflictsAction"));
    m_menuAction->setStatusTip(tr("Texts written offline while the article changed on the server: compare them "
                                  "with the current version and merge"));
    connect(m_menuAction, &QAction::triggered, this, [this] { showConflicts(0); });
    m_listAction = new QAction(tr("Version &conflicts…"), this);
    m_listAction->setObjectName(QStringLiteral("conflictsListAction"));
    m_listAction->setStatusTip(m_menuAction->statusTip());
    connect(m_listAction, &QAction::triggered, this, [this] { showConflicts(listedArticle()); });
}

ConflictActions *ConflictActions::attach(WindowContext &context, WorkflowController &workflow, QMenu *menu)
{
    auto *actions = new ConflictActions(context, workflow);
    menu->addAction(actions->m_menuAction);
    if (ArticleListPane *list = context.listPane()) {
        list->table()->addAction(actions->m_listAction);
    }
    if (InboxBar *inbox = workflow.inboxBar()) {
        connect(inbox, &InboxBar::conflictsRequested, actions, [actions] { actions->showConflicts(-1); });
    }
    return actions;
}

ConflictDialog *ConflictActions::dialog() const
{
    return m_dialog;
}

qint64 ConflictActions::listedArticle() const
{
    const ArticleListPane *list = m_context.listPane();
    const QModelIndex index = list ? list->table()->currentIndex() : QModelIndex();
    return index.isValid() ? list->model()->articleId(index.row()) : 0;
}

ConflictDialog *ConflictActions::showConflicts(qint64 articleId)
{
    // -1: the user's own (the inbox); 0: the current article's, else the user's own.
    ConflictResolution conflicts(m_context.database());
    const qint64 userId = m_context.user().id;
    const qint64 article = articleId == 0 ? m_context.currentArticleId() : articleId;
    auto waiting = article > 0 ? conflicts.waitingOn(article, userId) : conflicts.waitingFor(userId);
    if (waiting && waiting->isEmpty() && articleId == 0 && article > 0) {
        waiting = conflicts.waitingFor(userId);
    }
    if (!waiting) {
        m_context.showError(tr("Cannot list the conflict copies"), waiting.error());
        return nullptr;
    }
    if (waiting->isEmpty()) {
        m_context.showStatus(article > 0 && articleId != 0 ? tr("No conflict copy of this article waits for you.")
                                                           : tr("No conflict copy waits for you."));
        return nullptr;
    }
    if (m_dialog) {
        m_dialog->close();
    }
    auto *dialog = new ConflictDialog(m_context.database(), m_context.user(), m_context.notifier(), *waiting,
                                      m_context.dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUnsavedChangesCheck([this](qint64 id) {
        const ArticleTab *open = m_context.tabs()->tabFor(id);
        return open && open->isModified();
    });
    connect(dialog, &ConflictDialog::resolved, this, [this](const Article &stored) {
        if (ArticleTab *tab = m_context.tabs()->tabFor(stored.id); tab && !tab->isModified()) {
            tab->setArticle(stored);
        }
        m_context.refreshList(stored.id);
        m_workflow.refreshFromDatabase();
        m_context.showStatus(tr("The conflict copy is dealt with."));
    });
    m_dialog = dialog;
    dialog->show(); // not modal: the window goes on
    return dialog;
}

} // namespace toasoan::ui
