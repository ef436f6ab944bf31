#pragma once

#include "app/core/Result.h"
#include "app/model/Article.h"
#include "app/model/Revision.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace toasoan {

class Database;

/// Filters, sort and paging for the article list. Empty/0 fields do not filter.
struct ArticleQuery
{
    enum class SortBy
    {
        UpdatedAt,
        CreatedAt,
        Title,
        State
    };
    enum class Trash
    {
        Exclude,
        Only,
        Include
    };

    QList<WorkflowState> states;
    qint64 categoryId = 0;
    qint64 authorId = 0;
    qint64 excludeAuthorId = 0; ///< leave out this author's articles (nobody reviews their own)
    /// Leave out the drafts and returned articles of everyone but this user: they are private to
    /// their author until submitted (see canRead() in app/workflow/Permissions.h). 0 = keep all.
    qint64 unsubmittedOnlyOf = 0;
    QDateTime updatedFrom; ///< inclusive
    QDateTime updatedTo;   ///< exclusive
    Trash trash = Trash::Exclude;
    SortBy sortBy = SortBy::UpdatedAt;
    Qt::SortOrder order = Qt::DescendingOrder;
    int offset = 0;
    int limit = 50;
};

struct ArticlePage
{
    QList<ArticleSummary> items;
    int total = 0; ///< rows matching the filters, ignoring paging
};

/// The recovery copy kept by autosave.
struct Recovery
{
    qint64 articleId = 0;
    qint64 userId = 0;
    int baseVersion = 0; ///< the saved version the copy was edited from
    QDateTime savedAt;
    Article article;
};

/// Reads and writes articles, their revisions and their recovery copies. Every string is
/// NFC-normalized on the way in. Every change writes the event log in the same transaction.
class ArticleRepository final
{
public:
    /// Why, on an offline working copy without its server, the workflow's transitions and the trash are refused.
    static QString offlineReason();
    explicit ArticleRepository(Database &db) : m_db(db) {}

    /// Stores a new article as revision 1 (state Draft unless set). Fills id, uuid, version,
    /// timestamps; a missing slug is derived from the title.
    Result<Article> create(Article article, qint64 actorId);
    /// Bulk import: stores each draft as create() would (revision 1, tags, event log), in one
    /// transaction, and gives the new ids in order. The articles become searchable when
    /// searchindex::catchUp() has worked off the search backlog they join.
    Result<QList<qint64>> createMany(QList<Article> drafts, qint64 actorId);
    /// Explicit save: `article.version` must equal the stored version, otherwise Conflict and
    /// nothing is written. Writes a new revision, bumps the version, clears the recovery copy.
    /// The workflow state is not changed by a save (see transition()).
    Result<Article> save(const Article &article, qint64 actorId, const QString &note = {});
    /// Replaces the recovery copy for this article; no revision, no version bump.
    Result<void> autosave(const Article &article, qint64 userId);
    Result<std::optional<Recovery>> recovery(qint64 articleId);
    Result<QList<Recovery>> recoveries(qint64 userId = 0); ///< 0 = everyone's
    Result<void> discardRecovery(qint64 articleId);
    /// Deletes a new article its author abandoned ("Không lưu" on an article that only autosave
    /// created): with its recovery copy, revision and log. Only a draft of `authorId` with its
    /// first revision alone, never published nor queued: anything else is Invalid and is kept.
    Result<void> discardUnsavedNew(qint64 id, qint64 authorId);

    Result<Article> load(qint64 id);
    Result<Article> loadByUuid(const QUuid &uuid);
    Result<ArticlePage> list(const ArticleQuery &query);

    /// Low-level state change with an event-log line; permission checks live in the workflow
    /// service. Bumps the version; Conflict when expectedVersion is stale (if non-zero).
    Result<Article> transition(qint64 id, WorkflowState to, qint64 actorId, const QString &comment = {},
                               int expectedVersion = 0);

    Result<void> moveToTrash(qint64 id, qint64 actorId);
    Result<void> restoreFromTrash(qint64 id, qint64 actorId);

    Result<QList<Revision>> revisions(qint64 articleId); ///< newest first, snapshots not loaded
    Result<Revision> revision(qint64 articleId, int number);

private:
    Database &m_db;
};

} // namespace toasoan
