#pragma once

#include "app/core/Result.h"
#include "app/model/User.h"
#include "app/model/WorkflowState.h"
#include "app/storage/ArticleRepository.h"

#include <QHash>
#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

namespace toasoan {
class ArticleRepository;
class ArticleSearch;
class TaxonomyRepository;
class UserRepository;
} // namespace toasoan

namespace toasoan::ui {

class ArticleTableModel;
class CategoryCombo;

/// The left pane: a search box, filters (state with counts, category tree, author, date
/// range) and the article list. Enter or a click opens an article. It lists what `reader` may
/// open: another person's drafts are left out by the query (WorkflowService::readableBy()).
class ArticleListPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleListPane)

public:
    enum class DateRange
    {
        Any,
        Today,
        LastWeek,
        LastMonth,
        ThisYear,
    };

    ArticleListPane(ArticleRepository &articles, TaxonomyRepository &taxonomy, UserRepository &users,
                    ArticleSearch *search, const User &reader, QWidget *parent = nullptr);
    ~ArticleListPane() override;

    ArticleTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /// Reads the list and the counts again, keeping `selectId` selected when it is listed.
    void reload(qint64 selectId = 0);
    /// Reads the counts again and, when they changed (someone else added or moved articles),
    /// the list too; cheaper and calmer than reload() for a background refresh.
    void refreshIfChanged(qint64 selectId = 0);
    /// Reads the categories and authors offered by the filters again.
    void reloadFilterChoices();
    bool isEmptyStateShown() const;
    /// The count shown next to a state (nullopt = all states), under the other filters and the search.
    int stateCount(std::optional<WorkflowState> state) const;
    void focusSearch();
    /// Highlights the row of article `id` when it is listed (the article in front), else nothing.
    void selectArticle(qint64 id);

    void setStateFilter(std::optional<WorkflowState> state);
    void setCategoryFilter(qint64 categoryId);
    void setAuthorFilter(qint64 userId);
    void setDateRange(DateRange range);
    void setSearchText(const QString &text);
    /// Lists a box of "my work" (its states and authors, under the category, date and search
    /// filters) in place of the state filter; nullopt gives the state filter back.
    void setBoxFilter(const std::optional<toasoan::ArticleQuery> &box);
    bool hasBoxFilter() const { return m_box.has_value(); }
    /// Puts `widget` at the top of the pane, above the search box.
    void addHeader(QWidget *widget);

signals:
    void openRequested(qint64 id);
    void newArticleRequested();
    void failed(const QString &title, const toasoan::Error &error);

private:
    QWidget *createFilters();
    QWidget *createEmptyState();
    ArticleQuery currentFilters(bool withState) const;
    void applyFilters();
    void showListOrEmptyState();
    void updateIndexHint();
    void refreshCounts();
    void applySearch(const QString &text);
    void openRow(int row);

    ArticleRepository &m_articles;
    TaxonomyRepository &m_taxonomy;
    UserRepository &m_users;
    User m_reader;
    ArticleTableModel *m_model = nullptr;

    QLineEdit *m_search = nullptr;
    QLabel *m_indexHint = nullptr; ///< "n articles not searchable yet", under the search box
    QTimer *m_searchDelay = nullptr;
    QComboBox *m_state = nullptr;
    CategoryCombo *m_category = nullptr;
    QComboBox *m_author = nullptr;
    QComboBox *m_date = nullptr;
    QTableView *m_table = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_emptyState = nullptr;
    QHash<int, int> m_counts; ///< by state index, -1 = all
    std::optional<ArticleQuery> m_box;
    bool m_applying = false;
};

} // namespace toasoan::ui
