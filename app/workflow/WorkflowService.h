#pragma once

#include "app/core/Clock.h"
#include "app/core/Result.h"
#include "app/model/Article.h"
#include "app/model/Comment.h"
#include "app/model/User.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/EditLockRepository.h"
#include "app/workflow/OfficeSettings.h"
#include "app/workflow/Permissions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace toasoan {

class Database;

/// The editorial workflow with its permission checks: every path (UI, CLI, a crafted call)
/// that changes an article's state, content, comments or edit lock goes through here, and
/// ArticleRepository is only called once checkPermission() agreed. Actors are given by id and
/// reloaded from the database, so a caller cannot grant itself a role.
class WorkflowService final
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::WorkflowService)

public:
    explicit WorkflowService(Database &db, Clock clock = systemClock());

    Result<OfficeSettings> officeSettings();
    /// Needs ManageSettings (administrators).
    Result<void> updateOfficeSettings(qint64 actorId, const OfficeSettings &settings);

    /// What the permission rules see of an article now (state, author, trash, review started).
    Result<ArticleFacts> facts(qint64 articleId);
    /// Ok when `actorId` may do `action` on the article, else the translated reason: on an offline working copy
    /// whose server is away (storage/ServerLink.h), Offline for what only the server may do.
    Result<void> check(qint64 actorId, Action action, qint64 articleId);
    /// The article actions `actorId` may do now, for enabling buttons and menus (check() of each).
    Result<QList<Action>> allowedActions(qint64 actorId, qint64 articleId);
    /// The article, when `actorId` may open it (checkRead(): others' drafts are private).
    Result<Article> openArticle(qint64 articleId, qint64 actorId);
    /// `query` narrowed to what `actor` may open: the list, the search and the CLI ask this way.
    static ArticleQuery readableBy(const User &actor, ArticleQuery query);
    /// ArticleRepository::list() of what `actorId` may open.
    Result<ArticlePage> listFor(qint64 actorId, const ArticleQuery &query);
    /// The state `action` moves an article to (Submit depends on the review mode); nullopt for
    /// actions that are not transitions (edit, comment, trash, publish...).
    static std::optional<WorkflowState> targetState(Action action, const OfficeSettings &office);

    /// Runs a transition action: checks the permission, then ArticleRepository::transition
    /// writes the state and the event log line (who, when, from → to, comment). A non-zero
    /// `expectedVersion` is the version the actor looked at: Conflict when it changed since,
    /// so nobody approves a text they have not seen.
    Result<Article> perform(Action action, qint64 articleId, qint64 actorId, const QString &comment = {},
                            int expectedVersion = 0);
    Result<Article> submit(qint64 articleId, qint64 actorId, const QString &comment = {}, int expectedVersion = 0);
    Result<Article> withdraw(qint64 articleId, qint64 actorId, const QString &comment = {});
    Result<Article> forward(qint64 articleId, qint64 actorId, const QString &comment = {}, int expectedVersion = 0);
    /// The reason is required (Invalid when blank).
    Result<Article> returnToAuthor(qint64 articleId, qint64 actorId, const QString &reason, int expectedVersion = 0);
    Result<Article> approve(qint64 articleId, qint64 actorId, const QString &comment = {}, int expectedVersion = 0);
    Result<Article> reject(qint64 articleId, qint64 actorId, const QString &comment = {}, int expectedVersion = 0);
    Result<Article> unpublish(qint64 articleId, qint64 actorId, const QString &comment = {});
    Result<Article> archive(qint64 articleId, qint64 actorId, const QString &comment = {});

    /// For the publishing outbox: records that an approved (or unpublished) article is now on
    /// the websites. The decision was checked when it was approved or when Publish was asked
    /// for (check(actor, Action::Publish, id)); `actorId` 0 = the system.
    Result<Article> markPublished(qint64 articleId, qint64 actorId = 0, const QString &note = {});
    /// For the publishing outbox: records that a published article was taken off the websites.
    Result<Article> markUnpublished(qint64 articleId, qint64 actorId = 0, const QString &note = {});

    /// Saves what `actorId` typed in an editor: an article never stored (id 0) becomes a new
    /// draft (revision 1, ArticleRepository::create()); a stored one is saved by saveAsUser().
    Result<Article> saveEdited(const Article &edited, qint64 actorId);
    /// Saves content as `actorId`: needs EditContent, refuses while someone else holds a live
    /// edit lock, and sends an approved article back to "awaiting approval" when the editor
    /// could not have approved it. Saving unchanged content writes nothing.
    Result<Article> saveAsUser(const Article &article, qint64 actorId, const QString &note = {});
    /// Copies revision `number`'s content into a new revision (the state stays; EditContent).
    Result<Article> restoreRevision(qint64 articleId, int number, qint64 actorId);
    Result<void> moveToTrash(qint64 articleId, qint64 actorId);
    Result<Comment> addComment(qint64 articleId, qint64 actorId, const QString &body, qint64 parentId = 0);

    /// Opens an article for editing: needs EditContent, then the soft lock (Conflict with
    /// "held by X since HH:mm" when someone else has it: open read-only).
    Result<EditLock> acquireLock(qint64 articleId, qint64 actorId);
    /// Explicit take-over of someone else's lock (needs EditContent; logged in the event log).
    Result<EditLock> takeOverLock(qint64 articleId, qint64 actorId);
    Result<void> heartbeatLock(qint64 articleId, qint64 actorId);
    Result<void> releaseLock(qint64 articleId, qint64 actorId);
    /// Who holds the article's live edit lock now, if anyone (for "being edited by X since HH:mm").
    Result<std::optional<EditLock>> currentLock(qint64 articleId);

private:
    /// Offline when this is a working copy without its server and `action` is an online command.
    Result<void> serverThere(Action action) const;
    /// On an offline working copy: runs `command` with the server's WorkflowService and the server's ids of the
    /// article and the actor (an online command, storage/ServerLink.h), then gives the copy's article as pulled.
    Result<Article>
    onServer(qint64 articleId, qint64 actorId,
             const std::function<Result<void>(WorkflowService &server, qint64 article, qint64 actor)> &command);
    Result<User> actor(qint64 actorId);
    Result<bool> reviewStarted(qint64 articleId, qint64 authorId);
    Result<ArticleFacts> factsOf(const Article &article);
    Result<Article> record(qint64 articleId, qint64 actorId, const QList<WorkflowState> &from, WorkflowState to,
                           const QString &note);
    EditLockRepository locks(const OfficeSettings &office);

    Database &m_db;
    Clock m_clock;
};

} // namespace toasoan
