#pragma once

#include "app/report/NewsroomStats.h"

#include <QDialog>
#include <QList>

class QAction;
class QComboBox;
class QDateEdit;
class QTabWidget;

namespace toasoan {
class Database;
}

namespace toasoan::ui {

class ChartPanel;
class StatusLabel;
class WindowContext;

/// Xem ▸ Thống kê: what the newsroom published in a period (per week, per month, by category, by
/// author), the articles in each state now, review times and the share of returns and rejections, each
/// as a chart with its table beside it. Read-only; the figures come from computeNewsroomStats().
class StatisticsWindow final : public QDialog
{
    Q_OBJECT

public:
    explicit StatisticsWindow(Database &db, QWidget *parent = nullptr);

    /// The View menu's entry: opens the window (one per main window) or brings it to the front.
    static QAction *createMenuAction(WindowContext &context);

    /// Shows the figures of `from`..`to` (both included) and the filters chosen.
    void setPeriod(const QDate &from, const QDate &to);
    /// 0 = every category / author.
    void setCategory(qint64 categoryId);
    void setAuthor(qint64 authorId);
    /// One panel per chart, in tab order.
    QList<ChartPanel *> panels() const { return m_panels; }
    /// The figures shown now.
    const NewsroomStats &stats() const { return m_stats; }

private:
    enum Period
    {
        ThisMonth,
        LastMonth,
        LastThreeMonths,
        ThisYear,
        Custom
    };

    void fillFilters();
    void choosePeriod(int period);
    void refresh();
    void display(const NewsroomStats &stats);
    ChartPanel *addPanel(const QString &tabName, const QString &title);

    Database &m_db;
    NewsroomStats m_stats;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_author = nullptr;
    StatusLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<ChartPanel *> m_panels;
    bool m_updating = false;
};

} // namespace toasoan::ui
