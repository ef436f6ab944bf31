// The agreement test of issue 11: one table of HTML inputs (Word, LibreOffice, web pages, hostile
// markup, entities, broken nesting, tables, lists) run through every entry point of the article
// HTML — paste, import, the editor's load path, publishing, plain text — which must agree on the
// body subset, because they all go through the one body normaliser (html::normalizeBody()).
//
// Where an entry point legitimately differs, the row says so in a column of its own:
// - paste reads clipboard conventions (Word's mso-list paragraphs become lists, Word's heading/quote
//   classes, a copied page's h1 shifts its h2 to h3): only the clipboard carries them, so a stored
//   body or an imported file keeps such paragraphs as they are. `pasteBody` is paste's result there.
// - import takes the first h1 as the title and class sapo/byline/source elements and an opening
//   "(NTL) " as fields: the rows avoid them (tst_htmlimport covers them).
// - publishing leaves out images not uploaded (media:ID) and gives WordPress's classes to uploaded
//   ones: `publishBody` is its result where a row holds a local image.
#include "app/html/BodyHtml.h"
#include "app/html/PasteCleaner.h"
#include "app/html/PlainText.h"
#include "app/html/SitePolicy.h"
#include "app/io/ArticleImport.h"
#include "app/io/HtmlImport.h"
#include "ui/editor/DocumentHtml.h"

#include <QTest>
#include <QTextDocument>

using namespace toasoan;

namespace {

// The editor's load path: RichTextEditor::setBodyHtml() then bodyHtml().
QString loaded(const QString &html, QString *viaToHtml)
{
    QTextDocument document;
    document.setHtml(html::bodyToQtHtml(html));
    *viaToHtml = html::bodyFromQtHtml(document.toHtml());
    return ui::documentToBody(document);
}

} // namespace

class TestHtmlPipeline final : public QObject
{
    Q_OBJECT

private slots:
    void entryPointsAgree_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");    ///< the body
        QTest::addColumn<QString>("pasteBody");   ///< empty: paste gives the body
        QTest::addColumn<QString>("publishBody"); ///< empty: publishing gives the body
        const auto row = [](const char *name, const char *input, const char *expected, const char *paste = "",
                            const char *publish = "") {
            QTest::newRow(name) << QString::fromUtf8(input) << QString::fromUtf8(expected) << QString::fromUtf8(paste)
                                << QString::fromUtf8(publish);
        };

        // Word.
        row("word: MsoNormal paragraphs, spans and o:p",
            "<p class=MsoNormal style='margin-bottom:0cm;line-height:normal'><span lang=VI "
            "style='font-size:13.0pt;font-family:\"Times New Roman\",serif'>Sáng nay<o:p></o:p></span></p>\n"
            "<p class=MsoNormal><b><span style='mso-bidi-font-weight:normal'>Quận ủy</span></b> họp<o:p>&nbsp;</o:p>"
            "</p>",
            "<p>Sáng nay</p>\n<p><strong>Quận ủy</strong> họp\u00A0</p>"); // Word's &nbsp; in o:p is text
        row("word: conditional comments and xml islands",
            "<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>Lan</o:Author></o:DocumentProperties>"
            "</xml><![endif]--><![if !supportLineBreakNewLine]><p class=MsoNormal>a<w:sdt>ẩn</w:sdt>b</p>"
            "<![endif]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml>",
            "<p>ab</p>");
        row("word: mso-list paragraphs",
            "<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if "
            "!supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span "
            "style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Một<o:p></o:p>"
            "</p><p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if "
            "!supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span "
            "style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Hai<o:p></o:p>"
            "</p>",
            // Outside the clipboard the bullet is the text Word wrote.
            "<p>·\u00A0\u00A0\u00A0 Một</p>\n<p>·\u00A0\u00A0\u00A0 Hai</p>",
            "<ul>\n<li>Một</li>\n<li>Hai</li>\n</ul>");
        // Word's clipboard writes a nested list as paragraphs of a deeper mso-list level.
        row("word: mso-list levels nest",
            "<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]><span "
            "style='mso-list:Ignore'>1.<span>&nbsp; </span></span><![endif]>Một</p>"
            "<p class=MsoListParagraphCxSpMiddle style='mso-list:l0 level2 lfo1'><![if !supportLists]><span "
            "style='font-family:\"Courier New\"'><span style='mso-list:Ignore'>o<span>&nbsp; </span></span></span>"
            "<![endif]>Hai</p>"
            "<p class=MsoListParagraphCxSpMiddle style='mso-list:l0 level3 lfo1'><![if !supportLists]><span "
            "style='mso-list:Ignore'>a.<span>&nbsp; </span></span><![endif]>Ba</p>"
            "<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><![if !supportLists]><span "
            "style='mso-list:Ignore'>2.<span>&nbsp; </span></span><![endif]>Bốn</p><p class=MsoNormal>Sau</p>",
            "<p>1.\u00A0 Một</p>\n<p>o\u00A0 Hai</p>\n<p>a.\u00A0 Ba</p>\n<p>2.\u00A0 Bốn</p>\n<p>Sau</p>",
            "<ol>\n<li>Một<ul>\n<li>Hai<ol>\n<li>Ba</li>\n</ol></li>\n</ul></li>\n<li>Bốn</li>\n</ol>\n<p>Sau</p>");
        row("word: quote class", "<p class=MsoQuote>Trích dẫn</p><p class=MsoNormal>Sau</p>",
            "<p>Trích dẫn</p>\n<p>Sau</p>", "<blockquote>\n<p>Trích dẫn</p>\n</blockquote>\n<p>Sau</p>");

        // LibreOffice.
        row("libreoffice: font and styled spans",
            "<p style=\"margin-bottom: 0.25cm; line-height: 115%\"><font face=\"Liberation Serif, serif\"><font "
            "size=\"3\" style=\"font-size: 12pt\"><span style=\"font-weight: bold\">Đậm</span> và <span "
            "style=\"font-style: italic\">nghiêng</span>, <span style=\"text-decoration: "
            "underline\">gạch</span></font></font></p>",
            "<p><strong>Đậm</strong> và <em>nghiêng</em>, <u>gạch</u></p>");
        row("libreoffice: aligned paragraphs and line breaks",
            "<p align=\"center\" style=\"margin-bottom: 0cm\">Dòng một<br/>Dòng hai</p><p style=\"text-indent: "
            "1cm\"><font color=\"#ff0000\">Đỏ</font></p>",
            "<p>Dòng một<br>Dòng hai</p>\n<p>Đỏ</p>");

        // Web pages.
        row("web: header, nav, div soup",
            "<header><div class=logo>Cổng</div><nav><a href=\"/\">Trang chủ</a></nav></header><main><article>"
            "<div class=content><div><p>Nội dung</p></div><div>Khối <span>rời</span></div></div></article></main>"
            "<footer><div>© 2024</div></footer>",
            "<p>Cổng</p>\n<p>Nội dung</p>\n<p>Khối rời</p>\n<p>© 2024</p>");
        row("web: relative and absolute links",
            "<p><a href=\"/tin/1\">tin</a> và <a href=\"https://x.vn/a?b=1&amp;c=2\" target=_blank "
            "rel=noopener>ngoài</a>, <a href=\"mailto:toa@x.vn\">thư</a></p>",
            "<p>tin và <a href=\"https://x.vn/a?b=1&amp;c=2\">ngoài</a>, <a href=\"mailto:toa@x.vn\">thư</a></p>");
        row("web: figure and figcaption",
            "<figure class=\"wp-block-image alignright\"><img src=\"https://x.vn/a.jpg\" alt=\"Cầu\" "
            "srcset=\"https://x.vn/a-300.jpg 300w\" loading=lazy><figcaption>Cầu <b>mới</b></figcaption></figure>",
            "<figure class=\"alignright\"><img src=\"https://x.vn/a.jpg\" alt=\"Cầu\"><figcaption>Cầu "
            "<strong>mới</strong></figcaption></figure>");
        row("web: image inside a paragraph",
            "<p>Trước<img src=\"https://x.vn/b.png\" alt=\"B\" style=\"float:left\">sau</p>",
            "<p>Trước</p>\n<figure class=\"alignleft\"><img src=\"https://x.vn/b.png\" alt=\"B\"></figure>\n"
            "<p>sau</p>");

        // Hostile markup.
        row("hostile: script and style",
            "<p>a<script>document.write('<p>x</p>')</script>b</p><style>p{color:red}</style><SCRIPT>x</SCRIPT >",
            "<p>ab</p>");
        row("hostile: event handlers", "<p onclick=\"evil()\">t</p><img src=\"https://x.vn/a.jpg\" onerror=\"evil()\">",
            "<p>t</p>\n<figure class=\"aligncenter\"><img src=\"https://x.vn/a.jpg\" alt=\"\"></figure>");
        row("hostile: javascript and vbscript links",
            "<p><a href=\"javascript:alert(1)\">a</a><a href=\"vbscript:x\">b</a><a href=\" JaVa\tScRiPt:x\">c</a>"
            "<a href=\"\x01javascript:x\">d</a></p>",
            "<p>abcd</p>");
        row("hostile: entity-hidden schemes",
            "<p><a href=\"jav&#x61;script&colon;x\">a</a><a href=\"&#106;avascript:x\">b</a><a "
            "href=\"javascript&amp;colon;x\">c</a><a href=\"java&#9;script:x\">d</a></p>",
            "<p>abcd</p>");
        row("hostile: data URLs",
            "<p><a href=\"data:text/html,<script>x</script>\">a</a><img src=\"data:image/png;base64,AAAA\">b</p>",
            "<p>ab</p>");
        row("hostile: svg and math",
            "<svg><script>evil()</script><a xlink:href=\"javascript:x\">t</a></svg><math><mi>x</mi></math><p>a</p>",
            "<p>a</p>");
        row("hostile: iframes, objects and media",
            "<p>a<iframe src=\"https://x.vn\">b</iframe><object data=x>o</object><embed src=y><video><source "
            "src=z>v</video>c</p>",
            "<p>ac</p>");
        row("hostile: forms",
            "<form action=\"https://x.vn\"><p>Tên</p><input value=\"x\"><select><option>o</option></select>"
            "<button>Gửi</button><textarea>t</textarea></form>",
            "<p>Tên</p>");
        row("hostile: head and title",
            "<html><head><title>Tiêu đề</title><meta name=x content=y><base "
            "href=\"https://evil.vn/\"></head><body><p>a</p></body></html>",
            "<p>a</p>");

        // Entities.
        row("entities: named and numeric",
            "<p>H&agrave; N&#7897;i &amp; &lt;tag&gt; &#x1EBF; &hellip; c&agrave; ph&ecirc;</p>",
            "<p>Hà Nội &amp; &lt;tag&gt; ế … cà phê</p>");
        row("entities: NFD text", "<p>Qua\xcc\x82\xcc\xa3n u\xcc\x89y</p>", "<p>Quận ủy</p>");

        // Broken nesting.
        row("broken: misnested inline", "<p><b><i>x</b></i>y</p>", "<p><strong><em>x</em></strong>y</p>");
        row("broken: unclosed p, li and td", "<p>a<p>b<ul><li>c<li>d</ul><table><tr><td>e<td>f</table>",
            "<p>a</p>\n<p>b</p>\n<ul>\n<li>c</li>\n<li>d</li>\n</ul>\n<table>\n<tbody>\n<tr><td>e</td><td>f</td></tr>"
            "\n</tbody>\n</table>");
        row("broken: stray end tags and unterminated markup", "</p></div><p>a</b></p><p class=\"x", "<p>a</p>");

        // Tables and lists.
        row("tables: header row",
            "<table border=1 style=\"width:100%\"><thead><tr><th>Giải</th><th>Đơn vị</th></tr></thead><tbody><tr>"
            "<td>Nhất</td><td><p>An Khánh</p></td></tr></tbody></table>",
            "<table>\n<thead>\n<tr><th>Giải</th><th>Đơn vị</th></tr>\n</thead>\n<tbody>\n<tr><td>Nhất</td><td>An "
            "Khánh</td></tr>\n</tbody>\n</table>");
        row("lists: ordered with a nested list", "<ol start=3><li>một</li><li>hai<ul><li>lồng</li></ul></li></ol>",
            "<ol>\n<li>một</li>\n<li>hai<ul>\n<li>lồng</li>\n</ul></li>\n</ol>"); // no start
        row("lists: quote", "<blockquote><p>trích</p><p>dẫn</p></blockquote>",
            "<blockquote>\n<p>trích</p>\n<p>dẫn</p>\n</blockquote>");
        // A <br> that ends bold text, then a new block in a cell or an item: one line break, not two (the
        // fuzzers' find: the second reading kept one, so normalizeBody was not idempotent).
        row("tables: bold ending in a break, then a paragraph",
            "<table><tr><td><b>Mục một<br></b><p>Mục hai</p></td></tr></table>",
            "<table>\n<tbody>\n<tr><td><strong>Mục một<br></strong>Mục hai</td></tr>\n</tbody>\n</table>");
        row("lists: bold ending in a break, then a paragraph", "<ul><li><b>một<br></b><div>hai</div></li></ul>",
            "<ul>\n<li><strong>một<br></strong>hai</li>\n</ul>");

        // One caption a figure: a second figcaption inside an unclosed first follows the figure as a paragraph,
        // as it does when the body is read again (the fuzzers' find).
        row("figures: figcaption inside an unclosed figcaption",
            "<figure><img src=\"https://x.vn/a.jpg\" alt=\"Ảnh\"><figcaption>Cầu mới<figcaption>Cầu cũ</figcaption>"
            "</figure>",
            "<figure class=\"aligncenter\"><img src=\"https://x.vn/a.jpg\" alt=\"Ảnh\"><figcaption>Cầu mới"
            "</figcaption></figure>\n<p>Cầu cũ</p>");

        // Local images: kept by every entry point but publishing, which never sends media:ID.
        row("media: local image with caption",
            "<p>a</p><figure class=alignleft><img src=\"media:7\" alt=\"Ảnh\"><figcaption>Chú thích</figcaption>"
            "</figure>",
            "<p>a</p>\n<figure class=\"alignleft\"><img src=\"media:7\" alt=\"Ảnh\"><figcaption>Chú thích"
            "</figcaption></figure>",
            "", "<p>a</p>\n<p>Chú thích</p>");
    }

    void entryPointsAgree()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(QString, pasteBody);
        QFETCH(QString, publishBody);

        const QString body = html::normalizeBody(input);
        QCOMPARE(body, expected);
        QVERIFY(!body.isEmpty());
        QCOMPARE(html::normalizeBody(body), body); // idempotent: a stored body stays as it is

        // Import: `toasoan articles import` of an HTML file.
        QCOMPARE(io::parseHtmlArticle(input).body, body);
        QCOMPARE(io::articleFromHtml(input).body, body);

        // Paste.
        const QString pasted = html::PasteCleaner().cleanHtml(input).body;
        QCOMPARE(pasted, pasteBody.isEmpty() ? body : pasteBody);
        QCOMPARE(html::normalizeBody(pasted), pasted); // what paste gives is a body already

        // Load: the editor opens the stored HTML and saves it back unchanged.
        QString viaToHtml;
        QCOMPARE(loaded(input, &viaToHtml), body);
        QCOMPARE(viaToHtml, body);

        // Publish: the body, plus only the site policy.
        const QString published = html::publishBody(input);
        QCOMPARE(published, publishBody.isEmpty() ? body : publishBody);
        QCOMPARE(html::publishBody(body), published);

        // Plain text: the same words whichever way the body came.
        const QString text = html::toPlainText(body);
        QVERIFY(!text.isEmpty());
        QCOMPARE(html::toPlainText(published), text);
        QCOMPARE(html::toPlainText(loaded(body, &viaToHtml)), html::toPlainText(body));
        if (pasteBody.isEmpty()) {
            QCOMPARE(html::toPlainText(pasted), text);
        }
        for (const char *banned : {"<script", "javascript", "vbscript", "data:", "onerror", "onclick",
                                   "style=", "<iframe", "<svg", "<math", "<input", "<form", "<o:p", "mso-"}) {
            QVERIFY2(!body.contains(QLatin1String(banned), Qt::CaseInsensitive), banned);
            QVERIFY2(!pasted.contains(QLatin1String(banned), Qt::CaseInsensitive), banned);
            QVERIFY2(!published.contains(QLatin1String(banned), Qt::CaseInsensitive), banned);
        }
    }

    // Publishing adds its site policy in one place, and only there.
    void publishingAddsOnlyTheSitePolicy()
    {
        const QString input = QStringLiteral("<p>a</p><figure class=alignright><img src=media:7 alt=\"Ảnh\">"
                                             "</figure><figure><img src=https://x.vn/b.png></figure>");
        const QString published = html::publishBody(input, [](qint64 id) -> std::optional<html::PublishedImage> {
            return html::PublishedImage{QStringLiteral("https://site.vn/up/%1.jpg").arg(id),
                                        QStringLiteral("wp-image-%1").arg(id + 100)};
        });
        QCOMPARE(published, QString::fromUtf8("<p>a</p>\n<figure class=\"alignright\"><img "
                                              "src=\"https://site.vn/up/7.jpg\" alt=\"Ảnh\" class=\"wp-image-107\">"
                                              "</figure>\n<figure class=\"aligncenter\"><img "
                                              "src=\"https://x.vn/b.png\" alt=\"\"></figure>"));
        // Take the site policy's additions away and the body is left.
        QString reverted = published;
        reverted.replace(QStringLiteral("https://site.vn/up/7.jpg\" alt=\"Ảnh\" class=\"wp-image-107\""),
                         QStringLiteral("media:7\" alt=\"Ảnh\""));
        QCOMPARE(reverted, html::normalizeBody(input));
    }

    // The one URL policy (html/UrlPolicy.h), asked by the writer, the link dialog, paste and publishing.
    void urlPolicy_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("compacted");
        QTest::addColumn<bool>("link");
        QTest::addColumn<bool>("image");
        const auto row = [](const char *name, const QString &raw, const char *compacted, bool link, bool image) {
            QTest::newRow(name) << raw << QString::fromUtf8(compacted) << link << image;
        };
        row("nominal: https", QStringLiteral("https://x.vn/a?b=1&c=2"), "https://x.vn/a?b=1&c=2", true, true);
        row("nominal: Vietnamese path", QStringLiteral("https://x.vn/tin-tức"), "https://x.vn/tin-tức", true, true);
        row("nominal: mailto", QStringLiteral("mailto:toa@x.vn"), "mailto:toa@x.vn", true, false);
        row("nominal: media", QStringLiteral("media:12"), "media:12", false, true);
        row("nominal: spaces trimmed and encoded", QStringLiteral(" https://x.vn/a b\n"), "https://x.vn/a%20b", true,
            true);
        row("robustness: tab in the scheme", QStringLiteral("java\tscript:x"), "javascript:x", false, false);
        row("robustness: leading control", QStringLiteral("\x01javascript:x"), "javascript:x", false, false);
        row("robustness: soft hyphen and zero-width space", QStringLiteral("java\u00ADscr\u200Bipt:x"), "javascript:x",
            false, false);
        row("robustness: entity left over", QStringLiteral("javascript&colon;x"), "javascript&colon;x", false, false);
        row("robustness: data", QStringLiteral("data:image/png;base64, AAAA"), "data:image/png;base64, AAAA", false,
            false);
        row("robustness: relative", QStringLiteral("/tin/1"), "/tin/1", false, false);
        row("robustness: no host", QStringLiteral("https:///a"), "https:///a", false, false);
        row("robustness: mailto without address", QStringLiteral("mailto:toa"), "mailto:toa", false, false);
        row("robustness: file", QStringLiteral("file:///etc/passwd"), "file:///etc/passwd", false, false);
        row("robustness: media without id", QStringLiteral("media:x"), "media:x", false, false);
    }

    void urlPolicy()
    {
        QFETCH(QString, raw);
        QFETCH(QString, compacted);
        QFETCH(bool, link);
        QFETCH(bool, image);
        QCOMPARE(html::compactUrl(raw), compacted);
        QCOMPARE(html::isBodyLinkUrl(compacted), link);
        QCOMPARE(html::isBodyImageSource(compacted), image);
        // The body keeps exactly the URLs the policy accepts, wherever they come from.
        const QString body =
            html::normalizeBody(QStringLiteral("<p><a href=\"") + raw.toHtmlEscaped() + QStringLiteral("\">t</a></p>"));
        QCOMPARE(body.contains(QLatin1String("<a href")), link);
        QCOMPARE(html::PasteCleaner()
                     .cleanHtml(QStringLiteral("<p><a href=\"") + raw.toHtmlEscaped() + QStringLiteral("\">t</a></p>"))
                     .body,
                 body);
    }

    void resolvesRelativeUrls()
    {
        const QUrl page(QStringLiteral("https://x.vn/muc/bai.html"));
        QCOMPARE(html::resolveUrl(QStringLiteral(" ../anh 1.png"), page), QStringLiteral("https://x.vn/anh%201.png"));
        QCOMPARE(html::resolveUrl(QStringLiteral("media:3"), page), QStringLiteral("media:3"));
        QCOMPARE(html::resolveUrl(QStringLiteral("/a"), QUrl()), QStringLiteral("/a"));
        QCOMPARE(html::mediaIdFromSource(html::mediaSource(42)), 42);
    }

    // Paste resolves relative URLs against the page copied from; the other entry points have no page.
    void pasteResolvesAgainstThePage()
    {
        const QString input = QStringLiteral("<p><a href=\"/tin/1\">tin</a><img src=\"../anh.png\" alt=\"A\"></p>");
        QCOMPARE(html::PasteCleaner().cleanHtml(input, QUrl(QStringLiteral("https://x.vn/muc/bai.html"))).body,
                 QStringLiteral("<p><a href=\"https://x.vn/tin/1\">tin</a></p>\n<figure class=\"aligncenter\"><img "
                                "src=\"https://x.vn/anh.png\" alt=\"A\"></figure>"));
        QCOMPARE(html::normalizeBody(input), QStringLiteral("<p>tin</p>"));
    }
};

QTEST_MAIN(TestHtmlPipeline)
#include "tst_html_pipeline.moc"
