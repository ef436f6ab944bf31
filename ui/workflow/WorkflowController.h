#pragma once

#include "app/core/Result.h"
#include "app/model/User.h"
#include "app/workflow/Permissions.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QTabWidget;
class QTimer;

namespace toasoan {
class Database;
}

namespace toasoan::ui {

class ArticleListPane;
class ArticleSession;
class ArticleTab;
class ArticleTabs;
class CommentsPanel;
class InboxBar;
class Notifier;
class ReasonDialog;

/// The editorial workflow in the window: the "Quy trình" menu and each open article's bar
/// (steps enabled from WorkflowService::allowedActions), the reason dialog for returning,
/// rejecting and unpublishing, edit locks (one ArticleSession per open article), the
/// editorial comments panel, and "Việc của tôi" above the list. It polls the workspace's change
/// stamp, so what others do shows within seconds.
class WorkflowController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkflowController)

public:
    struct Parts
    {
        Database &db;
        const User &user;
        Notifier &notifier;
        ArticleTabs *tabs;
        ArticleListPane *list;
    };
    /// How often the change stamp is read.
    static constexpr int kPollMs = 3000;

    /// Puts the inbox above the list; `window` parents the dialogs.
    WorkflowController(const Parts &parts, QWidget *window);
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
    /// A sentence for the status bar ("“…” was approved.").
    void message(const QString &text);
    /// The current article's state, permissions or read-only state changed.
    void stateChanged();
    /// An article moved to another state.
    void transitioned(qint64 articleId);

private:
    void createActions();
    void addSession(ArticleTab *tab);
    void removeSession(ArticleTab *tab);
    void currentChanged(ArticleTab *tab);
    void articleStored(qint64 id);
    void updateActions();
    Result<void> run(Action action, qint64 id, int seenVersion, const QString &title, const QString &reason);

    Database &m_db;
    User m_user;
    Notifier &m_notifier;
    ArticleTabs *m_tabs;
    ArticleListPane *m_list;
    QWidget *m_window;
    QMenu *m_menu = nullptr;
    QHash<Action, QAction *> m_actions;
    QAction *m_takeOver = nullptr;
    CommentsPanel *m_comments = nullptr;
    InboxBar *m_inbox = nullptr;
    QHash<ArticleTab *, ArticleSession *> m_sessions;
    QPointer<ReasonDialog> m_reasonDialog;
    QTimer *m_poll = nullptr;
    qint64 m_stamp = -1;
};

} // namespace toasoan::ui
