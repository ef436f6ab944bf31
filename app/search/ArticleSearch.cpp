#include "app/search/ArticleSearch.h"

#include "app/search/SearchBackend.h"
#include "app/search/SearchQuery.h"

#include <QCoreApplication>

namespace toasoan {

ArticleSearch::ArticleSearch(Database &db) : m_backend(search::makeSearchBackend(db)) {}

ArticleSearch::~ArticleSearch() = default;

Result<SearchResult> ArticleSearch::search(const QString &query, const SearchOptions &options)
{
    const search::ParsedQuery parsed = search::parseQuery(query, options.prefix);
    if (parsed.isEmpty() || options.limit <= 0) {
        return SearchResult{};
    }
    if (!m_backend) {
        return makeError(ErrorCode::Storage,
                         QCoreApplication::translate("toasoan::ArticleSearch",
                                                     "Full-text search is not available for this database."),
                         QStringLiteral("no search backend for this SQL dialect"));
    }
    return m_backend->search(parsed, options);
}

} // namespace toasoan
