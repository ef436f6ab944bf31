// The "Chuẩn hóa dấu thanh" dialog: how many words change, names offered unticked, the result
// applied to plain text or in place in a rich-text document (formatting and undo kept).
#include "app/i18n/HouseToneStyle.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/support/TestWorkspace.h"
#include "ui/tools/ToneStyleDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFont>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QTreeWidget>

using namespace toasoan;
using text::ToneStyle;
using toasoan::test::TestWorkspace;

Q_DECLARE_METATYPE(toasoan::text::ToneStyle)

namespace {

void clickApply(ui::ToneStyleDialog *dialog)
{
    auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("applyButton"));
    QVERIFY(apply);
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
}

int tickedRows(QTreeWidget *list)
{
    int ticked = 0;
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        ticked += list->topLevelItem(row)->checkState(0) == Qt::Checked ? 1 : 0;
    }
    return ticked;
}

} // namespace

class TestToneStyleDialog : public QObject
{
    Q_OBJECT

private slots:
    void proposesAndApplies_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<ToneStyle>("target");
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("ticked");
        QTest::addColumn<QString>("result");

        QTest::newRow("nominal: old to new in a sentence")
            << QStringLiteral("Sáng nay, Quận ủy họp bàn về hòa giải.") << ToneStyle::New << 2 << 2
            << QStringLiteral("Sáng nay, Quận uỷ họp bàn về hoà giải.");
        QTest::newRow("nominal: new to old keeps case") << QStringLiteral("Khoẻ mạnh, THUỶ chung.") << ToneStyle::Old
                                                        << 2 << 2 << QStringLiteral("Khỏe mạnh, THỦY chung.");
        QTest::newRow("nominal: names inside a sentence stay unticked")
            << QStringLiteral("Chị Thủy và anh Hòa nói về hòa giải.") << ToneStyle::New << 3 << 1
            << QStringLiteral("Chị Thủy và anh Hòa nói về hoà giải.");
        QTest::newRow("nominal: a capital that starts a sentence is ticked")
            << QStringLiteral("Hòa giải là việc chung. Thủy lợi cũng vậy.") << ToneStyle::New << 2 << 2
            << QStringLiteral("Hoà giải là việc chung. Thuỷ lợi cũng vậy.");
        QTest::newRow("nominal: a place name at a sentence start stays unticked")
            << QStringLiteral("Hòa Bình có mưa; trời khỏe.") << ToneStyle::New << 2 << 1
            << QStringLiteral("Hòa Bình có mưa; trời khoẻ.");
        QTest::newRow("nominal: an all-caps headline is not a name")
            << QStringLiteral("HỘI NGHỊ QUẬN ỦY") << ToneStyle::New << 1 << 1 << QStringLiteral("HỘI NGHỊ QUẬN UỶ");
        QTest::newRow("robustness: decomposed input comes back composed")
            << test::nfd(QStringLiteral("Quận ủy họp")) << ToneStyle::New << 1 << 1 << QStringLiteral("Quận uỷ họp");
    }

    void proposesAndApplies()
    {
        QFETCH(QString, input);
        QFETCH(ToneStyle, target);
        QFETCH(int, total);
        QFETCH(int, ticked);
        QFETCH(QString, result);

        ui::ToneStyleDialog dialog(input, target);
        QString accepted;
        connect(&dialog, &ui::ToneStyleDialog::changesAccepted, &dialog,
                [&](const QString &newText) { accepted = newText; });
        dialog.show();
        QCOMPARE(dialog.changeList()->topLevelItemCount(), total);
        QCOMPARE(tickedRows(dialog.changeList()), ticked);
        QVERIFY2(dialog.summary().contains(QString::number(total)), qPrintable(dialog.summary()));
        for (int row = 0; row < total; ++row) {
            QTreeWidgetItem *item = dialog.changeList()->topLevelItem(row);
            // An unticked row says why; the context shows the word where it stands.
            QCOMPARE(item->toolTip(0).isEmpty(), item->checkState(0) == Qt::Checked);
            QVERIFY(item->text(2).contains(item->text(0)));
        }
        QCOMPARE(dialog.resultText(), result);
        if (ticked > 0) {
            clickApply(&dialog);
            QCOMPARE(accepted, result);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
    }

    void nothingToChange_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<ToneStyle>("target");
        QTest::newRow("robustness: only syllables both styles share")
            << QStringLiteral("Quý khách đi thuyền, hoàn thành khuyến nông.") << ToneStyle::New;
        QTest::newRow("robustness: already in the target style") << QStringLiteral("hoà thuận, khoẻ") << ToneStyle::New;
        QTest::newRow("robustness: empty text") << QString() << ToneStyle::Old;
    }

    void nothingToChange()
    {
        QFETCH(QString, input);
        QFETCH(ToneStyle, target);
        ui::ToneStyleDialog dialog(input, target);
        QCOMPARE(dialog.changeList()->topLevelItemCount(), 0);
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("applyButton"))->isEnabled());
        QCOMPARE(dialog.resultText(), text::convertToneStyle(input, target).text);
    }

    void tickingANameChangesIt()
    {
        ui::ToneStyleDialog dialog(QStringLiteral("Anh Hòa nói về hòa giải."), ToneStyle::New);
        QCOMPARE(dialog.changeList()->topLevelItemCount(), 2);
        QCOMPARE(dialog.resultText(), QStringLiteral("Anh Hòa nói về hoà giải."));
        dialog.changeList()->topLevelItem(0)->setCheckState(0, Qt::Checked);
        QCOMPARE(dialog.resultText(), QStringLiteral("Anh Hoà nói về hoà giải."));
        dialog.setAllTicked(false);
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("applyButton"))->isEnabled());
        QCOMPARE(dialog.resultText(), QStringLiteral("Anh Hòa nói về hòa giải."));
    }

    void switchingStyleRecomputes()
    {
        ui::ToneStyleDialog dialog(QStringLiteral("hòa và thuỷ"), ToneStyle::New);
        QCOMPARE(dialog.resultText(), QStringLiteral("hoà và thuỷ"));
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("styleCombo"));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(int(ToneStyle::Old)));
        QCOMPARE(dialog.targetStyle(), ToneStyle::Old);
        QCOMPARE(dialog.changeList()->topLevelItemCount(), 1);
        QCOMPARE(dialog.resultText(), QStringLiteral("hòa và thủy"));
    }

    void openForTextUsesHouseStyle_data()
    {
        QTest::addColumn<bool>("storeNew");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: default house style is old") << false << QStringLiteral("hòa và thủy");
        QTest::newRow("nominal: stored new house style") << true << QStringLiteral("hoà và thuỷ");
    }

    void openForTextUsesHouseStyle()
    {
        QFETCH(bool, storeNew);
        QFETCH(QString, expected);
        TestWorkspace ws;
        QVERIFY(ws.ok());
        if (storeNew) {
            QVERIFY(storeHouseToneStyle(ws.db(), ToneStyle::New).ok());
        }
        QWidget parent;
        parent.show();
        QString applied;
        int calls = 0;
        QPointer<ui::ToneStyleDialog> dialog = ui::ToneStyleDialog::openForText(
            &parent, ws.db(), QStringLiteral("hoà và thủy"), [&](const QString &newText) {
                applied = newText;
                ++calls;
            });
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        clickApply(dialog);
        QCOMPARE(calls, 1);
        QCOMPARE(applied, expected);
        QTRY_VERIFY(!dialog); // deletes itself once closed
    }

    void cancelLeavesTextAlone()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        int calls = 0;
        QPointer<ui::ToneStyleDialog> dialog = ui::ToneStyleDialog::openForText(
            nullptr, ws.db(), QStringLiteral("Quận ủy"), [&](const QString &) { ++calls; });
        QVERIFY(dialog);
        dialog->setTargetStyle(ToneStyle::New);
        auto *box = dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(box->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(calls, 0);
        QTRY_VERIFY(!dialog);
    }

    void editsDocumentInPlace_data()
    {
        QTest::addColumn<bool>("selectionOnly");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: whole document") << false << QStringLiteral("Quận uỷ và hoà giải\nthuỷ lợi");
        QTest::newRow("nominal: selection only") << true << QStringLiteral("Quận ủy và hoà giải\nthuỷ lợi");
    }

    void editsDocumentInPlace()
    {
        QFETCH(bool, selectionOnly);
        QFETCH(QString, expected);
        TestWorkspace ws;
        QVERIFY(ws.ok());
        QVERIFY(storeHouseToneStyle(ws.db(), ToneStyle::New).ok());
        QTextEdit edit;
        edit.setHtml(QStringLiteral("<p>Quận <b>ủy</b> và hòa giải</p><p>thủy lợi</p>"));
        const QString original = edit.toPlainText();
        if (selectionOnly) {
            QTextCursor cursor(edit.document());
            const int from = int(original.indexOf(QStringLiteral("hòa")));
            cursor.setPosition(from);
            cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
            edit.setTextCursor(cursor);
        }
        edit.show();
        QPointer<ui::ToneStyleDialog> dialog = ui::ToneStyleDialog::openForTextEdit(&edit, ws.db(), &edit);
        QVERIFY(dialog);
        clickApply(dialog);
        QCOMPARE(edit.toPlainText(), expected);

        // The rewritten letters keep their format: "uỷ" (or "ủy") at 5..6 stays bold. A cursor's
        // format is the one of the letter before it.
        QTextCursor probe(edit.document());
        probe.setPosition(7);
        QCOMPARE(probe.charFormat().fontWeight(), int(QFont::Bold));
        probe.setPosition(5);
        QCOMPARE(probe.charFormat().fontWeight(), int(QFont::Normal));

        // One undo step brings the whole conversion back.
        edit.undo();
        QCOMPARE(edit.toPlainText(), original);
    }

    void applyToDocumentSkipsStaleChanges()
    {
        QTextDocument document(QStringLiteral("hòa bình"));
        const QList<text::ToneChange> changes =
            text::convertToneStyle(QStringLiteral("hòa bình"), ToneStyle::New).changes;
        QCOMPARE(changes.size(), 1);
        QTextCursor(&document).insertText(QStringLiteral("Xin "));
        // Positions now point at "Xin": nothing matches, nothing is written.
        QCOMPARE(ui::ToneStyleDialog::applyToDocument(QTextCursor(&document), 0, changes), 0);
        QCOMPARE(document.toPlainText(), QStringLiteral("Xin hòa bình"));
        QCOMPARE(ui::ToneStyleDialog::applyToDocument(QTextCursor(&document), 4, changes), 1);
        QCOMPARE(document.toPlainText(), QStringLiteral("Xin hoà bình"));
    }
};

QTEST_MAIN(TestToneStyleDialog)
#include "tst_tone_style_dialog.moc"
