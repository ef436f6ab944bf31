// What is sent to websites: html::publishBody(), the one body normaliser plus the site policy.
// Allow-list, nasty inputs, well-formedness. The rows are those of the former html::sanitize();
// where its subset was wider than the body's (h4, s/sub/sup/hr, table spans, link titles, relative
// URLs, images inside paragraphs) the expectation is now the body subset's.
#include "app/html/BodyHtml.h"
#include "app/html/HtmlLexer.h"
#include "app/html/SitePolicy.h"
#include "tests/publish/GarbageHtml.h"

#include <QTest>

using namespace toasoan;

namespace {

// Well formed = every start tag of a non-void element is closed, in order.
bool wellFormed(const QString &html)
{
    QStringList stack;
    for (const html::Token &t : html::tokenize(html)) {
        if (t.kind == html::Token::Kind::Start && t.name != QLatin1String("br") && t.name != QLatin1String("img") &&
            t.name != QLatin1String("hr")) {
            stack.append(t.name);
        } else if (t.kind == html::Token::Kind::End) {
            if (stack.isEmpty() || stack.takeLast() != t.name) {
                return false;
            }
        }
    }
    return stack.isEmpty();
}

} // namespace

class TestHtmlSanitizer : public QObject
{
    Q_OBJECT

private slots:
    void sanitizes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const char *in, const char *out) {
            QTest::newRow(name) << QString::fromUtf8(in) << QString::fromUtf8(out);
        };
        row("nominal: paragraphs and emphasis", "<p>Sáng <b>9/11</b>, <i>quận</i></p>",
            "<p>Sáng <strong>9/11</strong>, <em>quận</em></p>");
        row("nominal: loose text is wrapped", "Tin vắn", "<p>Tin vắn</p>");
        // Body subset: h1 → h2, h4–h6 → h3 (the former sanitizer kept h4).
        row("nominal: headings are mapped", "<h1>A</h1><h5>B</h5>", "<h2>A</h2>\n<h3>B</h3>");
        row("nominal: lists", "<ul><li>một<li>hai</ul>", "<ul>\n<li>một</li>\n<li>hai</li>\n</ul>");
        // Body subset: cells without spans, rows in tbody.
        row("nominal: table", "<table><tr><td colspan=2 style='x'>a</td></tr></table>",
            "<table>\n<tbody>\n<tr><td>a</td></tr>\n</tbody>\n</table>");
        row("nominal: figure with caption",
            "<figure><img src=\"https://x.vn/a.jpg\" alt=\"Cầu\"><figcaption>Cầu mới</figcaption></figure>",
            "<figure class=\"aligncenter\"><img src=\"https://x.vn/a.jpg\" alt=\"Cầu\"><figcaption>Cầu mới"
            "</figcaption></figure>");
        // Body subset: links keep their href only.
        row("nominal: link keeps href", "<p><a href=\"https://a.vn/x?y=1&amp;z=2\" title=\"T\">l</a></p>",
            "<p><a href=\"https://a.vn/x?y=1&amp;z=2\">l</a></p>");
        row("nominal: link with spaces compacted", "<p><a href=\" https://a.vn/a b\n\">l</a></p>",
            "<p><a href=\"https://a.vn/a%20b\">l</a></p>");
        row("nominal: NFD text becomes NFC", "<p>Vie\xcc\xa3\xcc\x82t</p>", "<p>Việt</p>");
        row("robustness: script dropped with content", "<p>a<script>alert('<p>x</p>')</script>b</p>", "<p>ab</p>");
        row("robustness: style and comments dropped", "<style>p{}</style><!-- secret --><p>x</p>", "<p>x</p>");
        row("robustness: uppercase script", "<SCRIPT>evil()</SCRIPT ><p>ok</p>", "<p>ok</p>");
        row("robustness: unterminated script swallows the rest", "<p>a</p><script>evil(); <p>b</p>", "<p>a</p>");
        row("robustness: event handlers dropped", "<p onclick=\"evil()\" onmouseover=x>t</p>", "<p>t</p>");
        row("robustness: javascript link unwrapped", "<p><a href=\"javascript:evil()\">t</a></p>", "<p>t</p>");
        row("robustness: entity-hidden javascript", "<p><a href=\"jav&#x61;script&colon;x\">t</a></p>", "<p>t</p>");
        row("robustness: double-escaped javascript", "<p><a href=\"javascript&amp;colon;x\">t</a></p>", "<p>t</p>");
        row("robustness: javascript with tab and case", "<p><a href=\"JaVa\tScRiPt:x\">t</a></p>", "<p>t</p>");
        row("robustness: javascript with newline and spaces", "<p><a href=\" java\nscript :x\">t</a></p>", "<p>t</p>");
        row("robustness: leading control characters", "<p><a href=\"\x01javascript:x\">t</a></p>", "<p>t</p>");
        row("robustness: soft hyphen in the scheme", "<p><a href=\"java\xc2\xadscript:x\">t</a></p>", "<p>t</p>");
        row("robustness: data image dropped", "<p>a<img src=\"data:image/png;base64,AAAA\">b</p>", "<p>ab</p>");
        row("robustness: data link dropped", "<p><a href=\"data:text/html,<script>x</script>\">t</a></p>", "<p>t</p>");
        row("robustness: vbscript dropped", "<p><a href='vbscript:msgbox'>t</a></p>", "<p>t</p>");
        row("robustness: Word debris",
            "<p class=MsoNormal style='mso-margin-top-alt:auto'><span lang=VI style='font-size:13pt'>Chữ<o:p></o:p>"
            "</span></p><![if !supportLists]><p class=MsoListParagraph>x</p><![endif]>",
            "<p>Chữ</p>\n<p>x</p>");
        row("robustness: Word conditional comment",
            "<!--[if gte mso 9]><xml><w:WordDocument/></xml><![endif]--><p>a</p>", "<p>a</p>");
        row("robustness: Word xml island", "<xml><o:DocumentProperties>Tác giả</o:DocumentProperties></xml><p>a</p>",
            "<p>a</p>");
        row("robustness: Word w: element", "<p>a<w:sdt>ẩn</w:sdt>b</p>", "<p>ab</p>");
        row("robustness: empty paragraphs dropped", "<p>&nbsp;</p><p> </p><p><br></p><p>a</p>", "<p>a</p>");
        row("robustness: unclosed tags closed", "<p><strong>a<em>b", "<p><strong>a<em>b</em></strong></p>");
        row("robustness: misnested tags", "<p><b>a<i>b</b>c</i></p>", "<p><strong>a<em>b</em></strong><em>c</em></p>");
        row("robustness: stray end tags ignored", "</p></div><p>a</b></p>", "<p>a</p>");
        row("robustness: lone less-than is text", "<p>1 < 2 & 3 > 2</p>", "<p>1 &lt; 2 &amp; 3 &gt; 2</p>");
        row("robustness: unterminated attribute swallows the rest", "<p>a</p><img src=\"x.jpg", "<p>a</p>");
        row("robustness: unterminated comment swallows the rest", "<p>a</p><!-- <p>b</p>", "<p>a</p>");
        row("robustness: iframe and form controls", "<p>a<iframe src=x>b</iframe><select><option>c</select>d</p>",
            "<p>ad</p>");
        row("robustness: media and objects", "<p>a<video><source src=x>v</video><object>o</object><embed src=y>b</p>",
            "<p>ab</p>");
        row("robustness: title and textarea text", "<title>Tiêu đề</title><p>a<textarea>t</textarea></p>", "<p>a</p>");
        row("robustness: svg payload", "<svg><script>evil()</script><a xlink:href=javascript:x>t</a></svg><p>a</p>",
            "<p>a</p>");
        row("robustness: math payload", "<math><mi xlink:href=javascript:x>m</mi></math><p>a</p>", "<p>a</p>");
        // Body subset: the outer link holds the text of a link nested in it.
        row("robustness: nested links do not nest", "<p><a href=https://a.vn/a>x<a href=https://a.vn/b>y</a></a></p>",
            "<p><a href=\"https://a.vn/a\">xy</a></p>");
        row("robustness: duplicate attributes first wins", "<p><a href=https://a.vn/ok href=javascript:x>t</a></p>",
            "<p><a href=\"https://a.vn/ok\">t</a></p>");
        // Body subset: relative links have no site to point to and are unwrapped.
        row("robustness: relative link unwrapped", "<p><a href=/a>t</a></p>", "<p>t</p>");
        row("robustness: quotes in attribute escaped",
            "<p><img src='https://x.vn/a.jpg' alt='x\" onerror=\"evil()'></p>",
            "<figure class=\"aligncenter\"><img src=\"https://x.vn/a.jpg\" alt=\"x&quot; onerror=&quot;evil()\">"
            "</figure>");
        row("robustness: numeric entities", "<p>&#7879;&#x1EC7;&#0;&#xD800;&#99999999;</p>",
            "<p>ệệ\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd</p>");
        row("robustness: div boundaries", "<div>a<div>b</div>c</div>", "<p>a</p>\n<p>b</p>\n<p>c</p>");
        row("robustness: li outside list becomes paragraph", "<li>x</li>", "<p>x</p>");
        // Body subset: figures carry one alignment class; any other class goes.
        row("nominal: WordPress figure keeps its alignment",
            "<figure class=\"wp-block-image alignleft size-large\"><img src=\"https://x.vn/a.jpg\" alt=\"Cầu\" "
            "class=\"wp-image-12  size-large\"><figcaption>Cầu mới</figcaption></figure>",
            "<figure class=\"alignleft\"><img src=\"https://x.vn/a.jpg\" alt=\"Cầu\"><figcaption>Cầu mới"
            "</figcaption></figure>");
        row("nominal: image class gives the side", "<p><img src=https://x.vn/a.jpg class=alignright></p>",
            "<figure class=\"alignright\"><img src=\"https://x.vn/a.jpg\" alt=\"\"></figure>");
        row("robustness: image classes only on figures",
            "<p class=\"alignleft\"><a href=https://x.vn class=\"aligncenter\">t</a></p><table class=alignright><tr>"
            "<td>c</td></tr></table>",
            "<p><a href=\"https://x.vn\">t</a></p>\n<table>\n<tbody>\n<tr><td>c</td></tr>\n</tbody>\n</table>");
        row("robustness: quote smuggled in a class",
            "<p><img src=https://x.vn/a.jpg class='alignleft\" onerror=\"evil()'></p>",
            "<figure class=\"aligncenter\"><img src=\"https://x.vn/a.jpg\" alt=\"\"></figure>");
        row("robustness: local media never leaves the machine", "<p>a<img src=\"media:7\"></p>", "<p>a</p>");
    }

    void sanitizes()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const QString out = html::publishBody(input);
        QCOMPARE(out, expected);
        QVERIFY2(wellFormed(out), qPrintable(out));
        // Publishing is idempotent: what we send is already clean.
        QCOMPARE(html::publishBody(out), out);
    }

    void survivesGarbage_data()
    {
        QTest::addColumn<QString>("input");
        for (const auto &[name, input] : test::garbageHtml()) {
            QTest::newRow(qPrintable(QStringLiteral("robustness: ") + name)) << input;
        }
    }

    // Well-formed, safe and stable output; how the time grows with the input: tests/bench/bench_publish_garbage.
    void survivesGarbage()
    {
        QFETCH(QString, input);
        const QString out = html::publishBody(input);
        QVERIFY(wellFormed(out));
        QVERIFY(!out.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        QCOMPARE(html::publishBody(out), out);
    }

    void rewritesImages()
    {
        const html::PublishImage upload = [](qint64 id) -> std::optional<html::PublishedImage> {
            if (id == 7) {
                return html::PublishedImage{QStringLiteral("https://site.vn/wp-content/uploads/anh.jpg"),
                                            QStringLiteral("wp-image-42 size-full bogus\" onload=\"evil()")};
            }
            if (id == 9) {
                return html::PublishedImage{QStringLiteral("javascript:evil()"), QStringLiteral("wp-image-9")};
            }
            return std::nullopt;
        };
        const QString out = html::publishBody(
            QStringLiteral("<p>a</p><p><img src=\"media:7\" alt=\"Ảnh\"><img src=\"media:8\"></p>"), upload);
        QCOMPARE(out, QString::fromUtf8("<p>a</p>\n<figure class=\"aligncenter\"><img "
                                        "src=\"https://site.vn/wp-content/uploads/anh.jpg\" alt=\"Ảnh\" "
                                        "class=\"wp-image-42 size-full\"></figure>"));
        // The figure's alignment stays; the uploaded attachment's classes go on the image.
        QCOMPARE(html::publishBody(QStringLiteral("<figure class=\"alignright\"><img src=\"media:7\" "
                                                  "class=\"alignright wp-image-3 size-full bogus\"></figure>"),
                                   upload),
                 QStringLiteral("<figure class=\"alignright\"><img src=\"https://site.vn/wp-content/uploads/anh.jpg\" "
                                "alt=\"\" class=\"wp-image-42 size-full\"></figure>"));
        // An image that is not uploaded (or whose upload is not a web URL) is left out; its caption stays.
        QCOMPARE(html::publishBody(QStringLiteral("<p>a</p><figure><img src=media:8><figcaption>Chú thích</figcaption>"
                                                  "</figure><figure><img src=media:9></figure><p>b</p>"),
                                   upload),
                 QString::fromUtf8("<p>a</p>\n<p>Chú thích</p>\n<p>b</p>"));
        // Without an uploader, local references never leave the machine; web images stay.
        QCOMPARE(html::publishBody(QStringLiteral("<img src=\"media:7\"><p>a</p><img src=https://x.vn/b.png>")),
                 QStringLiteral("<p>a</p>\n<figure class=\"aligncenter\"><img src=\"https://x.vn/b.png\" alt=\"\">"
                                "</figure>"));
        // The sources publishing sends: those the body keeps, in order, once each.
        QCOMPARE(html::bodyImageSources(html::normalizeBody(
                     QStringLiteral("<img src=media:3><script><img src=media:4></script><img src='javascript:x'>"
                                    "<img src=media:3><img src=/b.png><img src=https://x.vn/c.png>"))),
                 (QStringList{QStringLiteral("media:3"), QStringLiteral("https://x.vn/c.png")}));
    }

    void wordPressImageClasses_data()
    {
        QTest::addColumn<QString>("classes");
        QTest::addColumn<QString>("kept");
        QTest::newRow("nominal: WordPress classes") << QStringLiteral("wp-image-12  size-large\talignright")
                                                    << QStringLiteral("wp-image-12 size-large alignright");
        QTest::newRow("nominal: alignnone") << QStringLiteral("alignnone") << QStringLiteral("alignnone");
        QTest::newRow("robustness: look-alikes dropped")
            << QStringLiteral("x alignleftx xalignleft wp-image- wp-image-1a size- SIZE-full AlignLeft") << QString();
        QTest::newRow("robustness: quote smuggled") << QStringLiteral("alignleft\" onerror=\"evil()") << QString();
        QTest::newRow("robustness: duplicates once")
            << QStringLiteral("alignright alignright") << QStringLiteral("alignright");
    }

    void wordPressImageClasses()
    {
        QFETCH(QString, classes);
        QFETCH(QString, kept);
        QCOMPARE(html::wordPressImageClasses(classes), kept);
    }
};

QTEST_GUILESS_MAIN(TestHtmlSanitizer)
#include "tst_html_sanitizer.moc"
