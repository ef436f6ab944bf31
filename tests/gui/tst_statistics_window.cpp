// Xem ▸ Thống kê opened in Vietnamese over the newsroom history of tests/support/NewsroomHistory.h: every
// chart has data, an accessible name and its table beside it; hovering, the filters, saving as PNG and the
// dark palette work; no English is left. Screenshots go to TOASOAN_SCREENSHOT_DIR when it is set.
#include "app/i18n/Translations.h"
#include "tests/i18n/UiStrings.h"
#include "tests/support/NewsroomHistory.h"
#include "tests/support/TestWorkspace.h"
#include "ui/report/ChartPanel.h"
#include "ui/report/StatisticsWindow.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

using namespace toasoan;

namespace {

/// The sum of every bar of the panel's chart.
double chartTotal(const ui::ChartPanel *panel)
{
    double total = 0;
    for (QAbstractSeries *series : panel->chart()->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (const QBarSet *set : bars->barSets()) {
                total += set->sum();
            }
        }
    }
    return total;
}

/// The sum of the table's first column of figures.
double tableTotal(const ui::ChartPanel *panel)
{
    double total = 0;
    for (int row = 0; row < panel->model()->rowCount(); ++row) {
        total += panel->model()->item(row, 1)->data(Qt::UserRole).toDouble();
    }
    return total;
}

} // namespace

class TestStatisticsWindow : public QObject
{
    Q_OBJECT

private:
    test::TestWorkspace m_ws;
    test::NewsroomHistory m_h;

    void screenshot(QWidget *widget, const QString &name)
    {
        if (const QString dir = qEnvironmentVariable("TOASOAN_SCREENSHOT_DIR"); !dir.isEmpty()) {
            widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
        }
    }

private slots:
    void initTestCase()
    {
        qputenv("TOASOAN_LANG", "vi");
        installTranslations(*QCoreApplication::instance());
        QCOMPARE(QLocale().language(), QLocale::Vietnamese);
        test::useVietnamTime();
        QVERIFY(m_ws.ok());
        QVERIFY(m_h.build(m_ws));
    }

    void everyChartHasDataAndAName()
    {
        ui::StatisticsWindow window(m_ws.db());
        window.setPeriod(QDate(2026, 3, 1), QDate(2026, 4, 30));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Thống kê"));
        QCOMPARE(window.panels().size(), 7);
        for (ui::ChartPanel *panel : window.panels()) {
            const QString name = panel->chartView()->accessibleName();
            QVERIFY2(!name.isEmpty(), qPrintable(panel->title()));
            QCOMPARE(name, panel->title());
            QVERIFY2(!panel->tableView()->accessibleName().isEmpty(), qPrintable(name));
            QVERIFY2(!panel->chart()->series().isEmpty(), qPrintable(name));
            QVERIFY2(chartTotal(panel) > 0, qPrintable(name + QStringLiteral(": the chart is empty")));
            QVERIFY2(panel->model()->rowCount() > 0, qPrintable(name + QStringLiteral(": the table is empty")));
            QVERIFY2(qAbs(chartTotal(panel) - tableTotal(panel)) < 1e-9 || panel->model()->columnCount() > 2,
                     qPrintable(name + QStringLiteral(": the table and the chart differ")));
        }
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("chartTabs"));
        QVERIFY(tabs);
        screenshot(&window, QStringLiteral("statistics-per-week"));
        tabs->setCurrentIndex(4);
        screenshot(&window, QStringLiteral("statistics-pipeline"));
        tabs->setCurrentIndex(6);
        screenshot(&window, QStringLiteral("statistics-rates"));

        // The figures, read as a Vietnamese reader reads them.
        ui::ChartPanel *weeks = window.panels().at(0);
        QCOMPARE(weeks->model()->item(1, 0)->text(), QStringLiteral("02/03/2026"));
        QCOMPARE(weeks->hoverText(0, 1), QStringLiteral("02/03/2026: 1"));
        QCOMPARE(window.panels().at(1)->model()->item(0, 0)->text(), QStringLiteral("03/2026"));
        QCOMPARE(tableTotal(window.panels().at(1)), 3.0);
        ui::ChartPanel *rates = window.panels().at(6);
        QCOMPARE(rates->model()->item(1, 2)->text(), QStringLiteral("33,3%"));
        QCOMPARE(rates->hoverText(1, 1), QStringLiteral("04/2026, Từ chối: 33,3%"));
        ui::ChartPanel *review = window.panels().at(5);
        QCOMPARE(review->model()->item(0, 1)->text(), QStringLiteral("9 giờ 0 phút"));
        QCOMPARE(review->model()->item(1, 1)->text(), QStringLiteral("1 ngày 0 giờ"));
        // Hovering a bar: the pipeline's bars run across, drawn from the bottom up (the bottom one is the last row).
        auto *pipelineBars = qobject_cast<QAbstractBarSeries *>(window.panels().at(4)->chart()->series().first());
        QVERIFY(pipelineBars);
        emit pipelineBars->barSets().first()->hovered(true, 0);
        QCOMPARE(QToolTip::text(), QStringLiteral("Lưu trữ: 0"));
        emit pipelineBars->barSets().first()->hovered(true, 8);
        QCOMPARE(QToolTip::text(), QStringLiteral("Bản nháp: 1"));
        emit pipelineBars->barSets().first()->hovered(false, 8);
        auto *note = window.panels().at(4)->findChild<QLabel *>(QStringLiteral("chartNote"));
        QVERIFY(note && note->text().contains(QStringLiteral("Bài A5")));

        test::UiStringCollector collector;
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            collector.collectWidgetTree(&window, QStringLiteral("StatisticsWindow tab %1").arg(i));
        }
        for (const QString &line : collector.english()) {
            qInfo().noquote() << "English:" << line;
        }
        QVERIFY(collector.english().isEmpty());
    }

    void filtersChangeTheFigures()
    {
        ui::StatisticsWindow window(m_ws.db());
        window.setPeriod(QDate(2026, 3, 1), QDate(2026, 4, 30));
        auto *author = window.findChild<QComboBox *>(QStringLiteral("authorCombo"));
        QVERIFY(author);
        QCOMPARE(author->itemText(0), QStringLiteral("Mọi tác giả"));
        author->setCurrentIndex(author->findText(QStringLiteral("Trần Quốc Bảo")));
        QCOMPARE(window.stats().filter.authorId, m_h.reporter2);
        QCOMPARE(tableTotal(window.panels().at(1)), 1.0);
        window.setAuthor(0);
        window.setCategory(m_h.thoiSu);
        QCOMPARE(tableTotal(window.panels().at(1)), 2.0); // Thời sự with Xã hội
        QCOMPARE(window.panels().at(2)->model()->rowCount(), 2);
        window.setCategory(0);
        window.setPeriod(QDate(2026, 6, 1), QDate(2026, 6, 30));
        QCOMPARE(tableTotal(window.panels().at(1)), 0.0);
        QCOMPARE(window.panels().at(5)->findChild<QLabel *>(QStringLiteral("chartNote"))->text(),
                 QStringLiteral("Không có bài nào được duyệt trong kỳ này."));
    }

    void savesEachChartAsPng()
    {
        ui::StatisticsWindow window(m_ws.db());
        window.setPeriod(QDate(2026, 3, 1), QDate(2026, 4, 30));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTemporaryDir dir;
        for (ui::ChartPanel *panel : window.panels()) {
            const QString path = dir.filePath(panel->title() + QStringLiteral(".png"));
            QVERIFY2(panel->savePng(path), qPrintable(path));
            const QImage image(path);
            QVERIFY2(!image.isNull() && image.width() >= 300, qPrintable(path));
            QVERIFY(panel->chartView()->actions().size() == 1); // the context menu's "Lưu thành ảnh PNG…"
        }
        QVERIFY(!window.panels().first()->savePng(dir.filePath(QStringLiteral("no-such-folder/x.png"))));
    }

    void followsTheDarkPalette()
    {
        ui::StatisticsWindow window(m_ws.db());
        window.setPeriod(QDate(2026, 3, 1), QDate(2026, 4, 30));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        window.setPalette(dark);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (ui::ChartPanel *panel : window.panels()) {
            QCOMPARE(panel->chart()->backgroundBrush().color(), QColor(0x2a, 0x2a, 0x2a));
            QCOMPARE(panel->chart()->titleBrush().color(), QColor(0xee, 0xee, 0xee));
            QCOMPARE(panel->chart()->theme(), QChart::ChartThemeDark);
        }
        screenshot(&window, QStringLiteral("statistics-dark"));
    }
};

QTEST_MAIN(TestStatisticsWindow)
#include "tst_statistics_window.moc"
