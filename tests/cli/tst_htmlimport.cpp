// io/HtmlImport and io/ArticleImport: the body is the article subset and nothing active,
// articles are read from HTML and plain text, files that are not UTF-8 text are refused.
#include "app/html/BodyHtml.h"
#include "app/io/ArticleExport.h"
#include "app/io/ArticleImport.h"
#include "app/io/HtmlImport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace toasoan;

class TestHtmlImport final : public QObject
{
    Q_OBJECT

private slots:
    // The body of an import is html::normalizeBody(): the same subset paste, the editor and publishing
    // give (see tests/html/tst_html_pipeline.cpp). These rows were the former io::sanitizeHtml()'s; the
    // expectations are the body subset's (one block per line, lists and tables in their canonical form,
    // images in figures, relative URLs unwrapped).
    void importBody_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("expected");

        QTest::newRow("nominal: paragraphs kept")
            << QStringLiteral("<p>Một</p>\n<p>Hai</p>") << QStringLiteral("<p>Một</p>\n<p>Hai</p>");
        QTest::newRow("nominal: b and i become strong and em")
            << QStringLiteral("<p><b>Đậm</b> <i>nghiêng</i> <u>gạch</u></p>")
            << QStringLiteral("<p><strong>Đậm</strong> <em>nghiêng</em> <u>gạch</u></p>");
        QTest::newRow("nominal: headings mapped into h2/h3")
            << QStringLiteral("<h2>B</h2><h5>C</h5>") << QStringLiteral("<h2>B</h2>\n<h3>C</h3>");
        QTest::newRow("nominal: list and quote")
            << QStringLiteral("<ul><li>một<li>hai</ul><blockquote><p>trích</p></blockquote>")
            << QStringLiteral("<ul>\n<li>một</li>\n<li>hai</li>\n</ul>\n<blockquote>\n<p>trích</p>\n</blockquote>");
        QTest::newRow("nominal: table without attributes")
            << QStringLiteral("<table class=x><tbody><tr><td colspan=2 style='a'>ô</td></tr></tbody></table>")
            << QStringLiteral("<table>\n<tbody>\n<tr><td>ô</td></tr>\n</tbody>\n</table>");
        QTest::newRow("nominal: safe link and image")
            << QStringLiteral("<p><a href='https://x.vn/a?b=1&amp;c=2' target=_blank>x</a><img "
                              "src=https://x.vn/a.jpg alt=\"ảnh\" width=300></p>")
            << QStringLiteral("<p><a href=\"https://x.vn/a?b=1&amp;c=2\">x</a></p>\n<figure class=\"aligncenter\">"
                              "<img src=\"https://x.vn/a.jpg\" alt=\"ảnh\"></figure>");
        QTest::newRow("nominal: loose text wrapped") << QStringLiteral("chữ <b>rời</b><div>khối</div>")
                                                     << QStringLiteral("<p>chữ <strong>rời</strong></p>\n<p>khối</p>");
        QTest::newRow("nominal: br kept")
            << QStringLiteral("<p>dòng 1<br/>dòng 2</p>") << QStringLiteral("<p>dòng 1<br>dòng 2</p>");
        QTest::newRow("nominal: entities decoded and re-escaped")
            << QStringLiteral("<p>&lt;b&gt; &amp; &#7871; &#x1EBF; &nbsp;&hellip;</p>")
            << QStringLiteral("<p>&lt;b&gt; &amp; ế ế \u00A0…</p>");
        QTest::newRow("nominal: named Vietnamese entities")
            << QStringLiteral("<p>H&agrave; N&ocirc;i, Tr&agrave; &amp; c&agrave; ph&ecirc;</p>")
            << QStringLiteral("<p>Hà Nôi, Trà &amp; cà phê</p>");
        QTest::newRow("nominal: NFD text becomes NFC")
            << QStringLiteral("<p>Qua\u0302\u0323n u\u0309y</p>") << QStringLiteral("<p>Quận ủy</p>");

        QTest::newRow("robustness: script removed with its content")
            << QStringLiteral("<p>a</p><script>document.write('<p>x</p>')</script><p>b</p>")
            << QStringLiteral("<p>a</p>\n<p>b</p>");
        QTest::newRow("robustness: style and iframe removed")
            << QStringLiteral("<style>p{}</style><p>a<iframe src=x>b</iframe></p>") << QStringLiteral("<p>a</p>");
        QTest::newRow("robustness: event handlers removed")
            << QStringLiteral("<p onclick=\"x()\" ONMOUSEOVER='y()'>a</p><img src=https://x.vn/a.png onerror=z()>")
            << QStringLiteral("<p>a</p>\n<figure class=\"aligncenter\"><img src=\"https://x.vn/a.png\" alt=\"\">"
                              "</figure>");
        QTest::newRow("robustness: javascript link unwrapped")
            << QStringLiteral("<p><a href=\"javascript:alert(1)\">bấm</a></p>") << QStringLiteral("<p>bấm</p>");
        QTest::newRow("robustness: hidden javascript scheme")
            << QStringLiteral("<p><a href=\" JaVa\tScRiPt:alert(1)\">a</a><a href=\"&#106;avascript:x\">b</a></p>")
            << QStringLiteral("<p>ab</p>");
        QTest::newRow("robustness: data and vbscript refused")
            << QStringLiteral(
                   "<a href='data:text/html,x'>a</a><img src='data:image/svg+xml,x'><a href='vbscript:x'>b</a>")
            << QStringLiteral("<p>ab</p>");
        QTest::newRow("robustness: relative URLs unwrapped")
            << QStringLiteral("<p><a href=/a>x</a><img src=a.png></p>") << QStringLiteral("<p>x</p>");
        QTest::newRow("robustness: comments and doctype dropped")
            << QStringLiteral("<!DOCTYPE html><!-- <script>x</script> --><p>a</p><?xml x?>")
            << QStringLiteral("<p>a</p>");
        QTest::newRow("robustness: unclosed tags closed")
            << QStringLiteral("<p><strong>a<em>b") << QStringLiteral("<p><strong>a<em>b</em></strong></p>");
        QTest::newRow("robustness: stray end tags ignored")
            << QStringLiteral("</p></strong>a</li>") << QStringLiteral("<p>a</p>");
        QTest::newRow("robustness: nested paragraph split")
            << QStringLiteral("<p>a<p>b</p></p>") << QStringLiteral("<p>a</p>\n<p>b</p>");
        QTest::newRow("robustness: empty elements dropped")
            << QStringLiteral("<p> </p><p><strong></strong></p><ul></ul><p>a</p>") << QStringLiteral("<p>a</p>");
        QTest::newRow("robustness: less-than in text")
            << QStringLiteral("<p>1 < 2 và 3 > 2</p>") << QStringLiteral("<p>1 &lt; 2 và 3 &gt; 2</p>");
        QTest::newRow("robustness: unterminated tag")
            << QStringLiteral("<p>a</p><p class=\"x") << QStringLiteral("<p>a</p>");
        QTest::newRow("robustness: form controls dropped")
            << QStringLiteral("<form><input value=x><select><option>o</option></select><textarea><p>t</p>"
                              "</textarea></form><p>a</p>")
            << QStringLiteral("<p>a</p>");
    }

    void importBody()
    {
        QFETCH(QString, html);
        QFETCH(QString, expected);
        const QString once = io::parseHtmlArticle(html).body;
        QCOMPARE(once, expected);
        QCOMPARE(io::parseHtmlArticle(once).body, once); // idempotent: importing an export changes nothing
        QCOMPARE(html::normalizeBody(html), once);       // the one body normaliser, as paste and publishing
    }

    // `toasoan articles import` of a file with named entities: the text, never the entity.
    void namedEntitiesImported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bai.html"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<html><head><title>H&agrave; N&#7897;i</title></head><body>"
                   "<p>Tr&agrave; &amp; c&agrave; ph&ecirc;</p></body></html>");
        file.close();
        const auto read = io::readArticleFile(path);
        QVERIFY(read.ok());
        QCOMPARE(read->title, QString::fromUtf8("Hà Nội"));
        QCOMPARE(read->body, QString::fromUtf8("<p>Trà &amp; cà phê</p>"));
    }

    void parseArticle()
    {
        const QString html = QStringLiteral(
            "<html><head><title>Tiêu đề bài - Cổng thông tin</title>"
            "<meta name=\"description\" content=\"Sapo &amp; tóm tắt\"><meta name=author content=\"Bút Danh\">"
            "</head><body><h1>Tiêu đề bài</h1><p class=\"sapo\">không dùng</p>"
            "<div class=\"body\"><p>(HNM) Nội dung một.</p><p>Nội dung hai.</p></div>"
            "<p class=\"source\"><span class=\"label\">Nguồn:</span> Báo Hà Nội mới</p></body></html>");
        const io::HtmlArticle article = io::parseHtmlArticle(html);
        QCOMPARE(article.title, QStringLiteral("Tiêu đề bài"));
        QCOMPARE(article.sapo, QStringLiteral("Sapo & tóm tắt"));
        QCOMPARE(article.byline, QStringLiteral("Bút Danh"));
        QCOMPARE(article.source, QStringLiteral("Báo Hà Nội mới"));
        QCOMPARE(article.dateline, QStringLiteral("HNM"));
        QCOMPARE(article.body, QStringLiteral("<p>Nội dung một.</p>\n<p>Nội dung hai.</p>"));
    }

    void titleSources_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("h1InBody");
        QTest::newRow("nominal: title only")
            << QStringLiteral("<title>A</title><p>x</p>") << QStringLiteral("A") << false;
        QTest::newRow("nominal: h1 only") << QStringLiteral("<h1>B</h1><p>x</p>") << QStringLiteral("B") << false;
        QTest::newRow("nominal: title holds the h1")
            << QStringLiteral("<title>B | Site</title><h1>B</h1><p>x</p>") << QStringLiteral("B") << false;
        QTest::newRow("robustness: h1 is a site banner")
            << QStringLiteral("<title>Bài thật</title><h1>Cổng thông tin</h1><p>x</p>") << QStringLiteral("Bài thật")
            << true;
        QTest::newRow("robustness: no title") << QStringLiteral("<p>x</p>") << QString() << false;
    }

    void titleSources()
    {
        QFETCH(QString, html);
        QFETCH(QString, title);
        QFETCH(bool, h1InBody);
        const io::HtmlArticle article = io::parseHtmlArticle(html);
        QCOMPARE(article.title, title);
        QCOMPARE(article.body.contains(QLatin1String("<h2>")), h1InBody);
    }

    void plainText()
    {
        const QString text =
            QStringLiteral("\n  Hội nghị giao ban quý III  \r\n\r\n(NTL) Sáng 9/11, Quận ủy tổ chức\r\n"
                           "hội nghị <quan trọng>.\r\n\r\n\r\nĐoạn hai.\n\nTrần Hòa\n");
        const Article article = io::articleFromPlainText(text);
        QCOMPARE(article.title, QStringLiteral("Hội nghị giao ban quý III"));
        QCOMPARE(article.dateline, QStringLiteral("NTL"));
        QCOMPARE(article.byline, QStringLiteral("Trần Hòa"));
        QCOMPARE(article.body, QStringLiteral("<p>Sáng 9/11, Quận ủy tổ chức hội nghị &lt;quan trọng&gt;.</p>\n"
                                              "<p>Đoạn hai.</p>"));
    }

    void plainTextByline_data()
    {
        QTest::addColumn<QString>("lastParagraph");
        QTest::addColumn<bool>("isByline");
        QTest::newRow("nominal: name") << QStringLiteral("Nguyễn Thị Lan") << true;
        QTest::newRow("nominal: two names") << QStringLiteral("Minh Châu – Văn Tùng") << true;
        QTest::newRow("robustness: sentence") << QStringLiteral("Hội nghị kết thúc lúc 11 giờ.") << false;
        QTest::newRow("robustness: lower-case words") << QStringLiteral("còn tiếp") << false;
    }

    void plainTextByline()
    {
        QFETCH(QString, lastParagraph);
        QFETCH(bool, isByline);
        const Article article =
            io::articleFromPlainText(QStringLiteral("Tiêu đề\n\nĐoạn một.\n\n") + lastParagraph + QLatin1Char('\n'));
        QCOMPARE(article.byline, isByline ? lastParagraph : QString());
        QCOMPARE(article.body.contains(lastParagraph.toHtmlEscaped()), !isByline);
    }

    void decodeTextFile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("nominal: UTF-8") << QByteArray("Vi\xe1\xbb\x87t Nam") << true;
        QTest::newRow("nominal: UTF-8 with BOM") << QByteArray("\xef\xbb\xbfTi\xc3\xaau \xc4\x91\xe1\xbb\x81") << true;
        QTest::newRow("robustness: NUL bytes") << QByteArray("abc\0def", 7) << false;
        QTest::newRow("robustness: TCVN3 bytes") << QByteArray("Vi\xd6t Nam") << false;
        QTest::newRow("robustness: control characters") << QByteArray("\x01\x02\x03\x04\x05\x06 ab") << false;
    }

    void decodeTextFile()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, accepted);
        const auto decoded = io::decodeTextFile(bytes, QStringLiteral("f.txt"));
        QCOMPARE(decoded.ok(), accepted);
        if (accepted) {
            QVERIFY(!decoded->startsWith(QChar(0xFEFF)));
        } else {
            QCOMPARE(decoded.error().code, ErrorCode::Io);
            QVERIFY(decoded.error().message.contains(QLatin1String("f.txt")));
        }
    }

    // Word's and Notepad's "Unicode text" is UTF-16 with a BOM: import reads it as convert does.
    void decodeTextFileReadsUtf16WithBom_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QString text = QStringLiteral("Tin Việt Nam\r\n\r\nĐường Láng thông xe.\r\n");
        QByteArray le("\xFF\xFE");
        QByteArray be("\xFE\xFF");
        for (const QChar c : text) {
            le.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
            be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
        }
        QTest::newRow("nominal: UTF-16 LE with BOM") << le;
        QTest::newRow("nominal: UTF-16 BE with BOM") << be;
    }

    void decodeTextFileReadsUtf16WithBom()
    {
        QFETCH(QByteArray, bytes);
        const auto decoded = io::decodeTextFile(bytes, QStringLiteral("f.txt"));
        QVERIFY2(decoded.ok(), qPrintable(decoded ? QString() : decoded.error().message));
        QCOMPARE(*decoded, QStringLiteral("Tin Việt Nam\r\n\r\nĐường Láng thông xe.\r\n"));
        QCOMPARE(io::articleFromPlainText(*decoded).title, QStringLiteral("Tin Việt Nam"));
    }

    void htmlDocumentRoundTrip()
    {
        Article article;
        article.title = QStringLiteral("Tiêu đề có \"ngoặc\" & <dấu>");
        article.sapo = QStringLiteral("Sapo \"trích\"");
        article.body = QStringLiteral("<p>Đoạn một.</p>\n<ul>\n<li>ý</li>\n</ul>\n<p>Đoạn <em>hai</em>.</p>");
        article.byline = QStringLiteral("Thanh Hà");
        article.source = QStringLiteral("Ban Tuyên giáo");
        article.dateline = QStringLiteral("TL");

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bai.html"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(io::articleToHtmlDocument(article).toUtf8());
        file.close();

        const auto read = io::readArticleFile(path);
        QVERIFY(read.ok());
        QCOMPARE(read->title, article.title);
        QCOMPARE(read->sapo, article.sapo);
        QCOMPARE(read->body, article.body);
        QCOMPARE(read->byline, article.byline);
        QCOMPARE(read->source, article.source);
        QCOMPARE(read->dateline, article.dateline);
    }

    void plainTextOfBody()
    {
        QCOMPARE(
            io::htmlToPlainText(QStringLiteral("<p>Một &amp; hai</p>\n<ul><li>a</li><li>b</li></ul><p>x<br>y</p>")),
            QStringLiteral("Một & hai\n\n• a\n• b\n\nx\ny"));
    }
};

QTEST_GUILESS_MAIN(TestHtmlImport)
#include "tst_htmlimport.moc"
