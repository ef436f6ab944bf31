#include "ui/ArticleTableModel.h"

#include "app/model/WorkflowState.h"
#include "app/search/ArticleSearch.h"
#include "app/text/Normalize.h"

#include <algorithm>

namespace toasoan::ui {

namespace {

QString shortDateTime(const QDateTime &time)
{
    // Explicit format: QLocale's long formats append the time zone name.
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

// What a narrow list has room for, as mail clients do: the time today, the day this year.
QString compactDateTime(const QDateTime &time)
{
    if (!time.isValid()) {
        return {};
    }
    const QDateTime local = time.toLocalTime();
    const QDate today = QDate::currentDate();
    if (local.date() == today) {
        return local.toString(QStringLiteral("HH:mm"));
    }
    return local.toString(local.date().year() == today.year() ? QStringLiteral("dd/MM") : QStringLiteral("dd/MM/yyyy"));
}

// Without a search index the list narrows each page to the titles that contain the text.
QList<ArticleSummary> titlesContaining(const QList<ArticleSummary> &rows, const QString &text)
{
    QList<ArticleSummary> kept;
    for (const ArticleSummary &row : rows) {
        if (row.title.contains(text, Qt::CaseInsensitive)) {
            kept.append(row);
        }
    }
    return kept;
}

} // namespace

ArticleTableModel::ArticleTableModel(ArticleRepository &articles, ArticleSearch *search, QObject *parent)
    : QAbstractTableModel(parent), m_articles(articles), m_search(search)
{
}

void ArticleTableModel::setFilters(const ArticleQuery &filters)
{
    m_filters = filters;
    reload();
}

void ArticleTableModel::setSearchText(const QString &text)
{
    const QString clean = text::normalize(text).simplified();
    if (clean == m_searchText) {
        return;
    }
    m_searchText = clean;
    reload();
}

int ArticleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const ArticleSummary &row = m_rows.at(index.row());
    if (role == Qt::ToolTipRole) {
        // The narrow list hides category and author and shortens dates: the tooltip has them all.
        QStringList lines{row.title.isEmpty() ? tr("(untitled)") : row.title};
        lines.append(workflowStateLabel(row.state) + QStringLiteral(" · ") + shortDateTime(row.updatedAt));
        if (!row.categoryName.isEmpty()) {
            lines.append(tr("Category: %1").arg(row.categoryName));
        }
        lines.append(tr("Author: %1").arg(row.authorName));
        return lines.join(QLatin1Char('\n'));
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TitleColumn:
            return row.title.isEmpty() ? tr("(untitled)") : row.title;
        case StateColumn:
            return workflowStateLabel(row.state);
        case CategoryColumn:
            return row.categoryName;
        case AuthorColumn:
            return row.authorName;
        case UpdatedColumn:
            return compactDateTime(row.updatedAt);
        default:
            return {};
        }
    }
    if (role == Qt::UserRole) {
        return row.id;
    }
    return {};
}

QVariant ArticleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case StateColumn:
        return tr("Status");
    case CategoryColumn:
        return tr("Category");
    case AuthorColumn:
        return tr("Author");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

bool ArticleTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void ArticleTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    auto page = readPage(int(m_rows.size()));
    if (!page) {
        emit loadFailed(page.error());
        m_total = int(m_rows.size()); // stop asking until the next reload
        return;
    }
    if (page->items.isEmpty()) {
        // Rows were deleted since the count: what is loaded is all there is.
        m_total = int(m_rows.size());
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page->items.size()) - 1);
    m_rows.append(page->items);
    endInsertRows();
    m_total = qMax(page->total, int(m_rows.size()));
}

void ArticleTableModel::reload()
{
    auto page = readPage(0);
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (page) {
        m_rows = page->items;
        m_total = qMax(page->total, int(m_rows.size()));
    }
    endResetModel();
    if (!page) {
        emit loadFailed(page.error());
    }
}

qint64 ArticleTableModel::articleId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ArticleTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

int ArticleTableModel::matchCount(ArticleQuery filters) const
{
    filters.offset = 0;
    if (!m_searchText.isEmpty() && m_search) {
        SearchOptions options;
        options.filters = filters;
        options.countOnly = true;
        auto found = m_search->search(m_searchText, options);
        return found ? found->total : 0;
    }
    if (!m_searchText.isEmpty()) {
        // No search index: the list narrows its first page to the titles with the text.
        filters.limit = kPageSize;
        auto page = m_articles.list(filters);
        return page ? int(titlesContaining(page->items, m_searchText).size()) : 0;
    }
    filters.limit = 0; // only the total
    auto page = m_articles.list(filters);
    return page ? page->total : 0;
}

Result<ArticlePage> ArticleTableModel::readPage(int offset) const
{
    if (!m_searchText.isEmpty() && m_search) {
        SearchOptions options;
        options.filters = m_filters;
        options.offset = offset;
        options.limit = kPageSize;
        TOASOAN_TRY(found, m_search->search(m_searchText, options));
        m_notYetIndexed = found->notYetIndexed;
        ArticlePage page;
        page.total = found->total;
        for (const SearchHit &hit : std::as_const(found->hits)) {
            page.items.append(hit.article);
        }
        return page;
    }
    m_notYetIndexed = 0;
    ArticleQuery query = m_filters;
    query.offset = offset;
    query.limit = kPageSize;
    auto page = m_articles.list(query);
    if (!page || m_searchText.isEmpty()) {
        return page;
    }
    // No search index: narrow the page to the titles that contain the text.
    ArticlePage narrowed;
    narrowed.items = titlesContaining(page->items, m_searchText);
    narrowed.total = offset + int(narrowed.items.size());
    return narrowed;
}

} // namespace toasoan::ui
