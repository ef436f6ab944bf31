#pragma once

struct sqlite3;

namespace toasoan {

/// Registers the SQL function toasoan_search_text(html) on `connection`: the plain text full-text search
/// indexes for an article body (html::toSearchText). The search tables keep no copy of a body's text
/// (migration 24): their triggers and the view search_docs derive it from articles.body with this.
/// False when SQLite refuses the function.
bool registerSearchText(sqlite3 *connection);

} // namespace toasoan
