#pragma once

// One reading of an article summary from a query row, for every list of articles (the article
// list, search hits).

#include "app/model/Article.h"

#include <QSqlQuery>

namespace toasoan {

/// Reads the summary whose id is in column `idColumn` and whose other fields follow from column
/// `firstColumn` in this order: a.uuid, a.title, a.state, a.category_id, c.name, a.author_id,
/// u.display_name, a.byline, a.version, a.created_at, a.updated_at, a.scheduled_at, a.deleted_at.
ArticleSummary summaryFromRow(const QSqlQuery &q, int idColumn, int firstColumn);

} // namespace toasoan
