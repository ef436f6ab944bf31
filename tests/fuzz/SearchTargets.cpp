// The search box's query parser: whatever is typed, the FTS5 expressions it gives are valid.
#include "app/search/SearchQuery.h"
#include "tests/fuzz/FuzzTargets.h"

#include <sqlite3.h>

namespace toasoan::fuzz {

namespace {

// An in-memory FTS5 table made like the workspace's (storage/Migrations.cpp), kept for the run.
sqlite3 *ftsDatabase()
{
    static sqlite3 *db = [] {
        sqlite3 *handle = nullptr;
        if (sqlite3_open(":memory:", &handle) != SQLITE_OK ||
            sqlite3_exec(handle,
                         "CREATE VIRTUAL TABLE search_exact USING fts5(title, body, tokenize='unicode61 "
                         "remove_diacritics 0', prefix='2 3 4 5');"
                         "INSERT INTO search_exact VALUES ('Quận ủy Hà Nội', 'Hòa bình và hoà giải');",
                         nullptr, nullptr, nullptr) != SQLITE_OK) {
            fail("search_query",
                 QStringLiteral("cannot create the FTS5 table: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle))));
        }
        return handle;
    }();
    return db;
}

void checkExpression(const QString &expression, const QString &input)
{
    if (expression.isEmpty()) {
        return;
    }
    sqlite3 *db = ftsDatabase();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT count(*) FROM search_exact WHERE search_exact MATCH ?1", -1, &statement,
                           nullptr) != SQLITE_OK) {
        fail("search_query", QString::fromUtf8(sqlite3_errmsg(db)));
    }
    const QByteArray utf8 = expression.toUtf8();
    sqlite3_bind_text(statement, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    const int step = sqlite3_step(statement);
    const QString message = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    if (step != SQLITE_ROW) {
        fail("search_query", QStringLiteral("FTS5 refused %1: %2").arg(expression, message), input);
    }
}

} // namespace

void searchQuery(const QByteArray &input)
{
    const QString text = QString::fromUtf8(input);
    for (const bool prefix : {false, true}) {
        const search::ParsedQuery query = search::parseQuery(text, prefix);
        for (const QStringList &term : query.terms) {
            if (term.isEmpty()) {
                fail("search_query", QStringLiteral("an empty term"), text);
            }
            for (const QString &word : term) {
                if (word.isEmpty() || !validUtf16(word)) {
                    fail("search_query", QStringLiteral("an empty or invalid word"), text);
                }
                search::spellingVariants(word);
            }
        }
        const QString folded = search::foldedMatchExpression(query);
        const QString exact = search::exactMatchExpression(query);
        if (query.isEmpty() != folded.isEmpty() || query.isEmpty() != exact.isEmpty()) {
            fail("search_query", QStringLiteral("an expression for an empty query, or none for a query"), text);
        }
        checkExpression(folded, text);
        checkExpression(exact, text);
    }
}

} // namespace toasoan::fuzz
