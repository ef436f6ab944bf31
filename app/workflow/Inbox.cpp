#include "workflow/Inbox.h"

#include "storage/ArticleRepository.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"
#include "workflow/OfficeSettings.h"

namespace toasoan {

namespace {
// The inbox shows this many items per box; the counts are exact.
constexpr int kMaxItems = 500;
} // namespace

Result<Inbox::Box> Inbox::box(qint64 userId, Which which)
{
    auto user = UserRepository(m_db).load(userId);
    if (!user) {
        return user.error();
    }
    auto office = loadOfficeSettings(m_db);
    if (!office) {
        return office.error();
    }
    const Role role = user->role;
    Box b;
    switch (which) {
    case Which::Review:
        b.states = {WorkflowState::Submitted};
        b.visible = role == Role::Editor || role == Role::Admin ||
                    (role == Role::Approver && office->reviewMode == ReviewMode::OneStep);
        break;
    case Which::Approve:
        b.states = {WorkflowState::AwaitingApproval};
        b.visible = role == Role::Approver || role == Role::Admin;
        b.includeOwn = office->approverMayApproveOwn;
        break;
    case Which::Returned:
        b.states = {WorkflowState::Returned};
        b.visible = true;
        b.ownOnly = true;
        break;
    }
    b.visible = b.visible && user->active;
    return b;
}

Result<int> Inbox::count(qint64 userId, Which which)
{
    auto b = box(userId, which);
    if (!b) {
        return b.error();
    }
    if (!b->visible) {
        return 0;
    }
    QString sql = QStringLiteral("SELECT count(*) FROM articles WHERE deleted_at IS NULL AND state = ?");
    QVariantList values{workflowStateKey(b->states.constFirst())};
    if (b->ownOnly) {
        sql += QStringLiteral(" AND author_id = ?");
        values.append(userId);
    } else if (!b->includeOwn) {
        sql += QStringLiteral(" AND author_id <> ?");
        values.append(userId);
    }
    auto q = m_db.exec(sql, values);
    if (!q) {
        return q.error();
    }
    q->next();
    return q->value(0).toInt();
}

Result<QList<ArticleSummary>> Inbox::items(qint64 userId, Which which)
{
    auto b = box(userId, which);
    if (!b) {
        return b.error();
    }
    if (!b->visible) {
        return QList<ArticleSummary>();
    }
    ArticleQuery query;
    query.states = b->states;
    query.authorId = b->ownOnly ? userId : 0;
    query.sortBy = ArticleQuery::SortBy::UpdatedAt;
    // Work queues are served first come, first served; one's own returned work newest first.
    query.order = which == Which::Returned ? Qt::DescendingOrder : Qt::AscendingOrder;
    query.limit = kMaxItems;
    auto page = ArticleRepository(m_db).list(query);
    if (!page) {
        return page.error();
    }
    QList<ArticleSummary> list;
    for (const ArticleSummary &item : std::as_const(page->items)) {
        if (b->ownOnly || b->includeOwn || item.authorId != userId) {
            list.append(item);
        }
    }
    return list;
}

Result<QList<ArticleSummary>> Inbox::toReview(qint64 userId)
{
    return items(userId, Which::Review);
}

Result<QList<ArticleSummary>> Inbox::toApprove(qint64 userId)
{
    return items(userId, Which::Approve);
}

Result<QList<ArticleSummary>> Inbox::returnedToMe(qint64 userId)
{
    return items(userId, Which::Returned);
}

Result<InboxCounts> Inbox::counts(qint64 userId)
{
    InboxCounts counts;
    for (auto [which, field] :
         {std::pair{Which::Review, &InboxCounts::toReview}, std::pair{Which::Approve, &InboxCounts::toApprove},
          std::pair{Which::Returned, &InboxCounts::returnedToMe}}) {
        auto n = count(userId, which);
        if (!n) {
            return n.error();
        }
        counts.*field = *n;
    }
    auto user = UserRepository(m_db).load(userId);
    if (!user) {
        return user.error();
    }
    const bool ownOnly = user->role == Role::Reporter;
    auto q = m_db.exec(ownOnly ? QStringLiteral("SELECT state, count(*) FROM articles WHERE deleted_at IS NULL "
                                                "AND author_id = ? GROUP BY state")
                               : QStringLiteral("SELECT state, count(*) FROM articles WHERE deleted_at IS NULL "
                                                "GROUP BY state"),
                       ownOnly ? QVariantList{userId} : QVariantList{});
    if (!q) {
        return q.error();
    }
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

} // namespace toasoan
