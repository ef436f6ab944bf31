// The body's HTML subset: any HTML in, canonical subset out (app/html/BodyHtml.h).
#include "app/html/BodyHtml.h"
#include "app/html/PlainText.h"

#include <QElapsedTimer>
#include <QTest>

using namespace toasoan::html;

class TestBodyHtml : public QObject
{
    Q_OBJECT

private slots:
    void normalizes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");

        QTest::newRow("nominal: a paragraph stays")
            << QStringLiteral("<p>Quận ủy họp.</p>") << QStringLiteral("<p>Quận ủy họp.</p>");
        QTest::newRow("nominal: b and i become strong and em")
            << QStringLiteral("<p><b>Đậm</b> và <i>nghiêng</i> <u>gạch</u></p>")
            << QStringLiteral("<p><strong>Đậm</strong> và <em>nghiêng</em> <u>gạch</u></p>");
        QTest::newRow("nominal: two heading levels")
            << QStringLiteral("<h1>Một</h1><h2>Hai</h2><h3>Ba</h3><h4>Bốn</h4><h6>Sáu</h6>")
            << QStringLiteral("<h2>Một</h2>\n<h2>Hai</h2>\n<h3>Ba</h3>\n<h3>Bốn</h3>\n<h3>Sáu</h3>");
        QTest::newRow("nominal: bold inside a heading is redundant")
            << QStringLiteral("<h2><strong>Tít</strong> phụ</h2>") << QStringLiteral("<h2>Tít phụ</h2>");
        QTest::newRow("nominal: lists") << QStringLiteral("<ul><li>một</li><li>hai</li></ul><ol><li>ba</li></ol>")
                                        << QStringLiteral(
                                               "<ul>\n<li>một</li>\n<li>hai</li>\n</ul>\n<ol>\n<li>ba</li>\n</ol>");
        QTest::newRow("nominal: a nested list stays in its item")
            << QStringLiteral("<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>")
            << QStringLiteral("<ul>\n<li>a<ul>\n<li>b</li>\n</ul></li>\n<li>c</li>\n</ul>");
        QTest::newRow("nominal: a bulleted list in a numbered one, three deep")
            << QStringLiteral("<ol><li>một<ul><li>hai<ol><li>ba</li><li>bốn</li></ol></li></ul></li><li>năm</li></ol>")
            << QStringLiteral("<ol>\n<li>một<ul>\n<li>hai<ol>\n<li>ba</li>\n<li>bốn</li>\n</ol></li>\n</ul></li>\n"
                              "<li>năm</li>\n</ol>");
        QTest::newRow("nominal: a list right inside a list joins the item before it")
            << QStringLiteral("<ul><li>a</li><ul><li>b</li></ul><li>c</li></ul>")
            << QStringLiteral("<ul>\n<li>a<ul>\n<li>b</li>\n</ul></li>\n<li>c</li>\n</ul>");
        QTest::newRow("edge: a nested list with no item before it joins its outer list")
            << QStringLiteral("<ul><li><ul><li>a</li></ul></li><li>b</li></ul>")
            << QStringLiteral("<ul>\n<li>a</li>\n<li>b</li>\n</ul>");
        QTest::newRow("edge: text after a nested list is the next item")
            << QStringLiteral("<ul><li>a<ul><li>b</li></ul>c</li></ul>")
            << QStringLiteral("<ul>\n<li>a<ul>\n<li>b</li>\n</ul></li>\n<li>c</li>\n</ul>");
        QTest::newRow("edge: a second nested list in one item joins the item's list")
            << QStringLiteral("<ul><li>a<ul><li>b</li></ul><ol><li>c</li></ol></li></ul>")
            << QStringLiteral("<ul>\n<li>a<ul>\n<li>b</li>\n</ul></li>\n<li>c</li>\n</ul>");
        QTest::newRow("edge: lists nest five deep at most")
            << QStringLiteral("<ul><li>1<ul><li>2<ul><li>3<ul><li>4<ul><li>5<ul><li>6<ul><li>7</li></ul></li>"
                              "</ul></li></ul></li></ul></li></ul></li></ul></li><li>x</li></ul>")
            << QStringLiteral("<ul>\n<li>1<ul>\n<li>2<ul>\n<li>3<ul>\n<li>4<ul>\n<li>5</li>\n<li>6</li>\n"
                              "<li>7</li>\n</ul></li>\n</ul></li>\n</ul></li>\n</ul></li>\n<li>x</li>\n</ul>");
        QTest::newRow("edge: empty nested lists and items leave nothing")
            << QStringLiteral("<ol><li>a<ul><li> </li></ul></li><li>b<ul></ul></li></ol>")
            << QStringLiteral("<ol>\n<li>a</li>\n<li>b</li>\n</ol>");
        QTest::newRow("nominal: paragraphs inside an item become line breaks")
            << QStringLiteral("<ol><li><p>một</p><p>hai</p></li></ol>")
            << QStringLiteral("<ol>\n<li>một<br>hai</li>\n</ol>");
        QTest::newRow("nominal: quote text goes into paragraphs")
            << QStringLiteral("<blockquote>Lời <b>trích</b><p>đoạn hai</p></blockquote>")
            << QStringLiteral("<blockquote>\n<p>Lời <strong>trích</strong></p>\n<p>đoạn hai</p>\n</blockquote>");
        QTest::newRow("nominal: links, http https mailto")
            << QStringLiteral("<p><a href=\"https://ntl.hanoi.gov.vn/a?b=1&amp;c=2\">web</a> "
                              "<a href=\"mailto:toasoan@ntl.vn\">thư</a></p>")
            << QStringLiteral("<p><a href=\"https://ntl.hanoi.gov.vn/a?b=1&amp;c=2\">web</a> "
                              "<a href=\"mailto:toasoan@ntl.vn\">thư</a></p>");
        QTest::newRow("nominal: underline inside a link is the link's own")
            << QStringLiteral("<p><a href=\"http://a.vn\"><u>x</u></a></p>")
            << QStringLiteral("<p><a href=\"http://a.vn\">x</a></p>");
        QTest::newRow("nominal: figure with caption")
            << QStringLiteral("<figure class=\"alignright\"><img src=\"media:12\" alt=\"Ảnh\"><figcaption>Hội "
                              "nghị</figcaption></figure>")
            << QStringLiteral("<figure class=\"alignright\"><img src=\"media:12\" alt=\"Ảnh\">"
                              "<figcaption>Hội nghị</figcaption></figure>");
        QTest::newRow("nominal: an image leaves its paragraph, centred by default")
            << QStringLiteral("<p>Trước <img src=\"https://a.vn/x.jpg\"> sau</p>")
            << QStringLiteral("<p>Trước</p>\n<figure class=\"aligncenter\"><img src=\"https://a.vn/x.jpg\" "
                              "alt=\"\"></figure>\n<p>sau</p>");
        QTest::newRow("nominal: paragraph alignment places the image")
            << QStringLiteral("<p align=\"left\"><img src=\"media:3\"></p><h6>không phải chú thích</h6>")
            << QStringLiteral("<figure class=\"alignleft\"><img src=\"media:3\" alt=\"\"></figure>\n"
                              "<h3>không phải chú thích</h3>");
        QTest::newRow("nominal: table with header, short rows padded")
            << QStringLiteral("<table border=1><tr><th>Xã</th><th>Số</th></tr><tr><td>An "
                              "<b>Khánh</b></td></tr></table>")
            << QStringLiteral("<table>\n<thead>\n<tr><th>Xã</th><th>Số</th></tr>\n</thead>\n<tbody>\n"
                              "<tr><td>An <strong>Khánh</strong></td><td></td></tr>\n</tbody>\n</table>");
        QTest::newRow("nominal: bold in a header cell is redundant")
            << QStringLiteral("<table><thead><tr><td><b>A</b></td></tr></thead><tbody><tr><td>1</td></tr></tbody>"
                              "</table>")
            << QStringLiteral("<table>\n<thead>\n<tr><th>A</th></tr>\n</thead>\n<tbody>\n<tr><td>1</td></tr>\n"
                              "</tbody>\n</table>");
        QTest::newRow("nominal: white space collapses, breaks kept")
            << QStringLiteral("<p>  Một\n   hai <br>  ba  </p>") << QStringLiteral("<p>Một hai<br>ba</p>");
        QTest::newRow("nominal: two breaks start a paragraph")
            << QStringLiteral("Đoạn một<br><br>Đoạn hai<br>") << QStringLiteral("<p>Đoạn một</p>\n<p>Đoạn hai</p>");
        QTest::newRow("nominal: NFD becomes NFC, eth becomes Đ")
            << QStringLiteral("<p>Qua\u0323\u0302n \u00D0o\u0302\u0301ng</p>") << QStringLiteral("<p>Quận Đống</p>");
        QTest::newRow("nominal: entities are escaped once")
            << QStringLiteral("<p>a &lt;b&gt; &amp; c</p>") << QStringLiteral("<p>a &lt;b&gt; &amp; c</p>");
        QTest::newRow("robustness: empty and nbsp-only paragraphs go")
            << QStringLiteral("<p></p><p>&nbsp;</p><p> <br> </p><p>x</p>") << QStringLiteral("<p>x</p>");
        QTest::newRow("robustness: relative and javascript links keep their text")
            << QStringLiteral("<p><a href=\"/bai-viet\">một</a> <a href=\"javascript:alert(1)\">hai</a></p>")
            << QStringLiteral("<p>một hai</p>");
        QTest::newRow("robustness: data and relative images go")
            << QStringLiteral("<p>a<img src=\"data:image/png;base64,AAAA\"><img src=\"x.png\"></p>")
            << QStringLiteral("<p>a</p>");
        QTest::newRow("robustness: scripts, styles and their content go")
            << QStringLiteral("<style>p{}</style><script>alert(1)</script><p onclick=\"x\">ok</p>")
            << QStringLiteral("<p>ok</p>");
        QTest::newRow("robustness: mis-nested formatting comes out well formed")
            << QStringLiteral("<p><b>a<i>b</b>c</i></p>")
            << QStringLiteral("<p><strong>a<em>b</em></strong><em>c</em></p>");
        QTest::newRow("robustness: formatting does not leak out of its paragraph")
            << QStringLiteral("<p><b>a</p><p>b</p>") << QStringLiteral("<p><strong>a</strong></p>\n<p>b</p>");
        QTest::newRow("robustness: links do not nest")
            << QStringLiteral("<p><a href=\"http://a.vn\">a<a href=\"http://b.vn\">b</a></a></p>")
            << QStringLiteral("<p><a href=\"http://a.vn\">ab</a></p>");
        QTest::newRow("robustness: images in lists and tables go")
            << QStringLiteral("<ul><li>x<img src=\"media:1\"></li></ul><table><tr><td><img src=\"media:2\">y</td></tr>"
                              "</table>")
            << QStringLiteral("<ul>\n<li>x</li>\n</ul>\n<table>\n<tbody>\n<tr><td>y</td></tr>\n</tbody>\n</table>");
        QTest::newRow("robustness: a caption outside a figure is a paragraph")
            << QStringLiteral("<figcaption>chú thích</figcaption>") << QStringLiteral("<p>chú thích</p>");
        QTest::newRow("robustness: a nested table is flattened into its cell")
            << QStringLiteral("<table><tr><td>a<table><tr><td>b</td><td>c</td></tr></table></td></tr></table>")
            << QStringLiteral("<table>\n<tbody>\n<tr><td>a<br>b c</td></tr>\n</tbody>\n</table>");
        QTest::newRow("robustness: unclosed everything") << QStringLiteral("<ul><li><b>một<li>hai")
                                                         << QStringLiteral("<ul>\n<li><strong>một</strong></li>\n"
                                                                           "<li><strong>hai</strong></li>\n</ul>");
        QTest::newRow("robustness: empty input") << QString() << QString();
    }

    void normalizes()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const QString out = normalizeBody(input);
        QCOMPARE(out, expected);
        QCOMPARE(normalizeBody(out), out); // idempotent
    }

    void readsQtHtml_data()
    {
        QTest::addColumn<QString>("qtHtml");
        QTest::addColumn<QString>("expected");
        const QString head = QStringLiteral(
            "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0//EN\" \"http://www.w3.org/TR/REC-html40/strict.dtd\">\n"
            "<html><head><meta name=\"qrichtext\" content=\"1\" /><meta charset=\"utf-8\" /><style "
            "type=\"text/css\">\np, li { white-space: pre-wrap; }\n</style></head><body style=\" "
            "font-family:'Sans Serif'; font-size:9pt; font-weight:400; font-style:normal;\">\n");
        const QString p = QStringLiteral("<p style=\" margin-top:0px; margin-bottom:0px; margin-left:0px; "
                                         "margin-right:0px; -qt-block-indent:0; text-indent:0px;\">");
        QTest::newRow("nominal: styled spans")
            << head + p +
                   QStringLiteral("Chữ <span style=\" font-weight:700;\">đậm</span> <span style=\" "
                                  "font-style:italic;\">nghiêng</span> <span style=\" text-decoration: "
                                  "underline;\">gạch</span> <span style=\" font-weight:600; font-style:italic; "
                                  "color:#ff0000;\">cả hai</span></p></body></html>")
            << QStringLiteral("<p>Chữ <strong>đậm</strong> <em>nghiêng</em> <u>gạch</u> <strong><em>cả "
                              "hai</em></strong></p>");
        QTest::newRow("nominal: link span underline is not kept")
            << head + p +
                   QStringLiteral("<a href=\"https://a.vn\"><span style=\" text-decoration: underline; "
                                  "color:#0000ff;\">liên kết</span></a></p></body></html>")
            << QStringLiteral("<p><a href=\"https://a.vn\">liên kết</a></p>");
        QTest::newRow("nominal: heading spans are not bold")
            << head + QStringLiteral("<h2 style=\" margin-top:16px;\"><span style=\" font-size:x-large; "
                                     "font-weight:700;\">Tít</span></h2></body></html>")
            << QStringLiteral("<h2>Tít</h2>");
        QTest::newRow("nominal: indented paragraphs are a quote")
            << head +
                   QStringLiteral("<p style=\" margin-top:12px; margin-bottom:12px; margin-left:40px; "
                                  "margin-right:40px;\">Một</p><p style=\" margin-left:40px; "
                                  "margin-right:40px;\">Hai</p>") +
                   p + QStringLiteral("Ba</p></body></html>")
            << QStringLiteral("<blockquote>\n<p>Một</p>\n<p>Hai</p>\n</blockquote>\n<p>Ba</p>");
        QTest::newRow("nominal: image paragraph and h6 caption")
            << head + QStringLiteral("<p align=\"right\" style=\" margin-top:0px;\"><img src=\"media:7\" alt=\"Toàn "
                                     "cảnh\" /></p>\n<h6 align=\"right\" style=\" margin-top:0px;\"><span style=\" "
                                     "font-size:small; font-weight:400;\">Toàn cảnh hội nghị</span></h6></body></html>")
            << QStringLiteral("<figure class=\"alignright\"><img src=\"media:7\" alt=\"Toàn cảnh\">"
                              "<figcaption>Toàn cảnh hội nghị</figcaption></figure>");
        // As QTextDocument::toHtml() writes a list inside a list (indent 2), Qt 6.4.
        const QString list = QStringLiteral("style=\"margin-top: 0px; margin-bottom: 0px; margin-left: 0px; "
                                            "margin-right: 0px; -qt-list-indent: %1;\"");
        const QString li = QStringLiteral("<li style=\" margin-top:0px; margin-bottom:0px; margin-left:0px; "
                                          "margin-right:0px; -qt-block-indent:0; text-indent:0px;\">");
        QTest::newRow("nominal: nested lists")
            << head + QStringLiteral("<ol ") + list.arg(1) + QStringLiteral(">\n") + li + QStringLiteral("một\n<ul ") +
                   list.arg(2) + QStringLiteral(">\n") + li + QStringLiteral("hai</li>\n") + li +
                   QStringLiteral("ba</li></ul></li>\n") + li + QStringLiteral("bốn</li></ol></body></html>")
            << QStringLiteral("<ol>\n<li>một<ul>\n<li>hai</li>\n<li>ba</li>\n</ul></li>\n<li>bốn</li>\n</ol>");
        QTest::newRow("robustness: empty paragraph markers go")
            << head + QStringLiteral("<p style=\"-qt-paragraph-type:empty; margin-top:0px;\"><br /></p></body></html>")
            << QString();
    }

    void readsQtHtml()
    {
        QFETCH(QString, qtHtml);
        QFETCH(QString, expected);
        QCOMPARE(bodyFromQtHtml(qtHtml), expected);
    }

    void writesQtHtml()
    {
        const QString body = QStringLiteral("<figure class=\"alignleft\"><img src=\"media:4\" alt=\"a\">"
                                            "<figcaption>Chú <em>thích</em></figcaption></figure>\n"
                                            "<table>\n<tbody>\n<tr><td>x</td></tr>\n</tbody>\n</table>");
        const QString qt = bodyToQtHtml(body);
        QVERIFY2(qt.contains(QStringLiteral("<p align=\"left\"><img src=\"media:4\" alt=\"a\"></p>")), qPrintable(qt));
        QVERIFY2(qt.contains(QStringLiteral("<h6 align=\"left\">")), qPrintable(qt));
        QVERIFY2(qt.contains(QStringLiteral("<table border=\"1\"")), qPrintable(qt));
        QVERIFY(!qt.contains(QStringLiteral("figure")));
        QCOMPARE(bodyFromQtHtml(qt), normalizeBody(body));
    }

    void helpers()
    {
        QCOMPARE(mediaIdFromSource(mediaSource(42)), 42);
        QCOMPARE(mediaIdFromSource(QStringLiteral("media:x")), 0);
        QVERIFY(isBodyLinkUrl(QStringLiteral("https://ntl.vn/a")));
        QVERIFY(isBodyLinkUrl(QStringLiteral("mailto:a@b.vn")));
        QVERIFY(!isBodyLinkUrl(QStringLiteral("ftp://a.vn")));
        QVERIFY(!isBodyLinkUrl(QStringLiteral("https:///nohost")));
        QVERIFY(!isBodyLinkUrl(QStringLiteral("java\tscript:alert(1)")));
        QVERIFY(isBodyImageSource(QStringLiteral("media:1")));
        QVERIFY(!isBodyImageSource(QStringLiteral("file:///tmp/a.png")));
        QCOMPARE(bodyImageSources(QStringLiteral("<img src=\"media:1\"><img src=\"x.png\"><img src=\"media:1\">"
                                                 "<img src=\"https://a.vn/b.jpg\">")),
                 QStringList({QStringLiteral("media:1"), QStringLiteral("https://a.vn/b.jpg")}));
        QCOMPARE(toPlainText(QStringLiteral("<h2>Tít</h2>\n<p>Một<br>hai</p>\n<ul>\n<li>ba</li>\n</ul>")),
                 QStringLiteral("Tít\nMột\nhai\nba"));
    }

    // Plain text shows a nested item indented under its item, two spaces a level.
    void plainTextIndentsNestedLists()
    {
        const QString body = normalizeBody(
            QStringLiteral("<p>Mở đầu</p><ol><li>một<ul><li>hai<ul><li>ba</li></ul></li></ul></li><li>bốn</li></ol>"));
        PlainTextOptions readable;
        readable.readable = true;
        QCOMPARE(toPlainText(body, readable), QStringLiteral("Mở đầu\n\n• một\n  • hai\n    • ba\n• bốn"));
        QCOMPARE(toPlainText(body), QStringLiteral("Mở đầu\nmột\nhai\nba\nbốn"));
        const QList<TextBlock> blocks = structuredBlocks(body);
        QCOMPARE(blocks.size(), 5);
        QCOMPARE(blocks.at(1).listLevel, 1);
        QCOMPARE(blocks.at(1).number, 1);
        QCOMPARE(blocks.at(2).listLevel, 2);
        QCOMPARE(blocks.at(3).listLevel, 3);
        QCOMPARE(blocks.at(4).listLevel, 1);
        QCOMPARE(blocks.at(4).number, 2);
    }

    void largeInputIsLinear()
    {
        // 20,000 nested unclosed spans and 200,000 paragraphs: no quadratic path, no stack overflow.
        QString nested;
        for (int i = 0; i < 20000; ++i) {
            nested += QStringLiteral("<div><span><b>x");
        }
        QString many;
        for (int i = 0; i < 200000; ++i) {
            many += QStringLiteral("<p>đoạn</p>");
        }
        const QString a = normalizeBody(nested);
        QVERIFY(a.startsWith(QStringLiteral("<p><strong>x</strong></p>")));
        const QString b = normalizeBody(many);
        QCOMPARE(b.count(QStringLiteral("<p>")), 200000);
    }
};

QTEST_GUILESS_MAIN(TestBodyHtml)
#include "tst_bodyhtml.moc"
