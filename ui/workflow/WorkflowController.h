#pragma once

#include "app/core/Result.h"
#include "app/model/User.h"
#include "app/workflow/Permissions.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <memory>

class QAction;
class QMenu;
class QTabWidget;
class QTimer;

namespace toasoan {
class ChangeListener;
class Database;
} // namespace toasoan

namespace toasoan::ui {

class ArticleListPane;
class ArticleSession;
class ArticleTab;
class ArticleTabs;
class CommentsPanel;
class InboxBar;
class ReasonDialog;
class StepQuestion;
class WindowContext;

/// The editorial workflow in the window: the "Quy trình" menu and each open article's bar
/// (steps enabled from WorkflowService::allowedActions), the reason dialog for returning,
/// rejecting and unpublishing, edit locks (one ArticleSession per open article), the
/// editorial comments panel, and "Việc của tôi" above the list. What others do shows within
/// seconds: on the shared database a ChangeListener's hint (a NOTIFY at each commit) has it read
/// the change stamp again; on SQLite it polls the stamp. It reaches the window through a WindowContext.
class WorkflowController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkflowController)

public:
    /// How often the change stamp is read on SQLite (on PostgreSQL: when the server hints).
    static constexpr int kPollMs = 3000;

    /// Puts the inbox above the window's list.
    explicit WorkflowController(WindowContext &context);
    ~WorkflowController() override;

    QMenu *menu() const { return m_menu; }
    QAction *action(Action action) const { return m_actions.value(action); }
    QAction *takeOverAction() const { return m_takeOver; }
    CommentsPanel *commentsPanel() const { return m_comments; }
    InboxBar *inboxBar() const { return m_inbox; }
    ArticleSession *session(ArticleTab *tab) const { return m_sessions.value(tab); }
    ArticleSession *currentSession() const;
    /// The reason dialog while it is open.
    ReasonDialog *reasonDialog() const;
    /// Who answers "Submit/forward/approve ...?" (tests answer themselves); the controller keeps
    /// its own message box when `question` is nullptr.
    void setStepQuestion(StepQuestion *question);
    /// Adds the comments panel as a tab ("Ý kiến biên tập (3)") of the details pane.
    void addCommentsTab(QTabWidget *details);

    /// Runs `action` on the current article: saves unsaved changes first (a submission is
    /// checked for missing fields), asks for a reason when the step needs one, then moves the
    /// article and refreshes the list, the tab and the counts. False when nothing was done
    /// (true while the reason dialog is open).
    bool perform(Action action);
    bool perform(ArticleSession *session, Action action);

    /// Reads the change stamp; re-reads counts, states, locks and comments when it moved.
    void pollChanges();
    /// Re-reads counts, states, locks and comments now.
    void refreshFromDatabase();

signals:
    /// The current article's state, permissions or read-only state changed.
    void stateChanged();
    /// The logged-in user approved the article `id` (the royalty is set next: RoyaltyPointsDialog).
    void approved(qint64 id, const QString &title);

private:
    void createActions();
    void addSession(ArticleTab *tab);
    void removeSession(ArticleTab *tab);
    void currentChanged(ArticleTab *tab);
    void articleStored(qint64 id);
    void updateActions();
    /// Asks before submitting, forwarding or approving, unless the user said not to ask again.
    bool confirmStep(Action action, const QString &title);
    Result<void> run(Action action, qint64 id, int seenVersion, const QString &title, const QString &reason);

    WindowContext &m_context;
    Database &m_db;
    User m_user;
    ArticleTabs *m_tabs;
    ArticleListPane *m_list;
    QMenu *m_menu = nullptr;
    QHash<Action, QAction *> m_actions;
    QAction *m_takeOver = nullptr;
    CommentsPanel *m_comments = nullptr;
    InboxBar *m_inbox = nullptr;
    QHash<ArticleTab *, ArticleSession *> m_sessions;
    QPointer<ReasonDialog> m_reasonDialog;
    std::unique_ptr<StepQuestion> m_ownQuestion;
    StepQuestion *m_question = nullptr;
    QTimer *m_poll = nullptr;
    ChangeListener *m_listener = nullptr;
    qint64 m_stamp = -1;
};

} // namespace toasoan::ui
