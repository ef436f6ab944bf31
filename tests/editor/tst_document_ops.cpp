// The editor's document operations (ui/editor/DocumentOps) on a bare QTextDocument: headings,
// lists, quotes, emphasis, links, figures and tables, without a widget; and what each leaves on
// screen is what its saved body (ui/editor/DocumentHtml) shows when loaded again.
#include "tests/editor/DocumentLooks.h"
#include "ui/editor/DocumentHtml.h"
#include "ui/editor/DocumentOps.h"

#include <QGuiApplication>
#include <QPointer>
#include <QTest>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>
#include <functional>

using namespace toasoan::ui;

namespace {

// A document of plain paragraphs, one per string.
void fill(QTextDocument &doc, const QStringList &paragraphs)
{
    doc.clear();
    QTextCursor c(&doc);
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        if (i > 0) {
            c.insertBlock(docops::paragraphFormat(), docops::plainCharFormat());
        }
        c.insertText(paragraphs.at(i));
    }
}

QTextCursor at(QTextDocument &doc, int position, int anchorEnd = -1)
{
    QTextCursor c(&doc);
    c.setPosition(position);
    if (anchorEnd >= 0) {
        c.setPosition(anchorEnd, QTextCursor::KeepAnchor);
    }
    return c;
}

QTextCursor inBlock(QTextDocument &doc, int blockNumber, int offset = 0)
{
    return at(doc, doc.findBlockByNumber(blockNumber).position() + offset);
}

// An operation of the editor on a loaded document.
using Operation = std::function<void(QTextDocument &)>;

QTextCursor wholeDocument(QTextDocument &doc)
{
    QTextCursor all(&doc);
    all.select(QTextCursor::Document);
    return all;
}

} // namespace

class TestDocumentOps : public QObject
{
    Q_OBJECT

private slots:
    void headings();
    void headingSkipsFigures();
    void lists();
    void listLevels();
    void quotes();
    void noListOrQuoteInTables();
    void clearEmphasisKeepsLinksAndHeadings();
    void links();
    void linkWithoutSelectionInsertsText();
    void figures();
    void tables();
    void shownAsSaved_data();
    void shownAsSaved();
};

void TestDocumentOps::headings()
{
    QTextDocument doc;
    fill(doc, {QStringLiteral("Hội nghị giao ban"), QStringLiteral("Nội dung")});
    docops::setHeading(inBlock(doc, 0, 3), 1);
    QTextBlock block = doc.firstBlock();
    QCOMPARE(block.blockFormat().headingLevel(), 2); // <h2>: the body's first heading level
    QCOMPARE(block.begin().fragment().charFormat().fontWeight(), int(QFont::Bold));
    QCOMPARE(block.begin().fragment().charFormat().intProperty(QTextFormat::FontSizeAdjustment), 2);
    QCOMPARE(doc.findBlockByNumber(1).blockFormat().headingLevel(), 0);

    docops::setHeading(inBlock(doc, 0), 2);
    QCOMPARE(doc.firstBlock().blockFormat().headingLevel(), 3);
    QCOMPARE(doc.firstBlock().begin().fragment().charFormat().intProperty(QTextFormat::FontSizeAdjustment), 1);

    // Back to a paragraph: the heading's look goes with it; one undo step undoes it.
    docops::setHeading(inBlock(doc, 0), 0);
    block = doc.firstBlock();
    QCOMPARE(block.blockFormat().headingLevel(), 0);
    QCOMPARE(block.begin().fragment().charFormat().fontWeight(), int(QFont::Normal));
    doc.undo();
    QCOMPARE(doc.firstBlock().blockFormat().headingLevel(), 3);
}

void TestDocumentOps::headingSkipsFigures()
{
    QTextDocument doc;
    fill(doc, {QStringLiteral("Trước ảnh")});
    QTextCursor end(&doc);
    end.movePosition(QTextCursor::End);
    docops::insertFigure(end, QStringLiteral("media:7"));
    QTextCursor all(&doc);
    all.select(QTextCursor::Document);
    docops::setHeading(all, 1);
    QCOMPARE(doc.findBlockByNumber(0).blockFormat().headingLevel(), 2);
    QVERIFY(docops::isImageBlock(doc.findBlockByNumber(1)));
    QCOMPARE(doc.findBlockByNumber(1).blockFormat().headingLevel(), 0);
}

void TestDocumentOps::lists()
{
    QTextDocument doc;
    fill(doc, {QStringLiteral("Một"), QStringLiteral("Hai"), QStringLiteral("Ba")});
    QTextCursor firstTwo = at(doc, 0, doc.findBlockByNumber(1).position() + 1);
    QVERIFY(docops::toggleList(firstTwo, false));
    QTextList *list = doc.firstBlock().textList();
    QVERIFY(list);
    QCOMPARE(list->format().style(), QTextListFormat::ListDisc);
    QCOMPARE(list->count(), 2);
    QVERIFY(!doc.findBlockByNumber(2).textList());

    // The other style switches the list; the same style takes it off.
    QVERIFY(docops::toggleList(inBlock(doc, 0), true));
    QCOMPARE(doc.firstBlock().textList()->format().style(), QTextListFormat::ListDecimal);
    QVERIFY(docops::toggleList(at(doc, 0, doc.findBlockByNumber(1).position() + 1), true));
    QVERIFY(!doc.firstBlock().textList());
    QVERIFY(!doc.findBlockByNumber(1).textList());
    QCOMPARE(doc.firstBlock().blockFormat().indent(), 0);
}

// An item one level up takes the items after it in its list as its sub-items; one level down, it
// goes after the previous item's sub-items, and its own come along.
void TestDocumentOps::listLevels()
{
    QTextDocument doc;
    toasoan::test::loadBody(doc, QStringLiteral("<ol><li>một<ol><li>hai<ul><li>hai rưỡi</li></ul></li><li>ba</li>"
                                                "<li>bốn</li></ol></li><li>năm</li></ol>"));
    const QString loaded = documentToBody(doc);
    QVERIFY(!docops::canIndentListItem(inBlock(doc, 1)));
    QVERIFY(docops::outdentListItem(inBlock(doc, 1)));
    QCOMPARE(documentToBody(doc), QStringLiteral("<ol>\n<li>một</li>\n<li>hai<ul>\n<li>hai rưỡi</li>\n<li>ba</li>\n"
                                                 "<li>bốn</li>\n</ul></li>\n<li>năm</li>\n</ol>"));
    QCOMPARE(docops::listDepth(doc.findBlockByNumber(3)), 2);
    QVERIFY(!docops::outdentListItem(inBlock(doc, 1)));
    QVERIFY(docops::indentListItem(inBlock(doc, 1)));
    QCOMPARE(documentToBody(doc), QStringLiteral("<ol>\n<li>một<ol>\n<li>hai<ul>\n<li>hai rưỡi</li>\n<li>ba</li>\n"
                                                 "<li>bốn</li>\n</ul></li>\n</ol></li>\n<li>năm</li>\n</ol>"));
    // "năm" goes after "một"'s sub-items.
    QVERIFY(docops::indentListItem(inBlock(doc, 5)));
    QCOMPARE(docops::listDepth(doc.findBlockByNumber(5)), 2);
    QCOMPARE(doc.findBlockByNumber(5).textList(), doc.findBlockByNumber(1).textList());
    QVERIFY(loaded != documentToBody(doc));
    // Not in a paragraph.
    QTextDocument plain;
    fill(plain, {QStringLiteral("Một")});
    QVERIFY(!docops::indentListItem(inBlock(plain, 0)));
    QVERIFY(!docops::outdentListItem(inBlock(plain, 0)));
}

void TestDocumentOps::quotes()
{
    QTextDocument doc;
    fill(doc, {QStringLiteral("Trích dẫn"), QStringLiteral("Sau")});
    QVERIFY(docops::toggleBlockQuote(inBlock(doc, 0)));
    QCOMPARE(doc.firstBlock().blockFormat().intProperty(QTextFormat::BlockQuoteLevel), 1);
    QVERIFY(doc.firstBlock().blockFormat().leftMargin() > 0);
    QCOMPARE(doc.findBlockByNumber(1).blockFormat().intProperty(QTextFormat::BlockQuoteLevel), 0);
    QVERIFY(docops::toggleBlockQuote(inBlock(doc, 0)));
    QCOMPARE(doc.firstBlock().blockFormat().intProperty(QTextFormat::BlockQuoteLevel), 0);
    QCOMPARE(doc.firstBlock().blockFormat().leftMargin(), 0.0);
}

void TestDocumentOps::noListOrQuoteInTables()
{
    QTextDocument doc;
    QTextTable *table = docops::insertTable(QTextCursor(&doc), 2, 2, false);
    QVERIFY(table);
    const QTextCursor cell = table->cellAt(1, 1).firstCursorPosition();
    QVERIFY(!docops::toggleList(cell, false));
    QVERIFY(!docops::toggleBlockQuote(cell));
    QVERIFY(!cell.block().textList());
    QVERIFY(!docops::insertTable(cell, 2, 2, false)); // no tables in tables
}

void TestDocumentOps::clearEmphasisKeepsLinksAndHeadings()
{
    QTextDocument doc;
    fill(doc, {QStringLiteral("Tít"), QStringLiteral("đậm nghiêng liên kết")});
    docops::setHeading(inBlock(doc, 0), 1);
    const int body = doc.findBlockByNumber(1).position();
    QTextCharFormat emphasis;
    emphasis.setFontWeight(QFont::Bold);
    emphasis.setFontItalic(true);
    at(doc, body, body + 11).mergeCharFormat(emphasis);
    docops::insertLink(at(doc, body + 12, body + 20), QStringLiteral("https://quan1.gov.vn"), {}, QBrush(Qt::blue));

    QTextCursor all(&doc);
    all.select(QTextCursor::Document);
    docops::clearEmphasis(all);
    const QTextCharFormat bold = at(doc, body + 2).charFormat();
    QCOMPARE(bold.fontWeight(), int(QFont::Normal));
    QVERIFY(!bold.fontItalic());
    QCOMPARE(docops::linkAt(at(doc, body + 15)), QStringLiteral("https://quan1.gov.vn"));
    QCOMPARE(doc.firstBlock().begin().fragment().charFormat().fontWeight(), int(QFont::Bold)); // heading kept
}

void TestDocumentOps::links()
{
    QTextDocument doc;
    fill(doc, {QStringLiteral("Xem trang Quận 1 để biết thêm")});
    // "trang Quận 1" (positions 4..16) becomes a link.
    const QTextCursor after =
        docops::insertLink(at(doc, 4, 16), QStringLiteral("https://quan1.gov.vn"), {}, QBrush(Qt::blue));
    QVERIFY(!after.hasSelection());
    QCOMPARE(after.position(), 16);
    QCOMPARE(doc.toPlainText(), QStringLiteral("Xem trang Quận 1 để biết thêm"));
    QCOMPARE(docops::linkAt(at(doc, 8)), QStringLiteral("https://quan1.gov.vn"));
    QCOMPARE(docops::linkAt(at(doc, 4)), QStringLiteral("https://quan1.gov.vn")); // right before its start
    QVERIFY(docops::linkAt(at(doc, 2)).isEmpty());
    const QTextCursor extent = docops::linkExtent(doc.firstBlock(), 10);
    QCOMPARE(extent.selectionStart(), 4);
    QCOMPARE(extent.selectionEnd(), 16);

    // A new address for the link at the cursor replaces the whole link's.
    docops::insertLink(at(doc, 8), QStringLiteral("https://hcmcpv.org.vn"), {}, QBrush(Qt::blue));
    QCOMPARE(docops::linkAt(at(doc, 5)), QStringLiteral("https://hcmcpv.org.vn"));
    QCOMPARE(docops::linkAt(at(doc, 15)), QStringLiteral("https://hcmcpv.org.vn"));

    // Unlinking at the cursor takes off the whole link, its underline and its colour.
    QVERIFY(docops::removeLink(at(doc, 9)));
    for (int p : {5, 10, 15}) {
        const QTextCharFormat f = at(doc, p).charFormat();
        QVERIFY(!f.isAnchor() || f.anchorHref().isEmpty());
        QVERIFY(!f.fontUnderline());
        QVERIFY(!f.hasProperty(QTextFormat::ForegroundBrush));
    }
    QVERIFY(!docops::removeLink(at(doc, 9)));
}

void TestDocumentOps::linkWithoutSelectionInsertsText()
{
    QTextDocument doc;
    fill(doc, {QStringLiteral("Nguồn: "), QStringLiteral("Xem: ")});
    // Without a text, the address itself; with one, the text.
    QTextCursor first = inBlock(doc, 0, 7);
    docops::insertLink(first, QStringLiteral("https://quan1.gov.vn"), {}, QBrush(Qt::blue));
    QCOMPARE(doc.firstBlock().text(), QStringLiteral("Nguồn: https://quan1.gov.vn"));
    QTextCursor second = inBlock(doc, 1, 5);
    docops::insertLink(second, QStringLiteral("https://hcmcpv.org.vn"), QStringLiteral("Thành ủy"), QBrush(Qt::blue));
    QCOMPARE(doc.findBlockByNumber(1).text(), QStringLiteral("Xem: Thành ủy"));
    QCOMPARE(docops::linkAt(inBlock(doc, 1, 7)), QStringLiteral("https://hcmcpv.org.vn"));
    QCOMPARE(docops::linkAt(inBlock(doc, 0, 12)), QStringLiteral("https://quan1.gov.vn"));
    QVERIFY(docops::linkAt(inBlock(doc, 1, 2)).isEmpty());
}

void TestDocumentOps::figures()
{
    QTextDocument doc;
    fill(doc, {QStringLiteral("Đoạn trước"), QStringLiteral("Đoạn sau")});
    // In the middle of a paragraph: the figure gets blocks of its own.
    const QTextCursor caption = docops::insertFigure(inBlock(doc, 0, 4), QStringLiteral("media:12"));
    QCOMPARE(doc.findBlockByNumber(0).text(), QStringLiteral("Đoạn"));
    const QTextBlock image = doc.findBlockByNumber(1);
    QVERIFY(docops::isImageBlock(image));
    QCOMPARE(image.begin().fragment().charFormat().toImageFormat().name(), QStringLiteral("media:12"));
    QCOMPARE(image.blockFormat().alignment(), Qt::AlignHCenter);
    QVERIFY(docops::isCaptionBlock(image.next()));
    QCOMPARE(caption.block(), image.next());
    QCOMPARE(docops::imageBlockOf(image.next()), image);
    QCOMPARE(docops::imageBlockOf(image), image);
    QVERIFY(!docops::imageBlockOf(doc.firstBlock()).isValid());

    docops::setFigureAlignment(image, Qt::AlignLeft | Qt::AlignAbsolute);
    QVERIFY(doc.findBlockByNumber(1).blockFormat().alignment() & Qt::AlignLeft);
    QVERIFY(doc.findBlockByNumber(2).blockFormat().alignment() & Qt::AlignLeft);

    // Without its caption, a cursor in the caption makes one (aligned as the image).
    QTextCursor removeCaption(doc.findBlockByNumber(2));
    removeCaption.movePosition(QTextCursor::PreviousCharacter);
    removeCaption.movePosition(QTextCursor::EndOfBlock);
    removeCaption.movePosition(QTextCursor::NextBlock, QTextCursor::KeepAnchor);
    removeCaption.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    removeCaption.removeSelectedText();
    QVERIFY(!docops::isCaptionBlock(doc.findBlockByNumber(1).next()));
    const QTextCursor made = docops::captionCursor(doc.findBlockByNumber(1));
    QVERIFY(docops::isCaptionBlock(made.block()));
    QVERIFY(made.block().blockFormat().alignment() & Qt::AlignLeft);
}

void TestDocumentOps::tables()
{
    QTextDocument doc;
    fill(doc, {QStringLiteral("Bảng số liệu:")});
    QTextTable *table = docops::insertTable(inBlock(doc, 0, 3), 2, 3, true);
    QVERIFY(table);
    QCOMPARE(doc.firstBlock().text(), QStringLiteral("Bảng số liệu:")); // after the paragraph
    QCOMPARE(table->rows(), 2);
    QCOMPARE(table->columns(), 3);
    QCOMPARE(table->format().headerRowCount(), 1);
    QCOMPARE(table->cellAt(0, 2).firstCursorPosition().blockCharFormat().fontWeight(), int(QFont::Bold));

    QVERIFY(docops::addTableRow(table->cellAt(0, 0).firstCursorPosition()));
    QVERIFY(docops::addTableColumn(table->cellAt(0, 0).firstCursorPosition()));
    QCOMPARE(table->rows(), 3);
    QCOMPARE(table->columns(), 4);
    QVERIFY(docops::removeTableColumn(table->cellAt(0, 3).firstCursorPosition()));
    QCOMPARE(table->columns(), 3);
    QVERIFY(!docops::addTableRow(inBlock(doc, 0)));

    // Removing the last row takes the table with it.
    const QPointer<QTextTable> guard(table);
    QVERIFY(docops::removeTableRow(table->cellAt(0, 0).firstCursorPosition()));
    QVERIFY(docops::removeTableRow(table->cellAt(0, 0).firstCursorPosition()));
    QCOMPARE(table->rows(), 1);
    QVERIFY(docops::removeTableRow(table->cellAt(0, 0).firstCursorPosition()));
    QVERIFY(guard.isNull());
    QVERIFY(doc.rootFrame()->childFrames().isEmpty());
}

void TestDocumentOps::shownAsSaved_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<Operation>("operation");

    const QString headings = QStringLiteral("<h2>Hội nghị giao ban</h2><p>Nội dung <strong>đậm</strong> và "
                                            "<em>nghiêng</em>.</p><h3>Kết luận</h3><p>Cuối bài.</p>");
    const QString mixed = QStringLiteral("<h2>Tít <em>nghiêng</em></h2><ul><li>Một</li><li>Hai</li></ul>"
                                         "<blockquote><p>Trích <strong>dẫn</strong></p></blockquote>"
                                         "<p>Xem <a href=\"https://quan1.gov.vn\">trang</a>.</p>");
    const auto heading = [](int block, int level) {
        return Operation([=](QTextDocument &doc) { docops::setHeading(inBlock(doc, block, 2), level); });
    };
    const auto everything = [](auto op) { return Operation([=](QTextDocument &doc) { op(wholeDocument(doc)); }); };

    QTest::newRow("nominal: h2 back to a paragraph (Ctrl+0)") << headings << heading(0, 0);
    QTest::newRow("nominal: h3 back to a paragraph") << headings << heading(2, 0);
    QTest::newRow("nominal: h2 to h3") << headings << heading(0, 2);
    QTest::newRow("nominal: h3 to h2") << headings << heading(2, 1);
    QTest::newRow("nominal: paragraph to h2") << headings << heading(1, 1);
    QTest::newRow("nominal: paragraph to h3") << headings << heading(3, 2);
    QTest::newRow("nominal: everything a paragraph")
        << headings << everything([](QTextCursor c) { docops::setHeading(c, 0); });
    QTest::newRow("nominal: everything a heading")
        << mixed << everything([](QTextCursor c) { docops::setHeading(c, 1); });
    QTest::newRow("nominal: clear formatting of everything")
        << headings << everything([](QTextCursor c) { docops::clearEmphasis(c); });
    QTest::newRow("nominal: clear formatting in a heading")
        << mixed << Operation([](QTextDocument &doc) { docops::clearEmphasis(inBlock(doc, 0, 6)); });
    QTest::newRow("nominal: clear formatting of a mixed document")
        << mixed << everything([](QTextCursor c) { docops::clearEmphasis(c); });
    QTest::newRow("nominal: a heading made a bullet item")
        << headings << Operation([](QTextDocument &doc) { docops::toggleList(inBlock(doc, 0), false); });
    QTest::newRow("nominal: everything numbered")
        << headings << everything([](QTextCursor c) { docops::toggleList(c, true); });
    QTest::newRow("nominal: list items back to paragraphs")
        << mixed << Operation([](QTextDocument &doc) { docops::toggleList(inBlock(doc, 1), false); });
    const QString nested = QStringLiteral("<ol><li>Một<ul><li>Hai</li><li>Ba</li></ul></li><li>Bốn</li></ol>");
    QTest::newRow("nominal: a nested item one level up")
        << nested << Operation([](QTextDocument &doc) { docops::outdentListItem(inBlock(doc, 1)); });
    QTest::newRow("nominal: an item one level down")
        << nested << Operation([](QTextDocument &doc) { docops::indentListItem(inBlock(doc, 3)); });
    QTest::newRow("nominal: a heading quoted")
        << headings << Operation([](QTextDocument &doc) { docops::toggleBlockQuote(inBlock(doc, 0)); });
    QTest::newRow("nominal: a quote unquoted")
        << mixed << Operation([](QTextDocument &doc) { docops::toggleBlockQuote(inBlock(doc, 3)); });
    QTest::newRow("nominal: a link removed")
        << mixed << Operation([](QTextDocument &doc) { docops::removeLink(inBlock(doc, 4, 6)); });
    QTest::newRow("nominal: a link in a heading") << headings << Operation([](QTextDocument &doc) {
        docops::insertLink(at(doc, 0, 8), QStringLiteral("https://quan1.gov.vn"), {}, QBrush(Qt::blue));
    });
    QTest::newRow("nominal: a figure after a heading") << headings << Operation([](QTextDocument &doc) {
        QTextCursor end = inBlock(doc, 0);
        end.movePosition(QTextCursor::EndOfBlock);
        docops::insertFigure(end, QStringLiteral("media:3")).insertText(QStringLiteral("Chú thích"));
    });
    QTest::newRow("nominal: a table after a heading") << headings << Operation([](QTextDocument &doc) {
        QTextTable *table = docops::insertTable(inBlock(doc, 2), 2, 2, true);
        table->cellAt(0, 0).firstCursorPosition().insertText(QStringLiteral("Cột"));
        table->cellAt(1, 0).firstCursorPosition().insertText(QStringLiteral("Ô"));
    });
}

void TestDocumentOps::shownAsSaved()
{
    QFETCH(QString, body);
    QFETCH(Operation, operation);
    QTextDocument live;
    toasoan::test::loadBody(live, body);
    operation(live);
    const QString saved = documentToBody(live);
    QTextDocument reloaded;
    toasoan::test::loadBody(reloaded, saved);
    // What the editor shows after the operation is what the saved body shows when opened again.
    QCOMPARE(toasoan::test::looks(live), toasoan::test::looks(reloaded));
}

QTEST_MAIN(TestDocumentOps)
#include "tst_document_ops.moc"
