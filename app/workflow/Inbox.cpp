#include "app/workflow/Inbox.h"

#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"
#include "app/storage/UserRepository.h"
#include "app/workflow/OfficeSettings.h"

namespace toasoan {

namespace {
// The inbox shows this many items per box; the counts are exact.
constexpr int kMaxItems = 500;
} // namespace

Result<Inbox::Box> Inbox::box(qint64 userId, InboxBox which)
{
    TOASOAN_TRY(user, UserRepository(m_db).load(userId));
    TOASOAN_TRY(office, loadOfficeSettings(m_db));
    const Role role = user->role;
    Box b;
    switch (which) {
    case InboxBox::ToReview:
        b.states = {WorkflowState::Submitted};
        b.visible = role == Role::Editor || role == Role::Admin ||
                    (role == Role::Approver && office->reviewMode == ReviewMode::OneStep);
        break;
    case InboxBox::ToApprove:
        b.states = {WorkflowState::AwaitingApproval};
        b.visible = role == Role::Approver || role == Role::Admin;
        b.includeOwn = office->approverMayApproveOwn;
        break;
    case InboxBox::ReturnedToMe:
        b.states = {WorkflowState::Returned};
        b.visible = true;
        b.ownOnly = true;
        break;
    }
    b.visible = b.visible && user->active;
    return b;
}

Result<std::optional<ArticleQuery>> Inbox::query(qint64 userId, InboxBox which)
{
    TOASOAN_TRY(b, box(userId, which));
    if (!b->visible) {
        return std::optional<ArticleQuery>();
    }
    ArticleQuery query;
    query.states = b->states;
    if (b->ownOnly) {
        query.authorId = userId;
    } else if (!b->includeOwn) {
        query.excludeAuthorId = userId;
    }
    query.sortBy = ArticleQuery::SortBy::UpdatedAt;
    // Newest first, like every other list of articles.
    query.order = Qt::DescendingOrder;
    return std::optional<ArticleQuery>(query);
}

Result<int> Inbox::count(qint64 userId, InboxBox which)
{
    TOASOAN_TRY(q, query(userId, which));
    if (!q->has_value()) {
        return 0;
    }
    ArticleQuery totalOnly = **q;
    totalOnly.limit = 0;
    TOASOAN_TRY(page, ArticleRepository(m_db).list(totalOnly));
    return page->total;
}

Result<QList<ArticleSummary>> Inbox::items(qint64 userId, InboxBox which)
{
    TOASOAN_TRY(q, query(userId, which));
    if (!q->has_value()) {
        return QList<ArticleSummary>();
    }
    ArticleQuery limited = **q;
    limited.limit = kMaxItems;
    TOASOAN_TRY(page, ArticleRepository(m_db).list(limited));
    return page->items;
}

Result<QList<ArticleSummary>> Inbox::toReview(qint64 userId)
{
    return items(userId, InboxBox::ToReview);
}

Result<QList<ArticleSummary>> Inbox::toApprove(qint64 userId)
{
    return items(userId, InboxBox::ToApprove);
}

Result<QList<ArticleSummary>> Inbox::returnedToMe(qint64 userId)
{
    return items(userId, InboxBox::ReturnedToMe);
}

Result<QList<ConflictCopy>> Inbox::conflictCopies(qint64 userId)
{
    TOASOAN_TRY(
        q, m_db.exec(QStringLiteral("SELECT r.article_id, r.number, a.title, r.created_at FROM revisions r "
                                    "JOIN articles a ON a.id = r.article_id WHERE r.author_id = ? AND "
                                    "r.conflict = 1 AND a.deleted_at IS NULL ORDER BY r.created_at DESC, r.id DESC"),
                     {userId}));
    QList<ConflictCopy> copies;
    while (q->next()) {
        copies.append({q->value(0).toLongLong(), q->value(1).toInt(), q->value(2).toString(), fromDbTime(q->value(3))});
    }
    return copies;
}

Result<InboxCounts> Inbox::counts(qint64 userId)
{
    InboxCounts counts;
    TOASOAN_TRY(conflicts, m_db.value(QStringLiteral("SELECT count(*) FROM revisions r JOIN articles a ON a.id = "
                                                     "r.article_id WHERE r.author_id = ? AND r.conflict = 1 AND "
                                                     "a.deleted_at IS NULL"),
                                      {userId}));
    counts.conflicts = conflicts->toInt();
    for (auto [which, field] : {std::pair{InboxBox::ToReview, &InboxCounts::toReview},
                                std::pair{InboxBox::ToApprove, &InboxCounts::toApprove},
                                std::pair{InboxBox::ReturnedToMe, &InboxCounts::returnedToMe}}) {
        TOASOAN_TRY(n, count(userId, which));
        counts.*field = *n;
    }
    TOASOAN_TRY(user, UserRepository(m_db).load(userId));
    const bool ownOnly = user->role == Role::Reporter;
    TOASOAN_TRY(q, m_db.exec(ownOnly ? QStringLiteral("SELECT state, count(*) FROM articles WHERE deleted_at IS NULL "
                                                      "AND author_id = ? GROUP BY state")
                                     : QStringLiteral("SELECT state, count(*) FROM articles WHERE deleted_at IS NULL "
                                                      "GROUP BY state"),
                             ownOnly ? QVariantList{userId} : QVariantList{}));
    for (WorkflowState state : allWorkflowStates()) {
        counts.byState.insert(state, 0);
    }
    while (q->next()) {
        if (auto state = workflowStateFromKey(q->value(0).toString())) {
            counts.byState[*state] = q->value(1).toInt();
        }
    }
    return counts;
}

Result<qint64> Inbox::changeStamp()
{
    // SQLite counts the commits of other connections; PostgreSQL's change counter (migration 11)
    // steps with every transaction that writes the office's data, lock releases included.
    TOASOAN_TRY(q, m_db.exec(m_db.dialect().backend() == SqlDialect::Backend::SQLite
                                 ? QStringLiteral("PRAGMA data_version")
                                 : QStringLiteral("SELECT version FROM sync_state")));
    q->next();
    return q->value(0).toLongLong();
}

} // namespace toasoan
