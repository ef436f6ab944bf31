// The body editor widget (ui/editor/RichTextEditor.h), offscreen: tables, headings, nested lists and
// their indentation, and the round trip of the body HTML subset.

#include "app/html/BodyHtml.h"
#include "tests/editor/EditorTestSupport.h"
#include "tests/gui/GuiTestSupport.h"
#include "ui/editor/RichTextEditor.h"

#include <QAction>
#include <QLineEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>

using namespace toasoan;
using namespace toasoan::test;
using ui::RichTextEditor;
using Action = ui::RichTextEditor::Action;

class TestEditorStructure : public QObject
{
    Q_OBJECT

private slots:
    void tables()
    {
        RichTextEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        test::typeText(&editor, QStringLiteral("Bảng số liệu"));
        editor.insertTable(2, 2, true);
        test::typeText(&editor, QStringLiteral("Xã"));
        QTest::keyClick(&editor, Qt::Key_Right);
        test::typeText(&editor, QStringLiteral("Số hộ"));
        QTest::keyClick(&editor, Qt::Key_Right);
        test::typeText(&editor, QStringLiteral("Tây Mỗ"));
        QTest::keyClick(&editor, Qt::Key_Right);
        test::typeText(&editor, QStringLiteral("1.234"));
        QCOMPARE(editor.bodyHtml(), QStringLiteral("<p>Bảng số liệu</p>\n<table>\n<thead>\n<tr><th>Xã</th><th>Số "
                                                   "hộ</th></tr>\n</thead>\n<tbody>\n<tr><td>Tây Mỗ</td><td>1.234</td>"
                                                   "</tr>\n</tbody>\n</table>"));
        QVERIFY(editor.action(Action::AddTableRow)->isEnabled());
        QTest::keyClick(&editor, Qt::Key_R, Qt::ControlModifier | Qt::AltModifier); // add row
        QTest::keyClick(&editor, Qt::Key_C, Qt::ControlModifier | Qt::AltModifier); // add column
        QVERIFY(editor.bodyHtml().contains(
            QStringLiteral("<tr><td>Tây Mỗ</td><td>1.234</td><td></td></tr>\n<tr><td></td><td></td><td></td></tr>")));
        auto *table = qobject_cast<QTextTable *>(editor.document()->rootFrame()->childFrames().value(0));
        QVERIFY(table);
        QCOMPARE(table->rows(), 3);
        QCOMPARE(table->columns(), 3);
        editor.setTextCursor(table->cellAt(2, 2).firstCursorPosition()); // the new row and column
        QVERIFY(editor.action(Action::RemoveTableRow)->isEnabled());
        editor.removeTableColumn();
        editor.removeTableRow();
        QVERIFY2(editor.bodyHtml().contains(QStringLiteral("<tr><td>Tây Mỗ</td><td>1.234</td></tr>\n</tbody>")),
                 qPrintable(editor.bodyHtml()));
        // Tables round-trip through the stored body.
        const QString body = editor.bodyHtml();
        editor.setBodyHtml(body);
        QCOMPARE(editor.bodyHtml(), body);
    }

    void enterAfterHeadingStartsParagraph()
    {
        RichTextEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        editor.setBodyHtml(QStringLiteral("<h2>Tít</h2>"));
        editor.moveCursor(QTextCursor::End);
        test::typeText(&editor, QStringLiteral("\nđoạn thường"));
        QCOMPARE(editor.bodyHtml(), QStringLiteral("<h2>Tít</h2>\n<p>đoạn thường</p>"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("nominal: inline formats") << QStringLiteral(
            "<p>Chữ <strong>đậm</strong>, <em>nghiêng</em>, <u>gạch</u>, <strong><em>cả hai</em></strong> và "
            "<a href=\"https://ntl.gov.vn/a?b=1&amp;c=2\">liên <strong>kết</strong></a>.<br>Dòng hai</p>");
        QTest::newRow("nominal: headings and lists")
            << QStringLiteral("<h2>Tít</h2>\n<h3>Tít phụ</h3>\n<ul>\n<li>một</li>\n<li><em>hai</em></li>\n</ul>\n"
                              "<ol>\n<li>ba</li>\n</ol>\n<p>Hết</p>");
        QTest::newRow("nominal: nested lists")
            << QStringLiteral("<ol>\n<li>một<ul>\n<li>hai<ol>\n<li>ba</li>\n<li><strong>bốn</strong></li>\n</ol></li>"
                              "\n<li>năm</li>\n</ul></li>\n<li>sáu<ol>\n<li>bảy</li>\n</ol></li>\n</ol>\n"
                              "<ul>\n<li>tám<ul>\n<li>chín</li>\n</ul></li>\n</ul>\n<p>Hết</p>");
        QTest::newRow("nominal: quote") << QStringLiteral("<p>Trước</p>\n<blockquote>\n<p>Một</p>\n<p>Hai</p>\n"
                                                          "</blockquote>\n<p>Sau</p>");
        QTest::newRow("nominal: figures in three alignments")
            << QStringLiteral("<figure class=\"alignleft\"><img src=\"media:1\" alt=\"Ảnh một\"><figcaption>Chú "
                              "<em>thích</em> một</figcaption></figure>\n<figure class=\"aligncenter\"><img "
                              "src=\"media:2\" alt=\"\"></figure>\n<figure class=\"alignright\"><img "
                              "src=\"https://ntl.gov.vn/a.jpg\" alt=\"\"><figcaption>Ba</figcaption></figure>\n"
                              "<p>Sau</p>");
        QTest::newRow("nominal: table with header")
            << QStringLiteral("<table>\n<thead>\n<tr><th>Xã</th><th>Số</th></tr>\n</thead>\n<tbody>\n<tr><td>An "
                              "<strong>Khánh</strong></td><td></td></tr>\n</tbody>\n</table>");
        QTest::newRow("robustness: special characters") << QStringLiteral("<p>a &lt;b&gt; &amp; \"c\" ‘d’ – e…</p>");
    }

    void roundTrip()
    {
        QFETCH(QString, body);
        const QString expected = html::normalizeBody(body);
        RichTextEditor editor;
        editor.setBodyHtml(body);
        QCOMPARE(editor.bodyHtml(), expected);
        // The document walker and Qt's own HTML export agree.
        QCOMPARE(html::bodyFromQtHtml(editor.document()->toHtml()), expected);
        // And a plain QTextDocument (no editor) loads the Qt HTML the same way.
        QTextDocument document;
        document.setHtml(html::bodyToQtHtml(body));
        QCOMPARE(RichTextEditor::bodyHtmlFromDocument(document), expected);
        // And so does the copy an autosave makes into HTML on its writer's thread.
        SnapshotWorker worker;
        worker.take(editor);
        QCOMPARE(worker.run(), expected);
        QVERIFY(!editor.document()->isModified());
        QVERIFY(!editor.document()->isUndoAvailable());
    }

    // A nested list is a QTextList of its own one indent deeper; the editor gives back the body as it
    // was loaded, nested (and a list made in the editor one indent deeper nests as well).
    void nestedListsKeepTheirLevels()
    {
        const QString body = QStringLiteral("<ol>\n<li>một<ul>\n<li>hai<ol>\n<li>ba</li>\n</ol></li>\n</ul></li>\n"
                                            "<li>bốn</li>\n</ol>\n<p>Hết</p>");
        RichTextEditor editor;
        editor.setBodyHtml(body);
        QStringList levels;
        for (QTextBlock block = editor.document()->begin(); block.isValid(); block = block.next()) {
            if (const QTextList *list = block.textList()) {
                levels.append(block.text() + QLatin1Char(' ') + QString::number(list->format().indent()) +
                              (list->format().style() == QTextListFormat::ListDecimal ? QStringLiteral(" 1.")
                                                                                      : QStringLiteral(" •")));
            }
        }
        QCOMPARE(levels, QStringList({QStringLiteral("một 1 1."), QStringLiteral("hai 2 •"), QStringLiteral("ba 3 1."),
                                      QStringLiteral("bốn 1 1.")}));
        QCOMPARE(editor.bodyHtml(), body);
        QCOMPARE(html::bodyFromQtHtml(editor.document()->toHtml()), body);

        // "năm" typed into a new list one indent deeper, after "bốn".
        QTextCursor cursor(editor.document()->findBlockByNumber(3));
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertBlock();
        QTextListFormat deeper;
        deeper.setStyle(QTextListFormat::ListDisc);
        deeper.setIndent(2);
        cursor.createList(deeper);
        cursor.insertText(QStringLiteral("năm"));
        QCOMPARE(editor.bodyHtml(),
                 QStringLiteral("<ol>\n<li>một<ul>\n<li>hai<ol>\n<li>ba</li>\n</ol></li>\n</ul></li>\n"
                                "<li>bốn<ul>\n<li>năm</li>\n</ul></li>\n</ol>\n<p>Hết</p>"));
        // No gap between an item and its nested list, also for the list's last item (Qt gives it the list's
        // bottom margin); the paragraph after the list keeps its own.
        editor.setBodyHtml(editor.bodyHtml());
        QCOMPARE(editor.document()->findBlockByNumber(3).text(), QStringLiteral("bốn"));
        QCOMPARE(editor.document()->findBlockByNumber(3).blockFormat().bottomMargin(), 0.0);
        QVERIFY(editor.document()->findBlockByNumber(5).blockFormat().topMargin() > 0);
        if (const QString shots = qEnvironmentVariable("TOASOAN_SCREENSHOT_DIR"); !shots.isEmpty()) {
            editor.resize(420, 300);
            editor.show();
            QVERIFY(QTest::qWaitForWindowExposed(&editor));
            editor.grab().save(shots + QStringLiteral("/editor-nested-lists.png")); // to look at by eye
        }
    }

    // Tab and Shift+Tab (and the list level actions) make and undo sub-items in a list; elsewhere,
    // and where an item cannot move, Tab still moves focus on.
    void tabIndentsAndOutdentsListItems()
    {
        QWidget window;
        auto *before = new QLineEdit(&window);
        auto *editor = new RichTextEditor(&window);
        auto *after = new QLineEdit(&window);
        QWidget::setTabOrder(before, editor);
        QWidget::setTabOrder(editor, after);
        before->move(0, 0);
        editor->setGeometry(0, 30, 500, 300);
        after->move(0, 340);
        window.resize(520, 380);
        const QString flat = QStringLiteral("<ul>\n<li>một</li>\n<li>hai</li>\n<li>ba</li>\n</ul>\n<p>Hết</p>");
        editor->setBodyHtml(flat);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const auto at = [editor](int blockNumber) {
            editor->setFocus();
            editor->setTextCursor(QTextCursor(editor->document()->findBlockByNumber(blockNumber)));
            QTRY_VERIFY(editor->hasFocus());
        };
        QAction *indent = editor->action(Action::IndentList);
        QAction *outdent = editor->action(Action::OutdentList);

        // The first item has nothing to go under: Tab moves on, as Shift+Tab does at the top level.
        at(0);
        QVERIFY(!indent->isEnabled());
        QVERIFY(!outdent->isEnabled());
        QTest::keyClick(editor, Qt::Key_Tab);
        QTRY_VERIFY(after->hasFocus());
        at(1);
        QVERIFY(indent->isEnabled());
        QTest::keyClick(editor, Qt::Key_Backtab, Qt::ShiftModifier);
        QTRY_VERIFY(before->hasFocus());
        QCOMPARE(editor->bodyHtml(), flat);

        // Tab on "hai" makes it a sub-item of "một"; on "ba", its sibling.
        at(1);
        QTest::keyClick(editor, Qt::Key_Tab);
        QVERIFY(editor->hasFocus());
        const QString one =
            QStringLiteral("<ul>\n<li>một<ul>\n<li>hai</li>\n</ul></li>\n<li>ba</li>\n</ul>\n<p>Hết</p>");
        QCOMPARE(editor->bodyHtml(), one);
        QVERIFY(outdent->isEnabled());
        at(2);
        QTest::keyClick(editor, Qt::Key_Tab);
        QCOMPARE(editor->bodyHtml(),
                 QStringLiteral("<ul>\n<li>một<ul>\n<li>hai</li>\n<li>ba</li>\n</ul></li>\n</ul>\n<p>Hết</p>"));
        // One undo step each.
        editor->undo();
        QCOMPARE(editor->bodyHtml(), one);
        // Shift+Tab takes "hai" back up.
        at(1);
        QTest::keyClick(editor, Qt::Key_Backtab, Qt::ShiftModifier);
        QVERIFY(editor->hasFocus());
        QCOMPARE(editor->bodyHtml(), flat);

        // The actions (Ctrl+] and Ctrl+[) do the same; an item takes its sub-items along.
        const QString nested =
            QStringLiteral("<ol>\n<li>một<ol>\n<li>hai<ul>\n<li>ba</li>\n</ul></li>\n</ol></li>\n</ol>\n<p>Hết</p>");
        editor->setBodyHtml(nested);
        at(1);
        outdent->trigger();
        QCOMPARE(editor->bodyHtml(),
                 QStringLiteral("<ol>\n<li>một</li>\n<li>hai<ul>\n<li>ba</li>\n</ul></li>\n</ol>\n<p>Hết</p>"));
        indent->trigger();
        QCOMPARE(editor->bodyHtml(), nested);
        QCOMPARE(html::bodyFromQtHtml(editor->document()->toHtml()), nested);

        // A paragraph: Tab moves focus, nothing changes.
        at(3);
        QVERIFY(!indent->isEnabled());
        QTest::keyClick(editor, Qt::Key_Tab);
        QTRY_VERIFY(after->hasFocus());
        QCOMPARE(editor->bodyHtml(), nested);

        // Five levels at most: "sáu" cannot go under "năm", nor "bốn" under "ba" (its sub-items would be
        // the sixth level).
        const QString deep = QStringLiteral("<ul>\n<li>một<ul>\n<li>hai<ul>\n<li>ba<ul>\n<li>ba rưỡi</li>\n"
                                            "<li>bốn<ul>\n<li>năm</li>\n<li>sáu</li>\n</ul></li>\n</ul></li>\n"
                                            "</ul></li>\n</ul></li>\n<li>bảy</li>\n</ul>");
        editor->setBodyHtml(deep);
        at(6);
        QCOMPARE(editor->textCursor().block().text(), QStringLiteral("sáu"));
        QVERIFY(!indent->isEnabled());
        QVERIFY(outdent->isEnabled());
        QTest::keyClick(editor, Qt::Key_Tab);
        QTRY_VERIFY(after->hasFocus());
        at(4);
        QCOMPARE(editor->textCursor().block().text(), QStringLiteral("bốn"));
        QVERIFY(!indent->isEnabled());
        QVERIFY(!editor->indentListItem());
        QCOMPARE(editor->bodyHtml(), deep);
        // Outdenting "năm" makes "sáu" its sub-item, at the fifth level again.
        at(5);
        QVERIFY(editor->outdentListItem());
        QVERIFY(editor->bodyHtml().contains(QStringLiteral("<li>bốn</li>\n<li>năm<ul>\n<li>sáu</li>\n</ul></li>")));
        at(4);
        QVERIFY(indent->isEnabled());
        if (const QString shots = qEnvironmentVariable("TOASOAN_SCREENSHOT_DIR"); !shots.isEmpty()) {
            window.grab().save(shots + QStringLiteral("/editor-list-levels.png")); // to look at by eye
        }
    }

    // An autosave's copy: taken on the UI thread with the photos decoded in it, made into HTML and
    // deleted on another thread (nothing there may touch pixmaps or fonts, which Qt would warn
    // about), unaffected by what is typed meanwhile or by the editor going away.
};

QTEST_MAIN(TestEditorStructure)
#include "tst_editor_structure.moc"
