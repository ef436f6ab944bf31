// ArticleRepository::list: filters, sort and paging for the article list.
#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"
#include "app/storage/SummaryRow.h"

namespace toasoan {

namespace {

/// `pinnedTrash`: the order starts with deleted_at, which the filter makes the same for every row (NULL):
/// PostgreSQL then reads the page in the order of the (deleted_at, updated_at…) indexes of migration 7 and
/// sorts only ties on id. It does not take `deleted_at IS NULL` as fixing the index's first column: without
/// it, every first page sorted all the articles (100 ms with 100,000, tests/bench/bench_backends).
QString orderClause(const ArticleQuery &query, bool pinnedTrash)
{
    const QString dir = query.order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    switch (query.sortBy) {
    case ArticleQuery::SortBy::CreatedAt:
        return QStringLiteral(" ORDER BY a.created_at") + dir + QStringLiteral(", a.id") + dir;
    case ArticleQuery::SortBy::Title:
        return QStringLiteral(" ORDER BY a.title") + dir + QStringLiteral(", a.id") + dir;
    case ArticleQuery::SortBy::State:
        return QStringLiteral(" ORDER BY a.state") + dir + QStringLiteral(", a.updated_at DESC, a.id DESC");
    case ArticleQuery::SortBy::UpdatedAt:
        break;
    }
    return (pinnedTrash ? QStringLiteral(" ORDER BY a.deleted_at") + dir + QStringLiteral(", a.updated_at")
                        : QStringLiteral(" ORDER BY a.updated_at")) +
           dir + QStringLiteral(", a.id") + dir;
}

} // namespace

Result<ArticlePage> ArticleRepository::list(const ArticleQuery &query)
{
    QStringList where;
    QStringList keptWhere; ///< the same trash and state conditions on article_counts (migration 10)
    QVariantList values;
    switch (query.trash) {
    case ArticleQuery::Trash::Exclude:
        where << QStringLiteral("a.deleted_at IS NULL");
        keptWhere << QStringLiteral("a.trashed = 0");
        break;
    case ArticleQuery::Trash::Only:
        where << QStringLiteral("a.deleted_at IS NOT NULL");
        keptWhere << QStringLiteral("a.trashed = 1");
        break;
    case ArticleQuery::Trash::Include:
        break;
    }
    if (!query.states.isEmpty()) {
        QStringList marks;
        for (WorkflowState state : query.states) {
            marks << QStringLiteral("?");
            values << workflowStateKey(state);
        }
        where << QStringLiteral("a.state IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
        keptWhere << where.constLast();
    }
    const QVariantList keptValues = values; ///< the values of keptWhere's conditions
    if (query.categoryId > 0) {
        where << QStringLiteral("a.category_id = ?");
        values << query.categoryId;
    }
    if (query.authorId > 0) {
        where << QStringLiteral("a.author_id = ?");
        values << query.authorId;
    }
    if (query.excludeAuthorId > 0) {
        where << QStringLiteral("a.author_id <> ?");
        values << query.excludeAuthorId;
    }
    if (query.unsubmittedOnlyOf > 0) {
        where << QStringLiteral("(a.state NOT IN (?, ?) OR a.author_id = ?)");
        values << workflowStateKey(WorkflowState::Draft) << workflowStateKey(WorkflowState::Returned)
               << query.unsubmittedOnlyOf;
    }
    if (query.updatedFrom.isValid()) {
        where << QStringLiteral("a.updated_at >= ?");
        values << toDbTime(query.updatedFrom);
    }
    if (query.updatedTo.isValid()) {
        where << QStringLiteral("a.updated_at < ?");
        values << toDbTime(query.updatedTo);
    }
    const auto clause = [](const QStringList &conditions) {
        return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
    };
    const QString whereClause = clause(where);

    ArticlePage page;
    // Filtered by state and trash only (the list as it opens, the workflow boxes): the kept counts,
    // whose conditions then take the same values. On both backends: PostgreSQL counting 100,000 rows
    // for each first page cost more than the page itself (tests/bench/bench_backends).
    const bool kept = keptWhere.size() == where.size();
    // A reader who does not see others' unsubmitted articles: the kept counts of the submitted
    // states, plus the reader's own drafts and returned articles counted row by row (a few).
    const bool keptButUnsubmitted = query.unsubmittedOnlyOf > 0 && keptWhere.size() + 1 == where.size();
    if (keptButUnsubmitted) {
        const QVariantList unsubmitted{workflowStateKey(WorkflowState::Draft),
                                       workflowStateKey(WorkflowState::Returned)};
        TOASOAN_TRY(others, m_db.value(QStringLiteral("SELECT COALESCE(SUM(n), 0) FROM article_counts a") +
                                           clause(keptWhere + QStringList{QStringLiteral("a.state NOT IN (?, ?)")}),
                                       keptValues + unsubmitted));
        TOASOAN_TRY(own, m_db.value(QStringLiteral("SELECT count(*) FROM articles a") +
                                        clause(where.mid(0, where.size() - 1) +
                                               QStringList{QStringLiteral("a.state IN (?, ?) AND a.author_id = ?")}),
                                    keptValues + unsubmitted + QVariantList{query.unsubmittedOnlyOf}));
        page.total = others->toInt() + own->toInt();
    } else {
        TOASOAN_TRY(count, m_db.exec(kept ? QStringLiteral("SELECT COALESCE(SUM(n), 0) FROM article_counts a") +
                                                clause(keptWhere)
                                          : QStringLiteral("SELECT count(*) FROM articles a") + whereClause,
                                     values));
        count->next();
        page.total = count->value(0).toInt();
        count->finish();
    }

    QVariantList pageValues = values;
    pageValues << qMax(0, query.limit) << qMax(0, query.offset);
    // Pick the page's ids first, then read only those rows: the filter and sort columns come from
    // the indexes (migration 7), while the summary columns stored after the body (state, version,
    // times) cost an overflow-page walk per row — 50 walks, not one per matching article.
    const QString order = orderClause(query, m_db.isShared() && query.trash == ArticleQuery::Trash::Exclude);
    TOASOAN_TRY(q,
                m_db.exec(QStringLiteral("SELECT a.id, a.uuid, a.title, a.state, a.category_id, c.name, a.author_id, "
                                         "u.display_name, a.byline, a.version, a.created_at, a.updated_at, "
                                         "a.scheduled_at, a.deleted_at FROM (SELECT a.id FROM articles a") +
                              whereClause + order +
                              QStringLiteral(" LIMIT ? OFFSET ?) page JOIN articles a ON a.id = page.id "
                                             "JOIN users u ON u.id = a.author_id "
                                             "LEFT JOIN categories c ON c.id = a.category_id") +
                              order,
                          pageValues));
    while (q->next()) {
        page.items.append(summaryFromRow(*q, 0, 1));
    }
    return page;
}

} // namespace toasoan
