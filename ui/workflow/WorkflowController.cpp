#include "ui/workflow/WorkflowController.h"

#include "app/settings/Settings.h"
#include "app/storage/ChangeListener.h"
#include "app/storage/Database.h"
#include "app/workflow/Inbox.h"
#include "app/workflow/WorkflowService.h"
#include "ui/article/ArticleListPane.h"
#include "ui/article/ArticleTab.h"
#include "ui/article/ArticleTabs.h"
#include "ui/common/WindowContext.h"
#include "ui/metadata/MetadataPanel.h"
#include "ui/workflow/ArticleSession.h"
#include "ui/workflow/CommentsPanel.h"
#include "ui/workflow/InboxBar.h"
#include "ui/workflow/ReasonDialog.h"
#include "ui/workflow/StepQuestion.h"
#include "ui/workflow/WorkflowActionText.h"

#include <QAction>
#include <QMenu>
#include <QTabWidget>
#include <QTimer>

namespace toasoan::ui {

WorkflowController::WorkflowController(WindowContext &context)
    : QObject(context.dialogParent()), m_context(context), m_db(context.database()), m_user(context.user()),
      m_tabs(context.tabs()), m_list(context.listPane()), m_ownQuestion(std::make_unique<MessageBoxStepQuestion>()),
      m_question(m_ownQuestion.get())
{
    createActions();

    m_comments = new CommentsPanel(m_db, m_user);
    m_inbox = new InboxBar(m_db, m_user);
    m_list->addHeader(m_inbox);
    connect(m_inbox, &InboxBar::boxSelected, m_list, &ArticleListPane::setBoxFilter);
    connect(m_inbox, &InboxBar::failed, this,
            [this](const QString &title, const Error &error) { m_context.showError(title, error); });

    connect(m_tabs, &ArticleTabs::articleTabAdded, this, &WorkflowController::addSession);
    connect(m_tabs, &ArticleTabs::articleTabClosed, this, &WorkflowController::removeSession);
    connect(m_tabs, &ArticleTabs::currentArticleChanged, this, &WorkflowController::currentChanged);
    connect(m_tabs, &ArticleTabs::articleStored, this, &WorkflowController::articleStored);
    for (ArticleTab *tab : m_tabs->articleTabs()) {
        addSession(tab);
    }

    if (auto stamp = Inbox(m_db).changeStamp()) {
        m_stamp = *stamp;
    }
    if (m_db.isShared()) {
        // The server says when another PC commits (the listener reads the change counter every 30 s
        // besides, in case a notification was lost): no poll here.
        m_listener = new ChangeListener(m_db, this);
        connect(m_listener, &ChangeListener::changed, this, &WorkflowController::pollChanges);
    } else {
        m_poll = new QTimer(this);
        m_poll->setInterval(kPollMs);
        connect(m_poll, &QTimer::timeout, this, &WorkflowController::pollChanges);
        m_poll->start();
    }
    currentChanged(m_tabs->currentArticleTab());
}

WorkflowController::~WorkflowController()
{
    // The panel may not have found a home in a tab widget.
    if (m_comments && !m_comments->parent()) {
        delete m_comments;
    }
}

void WorkflowController::createActions()
{
    m_menu = new QMenu(tr("&Workflow"), m_context.dialogParent());
    m_menu->setObjectName(QStringLiteral("workflowMenu"));
    for (Action a : WorkflowActionText::transitions()) {
        auto *action = new QAction(WorkflowActionText::menuText(a), this);
        action->setObjectName(QStringLiteral("workflowAction-") + actionKey(a));
        action->setToolTip(WorkflowActionText::tip(a));
        action->setStatusTip(WorkflowActionText::tip(a));
        action->setEnabled(false);
        connect(action, &QAction::triggered, this, [this, a] { perform(a); });
        m_actions.insert(a, action);
        m_menu->addAction(action);
        if (a == Action::Withdraw || a == Action::Reject) {
            m_menu->addSeparator(); // the author's steps, the review's, what follows publication
        }
    }
    m_menu->addSeparator();
    m_takeOver = new QAction(tr("&Take over editing"), this);
    m_takeOver->setObjectName(QStringLiteral("takeOverAction"));
    m_takeOver->setStatusTip(tr("Edit the article someone else has open; this is recorded in its history"));
    m_takeOver->setEnabled(false);
    connect(m_takeOver, &QAction::triggered, this, [this] {
        if (ArticleSession *session = currentSession()) {
            session->takeOver();
        }
    });
    m_menu->addAction(m_takeOver);
}

void WorkflowController::addCommentsTab(QTabWidget *details)
{
    const int index = details->addTab(m_comments, tr("Editorial comments"));
    auto title = [details, index](int count) {
        details->setTabText(index, count > 0 ? tr("Editorial comments (%1)").arg(count) : tr("Editorial comments"));
    };
    connect(m_comments, &CommentsPanel::countChanged, details, title);
    title(m_comments->commentCount());
}

void WorkflowController::setStepQuestion(StepQuestion *question)
{
    m_question = question ? question : m_ownQuestion.get();
}

bool WorkflowController::confirmStep(Action action, const QString &title)
{
    QString question;
    switch (action) {
    case Action::Submit:
        question = tr("Submit “%1” for review? You cannot edit it until it is returned or withdrawn.").arg(title);
        break;
    case Action::Forward:
        question = tr("Forward “%1” to the approvers?").arg(title);
        break;
    case Action::Approve:
        question = tr("Approve “%1”? It can then be published.").arg(title);
        break;
    default:
        return true; // the other steps ask for a reason or undo nothing
    }
    Settings &settings = m_context.settings();
    if (!settings.confirmWorkflowSteps()) {
        return true;
    }
    const QString button = WorkflowActionText::buttonText(action).remove(QLatin1Char('&'));
    bool dontAskAgain = false;
    if (!m_question->confirm(m_context.dialogParent(), button, question, button, dontAskAgain)) {
        return false;
    }
    if (dontAskAgain) {
        settings.setConfirmWorkflowSteps(false);
    }
    return true;
}

ReasonDialog *WorkflowController::reasonDialog() const
{
    return m_reasonDialog;
}

ArticleSession *WorkflowController::currentSession() const
{
    return m_sessions.value(m_tabs->currentArticleTab());
}

void WorkflowController::addSession(ArticleTab *tab)
{
    if (m_sessions.contains(tab)) {
        return;
    }
    auto *session = new ArticleSession(m_db, m_user, m_context.notifier(), tab, this);
    m_sessions.insert(tab, session);
    connect(session, &ArticleSession::changed, this, [this, session] {
        if (session == currentSession()) {
            updateActions();
            emit stateChanged();
        }
    });
    connect(session, &ArticleSession::actionRequested, this,
            [this, session](Action action) { perform(session, action); });
    connect(session, &ArticleSession::failed, this,
            [this](const QString &title, const Error &error) { m_context.showError(title, error); });
    session->refresh();
}

void WorkflowController::removeSession(ArticleTab *tab)
{
    if (ArticleSession *session = m_sessions.take(tab)) {
        session->release();
        delete session;
    }
    updateActions();
}

void WorkflowController::currentChanged(ArticleTab *tab)
{
    m_comments->setArticle(tab ? tab->articleId() : 0);
    updateActions();
}

void WorkflowController::articleStored(qint64 id)
{
    // A new article got its id (take its lock, allow comments); an approved one edited by
    // someone who may not approve went back to "awaiting approval".
    if (ArticleSession *session = m_sessions.value(m_tabs->tabFor(id))) {
        session->refresh();
    }
    if (ArticleTab *tab = m_tabs->currentArticleTab()) {
        m_comments->setArticle(tab->articleId());
    }
    m_inbox->refresh();
}

void WorkflowController::updateActions()
{
    ArticleSession *session = currentSession();
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        it.value()->setEnabled(session && session->allowed().contains(it.key()));
    }
    m_takeOver->setEnabled(session && session->allowed().contains(Action::EditContent) && !session->holdsLock() &&
                           session->articleId() > 0);
}

bool WorkflowController::perform(Action action)
{
    return perform(currentSession(), action);
}

bool WorkflowController::perform(ArticleSession *session, Action action)
{
    ArticleTab *tab = session ? session->tab() : nullptr;
    if (!tab || !session->allowed().contains(action) || m_reasonDialog) {
        return false;
    }
    if (action == Action::Submit && !tab->validate()) {
        m_context.showStatus(tr("Some fields need attention before submitting; see the messages."));
        return false;
    }
    // The step is about the text as stored: save what was typed first.
    if ((tab->isModified() || tab->articleId() == 0) && !m_tabs->saveTab(tab)) {
        return false;
    }
    session->refresh();
    if (!session->allowed().contains(action)) {
        return false; // saving changed what may be done (an approval now needs approving again)
    }
    const qint64 id = tab->articleId();
    const int seen = tab->stored().version;
    const QString title = tab->displayTitle();
    if (!confirmStep(action, title)) {
        return false;
    }
    if (WorkflowActionText::asksReason(action)) {
        m_reasonDialog = new ReasonDialog(
            action, title,
            [this, action, id, seen, title](const QString &reason) { return run(action, id, seen, title, reason); },
            m_context.dialogParent());
        m_reasonDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_reasonDialog->open();
        return true;
    }
    if (auto done = run(action, id, seen, title, {}); !done) {
        m_context.showError(done.error().code == ErrorCode::Conflict
                                ? tr("Version conflict")
                                : tr("Cannot do “%1”").arg(WorkflowActionText::buttonText(action)),
                            done.error());
        return false;
    }
    return true;
}

Result<void> WorkflowController::run(Action action, qint64 id, int seenVersion, const QString &title,
                                     const QString &reason)
{
    auto moved = WorkflowService(m_db).perform(action, id, m_user.id, reason, seenVersion);
    if (!moved) {
        if (ArticleSession *session = m_sessions.value(m_tabs->tabFor(id))) {
            session->refresh(); // shows the newer version or the new state behind the refusal
        }
        return moved.error();
    }
    if (ArticleTab *tab = m_tabs->tabFor(id)) {
        if (!tab->isModified()) {
            tab->setArticle(*moved);
        }
        if (ArticleSession *session = m_sessions.value(tab)) {
            session->refresh();
        }
    }
    m_context.refreshList(m_tabs->currentArticleTab() ? m_tabs->currentArticleTab()->articleId() : id);
    m_inbox->refresh();
    m_comments->reload();
    m_context.showStatus(WorkflowActionText::doneMessage(action, title));
    emit stateChanged();
    if (action == Action::Approve) {
        emit approved(id, title);
    }
    return {};
}

void WorkflowController::pollChanges()
{
    auto stamp = Inbox(m_db).changeStamp();
    if (!stamp || *stamp == m_stamp) {
        return;
    }
    m_stamp = *stamp;
    refreshFromDatabase();
}

void WorkflowController::refreshFromDatabase()
{
    m_inbox->refresh();
    ArticleTab *current = m_tabs->currentArticleTab();
    m_list->refreshIfChanged(current ? current->articleId() : 0);
    for (ArticleSession *session : std::as_const(m_sessions)) {
        session->refresh();
    }
    m_comments->refreshIfChanged();
}

} // namespace toasoan::ui
