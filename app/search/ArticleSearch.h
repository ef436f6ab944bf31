#pragma once

#include "app/core/Result.h"
#include "app/model/Article.h"
#include "app/storage/ArticleRepository.h"

#include <QList>
#include <QString>
#include <memory>

namespace toasoan {

class Database;

namespace search {
class SearchBackend;
}

/// How to search. `filters` narrows the hits like the article list does (states, category, author,
/// update time, trash); its sort and paging fields are ignored: hits come best first.
struct SearchOptions
{
    bool exactDiacritics = false; ///< "hòa" no longer finds "hoa" (both tone placements still match)
    bool prefix = true;           ///< the last word may be unfinished ("as you type")
    ArticleQuery filters;
    int offset = 0;
    int limit = 20;
    bool countOnly = false; ///< only `total` and `totalIsLowerBound`: no hits, no snippets
};

/// One article found. The HTML fields hold escaped text with the matched words in <b>...</b>.
struct SearchHit
{
    ArticleSummary article;
    QString titleHtml;
    QString snippetHtml; ///< a passage of the body (or sapo) around the hits
    double score = 0;    ///< bm25: lower is better
};

struct SearchResult
{
    QList<SearchHit> hits;
    int total = 0;                  ///< matching articles, ignoring paging
    bool totalIsLowerBound = false; ///< more than `total` (1,000) match: show "more than ..."
    int notYetIndexed = 0;          ///< articles from a bulk import not searchable yet (backlog)
};

/// Full-text search over title, sapo, body, tags and byline, diacritic-insensitive by default
/// ("quan uy" finds "Quận ủy" and "Quận uỷ", "da nang" finds "Đà Nẵng"). User text is never
/// interpreted as query syntax: only words and "quoted phrases" count.
class ArticleSearch final
{
public:
    explicit ArticleSearch(Database &db);
    ~ArticleSearch();
    ArticleSearch(const ArticleSearch &) = delete;
    ArticleSearch &operator=(const ArticleSearch &) = delete;

    /// An empty query (or one without words) gives an empty result, not an error.
    Result<SearchResult> search(const QString &query, const SearchOptions &options = {});

private:
    std::unique_ptr<search::SearchBackend> m_backend;
};

} // namespace toasoan
