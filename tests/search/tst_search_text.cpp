// Query parsing, FTS5 expressions, snippets and their rendering: the parts of search that need no database.
#include "app/search/SearchQuery.h"
#include "app/search/SearchText.h"
#include "app/search/Snippet.h"

#include <QTest>

using namespace toasoan::search;

namespace {

QString marked(const char *text)
{
    // Test texts write the FTS5 markers as [ ] and the cut mark as ~.
    QString s = QString::fromUtf8(text);
    s.replace(QLatin1Char('['), QChar(kHitOpen));
    s.replace(QLatin1Char(']'), QChar(kHitClose));
    s.replace(QLatin1Char('~'), QChar(kCut));
    return s;
}

} // namespace

class TestSearchText : public QObject
{
    Q_OBJECT

private slots:
    void foldedExpression_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("prefix");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: words are quoted and ANDed")
            << QStringLiteral("quan uy") << false << QStringLiteral("\"quan\" \"uy\"");
        QTest::newRow("nominal: đ is folded, other marks left to FTS5")
            << QStringLiteral("Đà Nẵng") << false << QStringLiteral("\"Dà\" \"Nẵng\"");
        QTest::newRow("nominal: the unfinished last word is a prefix")
            << QStringLiteral("quan u") << true << QStringLiteral("\"quan\" \"u\"*");
        QTest::newRow("nominal: a finished last word is not a prefix")
            << QStringLiteral("quan uy ") << true << QStringLiteral("\"quan\" \"uy\"");
        QTest::newRow("nominal: quoted words stay a phrase")
            << QStringLiteral("\"quận ủy\" họp") << false << QStringLiteral("\"quận ủy\" \"họp\"");
        QTest::newRow("nominal: NFD input is composed")
            << QStringLiteral("ho\u0300a") << false << QStringLiteral("\"hòa\"");
        QTest::newRow("robustness: FTS5 operators are plain words")
            << QStringLiteral("quan NEAR uy OR da NOT x AND y") << false
            << QStringLiteral("\"quan\" \"NEAR\" \"uy\" \"OR\" \"da\" \"NOT\" \"x\" \"AND\" \"y\"");
        QTest::newRow("robustness: syntax characters are separators")
            << QStringLiteral("-quan* (uy) ^da:nang {x} + 'y'") << false
            << QStringLiteral("\"quan\" \"uy\" \"da\" \"nang\" \"x\" \"y\"");
        QTest::newRow("robustness: an unclosed quote still gives a phrase")
            << QStringLiteral("\"quan uy") << true << QStringLiteral("\"quan uy\"*");
        QTest::newRow("robustness: only punctuation is empty") << QStringLiteral("\"\" * - ()") << true << QString();
        QTest::newRow("robustness: empty") << QString() << true << QString();
    }

    void foldedExpression()
    {
        QFETCH(QString, input);
        QFETCH(bool, prefix);
        QFETCH(QString, expected);
        QCOMPARE(foldedMatchExpression(parseQuery(input, prefix)), expected);
    }

    void exactExpression_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: old placement also matches new")
            << QStringLiteral("hòa") << QStringLiteral("(\"hòa\" OR \"hoà\")");
        QTest::newRow("nominal: new placement also matches old")
            << QStringLiteral("thuỷ") << QStringLiteral("(\"thuỷ\" OR \"thủy\")");
        QTest::newRow("nominal: đ and other marks are kept")
            << QStringLiteral("Đà hoa") << QStringLiteral("\"Đà\" AND \"hoa\"");
        QTest::newRow("robustness: a word with two spellings after another (FTS5 needs the AND)")
            << QStringLiteral("Quận ủy") << QStringLiteral("\"Quận\" AND (\"ủy\" OR \"uỷ\")");
        QTest::newRow("nominal: a phrase expands into its spellings")
            << QStringLiteral("\"quận ủy\"") << QStringLiteral("(\"quận ủy\" OR \"quận uỷ\")");
    }

    void exactExpression()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(exactMatchExpression(parseQuery(input, false)), expected);
    }

    void htmlToText_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: paragraphs do not glue words")
            << QStringLiteral("<p>Một</p><p>Hai</p>") << QStringLiteral("Một\nHai");
        QTest::newRow("nominal: entities are decoded")
            << QStringLiteral("a &lt; b &amp;&nbsp;c &#7871; &#x1EBF;") << QStringLiteral("a < b & c ế ế");
        QTest::newRow("nominal: attributes are dropped")
            << QStringLiteral("<a href=\"https://x.vn/a?b=1&amp;c\">việc</a>") << QStringLiteral("việc");
        QTest::newRow("robustness: a lone < keeps the rest") << QStringLiteral("a < b") << QStringLiteral("a < b");
        QTest::newRow("robustness: control characters (snippet markers) are removed")
            << QStringLiteral("a\u0002b\u0003c<br>z") << QStringLiteral("abc\nz");
        QTest::newRow("nominal: an inline tag inside a word does not split it")
            << QStringLiteral("<p>Hà N<b>ội</b> &copy;2024</p>") << QStringLiteral("Hà Nội ©2024");
        QTest::newRow("robustness: NFD becomes NFC") << QStringLiteral("ho\u0300a") << QStringLiteral("hòa");
    }

    void htmlToText()
    {
        QFETCH(QString, html);
        QFETCH(QString, expected);
        QCOMPARE(htmlToSearchText(html), expected);
    }

    void markedHtml_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: hits in bold, cut ends as ellipsis")
            << marked("~ tại [Đà] [Nẵng] hôm qua~") << QStringLiteral("… tại <b>Đà</b> <b>Nẵng</b> hôm qua…");
        QTest::newRow("robustness: the text is escaped")
            << marked("<script>a & [b]</script> \"x\"")
            << QStringLiteral("&lt;script&gt;a &amp; <b>b</b>&lt;/script&gt; &quot;x&quot;");
        QTest::newRow("nominal: white space collapses") << marked("a \n\n  b") << QStringLiteral("a b");
    }

    void markedHtml()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(markedToHtml(input), expected);
    }

    void unfold_data()
    {
        QTest::addColumn<QString>("folded");
        QTest::addColumn<QString>("original");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: đ comes back")
            << marked("~ở [Dà] [Nẵng] dẹp~") << QStringLiteral("Khách ở Đà Nẵng đẹp lắm")
            << marked("~ở [Đà] [Nẵng] đẹp~");
        QTest::newRow("nominal: whole title")
            << marked("[Dường] phố") << QStringLiteral("Đường phố") << marked("[Đường] phố");
        QTest::newRow("robustness: unknown fragment is kept")
            << marked("[x] y") << QStringLiteral("khác hẳn") << marked("[x] y");
    }

    void unfold()
    {
        QFETCH(QString, folded);
        QFETCH(QString, original);
        QFETCH(QString, expected);
        QCOMPARE(unfoldMarked(folded, original), expected);
    }

    void snippet_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("exact");
        QTest::addColumn<QString>("expected");
        const QString report = QStringLiteral("Một hai ba bốn năm sáu bảy tám chín mười. Mười một mười hai, Quận ủy "
                                              "họp bàn việc năm tới và phân công các ban.");
        QTest::newRow("nominal: short text, whole, words highlighted")
            << QStringLiteral("Lượng khách đến Đà Nẵng tăng.") << QStringLiteral("da nang") << false
            << QStringLiteral("Lượng khách đến [Đà] [Nẵng] tăng.");
        QTest::newRow("nominal: a phrase is one highlight")
            << QStringLiteral("Khách đến Đà Nẵng tăng.") << QStringLiteral("\"da nang\"") << false
            << QStringLiteral("Khách đến [Đà Nẵng] tăng.");
        QTest::newRow("nominal: a passage of the first hit, cut at both ends")
            << report << QStringLiteral("quan uy") << false
            << QStringLiteral("~Mười một mười hai, [Quận] [ủy] họp bàn~");
        QTest::newRow("nominal: from the paragraph's start when it is near")
            << QStringLiteral("Tin một hai ba.\nSáng nay Quận ủy họp. Chiều nay nghỉ.") << QStringLiteral("quan")
            << false << QStringLiteral("~Sáng nay [Quận] ủy họp. Chiều nay nghỉ.");
        QTest::newRow("nominal: exact matches either tone-mark placement, not other marks")
            << QStringLiteral("Hoà giải, hòa nhạc, hoa xuân.") << QStringLiteral("hòa") << true
            << QStringLiteral("[Hoà] giải, [hòa] nhạc, hoa xuân.");
        QTest::newRow("nominal: prefix of a word still being typed")
            << QStringLiteral("Chỉ đạo điều hành.") << QStringLiteral("chi d") << false
            << QStringLiteral("[Chỉ] [đạo] [điều] hành.");
        QTest::newRow("robustness: no hit gives the start")
            << report << QStringLiteral("khong co") << false << QStringLiteral("Một hai ba bốn năm sáu bảy tám~");
        QTest::newRow("robustness: no word at all")
            << QStringLiteral("…, !") << QStringLiteral("a") << false << QStringLiteral("…, !");
    }

    void snippet()
    {
        QFETCH(QString, text);
        QFETCH(QString, query);
        QFETCH(bool, exact);
        QFETCH(QString, expected);
        const bool prefix = query.endsWith(QLatin1Char('d'));
        QCOMPARE(markedSnippet(text, parseQuery(query, prefix), exact, 8), marked(expected.toUtf8().constData()));
    }
};

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_search_text.moc"
