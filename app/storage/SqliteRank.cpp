#include "app/storage/SqliteRank.h"

#include <sqlite3.h>
#include <vector>

namespace toasoan {

namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

void rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *out, int nValues, sqlite3_value **values)
{
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    int rc = api->xRowCount(fts, &rows);
    if (rc == SQLITE_OK) {
        rc = api->xColumnTotalSize(fts, -1, &tokens);
    }
    const double averageLength = rows > 0 && tokens > 0 ? double(tokens) / double(rows) : 1.0;
    std::vector<double> frequency(std::size_t(api->xPhraseCount(fts)), 0.0);
    int hits = 0;
    if (rc == SQLITE_OK) {
        rc = api->xInstCount(fts, &hits);
    }
    for (int i = 0; rc == SQLITE_OK && i < hits; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK && phrase >= 0 && std::size_t(phrase) < frequency.size()) {
            frequency[std::size_t(phrase)] += column < nValues ? sqlite3_value_double(values[column]) : 1.0;
        }
    }
    int length = 0;
    if (rc == SQLITE_OK) {
        rc = api->xColumnSize(fts, -1, &length);
    }
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(out, rc);
        return;
    }
    const double norm = kK1 * (1.0 - kB + kB * double(length) / averageLength);
    double score = 0;
    for (const double f : frequency) {
        score += f * (kK1 + 1.0) / (f + norm);
    }
    sqlite3_result_double(out, -score);
}

// The documented way to reach FTS5's API from C: "SELECT fts5(?1)" hands it out through a pointer binding.
fts5_api *fts5Api(sqlite3 *connection)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(connection, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}

} // namespace

bool registerSearchRank(sqlite3 *connection)
{
    fts5_api *api = connection ? fts5Api(connection) : nullptr;
    if (!api || api->iVersion < 2) {
        return false;
    }
    return api->xCreateFunction(api, "toasoan_rank", nullptr, &rank, nullptr) == SQLITE_OK;
}

} // namespace toasoan
