#include "app/storage/SqliteSearchText.h"

#include "app/html/PlainText.h"

#include <sqlite3.h>

namespace toasoan {

namespace {

void searchText(sqlite3_context *out, int, sqlite3_value **values)
{
    if (sqlite3_value_type(values[0]) == SQLITE_NULL) {
        sqlite3_result_null(out);
        return;
    }
    const auto *html = static_cast<const char16_t *>(sqlite3_value_text16(values[0]));
    const int bytes = sqlite3_value_bytes16(values[0]);
    if (!html) {
        sqlite3_result_error_nomem(out);
        return;
    }
    // Indexing one article asks for the same body once per full-text index (folded, then exact): the last
    // answer of this thread (of its connection) is kept, and comparing is far cheaper than the HTML pipeline.
    // Not a huge body's: it would stay in memory until the next call.
    constexpr qsizetype kLongestKept = 1 << 20;
    thread_local QString lastHtml;
    thread_local QString lastText;
    const auto input = QStringView(html, bytes / 2);
    if (input.size() > kLongestKept) {
        const QString text = html::toSearchText(input.toString());
        sqlite3_result_text16(out, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
        return;
    }
    if (lastHtml.isNull() || input != lastHtml) {
        lastHtml = input.toString();
        lastText = html::toSearchText(lastHtml);
    }
    sqlite3_result_text16(out, lastText.utf16(), int(lastText.size() * 2), SQLITE_TRANSIENT);
}

} // namespace

bool registerSearchText(sqlite3 *connection)
{
    // Deterministic: SQLite may call it once for equal arguments, and may use it in a view that FTS5 reads.
    return connection && sqlite3_create_function_v2(connection, "toasoan_search_text", 1,
                                                    SQLITE_UTF16 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                                    &searchText, nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace toasoan
