// The HTML sanitizer for what is sent to websites: allow-list, nasty inputs, well-formedness.
#include "app/html/HtmlLexer.h"
#include "app/html/HtmlSanitizer.h"

#include <QElapsedTimer>
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
        row("nominal: headings are mapped", "<h1>A</h1><h5>B</h5>", "<h2>A</h2><h4>B</h4>");
        row("nominal: lists", "<ul><li>một<li>hai</ul>", "<ul><li>một</li><li>hai</li></ul>");
        row("nominal: table keeps spans", "<table><tr><td colspan=2 style='x'>a</td></tr></table>",
            "<table><tr><td colspan=\"2\">a</td></tr></table>");
        row("nominal: figure with caption",
            "<figure><img src=\"https://x.vn/a.jpg\" alt=\"Cầu\"><figcaption>Cầu mới</figcaption></figure>",
            "<figure><img src=\"https://x.vn/a.jpg\" alt=\"Cầu\"><figcaption>Cầu mới</figcaption></figure>");
        row("nominal: link keeps href and title", "<p><a href=\"https://a.vn/x?y=1&amp;z=2\" title=\"T\">l</a></p>",
            "<p><a href=\"https://a.vn/x?y=1&amp;z=2\" title=\"T\">l</a></p>");
        row("nominal: NFD text becomes NFC", "<p>Vie\xcc\xa3\xcc\x82t</p>", "<p>Việt</p>");
        row("robustness: script dropped with content", "<p>a<script>alert('<p>x</p>')</script>b</p>", "<p>ab</p>");
        row("robustness: style and comments dropped", "<style>p{}</style><!-- secret --><p>x</p>", "<p>x</p>");
        row("robustness: uppercase script", "<SCRIPT>evil()</SCRIPT ><p>ok</p>", "<p>ok</p>");
        row("robustness: unterminated script swallows the rest", "<p>a</p><script>evil(); <p>b</p>", "<p>a</p>");
        row("robustness: event handlers dropped", "<p onclick=\"evil()\" onmouseover=x>t</p>", "<p>t</p>");
        row("robustness: javascript link unwrapped", "<p><a href=\"javascript:evil()\">t</a></p>", "<p>t</p>");
        row("robustness: entity-hidden javascript", "<p><a href=\"jav&#x61;script&colon;x\">t</a></p>", "<p>t</p>");
        row("robustness: javascript with tab and case", "<p><a href=\"JaVa\tScRiPt:x\">t</a></p>", "<p>t</p>");
        row("robustness: leading control characters", "<p><a href=\"\x01javascript:x\">t</a></p>", "<p>t</p>");
        row("robustness: data image dropped", "<p>a<img src=\"data:image/png;base64,AAAA\">b</p>", "<p>ab</p>");
        row("robustness: vbscript dropped", "<p><a href='vbscript:msgbox'>t</a></p>", "<p>t</p>");
        row("robustness: Word debris",
            "<p class=MsoNormal style='mso-margin-top-alt:auto'><span lang=VI style='font-size:13pt'>Chữ<o:p></o:p>"
            "</span></p><![if !supportLists]><p class=MsoListParagraph>x</p><![endif]>",
            "<p>Chữ</p><p>x</p>");
        row("robustness: Word conditional comment",
            "<!--[if gte mso 9]><xml><w:WordDocument/></xml><![endif]--><p>a</p>", "<p>a</p>");
        row("robustness: Word xml island", "<xml><o:DocumentProperties>Tác giả</o:DocumentProperties></xml><p>a</p>",
            "<p>a</p>");
        row("robustness: empty paragraphs dropped", "<p>&nbsp;</p><p> </p><p><br></p><p>a</p>", "<p>a</p>");
        row("robustness: unclosed tags closed", "<p><strong>a<em>b", "<p><strong>a<em>b</em></strong></p>");
        row("robustness: misnested tags", "<p><b>a<i>b</b>c</i></p>", "<p><strong>a<em>b</em></strong>c</p>");
        row("robustness: stray end tags ignored", "</p></div><p>a</b></p>", "<p>a</p>");
        row("robustness: lone less-than is text", "<p>1 < 2 & 3 > 2</p>", "<p>1 &lt; 2 &amp; 3 &gt; 2</p>");
        row("robustness: unterminated attribute swallows the rest", "<p>a</p><img src=\"x.jpg", "<p>a</p>");
        row("robustness: unterminated comment swallows the rest", "<p>a</p><!-- <p>b</p>", "<p>a</p>");
        row("robustness: iframe and form controls", "<p>a<iframe src=x>b</iframe><select><option>c</select>d</p>",
            "<p>ad</p>");
        row("robustness: svg payload", "<svg><script>evil()</script><a xlink:href=javascript:x>t</a></svg><p>a</p>",
            "<p>a</p>");
        row("robustness: nested links are split", "<p><a href=/a>x<a href=/b>y</a></a></p>",
            "<p><a href=\"/a\">x</a><a href=\"/b\">y</a></p>");
        row("robustness: duplicate attributes first wins", "<p><a href=/ok href=javascript:x>t</a></p>",
            "<p><a href=\"/ok\">t</a></p>");
        row("robustness: quotes in attribute escaped", "<p><img src='/a.jpg' alt='x\" onerror=\"evil()'></p>",
            "<p><img src=\"/a.jpg\" alt=\"x&quot; onerror=&quot;evil()\"></p>");
        row("robustness: numeric entities", "<p>&#7879;&#x1EC7;&#0;&#xD800;&#99999999;</p>",
            "<p>ệệ\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd</p>");
        row("robustness: div boundaries", "<div>a<div>b</div>c</div>", "<p>a</p><p>b</p><p>c</p>");
        row("robustness: li outside list becomes paragraph", "<li>x</li>", "<p>x</p>");
        row("nominal: WordPress image classes kept on figure and img",
            "<figure class=\"wp-block-image aligncenter size-large\"><img src=\"https://x.vn/a.jpg\" alt=\"Cầu\" "
            "class=\"wp-image-12  size-large\talignright\"><figcaption>Cầu mới</figcaption></figure>",
            "<figure class=\"aligncenter size-large\"><img src=\"https://x.vn/a.jpg\" alt=\"Cầu\" "
            "class=\"wp-image-12 size-large alignright\"><figcaption>Cầu mới</figcaption></figure>");
        row("nominal: alignleft and alignnone",
            "<p><img src=/a.jpg class=alignleft><img src=/b.jpg class=alignnone></p>",
            "<p><img src=\"/a.jpg\" alt=\"\" class=\"alignleft\"><img src=\"/b.jpg\" alt=\"\" "
            "class=\"alignnone\"></p>");
        row("robustness: other classes dropped from images",
            "<p><img src=/a.jpg class=\"x alignleftx xalignleft wp-image- wp-image-1a size- SIZE-full AlignLeft\"></p>",
            "<p><img src=\"/a.jpg\" alt=\"\"></p>");
        row("robustness: image classes only on img and figure",
            "<p class=\"alignleft\"><a href=/x class=\"aligncenter\">t</a></p><table class=alignright><tr><td>c</td>"
            "</tr></table>",
            "<p><a href=\"/x\">t</a></p><table><tr><td>c</td></tr></table>");
        row("robustness: quote smuggled in a class", "<p><img src=/a.jpg class='alignleft\" onerror=\"evil()'></p>",
            "<p><img src=\"/a.jpg\" alt=\"\"></p>");
        row("robustness: duplicate classes once", "<figure class=\"alignright alignright\"><img src=/a.jpg></figure>",
            "<figure class=\"alignright\"><img src=\"/a.jpg\" alt=\"\"></figure>");
        row("robustness: width must be a number", "<p><img src=/a.jpg width=\"100%\" height=\"50px\"></p>",
            "<p><img src=\"/a.jpg\" alt=\"\" height=\"50\"></p>");
    }

    void sanitizes()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const QString out = html::sanitize(input);
        QCOMPARE(out, expected);
        QVERIFY2(wellFormed(out), qPrintable(out));
        // Sanitizing is idempotent: what we send is already clean.
        QCOMPARE(html::sanitize(out), out);
    }

    void survivesGarbage_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("robustness: deep nesting") << QStringLiteral("<b>").repeated(100000) + QStringLiteral("x");
        QTest::newRow("robustness: many less-than") << QStringLiteral("<<<<a<a<a<<").repeated(20000);
        QTest::newRow("robustness: unclosed tags forever")
            << QStringLiteral("<p><table><tr><td><ul><li>").repeated(5000);
        QTest::newRow("robustness: attribute soup")
            << QStringLiteral("<p a=b c='d' e=\"f\" ===== / / >").repeated(10000);
        QString binary;
        for (int i = 0; i < 200000; ++i) {
            binary.append(QChar(ushort((i * 7919) % 0xFFFF)));
        }
        QTest::newRow("robustness: random code units") << binary;
    }

    void survivesGarbage()
    {
        QFETCH(QString, input);
        const QString out = html::sanitize(input);
        QVERIFY(wellFormed(out));
        QVERIFY(!out.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        QCOMPARE(html::sanitize(out), out);
    }

    void rewritesImages()
    {
        html::SanitizeOptions options;
        options.allowLocalMedia = true;
        options.rewriteImage = [](const QString &src) -> std::optional<html::ImageRewrite> {
            if (src == QLatin1String("media:7")) {
                return html::ImageRewrite{QStringLiteral("https://site.vn/wp-content/uploads/anh.jpg"),
                                          {{QStringLiteral("class"), QStringLiteral("wp-image-42")},
                                           {QStringLiteral("onload"), QStringLiteral("evil()")}}};
            }
            return std::nullopt;
        };
        const QString out =
            html::sanitize(QStringLiteral("<p><img src=\"media:7\" alt=\"Ảnh\"><img src=\"media:8\"></p>"), options);
        QCOMPARE(out, QString::fromUtf8("<p><img src=\"https://site.vn/wp-content/uploads/anh.jpg\" alt=\"Ảnh\" "
                                        "class=\"wp-image-42\"></p>"));
        // The image's alignment stays next to the uploaded attachment's id, which replaces any other.
        QCOMPARE(html::sanitize(QStringLiteral("<figure class=\"alignright\"><img src=\"media:7\" "
                                               "class=\"alignright wp-image-3 size-full bogus\"></figure>"),
                                options),
                 QStringLiteral("<figure class=\"alignright\"><img src=\"https://site.vn/wp-content/uploads/anh.jpg\" "
                                "alt=\"\" class=\"alignright size-full wp-image-42\"></figure>"));
        // Without the option, local references never leave the machine.
        QCOMPARE(html::sanitize(QStringLiteral("<p>a<img src=\"media:7\"></p>")), QStringLiteral("<p>a</p>"));
        QCOMPARE(html::imageSources(QStringLiteral("<img src=media:3><script><img src=media:4></script>"
                                                   "<img src='javascript:x'><img src=media:3><img src=/b.png>")),
                 (QStringList{QStringLiteral("media:3"), QStringLiteral("/b.png")}));
    }

    void plainText()
    {
        QCOMPARE(html::plainText(QStringLiteral("<p>Cầu <b>mới</b></p><script>x</script><p>&amp; đẹp</p>")),
                 QString::fromUtf8("Cầu mới & đẹp"));
    }
};

QTEST_GUILESS_MAIN(TestHtmlSanitizer)
#include "tst_html_sanitizer.moc"
