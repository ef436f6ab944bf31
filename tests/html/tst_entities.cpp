// Character references: one HTML5 decoder for every path (the generated WHATWG table).
#include "app/html/Entities.h"

#include <QTest>

using namespace toasoan;
using html::EntityContext;

Q_DECLARE_METATYPE(html::EntityContext)

class TestEntities : public QObject
{
    Q_OBJECT

private slots:
    void decodes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<EntityContext>("context");
        QTest::addColumn<QString>("expected");
        const auto text = EntityContext::Text;
        const auto attribute = EntityContext::Attribute;
        QTest::newRow("nominal: Vietnamese vowels by name") << QStringLiteral("H&agrave; &Agrave; &ecirc;&#803;")
                                                            << text << QStringLiteral(u"H\u00E0 \u00C0 \u00EA\u0323");
        QTest::newRow("nominal: names outside Latin-1") << QStringLiteral("&abreve;&Dstrok;&dstrok;&ohorn;") << text
                                                        << QStringLiteral(u"\u0103\u0110\u0111&ohorn;");
        QTest::newRow("nominal: decimal") << QStringLiteral("&#7871;") << text << QStringLiteral(u"\u1EBF");
        QTest::newRow("nominal: hex") << QStringLiteral("&#x1EBF;&#X1ebf;") << text << QStringLiteral(u"\u1EBF\u1EBF");
        QTest::newRow("nominal: numeric without ';'") << QStringLiteral("&#65b") << text << QStringLiteral("Ab");
        QTest::newRow("nominal: 0x80-0x9F read as Windows-1252")
            << QStringLiteral("&#150;&#x93;&#128;&#x81;") << text << QStringLiteral(u"\u2013\u201C\u20AC\u0081");
        QTest::newRow("robustness: NUL becomes U+FFFD") << QStringLiteral("&#0;") << text << QStringLiteral(u"\uFFFD");
        QTest::newRow("robustness: surrogate becomes U+FFFD")
            << QStringLiteral("&#xD800;") << text << QStringLiteral(u"\uFFFD");
        QTest::newRow("robustness: past U+10FFFF becomes U+FFFD")
            << QStringLiteral("&#x110000;&#99999999999999999999;") << text << QStringLiteral(u"\uFFFD\uFFFD");
        QTest::newRow("nominal: legacy name without ';'")
            << QStringLiteral("&copy2024 &amp &lt") << text << QStringLiteral(u"\u00A92024 & <");
        QTest::newRow("nominal: longest legacy prefix")
            << QStringLiteral("&notit; &notin;") << text << QStringLiteral(u"\u00ACit; \u2209");
        QTest::newRow("nominal: a name that needs ';' is not decoded without it")
            << QStringLiteral("&hellip &ndash") << text << QStringLiteral("&hellip &ndash");
        QTest::newRow("nominal: attribute mode keeps a query string")
            << QStringLiteral("?a=1&copy=2&copyx&copy;") << attribute << QStringLiteral(u"?a=1&copy=2&copyx\u00A9");
        QTest::newRow("nominal: attribute mode decodes a legacy name before punctuation")
            << QStringLiteral("&copy 2024&amp") << attribute << QStringLiteral(u"\u00A9 2024&");
        QTest::newRow("nominal: text mode decodes before '='")
            << QStringLiteral("?a=1&copy=2") << text << QStringLiteral(u"?a=1\u00A9=2");
        QTest::newRow("nominal: two code points")
            << QStringLiteral("&NotEqualTilde;&nvlt;") << text << QStringLiteral(u"\u2242\u0338<\u20D2");
        QTest::newRow("robustness: unknown names stay")
            << QStringLiteral("&foo; &Agrav; &#; &#x; & ;") << text << QStringLiteral("&foo; &Agrav; &#; &#x; & ;");
        QTest::newRow("robustness: decoded once")
            << QStringLiteral("&amp;amp; &amp;lt;") << text << QStringLiteral("&amp; &lt;");
        QTest::newRow("robustness: names hiding javascript:")
            << QStringLiteral("java&Tab;script&colon;alert&lpar;1&rpar;&NewLine;") << attribute
            << QStringLiteral("java\tscript:alert(1)\n");
        QTest::newRow("robustness: case matters") << QStringLiteral("&AMP; &Amp;") << text << QStringLiteral("& &Amp;");
        QTest::newRow("robustness: empty and lone ampersands")
            << QStringLiteral("&&&") << text << QStringLiteral("&&&");
    }

    void decodes()
    {
        QFETCH(QString, input);
        QFETCH(EntityContext, context);
        QFETCH(QString, expected);
        QCOMPARE(html::decodeEntities(input, context), expected);
    }

    void tableIsComplete()
    {
        // Spot checks across the generated table: first, last, and names old editors emit.
        QCOMPARE(html::decodeEntities(QStringLiteral("&AElig;&zwnj;&CounterClockwiseContourIntegral;")),
                 QStringLiteral(u"\u00C6\u200C\u2233"));
        QCOMPARE(html::decodeEntities(QStringLiteral("&nbsp;&shy;&ndash;&mdash;&hellip;&ldquo;&rdquo;&euro;")),
                 QStringLiteral(u"\u00A0\u00AD\u2013\u2014\u2026\u201C\u201D\u20AC"));
    }

    void escapes()
    {
        QCOMPARE(html::escapeText(QStringLiteral("a<b>&\"")), QStringLiteral("a&lt;b&gt;&amp;\""));
        QCOMPARE(html::escapeAttribute(QStringLiteral("a<b>&\"")), QStringLiteral("a&lt;b&gt;&amp;&quot;"));
        const QString sample = QStringLiteral(u"Hà Nội & <b> \u00A9");
        QCOMPARE(html::decodeEntities(html::escapeText(sample)), sample);
    }
};

QTEST_GUILESS_MAIN(TestEntities)
#include "tst_entities.moc"
