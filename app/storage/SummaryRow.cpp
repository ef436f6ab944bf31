#include "app/storage/SummaryRow.h"

#include "app/storage/Database.h"

#include <QUuid>

namespace toasoan {

ArticleSummary summaryFromRow(const QSqlQuery &q, int idColumn, int firstColumn)
{
    const auto at = [&q, firstColumn](int i) { return q.value(firstColumn + i); };
    ArticleSummary s;
    s.id = q.value(idColumn).toLongLong();
    s.uuid = QUuid::fromString(at(0).toString());
    s.title = at(1).toString();
    s.state = workflowStateFromKey(at(2).toString()).value_or(WorkflowState::Draft);
    s.categoryId = at(3).toLongLong();
    s.categoryName = at(4).toString();
    s.authorId = at(5).toLongLong();
    s.authorName = at(6).toString();
    s.byline = at(7).toString();
    s.version = at(8).toInt();
    s.createdAt = fromDbTime(at(9));
    s.updatedAt = fromDbTime(at(10));
    s.scheduledAt = fromDbTime(at(11));
    s.deletedAt = fromDbTime(at(12));
    return s;
}

} // namespace toasoan
