#pragma once

struct sqlite3;

namespace toasoan {

/// Registers the FTS5 auxiliary function toasoan_rank(table, weight, ...) on `connection`: FTS5's bm25()
/// (k1 = 1.2, b = 0.75, the hits of each column times its weight, lower is better) without the inverse
/// document frequency of each phrase. bm25() computes that once per statement by walking every match of
/// every phrase in the whole index: ten milliseconds for an everyday word in 100,000 articles, whether the
/// statement then ranks 1,000 rows or two (tests/bench/bench_search). Every row a search ranks contains
/// every phrase of its query (they are all required), so the frequencies only weigh one phrase against
/// another; here each counts the same. False when FTS5 is missing from the SQLite library.
bool registerSearchRank(sqlite3 *connection);

} // namespace toasoan
