#pragma once

// The database-specific half of search. ArticleSearch parses the user's text once and hands it to
// the backend of the workspace's database: SQLite's FTS5 (Fts5SearchBackend.cpp) or PostgreSQL's
// tsvector (PostgresSearchBackend.cpp).

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
/// PostgreSQL's backend (makeSearchBackend() chooses it for a shared database).
std::unique_ptr<SearchBackend> makePostgresSearchBackend(Database &db);

} // namespace toasoan::search
