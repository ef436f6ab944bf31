#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>
#include <functional>

class QChart;
class QChartView;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace toasoan::ui {

/// The figures of one chart: rows (a bar each, or a group of bars) and one or more series.
struct ChartData
{
    QString rowsHeader;                    ///< what the rows are: "Tuần từ", "Chuyên mục"
    QStringList rows;                      ///< one label per row
    QStringList axisRows;                  ///< shorter labels for the chart's axis; empty = rows
    QStringList series;                    ///< one name per series
    QList<QList<double>> values;           ///< per series, one value per row
    std::function<QString(double)> format; ///< how a value reads, in the table and on hover
    bool integers = true;                  ///< counts (the axis ticks whole numbers)
    bool horizontal = false;               ///< bars across, for long row labels
};

/// One chart with the table of the same figures beside it, a note under them and a button (and the
/// chart's context menu) that saves the chart as a PNG image. The chart follows the palette, light
/// or dark, and hovering a bar shows its row, series and value.
class ChartPanel final : public QWidget
{
    Q_OBJECT

public:
    ChartPanel(const QString &title, QWidget *parent = nullptr);

    QString title() const { return m_title; }
    /// Shows `data` in the chart and the table.
    void setData(const ChartData &data);
    /// A sentence under the chart ("Chờ lâu nhất: …"); empty hides it.
    void setNote(const QString &text);

    QChart *chart() const;
    QChartView *chartView() const { return m_view; }
    QTableView *tableView() const { return m_table; }
    QStandardItemModel *model() const { return m_model; }
    /// What hovering bar `row` of `series` shows.
    QString hoverText(int series, int row) const;
    /// Writes the chart as it is shown to `path` as PNG; false when the file cannot be written.
    bool savePng(const QString &path) const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void ensureChart();
    void askForPngFile();
    void applyPalette();

    QString m_title;
    ChartData m_data;
    QChartView *m_view = nullptr;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_model = nullptr;
    QLabel *m_note = nullptr;
    bool m_chartStale = false;
};

} // namespace toasoan::ui
