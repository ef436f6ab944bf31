// What both search backends share: the list's filters as SQL, and a result row made into a hit.
#include "app/search/SearchRows.h"

#include "app/search/SearchText.h"
#include "app/search/Snippet.h"
#include "app/storage/Database.h"
#include "app/storage/SummaryRow.h"

namespace toasoan::search {

namespace {

constexpr int kSnippetTokens = 24;

bool hasHit(const QString &marked)
{
    return marked.contains(QChar(kHitOpen));
}

} // namespace

// The list filters as a condition on the search row's article id. Reading articles rows per hit
// would be slow (deleted_at and state lie after the body, in overflow pages), so the filters select
// ids through the articles indexes; the trash alone, the common case, is the small set to leave out.
Filter filterFor(const ArticleQuery &query, const QString &idColumn)
{
    QStringList where;
    Filter f;
    if (!query.states.isEmpty()) {
        QStringList marks;
        for (WorkflowState state : query.states) {
            marks << QStringLiteral("?");
            f.values << workflowStateKey(state);
        }
        where << QStringLiteral("a.state IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    if (query.categoryId > 0) {
        where << QStringLiteral("a.category_id = ?");
        f.values << query.categoryId;
    }
    if (query.authorId > 0) {
        where << QStringLiteral("a.author_id = ?");
        f.values << query.authorId;
    }
    if (query.excludeAuthorId > 0) {
        where << QStringLiteral("a.author_id <> ?");
        f.values << query.excludeAuthorId;
    }
    if (query.unsubmittedOnlyOf > 0) {
        where << QStringLiteral("(a.state NOT IN (?, ?) OR a.author_id = ?)");
        f.values << workflowStateKey(WorkflowState::Draft) << workflowStateKey(WorkflowState::Returned)
                 << query.unsubmittedOnlyOf;
    }
    if (query.updatedFrom.isValid()) {
        where << QStringLiteral("a.updated_at >= ?");
        f.values << toDbTime(query.updatedFrom);
    }
    if (query.updatedTo.isValid()) {
        where << QStringLiteral("a.updated_at < ?");
        f.values << toDbTime(query.updatedTo);
    }
    const QString &rowid = idColumn;
    if (where.isEmpty()) {
        switch (query.trash) {
        case ArticleQuery::Trash::Exclude:
            f.where =
                QStringLiteral(" AND %1 NOT IN (SELECT id FROM articles WHERE deleted_at IS NOT NULL)").arg(rowid);
            break;
        case ArticleQuery::Trash::Only:
            f.where = QStringLiteral(" AND %1 IN (SELECT id FROM articles WHERE deleted_at IS NOT NULL)").arg(rowid);
            break;
        case ArticleQuery::Trash::Include:
            break;
        }
        return f;
    }
    if (query.trash == ArticleQuery::Trash::Exclude) {
        where << QStringLiteral("a.deleted_at IS NULL");
    } else if (query.trash == ArticleQuery::Trash::Only) {
        where << QStringLiteral("a.deleted_at IS NOT NULL");
    }
    f.where = QStringLiteral(" AND %1 IN (SELECT a.id FROM articles a WHERE %2)")
                  .arg(rowid, where.join(QLatin1String(" AND ")));
    return f;
}

SearchHit hitFromRow(const QSqlQuery &q, TitleText titleText, const ParsedQuery &query, bool exact)
{
    SearchHit hit;
    hit.score = q.value(1).toDouble();
    QString title = q.value(2).toString();
    if (titleText == TitleText::Folded) {
        // search_fold's text has đ folded: show the same title with the real letters.
        title = unfoldMarked(title, q.value(5).toString());
    }
    // Not FTS5's snippet() nor ts_headline(): their time grows with the square of a long body's
    // hits (Snippet.h).
    const QString sapo = markedSnippet(q.value(6).toString(), query, exact, kSnippetTokens);
    const QString body = markedSnippet(q.value(7).toString(), query, exact, kSnippetTokens);
    hit.titleHtml = markedToHtml(title);
    if (hasHit(body) || (!hasHit(sapo) && !body.trimmed().isEmpty() && sapo.trimmed().isEmpty())) {
        hit.snippetHtml = markedToHtml(body);
    } else {
        hit.snippetHtml = markedToHtml(sapo);
    }
    hit.article = summaryFromRow(q, 0, 8);
    return hit;
}

} // namespace toasoan::search
