#pragma once

// Shared by the search backends (SearchBackend.h): the list filters as SQL and the row → hit mapping.

#include "app/search/ArticleSearch.h"

#include <QSqlQuery>
#include <QVariantList>

namespace toasoan::search {

/// The filters of an article list as " AND <id> IN (…)" with its values.
struct Filter
{
    QString where;
    QVariantList values;
};

/// `query`'s filters as a condition on `idColumn`, the search row's article id.
Filter filterFor(const ArticleQuery &query, const QString &idColumn);

/// What the marked texts of a row are.
enum class RowText
{
    Fts5,       ///< FTS5 snippet()/highlight() over the real text
    FoldedFts5, ///< the same over the text with đ folded (search_fold)
    Headline,   ///< PostgreSQL ts_headline() over the real text (cut ends not marked)
};

/// A hit from a row: 0 id, 1 score (lower ranks first), 2-4 title, sapo and body marked with
/// kHitOpen/kHitClose/kCut, 5-7 the real title, sapo and body, then a.uuid, a.title, a.state,
/// a.category_id, c.name, a.author_id, u.display_name, a.byline, a.version, a.created_at,
/// a.updated_at, a.scheduled_at, a.deleted_at.
SearchHit hitFromRow(const QSqlQuery &q, RowText text);

} // namespace toasoan::search
