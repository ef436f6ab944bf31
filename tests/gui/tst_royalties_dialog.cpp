// Báo cáo ▸ Nhuận bút tháng…, driven as the approving leader and a reporter would: the month's table per
// author matches RoyaltyFixture.h's hand-computed November, the office total is written in words, closing
// the month (a click) freezes its points in the core, a reporter cannot close, and the statement is saved
// as CSV, .xlsx and PDF (tst_dialog_reachability opens it from the window's Reports menu).
#include "app/storage/UserRepository.h"
#include "tests/report/RoyaltyFixture.h"
#include "ui/report/RoyaltiesDialog.h"
#include "ui/report/RoyaltyPointsDialog.h"
#include "ui/report/RoyaltySchemeDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace toasoan;

class tst_RoyaltiesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheMonthPerAuthor();
    void closesAndReopensTheMonth();
    void reporterCannotClose();
    void savesTheStatement();
    void pointsDialogSetsTheRoyalty();
    void schemeDialogSavesTheOfficeScheme();
    void schemeDialogIsReadOnlyForOthers();

private:
    User user(qint64 id) { return UserRepository(f.db()).load(id).value(); }
    template <typename T>
    static T *child(QWidget *dialog, const char *name = nullptr)
    {
        return name ? dialog->findChild<T *>(QLatin1String(name)) : dialog->findChild<T *>();
    }

    test::RoyaltyFixture f;
    QTemporaryDir m_dir;
};

void tst_RoyaltiesDialog::initTestCase()
{
    qputenv("TOASOAN_SLIP_TOOL", TOASOAN_SLIP_TOOL);
    QVERIFY(f.setUp());
    QVERIFY(f.buildNovember());
}

void tst_RoyaltiesDialog::showsTheMonthPerAuthor()
{
    ui::RoyaltiesDialog dialog(f.db(), user(f.approver));
    dialog.show();
    child<QDateEdit>(&dialog)->setDate(QDate(2026, 11, 1));
    QCOMPARE(dialog.month(), QDate(2026, 11, 1));
    auto *tree = child<QTreeWidget>(&dialog);
    QCOMPARE(tree->topLevelItemCount(), 3);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Nguyễn Văn An"));
    QCOMPARE(tree->topLevelItem(0)->text(4), QStringLiteral("650.000"));
    QCOMPARE(tree->topLevelItem(0)->childCount(), 3);
    QCOMPARE(tree->topLevelItem(0)->child(2)->text(0), QStringLiteral("Tin 23:59 ngày cuối tháng"));
    QCOMPARE(tree->topLevelItem(0)->child(2)->text(1), QStringLiteral("30/11/2026 23:59"));
    QCOMPARE(tree->topLevelItem(0)->child(2)->text(3), QStringLiteral("2,5"));
    QCOMPARE(tree->topLevelItem(1)->text(4), QStringLiteral("1.200.000"));
    QVERIFY(tree->topLevelItem(2)->text(0).startsWith(QStringLiteral("Vũ Văn Em (")));
    QVERIFY(!tree->accessibleName().isEmpty());
    bool words = false;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        words = words || (label->text().contains(QStringLiteral("1.950.000")) &&
                          label->text().contains(QStringLiteral("Một triệu chín trăm năm mươi nghìn đồng")));
    }
    QVERIFY(words);
    if (const QString shots = qEnvironmentVariable("TOASOAN_SCREENSHOT_DIR"); !shots.isEmpty()) {
        dialog.grab().save(shots + QStringLiteral("/royalties-dialog.png"));
    }

    // Another month: the table follows.
    child<QDateEdit>(&dialog)->setDate(QDate(2026, 12, 1));
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(dialog.statement().total, qint64(500000));
}

void tst_RoyaltiesDialog::closesAndReopensTheMonth()
{
    ui::RoyaltiesDialog dialog(f.db(), user(f.approver));
    dialog.show();
    dialog.setMonth(QDate(2026, 10, 1));
    auto *button = child<QPushButton>(&dialog, "closeMonthButton");
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(report::Royalties(f.db()).isClosed(QDate(2026, 10, 1)).value());
    QVERIFY(dialog.statement().closed);
    // Frozen in the core: the October article's points cannot change.
    QCOMPARE(f.royalties().setRoyalty(f.october, f.approver2, QStringLiteral("bai"), 40).error().code,
             ErrorCode::Forbidden);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!report::Royalties(f.db()).isClosed(QDate(2026, 10, 1)).value());
    QVERIFY(f.royalties().setRoyalty(f.october, f.approver2, QStringLiteral("bai"), 40));
}

void tst_RoyaltiesDialog::reporterCannotClose()
{
    ui::RoyaltiesDialog dialog(f.db(), user(f.reporter));
    dialog.show();
    dialog.setMonth(QDate(2026, 9, 1));
    QVERIFY(!child<QPushButton>(&dialog, "closeMonthButton")->isEnabled());
    QVERIFY(!report::Royalties(f.db()).isClosed(QDate(2026, 9, 1)).value());
    // A reporter reads their own articles only: November shows Nguyễn Văn An alone, with his total.
    dialog.setMonth(QDate(2026, 11, 1));
    auto *tree = child<QTreeWidget>(&dialog);
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Nguyễn Văn An"));
    QCOMPARE(dialog.statement().onlyAuthorId, f.reporter);
    QCOMPARE(dialog.statement().total, qint64(650000));
    bool ownTotal = false;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        ownTotal = ownTotal || (label->text().contains(QStringLiteral("650.000")) &&
                                !label->text().contains(QStringLiteral("1.950.000")));
    }
    QVERIFY(ownTotal);
}

void tst_RoyaltiesDialog::savesTheStatement()
{
    ui::RoyaltiesDialog dialog(f.db(), user(f.approver));
    dialog.setMonth(QDate(2026, 11, 1));
    for (const char *name : {"nhuan-but.csv", "nhuan-but.xlsx", "nhuan-but.pdf"}) {
        const QString path = m_dir.filePath(QLatin1String(name));
        const auto saved = dialog.saveTo(path);
        QVERIFY2(saved, saved ? name : qPrintable(saved.error().message + saved.error().detail));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(8);
        if (QByteArray(name).endsWith(".pdf")) {
            QVERIFY(head.startsWith("%PDF"));
        } else if (QByteArray(name).endsWith(".xlsx")) {
            QVERIFY(head.startsWith("PK"));
        } else {
            QVERIFY(head.startsWith("\xEF\xBB\xBF"));
        }
    }
}

void tst_RoyaltiesDialog::pointsDialogSetsTheRoyalty()
{
    // An article awaiting approval, approved: the dialog proposes the kind its length calls for.
    const qint64 id = f.approved(f.reporter, QStringLiteral("Tin vừa duyệt"));
    QVERIFY(id);
    ui::RoyaltyPointsDialog dialog(f.db(), user(f.approver), id, QStringLiteral("Tin vừa duyệt"));
    dialog.show();
    QCOMPARE(dialog.kindBox()->currentData().toString(), QStringLiteral("tin"));
    QCOMPARE(dialog.pointsBox()->value(), 1.0);
    QCOMPARE(dialog.pointsBox()->maximum(), 3.0); // the kind's range
    dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(QStringLiteral("bai")));
    QCOMPARE(dialog.pointsBox()->minimum(), 3.0);
    dialog.pointsBox()->setValue(4.5);
    QTest::mouseClick(dialog.confirmButton(), Qt::LeftButton);
    QVERIFY2(dialog.errorMessage().isEmpty(), qPrintable(dialog.errorMessage()));
    QVERIFY(!dialog.isVisible());
    const auto royalty = f.royalties().royaltyOf(id).value();
    QVERIFY(royalty);
    QCOMPARE(royalty->kindKey, QStringLiteral("bai"));
    QCOMPARE(royalty->points, 45);
    QCOMPARE(royalty->setBy, f.approver);

    // A closed month: the core refuses, the dialog says so and stays open.
    QVERIFY(f.moveAt(id, WorkflowState::Published, test::RoyaltyFixture::local(2026, 8, 10, 9, 0)));
    QVERIFY(f.royalties().closeMonth(QDate(2026, 8, 1), f.approver));
    ui::RoyaltyPointsDialog again(f.db(), user(f.approver2), id, QStringLiteral("Tin vừa duyệt"));
    again.show();
    QCOMPARE(again.kindBox()->currentData().toString(), QStringLiteral("bai")); // what was set
    QCOMPARE(again.pointsBox()->value(), 4.5);
    again.pointsBox()->setValue(5);
    QTest::mouseClick(again.confirmButton(), Qt::LeftButton);
    QVERIFY(!again.errorMessage().isEmpty());
    QVERIFY(again.isVisible());
    QCOMPARE(f.royalties().royaltyOf(id).value()->points, 45);
}

void tst_RoyaltiesDialog::schemeDialogSavesTheOfficeScheme()
{
    const auto original = report::RoyaltySchemes(f.db()).load().value();
    ui::RoyaltySchemeDialog dialog(f.db(), user(f.admin));
    dialog.show();
    QTableWidget *table = dialog.table();
    QCOMPARE(table->rowCount(), 5);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("tin"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("3"));
    QVERIFY(dialog.message().contains(QStringLiteral("example")));
    QCOMPARE(dialog.pointValueBox()->value(), 100000);

    // A reversed range is refused by the core: nothing is saved.
    table->item(0, 3)->setText(QStringLiteral("0,5"));
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY(!dialog.message().isEmpty());
    QVERIFY(report::RoyaltySchemes(f.db()).load()->example);

    table->item(0, 3)->setText(QStringLiteral("3,5"));
    dialog.pointValueBox()->setValue(120000);
    QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
    const int row = table->rowCount() - 1;
    table->item(row, 0)->setText(QStringLiteral("tho"));
    table->item(row, 1)->setText(QStringLiteral("Thơ"));
    table->item(row, 2)->setText(QStringLiteral("1"));
    table->item(row, 3)->setText(QStringLiteral("2,5"));
    table->item(row, 5)->setText(QStringLiteral("200"));
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    const auto saved = report::RoyaltySchemes(f.db()).load().value();
    QVERIFY2(!saved.example, qPrintable(dialog.message()));
    QCOMPARE(saved.pointValue, 120000);
    QCOMPARE(saved.kind(QStringLiteral("tin"))->maxPoints, 35);
    QVERIFY(saved.kind(QStringLiteral("tho")));
    QCOMPARE(saved.kind(QStringLiteral("tho"))->maxWords, std::optional<int>(200));
    QCOMPARE(saved.kind(QStringLiteral("tho"))->minWords, std::nullopt);

    // Back to the example's figures for the other tests.
    QVERIFY(report::RoyaltySchemes(f.db()).save(f.admin, original));
}

void tst_RoyaltiesDialog::schemeDialogIsReadOnlyForOthers()
{
    ui::RoyaltySchemeDialog dialog(f.db(), user(f.approver));
    dialog.show();
    QVERIFY(dialog.table()->rowCount() >= 5);
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(!dialog.pointValueBox()->isEnabled());
    QCOMPARE(dialog.table()->editTriggers(), QAbstractItemView::NoEditTriggers);
}

QTEST_MAIN(tst_RoyaltiesDialog)
#include "tst_royalties_dialog.moc"
