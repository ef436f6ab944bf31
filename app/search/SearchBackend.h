#pragma once

// The database-specific half of search. ArticleSearch parses the user's text once and hands it to
// the backend of the workspace's database; only SQLite (FTS5) exists today.

#include "app/core/Result.h"
#include "app/search/ArticleSearch.h"
#include "app/search/SearchQuery.h"

#include <memory>

namespace toasoan::search {

class SearchBackend
{
public:
    virtual ~SearchBackend() = default;
    /// `query` is never empty.
    virtual Result<SearchResult> search(const ParsedQuery &query, const SearchOptions &options) = 0;
};

/// The backend for `db`'s dialect, or nullptr when that database has no full-text index yet.
std::unique_ptr<SearchBackend> makeSearchBackend(Database &db);

} // namespace toasoan::search
