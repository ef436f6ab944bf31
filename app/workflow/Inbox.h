#pragma once

#include "app/core/Result.h"
#include "app/model/Article.h"
#include "app/storage/ArticleRepository.h"

#include <QHash>
#include <QList>
#include <optional>

namespace toasoan {

class Database;

/// How much waits for one user, for the inbox badges and the state tabs.
struct InboxCounts
{
    int toReview = 0;     ///< submitted articles an editor should look at
    int toApprove = 0;    ///< articles awaiting this approver's decision
    int returnedToMe = 0; ///< the user's own articles sent back to them
    int conflicts = 0;    ///< conflict copies of the user's offline edits, waiting to be merged (issue 14)
    /// Articles per state (not in the trash) that this user sees on the state tabs: their own
    /// for reporters, everyone's for the other roles.
    QHash<WorkflowState, int> byState;
};

/// A text a user wrote offline that the server had changed meanwhile: kept as a revision beside the
/// current version (ArticleRepository::revision(articleId, revision) loads it).
struct ConflictCopy
{
    qint64 articleId = 0;
    int revision = 0;
    QString title; ///< the article's current title
    QDateTime at;
};

/// The boxes of the inbox.
enum class InboxBox
{
    ToReview,     ///< submitted articles to edit and forward or return
    ToApprove,    ///< articles awaiting approval
    ReturnedToMe, ///< the user's own articles sent back to them
};

/// "What waits for me": the queries behind the inbox. Read-only; the lists leave out articles in
/// the trash and, except for "returned to me", the user's own articles (nobody reviews their own
/// work, unless the office lets approvers approve their own).
class Inbox final
{
public:
    explicit Inbox(Database &db) : m_db(db) {}

    Result<InboxCounts> counts(qint64 userId);
    /// Submitted articles, newest first: for editors and administrators (and approvers in
    /// one-step offices, where nobody else would see a leftover submission).
    Result<QList<ArticleSummary>> toReview(qint64 userId);
    /// Articles awaiting approval, newest first: for approvers and administrators.
    Result<QList<ArticleSummary>> toApprove(qint64 userId);
    /// The user's own returned articles, newest first.
    Result<QList<ArticleSummary>> returnedToMe(qint64 userId);
    /// The user's conflict copies waiting to be merged, newest first.
    Result<QList<ConflictCopy>> conflictCopies(qint64 userId);
    /// The article-list filter that shows `box` for the user (its states, their own articles
    /// only or all but theirs, the queue's order); nullopt when the box is not for their role.
    Result<std::optional<ArticleQuery>> query(qint64 userId, InboxBox box);

    /// A number that changes whenever another connection (another computer, or this program's
    /// autosave or publishing thread) committed a change to the workspace. Cheap enough to poll
    /// every few seconds; read the counts again when it changed.
    Result<qint64> changeStamp();

private:
    struct Box
    {
        QList<WorkflowState> states;
        bool includeOwn = false;
        bool ownOnly = false;
        bool visible = false;
    };
    Result<Box> box(qint64 userId, InboxBox which);
    Result<QList<ArticleSummary>> items(qint64 userId, InboxBox which);
    Result<int> count(qint64 userId, InboxBox which);

    Database &m_db;
};

} // namespace toasoan
