#pragma once

// The database-specific half of search. ArticleSearch parses the user's text once and hands it to
// the backend of the workspace's database: SQLite's FTS5 (Fts5SearchBackend.cpp) or PostgreSQL's
// tsvector (PostgresSearchBackend.cpp).

#include "app/core/Result.h"
#include "app/search/ArticleSearch.h"
#include "app/search/SearchQuery.h"

#include <QVariantList>
#include <memory>

namespace toasoan::search {

class SearchBackend
{
public:
    virtual ~SearchBackend() = default;
    /// `query` is never empty.
    virtual Result<SearchResult> search(const ParsedQuery &query, const SearchOptions &options) = 0;
};

/// One SQL statement and its values.
struct SqlStatement
{
    QString sql;
    QVariantList values;
};

/// The statements the SQLite backend runs, in order, for a search (the page's statement runs only when the
/// count reaches the page): bench_search times them through SQLite's C API on the same connection, the
/// floor ArticleSearch is compared with.
QList<SqlStatement> fts5Statements(const ParsedQuery &query, const SearchOptions &options);

/// The backend for `db`'s dialect, or nullptr when that database has no full-text index yet.
std::unique_ptr<SearchBackend> makeSearchBackend(Database &db);
/// PostgreSQL's backend (makeSearchBackend() chooses it for a shared database).
std::unique_ptr<SearchBackend> makePostgresSearchBackend(Database &db);

} // namespace toasoan::search
