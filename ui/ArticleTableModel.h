#pragma once

#include "app/core/Result.h"
#include "app/model/Article.h"
#include "app/storage/ArticleRepository.h"

#include <QAbstractTableModel>

namespace toasoan {
class ArticleSearch;
}

namespace toasoan::ui {

/// The article list, read page by page (views pull more rows through fetchMore() as the user
/// scrolls): ArticleRepository::list with the filters, newest change first, or the best
/// ArticleSearch hits first while a search text is set.
class ArticleTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleTableModel)

public:
    enum Column
    {
        TitleColumn,
        StateColumn,
        CategoryColumn,
        AuthorColumn,
        UpdatedColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 50;

    /// Without `search`, a search text finds nothing but the loaded titles that contain it.
    explicit ArticleTableModel(ArticleRepository &articles, ArticleSearch *search = nullptr, QObject *parent = nullptr);

    /// States, category, author, dates and trash of the list; its paging and sort are the model's.
    void setFilters(const ArticleQuery &filters);
    const ArticleQuery &filters() const { return m_filters; }
    /// Words to search for (diacritics optional); empty shows the filtered list. Reloads.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// Drops the loaded rows and reads the first page again.
    void reload();
    /// Articles matching the list, loaded or not.
    int totalCount() const { return m_total; }
    /// The articles `filters` finds (its paging ignored), narrowed by the search text while one
    /// is set: the counts next to the filters follow the search.
    int matchCount(ArticleQuery filters) const;
    qint64 articleId(int row) const;
    /// The row showing article `id`, or -1 when it is not loaded.
    int rowOf(qint64 id) const;

    /// With a search: articles the search index does not have yet (a bulk import being indexed).
    int notYetIndexed() const { return m_notYetIndexed; }

signals:
    void loadFailed(const toasoan::Error &error);

private:
    Result<ArticlePage> readPage(int offset) const;

    ArticleRepository &m_articles;
    ArticleSearch *m_search = nullptr;
    ArticleQuery m_filters;
    QString m_searchText;
    QList<ArticleSummary> m_rows;
    int m_total = 0;
    mutable int m_notYetIndexed = 0;
};

} // namespace toasoan::ui
