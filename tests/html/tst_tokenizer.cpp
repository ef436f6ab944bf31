// The one HTML tokenizer (source ranges, RCDATA, raw text) and the one plain-text function.
#include "app/html/HtmlLexer.h"
#include "app/html/PlainText.h"

#include <QTest>

using namespace toasoan;
using html::Token;

namespace {

// "T(text)0-3 S(p)3-6 E(p)..." — kind, name or decoded text, source range.
QString dump(const QList<Token> &tokens)
{
    QStringList parts;
    for (const Token &t : tokens) {
        const QString kind = t.kind == Token::Kind::Text    ? QStringLiteral("T")
                             : t.kind == Token::Kind::Start ? QStringLiteral("S")
                                                            : QStringLiteral("E");
        parts.append(QStringLiteral("%1(%2)%3-%4")
                         .arg(kind, t.kind == Token::Kind::Text ? t.text : t.name)
                         .arg(t.begin)
                         .arg(t.end));
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestTokenizer : public QObject
{
    Q_OBJECT

private slots:
    void tokens_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: ranges of tags and text")
            << QStringLiteral("<p class=a>X&amp;y</p>") << QStringLiteral("S(p)0-11 T(X&y)11-18 E(p)18-22");
        QTest::newRow("nominal: a comment splits text")
            << QStringLiteral("a<!-- b -->c") << QStringLiteral("T(a)0-1 T(c)11-12");
        QTest::newRow("nominal: doctype and processing instruction are skipped")
            << QStringLiteral("<!DOCTYPE html><?xml x?>a") << QStringLiteral("T(a)24-25");
        QTest::newRow("nominal: title is RCDATA, kept as decoded text")
            << QStringLiteral("<title>A <b>&amp;</title>x")
            << QStringLiteral("S(title)0-7 T(A <b>&)7-17 E(title)17-25 T(x)25-26");
        QTest::newRow("nominal: textarea is RCDATA")
            << QStringLiteral("<TEXTAREA>a</p></TextArea>")
            << QStringLiteral("S(textarea)0-10 T(a</p>)10-15 E(textarea)15-26");
        QTest::newRow("nominal: script content is dropped, its range lies between the tags")
            << QStringLiteral("<script>if (a<b) x='</p>'</script>z")
            << QStringLiteral("S(script)0-8 E(script)25-34 T(z)34-35");
        QTest::newRow("robustness: </script inside a longer name does not close")
            << QStringLiteral("<style>a</styles></style>") << QStringLiteral("S(style)0-7 E(style)17-25");
        QTest::newRow("robustness: unterminated raw text runs to the end")
            << QStringLiteral("<script>x") << QStringLiteral("S(script)0-8 E(script)9-9");
        QTest::newRow("robustness: unterminated tag is dropped")
            << QStringLiteral("ab<p class=\"x") << QStringLiteral("T(ab)0-2");
        QTest::newRow("robustness: unterminated comment swallows the rest")
            << QStringLiteral("a<!-- b <p>c") << QStringLiteral("T(a)0-1");
        QTest::newRow("robustness: a lone < is text, in the same range")
            << QStringLiteral("a < b <3") << QStringLiteral("T(a < b <3)0-8");
        QTest::newRow("robustness: bogus end tag is skipped")
            << QStringLiteral("a</ x>b") << QStringLiteral("T(a)0-1 T(b)6-7");
        QTest::newRow("nominal: attribute values use attribute mode")
            << QStringLiteral("<a href=\"?x=1&copy=2&amp;y\">") << QStringLiteral("S(a)0-28");
        QTest::newRow("nominal: self-closing") << QStringLiteral("<br/>") << QStringLiteral("S(br)0-5");
    }

    void tokens()
    {
        QFETCH(QString, html);
        QFETCH(QString, expected);
        QCOMPARE(dump(html::tokenize(html)), expected);
    }

    void attributes()
    {
        const QList<Token> tokens =
            html::tokenize(QStringLiteral("<a HREF='?x=1&copy=2&amp;y&copy;' href=b title=&agrave;>"));
        QCOMPARE(tokens.size(), 1);
        QCOMPARE(tokens.first().attribute(QStringLiteral("href")), QStringLiteral(u"?x=1&copy=2&y\u00A9"));
        QCOMPARE(tokens.first().attribute(QStringLiteral("title")), QStringLiteral(u"\u00E0"));
        QVERIFY(html::tokenize(QStringLiteral("<br/>")).first().selfClosing);
    }

    void rangesCoverTheSource()
    {
        // Copying the ranges and the gaps between them gives the input back, byte for byte.
        const QString html = QStringLiteral("<!doctype html><html><head><title>T&amp;</title><style>p{}</style></head>"
                                            "<body><p>a<!--c-->b &lt; <i>c</i></p>< x<script>1<2</script>z</body>");
        QString rebuilt;
        qsizetype copied = 0;
        for (const Token &t : html::tokenize(html)) {
            QVERIFY(t.begin >= copied);
            QVERIFY(t.end >= t.begin);
            rebuilt += html.mid(copied, t.begin - copied) + html.mid(t.begin, t.end - t.begin);
            copied = t.end;
        }
        rebuilt += html.mid(copied);
        QCOMPARE(rebuilt, html);
    }

    void plainText_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QStringList>("blocks");
        QTest::newRow("nominal: blocks")
            << QStringLiteral(
                   "<h2>Tít</h2>\n<p>Một<br>hai</p>\n<ul>\n<li>ba</li>\n</ul><blockquote><p>bốn</p></blockquote>"
                   "<figure><img src=a><figcaption>năm</figcaption></figure>")
            << QStringList{QStringLiteral("Tít"), QStringLiteral("Một"), QStringLiteral("hai"),
                           QStringLiteral("ba"),  QStringLiteral("bốn"), QStringLiteral("năm")};
        QTest::newRow("nominal: inline tags inside a word do not split it")
            << QStringLiteral("<p>Hà N<b>ội</b>, <i>TP</i>.HCM</p>") << QStringList{QStringLiteral("Hà Nội, TP.HCM")};
        QTest::newRow("nominal: table rows, cells tab-separated")
            << QStringLiteral("<table><tr><th>Xã</th><th>Số</th></tr><tr><td><p>An</p><p>Bình</p></td><td>2.500</td>"
                              "</tr><tr><td></td><td>3</td></tr></table>")
            << QStringList{QStringLiteral("Xã\tSố"), QStringLiteral("An Bình\t2.500"), QStringLiteral("\t3")};
        QTest::newRow("nominal: entities, NBSP, soft hyphen, NFC")
            << QStringLiteral("<p>Thư&shy;ờng&nbsp;trực &agrave; ho\u0300a &copy2024</p>")
            << QStringList{QStringLiteral("Thường trực à hòa ©2024")};
        QTest::newRow("robustness: script, style, title and comments skipped")
            << QStringLiteral("<html><head><title>Trang</title><style>p{}</style></head><body><!-- x --><p>Nội "
                              "dung</p><script>a<b</script><textarea>t</textarea></body></html>")
            << QStringList{QStringLiteral("Nội dung")};
        QTest::newRow("robustness: white space collapsed, empty blocks dropped")
            << QStringLiteral("<p>  a \n\t b </p><p> </p><div></div>c")
            << QStringList{QStringLiteral("a b"), QStringLiteral("c")};
        QTest::newRow("robustness: empty") << QString() << QStringList{};
    }

    void plainText()
    {
        QFETCH(QString, html);
        QFETCH(QStringList, blocks);
        QCOMPARE(html::textBlocks(html), blocks);
        QCOMPARE(html::toPlainText(html), blocks.join(QLatin1Char('\n')));
    }

    void plainTextCanKeepSoftHyphens()
    {
        html::PlainTextOptions options;
        options.keepSoftHyphens = true;
        QCOMPARE(html::toPlainText(QStringLiteral("<p>Tr&shy;\u00EAng</p>"), options),
                 QStringLiteral(u"Tr\u00AD\u00EAng"));
    }
};

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
