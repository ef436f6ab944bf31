#include "ui/report/StatisticsWindow.h"

#include "app/storage/TaxonomyRepository.h"
#include "app/storage/UserRepository.h"
#include "ui/common/StatusLabel.h"
#include "ui/common/WindowContext.h"
#include "ui/report/ChartPanel.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QVBoxLayout>

namespace toasoan::ui {

namespace {

constexpr double kHourMs = 3600.0 * 1000.0;

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString monthText(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("MM/yyyy"));
}

QString countText(double value)
{
    return QLocale().toString(qint64(value));
}

QString percentText(double value)
{
    return QLocale().toString(value, 'f', 1) + QLatin1Char('%');
}

} // namespace

StatisticsWindow::StatisticsWindow(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("statisticsWindow"));
    setWindowTitle(tr("Statistics"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setSizeGripEnabled(true);

    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodCombo"));
    m_period->addItems(
        {tr("This month"), tr("Last month"), tr("The last three months"), tr("This year"), tr("Chosen days")});
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    m_category->setAccessibleName(tr("Category"));
    m_author = new QComboBox(this);
    m_author->setObjectName(QStringLiteral("authorCombo"));
    m_author->setAccessibleName(tr("Author"));

    auto *filters = new QHBoxLayout;
    const auto labelled = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field);
    };
    labelled(tr("&Period:"), m_period);
    labelled(tr("&From:"), m_from);
    labelled(tr("&To:"), m_to);
    labelled(tr("&Category:"), m_category);
    labelled(tr("&Author:"), m_author);
    filters->addStretch(1);

    m_status = new StatusLabel(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("chartTabs"));
    addPanel(tr("Per week"), tr("Articles published per week"));
    addPanel(tr("Per month"), tr("Articles published per month"));
    addPanel(tr("By category"), tr("Articles published by category"));
    addPanel(tr("By author"), tr("Articles published by author"));
    addPanel(tr("Pipeline now"), tr("Articles in each state now"));
    addPanel(tr("Review time"), tr("Review time, from submission to approval (hours)"));
    addPanel(tr("Returns and rejections"), tr("Share of review decisions returned and rejected per month"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);
    resize(1100, 680);

    fillFilters();
    connect(m_period, &QComboBox::currentIndexChanged, this, &StatisticsWindow::choosePeriod);
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_updating) {
                const QSignalBlocker quiet(m_period);
                m_period->setCurrentIndex(Custom);
                refresh();
            }
        });
    }
    for (QComboBox *combo : {m_category, m_author}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &StatisticsWindow::refresh);
    }
    m_period->setCurrentIndex(LastThreeMonths); // computes the figures once, through choosePeriod()
}

QAction *StatisticsWindow::createMenuAction(WindowContext &context)
{
    QWidget *window = context.dialogParent();
    auto *action = new QAction(tr("&Statistics"), window);
    action->setObjectName(QStringLiteral("statisticsAction"));
    action->setStatusTip(tr("What was published, by week, month, category and author, and how review went"));
    QObject::connect(action, &QAction::triggered, window, [&context, window] {
        auto *statistics = window->findChild<StatisticsWindow *>();
        if (!statistics) {
            statistics = new StatisticsWindow(context.database(), window);
            statistics->setAttribute(Qt::WA_DeleteOnClose);
        }
        statistics->QDialog::show();
        statistics->raise();
        statistics->activateWindow();
    });
    return action;
}

void StatisticsWindow::setPeriod(const QDate &from, const QDate &to)
{
    m_updating = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_updating = false;
    const QSignalBlocker quiet(m_period);
    m_period->setCurrentIndex(Custom);
    refresh();
}

void StatisticsWindow::setCategory(qint64 categoryId)
{
    m_category->setCurrentIndex(qMax(0, m_category->findData(categoryId)));
}

void StatisticsWindow::setAuthor(qint64 authorId)
{
    m_author->setCurrentIndex(qMax(0, m_author->findData(authorId)));
}

void StatisticsWindow::fillFilters()
{
    const QSignalBlocker quietCategories(m_category);
    const QSignalBlocker quietAuthors(m_author);
    m_category->addItem(tr("Every category"), qint64(0));
    if (auto categories = TaxonomyRepository(m_db).listCategories()) {
        for (const Category &c : std::as_const(*categories)) {
            m_category->addItem(c.parentId == 0 ? c.name : QStringLiteral("   ") + c.name, c.id);
        }
    }
    m_author->addItem(tr("Every author"), qint64(0));
    if (auto users = UserRepository(m_db).list()) {
        for (const User &u : std::as_const(*users)) {
            m_author->addItem(u.displayName, u.id);
        }
    }
}

void StatisticsWindow::choosePeriod(int period)
{
    const QDate today = QDate::currentDate();
    const QDate monthStart(today.year(), today.month(), 1);
    QDate from;
    QDate to = today;
    switch (period) {
    case ThisMonth:
        from = monthStart;
        break;
    case LastMonth:
        from = monthStart.addMonths(-1);
        to = monthStart.addDays(-1);
        break;
    case LastThreeMonths:
        from = monthStart.addMonths(-2);
        break;
    case ThisYear:
        from = QDate(today.year(), 1, 1);
        break;
    default:
        return; // chosen days: the date fields say
    }
    m_updating = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_updating = false;
    refresh();
}

void StatisticsWindow::refresh()
{
    StatsFilter filter;
    filter.from = m_from->date();
    filter.to = m_to->date();
    filter.categoryId = m_category->currentData().toLongLong();
    filter.authorId = m_author->currentData().toLongLong();
    auto stats = computeNewsroomStats(m_db, filter);
    if (!stats) {
        m_status->showError(stats.error().message, stats.error().detail);
        return;
    }
    m_status->clearMessage();
    display(*stats);
}

ChartPanel *StatisticsWindow::addPanel(const QString &tabName, const QString &title)
{
    auto *panel = new ChartPanel(title, m_tabs);
    m_tabs->addTab(panel, tabName);
    m_panels.append(panel);
    return panel;
}

void StatisticsWindow::display(const NewsroomStats &stats)
{
    m_stats = stats;
    const QString published = tr("Articles published");
    const auto periods = [&](ChartPanel *panel, const QString &rowsHeader, const QList<PeriodCount> &counts,
                             QString (*label)(const QDate &), const QString &axisFormat) {
        ChartData data{rowsHeader, {}, {}, {published}, {{}}, &countText};
        for (const PeriodCount &p : counts) {
            data.rows.append(label(p.start));
            data.axisRows.append(QLocale().toString(p.start, axisFormat));
            data.values[0].append(p.count);
        }
        panel->setData(data);
    };
    periods(m_panels.at(0), tr("Week from"), stats.publishedPerWeek, &shortDate, QStringLiteral("dd/MM"));
    periods(m_panels.at(1), tr("Month"), stats.publishedPerMonth, &monthText, QStringLiteral("MM/yyyy"));

    const auto named = [&](ChartPanel *panel, const QString &rowsHeader, const QList<NamedCount> &counts) {
        ChartData data{rowsHeader, {}, {}, {published}, {{}}, &countText};
        data.horizontal = true;
        for (const NamedCount &c : counts) {
            data.rows.append(c.name);
            data.values[0].append(c.count);
        }
        panel->setData(data);
        panel->setNote(counts.isEmpty() ? tr("Nothing was published in this period.") : QString());
    };
    named(m_panels.at(2), tr("Category"), stats.byCategory);
    named(m_panels.at(3), tr("Author"), stats.byAuthor);

    ChartData pipeline{tr("State"), {}, {}, {tr("Articles")}, {{}}, &countText};
    for (const StateCount &c : stats.pipeline) {
        pipeline.rows.append(workflowStateLabel(c.state));
        pipeline.values[0].append(c.count);
    }
    pipeline.horizontal = true;
    m_panels.at(4)->setData(pipeline);
    m_panels.at(4)->setNote(
        stats.oldestWaiting
            ? tr("Waiting longest: “%1”, %2 since %3")
                  .arg(stats.oldestWaiting->title, workflowStateLabel(stats.oldestWaiting->state).toLower(),
                       QLocale().toString(stats.oldestWaiting->since.toLocalTime(), QLocale::ShortFormat))
            : tr("No article is waiting for review."));

    ChartData review{tr("Review time"),
                     {tr("Median"), tr("Slowest")},
                     {},
                     {tr("Hours")},
                     {{stats.review.medianMs / kHourMs, stats.review.slowestMs / kHourMs}},
                     [](double hours) { return reviewDurationText(qint64(hours * kHourMs + 0.5)); }};
    review.integers = false;
    m_panels.at(5)->setData(review);
    m_panels.at(5)->setNote(stats.review.reviews == 0 ? tr("No article was approved in this period.")
                                                      : tr("%Ln approval(s) in the period; the slowest: “%1”.", nullptr,
                                                           int(stats.review.reviews))
                                                            .arg(stats.review.slowestTitle));

    ChartData rates{tr("Month"), {}, {}, {tr("Returned"), tr("Rejected")}, {{}, {}}, &percentText};
    rates.integers = false;
    int decisions = 0;
    for (const MonthRates &r : stats.rates) {
        rates.rows.append(monthText(r.month));
        rates.values[0].append(r.returnRate() * 100);
        rates.values[1].append(r.rejectionRate() * 100);
        decisions += r.decisions;
    }
    m_panels.at(6)->setData(rates);
    m_panels.at(6)->setNote(
        tr("Review decisions in the period (approved, returned or rejected): %1.").arg(QLocale().toString(decisions)));
}

} // namespace toasoan::ui
