#pragma once

// Shared by the search backends (SearchBackend.h): the list filters as SQL and the row → hit mapping.

#include "app/search/ArticleSearch.h"
#include "app/search/SearchQuery.h"

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

/// What the marked title of a row was marked over.
enum class TitleText
{
    Real,   ///< the real title (FTS5 highlight() of search_exact, PostgreSQL ts_headline())
    Folded, ///< the title with đ folded (FTS5 highlight() of search_fold)
};

/// A hit from a row: 0 id, 1 score (lower ranks first), 2 the title marked with kHitOpen/kHitClose,
/// 3-4 unused, 5-7 the real title, sapo and body, then a.uuid, a.title, a.state, a.category_id,
/// c.name, a.author_id, u.display_name, a.byline, a.version, a.created_at, a.updated_at,
/// a.scheduled_at, a.deleted_at. The sapo and body passages are cut for `query` by Snippet.h, the
/// same on both backends (`exact`: diacritics as typed).
SearchHit hitFromRow(const QSqlQuery &q, TitleText title, const ParsedQuery &query, bool exact);

} // namespace toasoan::search
