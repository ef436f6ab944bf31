#include "ui/report/ChartPanel.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace toasoan::ui {

ChartPanel::ChartPanel(const QString &title, QWidget *parent) : QWidget(parent), m_title(title)
{
    m_view = new QChartView(new QChart, this);
    m_view->setObjectName(QStringLiteral("chartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(title);
    m_view->setMinimumSize(360, 260);

    m_model = new QStandardItemModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("chartTable"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("%1 (table)").arg(title));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({3000, 1000}); // the chart wide from the start: sizes are shared out in proportion
    splitter->setChildrenCollapsible(false);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("chartNote"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->hide();

    auto *saveAction = new QAction(tr("Save as PNG image…"), this);
    saveAction->setObjectName(QStringLiteral("savePngAction"));
    connect(saveAction, &QAction::triggered, this, &ChartPanel::askForPngFile);
    m_view->addAction(saveAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *saveButton = new QPushButton(saveAction->text(), this);
    saveButton->setObjectName(QStringLiteral("savePngButton"));
    saveButton->setToolTip(tr("Save this chart as an image, to put in a report"));
    connect(saveButton, &QPushButton::clicked, saveAction, &QAction::trigger);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_note, 1);
    buttons->addWidget(saveButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
}

QChart *ChartPanel::chart() const
{
    const_cast<ChartPanel *>(this)->ensureChart();
    return m_view->chart();
}

void ChartPanel::setData(const ChartData &data)
{
    m_data = data;
    const auto text = [&](double value) {
        return data.format ? data.format(value) : QLocale().toString(value, 'f', data.integers ? 0 : 1);
    };

    m_model->clear();
    m_model->setHorizontalHeaderLabels(QStringList{data.rowsHeader} + data.series);
    for (qsizetype row = 0; row < data.rows.size(); ++row) {
        QList<QStandardItem *> items{new QStandardItem(data.rows.at(row))};
        for (const QList<double> &values : data.values) {
            auto *item = new QStandardItem(text(values.value(row)));
            item->setData(values.value(row), Qt::UserRole);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            items.append(item);
        }
        m_model->appendRow(items);
    }
    m_table->resizeColumnsToContents();
    // The chart is drawn when it is first shown: the window opens on one of seven.
    m_chartStale = true;
    if (isVisible()) {
        ensureChart();
    }
}

void ChartPanel::ensureChart()
{
    if (!m_chartStale) {
        return;
    }
    m_chartStale = false;
    const ChartData &data = m_data;
    auto *chart = new QChart;
    chart->setTitle(m_title);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setAnimationOptions(QChart::NoAnimation);
    QAbstractBarSeries *series = data.horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                                 : static_cast<QAbstractBarSeries *>(new QBarSeries);
    double top = 0;
    for (qsizetype s = 0; s < data.values.size(); ++s) {
        auto *set = new QBarSet(data.series.value(s));
        for (double value : data.values.at(s)) {
            // Horizontal bars are drawn from the bottom up: the first row goes on top.
            data.horizontal ? set->insert(0, value) : set->append(value);
            top = qMax(top, value);
        }
        const int rows = int(data.rows.size());
        connect(set, &QBarSet::hovered, this, [this, s, rows](bool on, int index) {
            if (on) {
                const int row = m_data.horizontal ? rows - 1 - index : index;
                QToolTip::showText(QCursor::pos(), hoverText(int(s), row), m_view);
            } else {
                QToolTip::hideText();
            }
        });
        series->append(set);
    }
    chart->addSeries(series);
    auto *labels = new QBarCategoryAxis;
    QStringList axisRows = data.axisRows.isEmpty() ? data.rows : data.axisRows;
    if (data.horizontal) {
        std::reverse(axisRows.begin(), axisRows.end());
    }
    labels->append(axisRows);
    if (!data.horizontal && data.rows.size() > 6) { // side by side they would be elided to "…"
        labels->setLabelsAngle(-90);
    }
    auto *axis = new QValueAxis;
    // The axis writes its ticks in the locale (1.000; 2,5); Qt 6.4 leaves them out for "%d".
    if (data.integers) {
        axis->setLabelFormat(QStringLiteral("%.0f"));
        const int max = qMax(1, int(std::ceil(top)));
        if (max <= 8) {
            axis->setRange(0, max + 1);
            axis->setTickCount(max + 2);
        } else {
            axis->setRange(0, max);
            axis->applyNiceNumbers();
        }
    } else {
        axis->setRange(0, top > 0 ? top : 1);
        axis->applyNiceNumbers();
    }
    chart->addAxis(labels, data.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(axis, data.horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(labels);
    series->attachAxis(axis);
    chart->legend()->setVisible(data.series.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);

    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    applyPalette();
}

void ChartPanel::setNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

QString ChartPanel::hoverText(int series, int row) const
{
    const QStandardItem *label = m_model->item(row, 0);
    const QStandardItem *value = m_model->item(row, series + 1);
    if (!label || !value) {
        return {};
    }
    if (m_data.series.size() > 1) {
        return tr("%1, %2: %3").arg(label->text(), m_data.series.value(series), value->text());
    }
    return tr("%1: %2").arg(label->text(), value->text());
}

bool ChartPanel::savePng(const QString &path) const
{
    const_cast<ChartPanel *>(this)->ensureChart();
    return m_view->grab().save(path, "PNG");
}

void ChartPanel::showEvent(QShowEvent *event)
{
    ensureChart();
    QWidget::showEvent(event);
}

void ChartPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
    }
}

void ChartPanel::askForPngFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the chart as an image"),
                                                      folder + QLatin1Char('/') + m_title + QStringLiteral(".png"),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty()) {
        return;
    }
    if (!savePng(path)) {
        QMessageBox::warning(this, tr("Save as PNG image"), tr("Cannot write the file %1.").arg(path));
    }
}

void ChartPanel::applyPalette()
{
    QChart *chart = m_view->chart();
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    // The theme picks bar colours that read on the background; then the window's own colours.
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setTitleBrush(pal.color(QPalette::Text));
    chart->legend()->setLabelColor(pal.color(QPalette::Text));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(pal.color(QPalette::Text));
        axis->setGridLineColor(pal.color(QPalette::Mid));
        axis->setLinePenColor(pal.color(QPalette::Mid));
    }
    m_view->setBackgroundBrush(pal.color(QPalette::Window));
}

} // namespace toasoan::ui
