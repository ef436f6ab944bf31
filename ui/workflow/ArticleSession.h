#pragma once

#include "app/core/Result.h"
#include "app/model/Article.h"
#include "app/model/User.h"
#include "app/storage/EditLockRepository.h"
#include "app/workflow/WorkflowService.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <optional>

class QTimer;

namespace toasoan {
class Database;
}

namespace toasoan::ui {

class ArticleTab;
class Notifier;
class WorkflowBar;

/// What follows one open article for the logged-in user: the workflow steps they may take
/// (WorkflowService::allowedActions), its soft edit lock (taken on opening, kept alive by a
/// heartbeat, given back on closing; taken over only on request), and the tab's read-only
/// state with the banners that say why. It owns the tab's WorkflowBar.
class ArticleSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleSession)

public:
    /// Heartbeats well inside the office's lock expiry (10 minutes unless changed).
    static constexpr int kHeartbeatMs = 60 * 1000;

    ArticleSession(Database &db, const User &user, Notifier &notifier, ArticleTab *tab, QObject *parent = nullptr);
    /// Gives the edit lock back.
    ~ArticleSession() override;

    ArticleTab *tab() const { return m_tab; }
    WorkflowBar *bar() const;
    qint64 articleId() const;
    /// What the user may do now, as of the last refresh().
    const QList<Action> &allowed() const { return m_allowed; }
    bool holdsLock() const { return m_holdsLock; }
    /// Someone else's live lock, when they hold it.
    const std::optional<EditLock> &otherHolder() const { return m_holder; }

    /// Reads the article's state, the user's permissions and the lock again, and updates the
    /// tab (read-only or not), its bar and banners. A stored version whose content is the one
    /// shown (only its state moved on) replaces the shown one; newer content is offered, never
    /// loaded over what the user is reading.
    void refresh();
    /// Takes the edit lock from whoever holds it (recorded in the article's history).
    void takeOver();
    /// Loads the newer stored version into the tab (asking first when that loses changes).
    void showNewerVersion();
    /// Gives the edit lock back (closing the article).
    void release();
    void heartbeat();

signals:
    /// The permissions, state or read-only state may have changed: refresh the menus.
    void changed();
    void actionRequested(toasoan::Action action);
    void failed(const QString &title, const toasoan::Error &error);

private:
    void updateLock(qint64 id, bool mayEdit);
    void updateBanners(const Article &latest, bool mayEdit);
    QString userName(qint64 id);
    void reportOnce(const QString &title, const Error &error);

    Database &m_db;
    User m_user;
    Notifier &m_notifier;
    WorkflowService m_service;
    QPointer<ArticleTab> m_tab;
    QPointer<WorkflowBar> m_bar;
    QTimer *m_heartbeat = nullptr;
    QList<Action> m_allowed;
    bool m_holdsLock = false;
    bool m_lostLock = false;
    qint64 m_lockedId = 0;
    std::optional<EditLock> m_holder;
    std::optional<Article> m_newer;
    QHash<qint64, QString> m_names;
    QString m_reported; ///< the last failure shown, not repeated by the next refreshes
};

} // namespace toasoan::ui
