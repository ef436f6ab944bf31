#pragma once

#include "core/Result.h"
#include "model/Article.h"

#include <QHash>
#include <QList>

namespace toasoan {

class Database;

/// How much waits for one user, for the inbox badges and the state tabs.
struct InboxCounts
{
    int toReview = 0;     ///< submitted articles an editor should look at
    int toApprove = 0;    ///< articles awaiting this approver's decision
    int returnedToMe = 0; ///< the user's own articles sent back to them
    /// Articles per state (not in the trash) that this user sees on the state tabs: their own
    /// for reporters, everyone's for the other roles.
    QHash<WorkflowState, int> byState;
};

/// "What waits for me": the queries behind the inbox. Read-only; the lists leave out articles in
/// the trash and, except for "returned to me", the user's own articles (nobody reviews their own
/// work, unless the office lets approvers approve their own).
class Inbox final
{
public:
    explicit Inbox(Database &db) : m_db(db) {}

    Result<InboxCounts> counts(qint64 userId);
    /// Submitted articles, oldest first: for editors and administrators (and approvers in
    /// one-step offices, where nobody else would see a leftover submission).
    Result<QList<ArticleSummary>> toReview(qint64 userId);
    /// Articles awaiting approval, oldest first: for approvers and administrators.
    Result<QList<ArticleSummary>> toApprove(qint64 userId);
    /// The user's own returned articles, newest first.
    Result<QList<ArticleSummary>> returnedToMe(qint64 userId);

private:
    struct Box
    {
        QList<WorkflowState> states;
        bool includeOwn = false;
        bool ownOnly = false;
        bool visible = false;
    };
    enum class Which
    {
        Review,
        Approve,
        Returned
    };
    Result<Box> box(qint64 userId, Which which);
    Result<QList<ArticleSummary>> items(qint64 userId, Which which);
    Result<int> count(qint64 userId, Which which);

    Database &m_db;
};

} // namespace toasoan
