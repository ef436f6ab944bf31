#include "ui/article/ArticleListPane.h"

#include "app/storage/ArticleRepository.h"
#include "app/storage/TaxonomyRepository.h"
#include "app/storage/UserRepository.h"
#include "app/workflow/WorkflowService.h"
#include "ui/ArticleTableModel.h"
#include "ui/common/ThemedIcon.h"
#include "ui/metadata/CategoryCombo.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace toasoan::ui {

namespace {

constexpr int kAllStates = -1;

int stateIndex(std::optional<WorkflowState> state)
{
    return state ? int(*state) : kAllStates;
}

} // namespace

ArticleListPane::ArticleListPane(ArticleRepository &articles, TaxonomyRepository &taxonomy, UserRepository &users,
                                 ArticleSearch *search, const User &reader, QWidget *parent)
    : QWidget(parent), m_articles(articles), m_taxonomy(taxonomy), m_users(users), m_reader(reader)
{
    setObjectName(QStringLiteral("articleListPane"));
    setAccessibleName(tr("Article list"));
    m_model = new ArticleTableModel(articles, search, this);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("articleTable"));
    m_table->setAccessibleName(tr("Articles"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // Titles of the same series start alike ("Phường Xuân Phương: …"): keep both ends, the tooltip has it all.
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setTabKeyNavigation(false); // Tab leaves the list, arrows move in it
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(ArticleTableModel::TitleColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    for (int column = ArticleTableModel::StateColumn; column < ArticleTableModel::ColumnCount; ++column) {
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    // The pane is narrow: category and author are filters above, and in the title's tooltip.
    m_table->setColumnHidden(ArticleTableModel::CategoryColumn, true);
    m_table->setColumnHidden(ArticleTableModel::AuthorColumn, true);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(createEmptyState());
    m_stack->addWidget(m_table);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createFilters());
    layout->addWidget(m_stack, 1);

    connect(m_model, &ArticleTableModel::loadFailed, this,
            [this](const Error &error) { emit failed(tr("Cannot read the article list"), error); });
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_table, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) { openRow(index.row()); });

    reloadFilterChoices();
    applyFilters();
}

ArticleListPane::~ArticleListPane() = default;

QWidget *ArticleListPane::createFilters()
{
    auto *box = new QWidget(this);
    m_search = new QLineEdit(box);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search articles (Ctrl+Shift+F)"));
    m_search->setAccessibleName(tr("Search articles"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(themedIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250); // search when typing pauses, not on every letter
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { applySearch(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        applySearch(m_search->text());
    });

    m_state = new QComboBox(box);
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->setAccessibleName(tr("Filter by status"));
    m_state->addItem(QString(), kAllStates);
    for (WorkflowState state : allWorkflowStates()) {
        m_state->addItem(QString(), int(state));
    }

    m_category = new CategoryCombo(tr("All categories"), box);
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_category->setAccessibleName(tr("Filter by category"));

    m_author = new QComboBox(box);
    m_author->setObjectName(QStringLiteral("authorFilter"));
    m_author->setAccessibleName(tr("Filter by author"));
    m_author->addItem(tr("All authors"), qint64(0));

    m_date = new QComboBox(box);
    m_date->setObjectName(QStringLiteral("dateFilter"));
    m_date->setAccessibleName(tr("Filter by last change"));
    m_date->addItem(tr("Any time"), int(DateRange::Any));
    m_date->addItem(tr("Today"), int(DateRange::Today));
    m_date->addItem(tr("Last 7 days"), int(DateRange::LastWeek));
    m_date->addItem(tr("Last 30 days"), int(DateRange::LastMonth));
    m_date->addItem(tr("This year"), int(DateRange::ThisYear));

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [&](const QString &label, QWidget *field) {
        auto *caption = new QLabel(label, box);
        caption->setBuddy(field);
        form->addRow(caption, field);
    };
    addRow(tr("S&tatus:"), m_state);
    addRow(tr("Cate&gory:"), m_category);
    addRow(tr("&Author:"), m_author);
    addRow(tr("C&hanged:"), m_date);

    m_indexHint = new QLabel(box);
    m_indexHint->setObjectName(QStringLiteral("searchIndexHint"));
    m_indexHint->setWordWrap(true);
    m_indexHint->hide();
    connect(m_model, &QAbstractItemModel::modelReset, this, &ArticleListPane::updateIndexHint);

    auto *layout = new QVBoxLayout(box);
    // The pane has no margins of its own (the list runs to the window's edge): the filters do.
    const int margin = box->style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
    layout->setContentsMargins(margin, margin / 2, margin, margin / 2);
    layout->addWidget(m_search);
    layout->addWidget(m_indexHint);
    layout->addLayout(form);

    for (QComboBox *combo : {m_state, static_cast<QComboBox *>(m_category), m_author, m_date}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_applying) {
                applyFilters();
            }
        });
    }
    return box;
}

QWidget *ArticleListPane::createEmptyState()
{
    // The empty state invites the first article instead of showing a bare grid.
    m_emptyState = new QWidget(this);
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    auto *message = new QLabel(tr("There are no articles yet.\nStart by writing the first one."), m_emptyState);
    message->setAlignment(Qt::AlignCenter);
    message->setWordWrap(true);
    auto *newButton = new QPushButton(QIcon(QStringLiteral(":/icons/new.svg")), tr("New article"), m_emptyState);
    newButton->setObjectName(QStringLiteral("emptyStateNewButton"));
    newButton->setAccessibleName(tr("Create a new article"));
    connect(newButton, &QPushButton::clicked, this, &ArticleListPane::newArticleRequested);
    auto *layout = new QVBoxLayout(m_emptyState);
    layout->addStretch();
    layout->addWidget(message);
    layout->addWidget(newButton, 0, Qt::AlignHCenter);
    layout->addStretch();
    return m_emptyState;
}

void ArticleListPane::reloadFilterChoices()
{
    const QSignalBlocker categoryBlocker(m_category);
    if (auto categories = m_taxonomy.listCategories()) {
        m_category->setCategories(categories.value());
    }
    const QSignalBlocker authorBlocker(m_author);
    const qint64 author = m_author->currentData().toLongLong();
    while (m_author->count() > 1) {
        m_author->removeItem(m_author->count() - 1);
    }
    if (auto users = m_users.list()) {
        for (const User &user : std::as_const(users.value())) {
            m_author->addItem(user.displayName, user.id);
        }
    }
    const int index = m_author->findData(author);
    m_author->setCurrentIndex(index < 0 ? 0 : index);
}

ArticleQuery ArticleListPane::currentFilters(bool withState) const
{
    ArticleQuery query;
    const int state = m_state->currentData().toInt();
    if (withState && m_box) {
        query = *m_box;
    } else if (withState && state != kAllStates) {
        query.states = {WorkflowState(state)};
    }
    query.categoryId = m_category->categoryId();
    if (query.authorId == 0) {
        query.authorId = m_author->currentData().toLongLong();
    }
    const QDate today = QDate::currentDate();
    QDate from;
    switch (DateRange(m_date->currentData().toInt())) {
    case DateRange::Any:
        break;
    case DateRange::Today:
        from = today;
        break;
    case DateRange::LastWeek:
        from = today.addDays(-6);
        break;
    case DateRange::LastMonth:
        from = today.addDays(-29);
        break;
    case DateRange::ThisYear:
        from = QDate(today.year(), 1, 1);
        break;
    }
    if (from.isValid()) {
        query.updatedFrom = QDateTime(from, QTime(0, 0)).toUTC();
    }
    return WorkflowService::readableBy(m_reader, query);
}

void ArticleListPane::applyFilters()
{
    m_model->setFilters(currentFilters(true));
    refreshCounts();
    showListOrEmptyState();
}

void ArticleListPane::showListOrEmptyState()
{
    // Only a workspace without any article invites the first one; a filter that finds nothing
    // shows an empty list, so the filters stay in reach.
    ArticleQuery everything = WorkflowService::readableBy(m_reader, {});
    everything.limit = 0;
    auto all = m_articles.list(everything);
    const bool empty = all && all->total == 0;
    m_stack->setCurrentWidget(empty ? m_emptyState : static_cast<QWidget *>(m_table));
}

void ArticleListPane::updateIndexHint()
{
    const int waiting = m_search->text().trimmed().isEmpty() ? 0 : m_model->notYetIndexed();
    m_indexHint->setText(tr("%n article(s) from an import are still being added to the search index and may be "
                            "missing from these results.",
                            nullptr, waiting));
    m_indexHint->setVisible(waiting > 0);
}

void ArticleListPane::reload(qint64 selectId)
{
    reloadFilterChoices();
    applyFilters();
    selectArticle(selectId);
}

void ArticleListPane::refreshIfChanged(qint64 selectId)
{
    const QHash<int, int> before = m_counts;
    refreshCounts();
    if (m_counts != before) {
        m_model->reload();
        showListOrEmptyState();
        selectArticle(selectId);
    }
}

void ArticleListPane::selectArticle(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        m_table->clearSelection();
        return;
    }
    m_table->selectRow(row); // selecting opens nothing: only clicks and Enter do
    m_table->scrollTo(m_model->index(row, 0));
}

void ArticleListPane::refreshCounts()
{
    m_counts.clear();
    ArticleQuery query = currentFilters(false);
    auto count = [&](std::optional<WorkflowState> state) {
        query.states = state ? QList<WorkflowState>{*state} : QList<WorkflowState>{};
        return m_model->matchCount(query);
    };
    const QSignalBlocker blocker(m_state);
    m_counts.insert(kAllStates, count(std::nullopt));
    m_state->setItemText(0, tr("All states (%1)").arg(m_counts.value(kAllStates)));
    for (int i = 1; i < m_state->count(); ++i) {
        const auto state = WorkflowState(m_state->itemData(i).toInt());
        const int n = count(state);
        m_counts.insert(int(state), n);
        m_state->setItemText(i, tr("%1 (%2)").arg(workflowStateLabel(state)).arg(n));
    }
}

int ArticleListPane::stateCount(std::optional<WorkflowState> state) const
{
    return m_counts.value(stateIndex(state), 0);
}

bool ArticleListPane::isEmptyStateShown() const
{
    return m_stack->currentWidget() == m_emptyState;
}

void ArticleListPane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ArticleListPane::setStateFilter(std::optional<WorkflowState> state)
{
    m_state->setCurrentIndex(qMax(0, m_state->findData(stateIndex(state))));
}

void ArticleListPane::setCategoryFilter(qint64 categoryId)
{
    m_category->setCategoryId(categoryId);
}

void ArticleListPane::setAuthorFilter(qint64 userId)
{
    m_author->setCurrentIndex(qMax(0, m_author->findData(userId)));
}

void ArticleListPane::setDateRange(DateRange range)
{
    m_date->setCurrentIndex(qMax(0, m_date->findData(int(range))));
}

void ArticleListPane::setSearchText(const QString &text)
{
    m_search->setText(text);
    m_searchDelay->stop();
    applySearch(text);
}

void ArticleListPane::applySearch(const QString &text)
{
    m_model->setSearchText(text);
    refreshCounts(); // the counts follow the search
}

void ArticleListPane::setBoxFilter(const std::optional<ArticleQuery> &box)
{
    m_box = box;
    m_state->setEnabled(!box);
    applyFilters();
}

void ArticleListPane::addHeader(QWidget *widget)
{
    static_cast<QVBoxLayout *>(layout())->insertWidget(0, widget);
}

void ArticleListPane::openRow(int row)
{
    const qint64 id = m_model->articleId(row);
    if (id > 0) {
        emit openRequested(id);
    }
}

} // namespace toasoan::ui
