// Detecting TCVN3, VNI and VIQR in pasted or imported text, and converting HTML text nodes.
#include "app/html/Entities.h"
#include "app/html/LegacyHtml.h"
#include "app/text/LegacyDetect.h"
#include "app/text/LegacyEncoding.h"

#include <QTest>

using namespace toasoan;
using text::LegacyEncoding;

Q_DECLARE_METATYPE(text::LegacyEncoding)

namespace {

// Our own district-news text. Its capitals carry no tone, so that plain TCVN3 (which has no toned
// capitals) can hold it.
QString paragraphs()
{
    return QStringLiteral(
        "Sáng ngày 9/11, tại hội trường xã, đoàn công tác của huyện đã làm việc với lãnh đạo địa phương về tiến độ "
        "xây dựng nông thôn mới. Theo báo cáo, đến nay xã đã hoàn thành 17 trên 19 tiêu chí; tuyến đường liên thôn "
        "dài 3,5 km được bê tông hóa, trường học được sửa chữa khang trang.\n\n"
        "Phát biểu tại buổi làm việc, đồng chí Bí thư huyện ủy đề nghị xã tiếp tục vận động nhân dân hiến đất mở "
        "rộng đường, chú trọng phát triển kinh tế hộ gia đình và giữ gìn vệ sinh môi trường.");
}

} // namespace

class TestLegacyDetect : public QObject
{
    Q_OBJECT

private slots:
    void detects_data()
    {
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("html");
        QTest::addColumn<LegacyEncoding>("encoding");
        QTest::addColumn<bool>("caps");
        QTest::addColumn<bool>("byFont");
        QTest::addColumn<QString>("decoded");
        QTest::addColumn<double>("minConfidence");

        const QString text = paragraphs();
        const QString tcvn3 = text::encodeTcvn3(text);
        QTest::newRow("nominal: TCVN3 paragraphs")
            << tcvn3 << QString() << LegacyEncoding::Tcvn3 << false << false << text << 0.8;
        QTest::newRow("nominal: VNI paragraphs")
            << text::encodeVni(text) << QString() << LegacyEncoding::Vni << false << false << text << 0.8;
        QTest::newRow("nominal: VIQR paragraphs")
            << text::encodeViqr(text) << QString() << LegacyEncoding::Viqr << false << false << text << 0.8;
        QTest::newRow("nominal: Unicode paragraphs")
            << text << QString() << LegacyEncoding::Unicode << false << false << text << 0.5;
        QTest::newRow("nominal: short TCVN3 phrase from the style guide")
            << QStringLiteral(u"Vi\u00D6t \u2013 \u00AE\u00AD\u00EAng") << QString() << LegacyEncoding::Tcvn3 << false
            << false << QStringLiteral("Việt – đường") << 0.5;
        QTest::newRow("nominal: short VNI phrase from the style guide")
            << QStringLiteral(u"Vie\u00E4t \u2013 \u00F1\u00F6\u00F4\u00F8ng") << QString() << LegacyEncoding::Vni
            << false << false << QStringLiteral("Việt – đường") << 0.5;
        QTest::newRow("nominal: TCVN3 all-caps heading guessed from the text")
            << QStringLiteral(u"C\u00E9NG HO\u00B5 X\u00B7 H\u00E9I CH\u00F1 NGH\u00DCA VI\u00D6T NAM") << QString()
            << LegacyEncoding::Tcvn3 << true << false << QStringLiteral("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM") << 0.5;
        QTest::newRow("nominal: .VnTime named in clipboard HTML")
            << tcvn3 << QStringLiteral("<p><span style='font-family:\".VnTime\"'>…</span></p>") << LegacyEncoding::Tcvn3
            << false << true << text << 0.5;
        QTest::newRow("nominal: .VnTimeH means caps")
            << QStringLiteral(u"vi\u00D6t nam") << QStringLiteral("<span style=\"font-family:'.VnTimeH'\">x</span>")
            << LegacyEncoding::Tcvn3 << true << true << QStringLiteral("VIỆT NAM") << 0.5;
        QTest::newRow("nominal: VNI-Times named in <font face>")
            << text::encodeVni(text) << QStringLiteral("<font face=\"VNI-Times\">x</font>") << LegacyEncoding::Vni
            << false << true << text << 0.5;
        QTest::newRow("robustness: .VnTime style over text typed in Unicode")
            << text << QStringLiteral("<p style='font-family:\".VnTime\"'>x</p>") << LegacyEncoding::Unicode << false
            << false << text << 0.5;
        QTest::newRow("robustness: short Unicode sentence that VNI also reads as Vietnamese")
            << QStringLiteral("Tôi là Tí, ở Đà Lạt.") << QString() << LegacyEncoding::Unicode << false << false
            << QStringLiteral("Tôi là Tí, ở Đà Lạt.") << 0.8;
        QTest::newRow("robustness: Unicode with only Latin-1 letters")
            << QStringLiteral("Bé Tí mê cà phê") << QString() << LegacyEncoding::Unicode << false << false
            << QStringLiteral("Bé Tí mê cà phê") << 0.5;
        QTest::newRow("robustness: ASCII only")
            << QStringLiteral("Tin nhanh 24/7") << QString() << LegacyEncoding::Unicode << false << false
            << QStringLiteral("Tin nhanh 24/7") << 0.5;
        QTest::newRow("robustness: empty")
            << QString() << QString() << LegacyEncoding::Unicode << false << false << QString() << 0.5;
    }

    void detects()
    {
        QFETCH(QString, plain);
        QFETCH(QString, html);
        QFETCH(LegacyEncoding, encoding);
        QFETCH(bool, caps);
        QFETCH(bool, byFont);
        QFETCH(QString, decoded);
        QFETCH(double, minConfidence);

        const text::LegacyDetection detection = text::detectLegacy(plain, html);
        QCOMPARE(detection.encoding, encoding);
        QCOMPARE(detection.capsFont, caps);
        QCOMPARE(detection.byFontName, byFont);
        QVERIFY2(detection.confidence >= minConfidence && detection.confidence <= 1.0,
                 qPrintable(QString::number(detection.confidence)));
        QCOMPARE(text::decodeLegacy(plain, detection.encoding, detection.capsFont), decoded);
    }

    void classifiesFontNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("found");
        QTest::addColumn<LegacyEncoding>("encoding");
        QTest::addColumn<bool>("caps");

        QTest::newRow("nominal: .VnTime") << QStringLiteral(".VnTime") << true << LegacyEncoding::Tcvn3 << false;
        QTest::newRow("nominal: .VnArialH") << QStringLiteral(".VnArialH") << true << LegacyEncoding::Tcvn3 << true;
        QTest::newRow("nominal: .VnArial NarrowH")
            << QStringLiteral("\".VnArial NarrowH\"") << true << LegacyEncoding::Tcvn3 << true;
        QTest::newRow("nominal: VNI-Times") << QStringLiteral("VNI-Times") << true << LegacyEncoding::Vni << false;
        QTest::newRow("nominal: Times New Roman")
            << QStringLiteral("Times New Roman") << true << LegacyEncoding::Unicode << false;
        QTest::newRow("robustness: empty") << QString() << false << LegacyEncoding::Unicode << false;
    }

    void classifiesFontNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, found);
        QFETCH(LegacyEncoding, encoding);
        QFETCH(bool, caps);
        const text::FontHint hint = text::classifyFontName(name);
        QCOMPARE(hint.found, found);
        QCOMPARE(hint.encoding, encoding);
        QCOMPARE(hint.capsFont, caps);
    }

    void findsFontNames_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QStringList>("names");

        QTest::newRow("nominal: Word style attribute")
            << QStringLiteral("<span style='font-size:13pt;font-family:\".VnTime\";mso-bidi-font-family:\"Times New "
                              "Roman\"'>")
            << QStringList{QStringLiteral(".VnTime"), QStringLiteral("Times New Roman")};
        QTest::newRow("nominal: CSS list") << QStringLiteral("p { font-family: 'VNI-Times', serif; }")
                                           << QStringList{QStringLiteral("VNI-Times"), QStringLiteral("serif")};
        QTest::newRow("nominal: font face list") << QStringLiteral("<font face=\".VnArialH, Arial\" size=3>")
                                                 << QStringList{QStringLiteral(".VnArialH"), QStringLiteral("Arial")};
        QTest::newRow("nominal: &quot; quoting") << QStringLiteral("<p style=\"font-family:&quot;.VnTime&quot;\">")
                                                 << QStringList{QStringLiteral(".VnTime")};
        QTest::newRow("nominal: bare name ends at the attribute quote")
            << QStringLiteral("<p style=\"font-family:VNI-Helve\" class=\"x\">")
            << QStringList{QStringLiteral("VNI-Helve")};
        QTest::newRow("robustness: no fonts") << QStringLiteral("<p>Xin chào</p>") << QStringList();
    }

    void findsFontNames()
    {
        QFETCH(QString, html);
        QFETCH(QStringList, names);
        QCOMPARE(text::fontNamesIn(html), names);
    }

    void convertsHtmlTextNodes()
    {
        const QString html = QStringLiteral(
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">\n"
            "<style>p.MsoNormal {font-family:\".VnTime\";}</style></head>\n"
            "<body><p class=MsoNormal><span style='font-family:\".VnTime\"'>Tr&shy;\u00EAng h\u00E4c</span></p>\n"
            "<p><span style='font-family:\".VnTimeH\"'>vi\u00D6t nam</span></p>\n"
            "<p><font face=\"VNI-Times\">Vie\u00E4t Nam</font></p>\n"
            "<p><span style='font-family:Arial'>Tiếng Việt &amp; bạn</span></p>\n"
            "<p>T\u00A9n b\u00B5i</p>\n"
            "<!-- Vi\u00D6t --></body></html>");
        html::HtmlDecodeOptions options;
        options.fallback = LegacyEncoding::Tcvn3;
        const html::HtmlConversion result = html::convertLegacyHtml(html, options);
        const QString &out = result.html;
        QVERIFY2(out.contains(QStringLiteral(">Trường học</span>")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral(">VIỆT NAM</span>")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral(">Việt Nam</font>")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral(">Tiếng Việt &amp; bạn</span>")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("<p>Tân bài</p>")), qPrintable(out)); // falls back to TCVN3
        QVERIFY2(out.contains(QStringLiteral("charset=utf-8")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("font-family:\".VnTime")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("VNI-Times")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("<!-- Vi\u00D6t -->")), qPrintable(out)); // comments untouched
        QCOMPARE(result.textNodes, 5);
        QCOMPARE(result.convertedNodes, 4);
    }

    void convertKeepsMarkupByteForByte()
    {
        // Everything but the text nodes is copied as written: doctype, comments, script bodies with
        // '<', attribute quoting, an unterminated tag at the end.
        const QString html = QStringLiteral(
            "<!DOCTYPE html>\n<html><head><title>Vi\u1EC7t</title><script>if (a<b) x='</p>'</script></head>"
            "<body class=x><!-- <p>c --><p ALIGN='center'>A &amp; B &lt; C</p>\n<br/><p title=\"a>b\">y</p><p");
        html::HtmlDecodeOptions options;
        const html::HtmlConversion result = html::convertLegacyHtml(html, options);
        QCOMPARE(result.html, html);
        QCOMPARE(result.convertedNodes, 0);
    }

    void htmlPlainTextKeepsSoftHyphen()
    {
        const QString plain = html::legacyPlainText(
            QStringLiteral("<style>p{color:red}</style><p>Tr&shy;\u00EAng</p><p>h\u00E4c&nbsp;&#173;</p>"));
        QCOMPARE(plain, QStringLiteral(u"Tr\u00AD\u00EAng\nh\u00E4c \u00AD"));
        QCOMPARE(text::decodeTcvn3(plain.section(QLatin1Char('\n'), 0, 0)), QStringLiteral("Trường"));
    }

    void decodesEntities_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: named") << QStringLiteral("&amp;&lt;&gt;&quot;&shy;&Ouml;&ndash;")
                                        << QStringLiteral(u"&<>\"\u00AD\u00D6\u2013");
        QTest::newRow("nominal: numeric") << QStringLiteral("&#173;&#xD6;&#7879;") << QStringLiteral(u"\u00AD\u00D6ệ");
        QTest::newRow("robustness: unknown and broken stay")
            << QStringLiteral("&bogus; & a;b &#xZZ;") << QStringLiteral("&bogus; & a;b &#xZZ;");
    }

    void decodesEntities()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(html::decodeEntities(input), expected);
    }

    void namesEncodings()
    {
        QVERIFY(text::legacyEncodingName(LegacyEncoding::Tcvn3).contains(QStringLiteral("TCVN3")));
        QVERIFY(text::legacyEncodingName(LegacyEncoding::Vni).contains(QStringLiteral("VNI")));
    }
};

QTEST_GUILESS_MAIN(TestLegacyDetect)
#include "tst_legacydetect.moc"
