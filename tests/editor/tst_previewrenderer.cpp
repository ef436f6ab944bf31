// The preview renders the article the way the district site shows it (app/render/PreviewRenderer.h).
#include "app/render/PreviewRenderer.h"

#include <QTest>
#include <QTimeZone>

using namespace toasoan;
using toasoan::render::PreviewOptions;
using toasoan::render::PreviewRenderer;

class TestPreviewRenderer : public QObject
{
    Q_OBJECT

private slots:
    void rendersSitePage()
    {
        Article a;
        a.title = QStringLiteral("Hội nghị giao ban <Quận ủy> & Ban chủ nhiệm");
        a.sapo = QStringLiteral("Sáng 9/11, Quận ủy tổ chức hội nghị.");
        a.dateline = QStringLiteral("NTL");
        a.byline = QStringLiteral("Trần Hòa");
        a.source = QStringLiteral("Ban Tuyên giáo");
        a.body = QStringLiteral("<p>Sáng ngày 9/11, Quận ủy họp.</p>\n"
                                "<figure class=\"alignright\"><img src=\"media:3\" alt=\"Toàn cảnh\">"
                                "<figcaption>Toàn cảnh hội nghị</figcaption></figure>\n<p>Đoạn hai.</p>");
        PreviewOptions o;
        o.categoryName = QStringLiteral("Tin tức hoạt động của Quận ủy");
        // 08:32 UTC is 15:32 in Hanoi; the preview shows local time.
        o.publishedAt = QDateTime(QDate(2022, 11, 9), QTime(15, 32), Qt::LocalTime);
        const QString html = PreviewRenderer::render(a, o);

        QVERIFY2(html.contains(QStringLiteral("<p class=\"section\">TIN TỨC HOẠT ĐỘNG CỦA QUẬN ỦY</p>")),
                 qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("<h1>Hội nghị giao ban &lt;Quận ủy&gt; &amp; Ban chủ nhiệm</h1>")));
        QVERIFY(html.contains(QStringLiteral("09/11/2022 | 15:32")));
        QVERIFY(html.contains(QStringLiteral("<p class=\"sapo\"><b>Sáng 9/11, Quận ủy tổ chức hội nghị.</b></p>")));
        QVERIFY(html.contains(QStringLiteral("<p>(NTL) Sáng ngày 9/11, Quận ủy họp.</p>")));
        QVERIFY(html.contains(QStringLiteral("<p align=\"right\"><img src=\"media:3\" alt=\"Toàn cảnh\"></p>")));
        // Wide images fit the column (the stored image stays full size).
        QVERIFY(html.contains(QStringLiteral("img { max-width: 100%; height: auto; }")));
        QVERIFY(html.contains(QStringLiteral("<p class=\"caption\" align=\"right\">Toàn cảnh hội nghị</p>")));
        QVERIFY(html.contains(QStringLiteral("<p class=\"byline\" align=\"right\"><b>Trần Hòa</b></p>")));
        QVERIFY(html.contains(QStringLiteral("Ban Tuyên giáo")));
        // Order: section, title, date, sapo, body, byline.
        const QStringList order{QStringLiteral("TIN TỨC"),  QStringLiteral("<h1>"),
                                QStringLiteral("15:32"),    QStringLiteral("class=\"sapo\""),
                                QStringLiteral("(NTL)"),    QStringLiteral("Đoạn hai"),
                                QStringLiteral("Trần Hòa"), QStringLiteral("Ban Tuyên giáo")};
        qsizetype at = 0;
        for (const QString &part : order) {
            const qsizetype found = html.indexOf(part, at);
            QVERIFY2(found > at || (at == 0 && found >= 0), qPrintable(part));
            at = found;
        }
    }

    void dateline_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("dateline");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: prefix opens the first paragraph")
            << QStringLiteral("<h2>Tít</h2><p>Sáng nay</p><p>Chiều</p>") << QStringLiteral("NTL")
            << QStringLiteral("<h2>Tít</h2>\n<p>(NTL) Sáng nay</p>\n<p>Chiều</p>");
        QTest::newRow("nominal: already there, not repeated")
            << QStringLiteral("<p>(NTL) Sáng nay</p>") << QStringLiteral("NTL")
            << QStringLiteral("<p>(NTL) Sáng nay</p>");
        QTest::newRow("nominal: already there in bold")
            << QStringLiteral("<p><strong>( NTL )</strong> - Sáng</p>") << QStringLiteral("NTL")
            << QStringLiteral("<p><strong>( NTL )</strong> - Sáng</p>");
        QTest::newRow("nominal: dateline typed with parentheses")
            << QStringLiteral("<p>Sáng</p>") << QStringLiteral("(NTL)") << QStringLiteral("<p>(NTL) Sáng</p>");
        QTest::newRow("nominal: no dateline")
            << QStringLiteral("<p>Sáng</p>") << QString() << QStringLiteral("<p>Sáng</p>");
        QTest::newRow("robustness: escaped")
            << QStringLiteral("<p>x</p>") << QStringLiteral("<b>A&B") << QStringLiteral("<p>(&lt;b&gt;A&amp;B) x</p>");
        QTest::newRow("robustness: body without paragraphs")
            << QStringLiteral("<ul><li>một</li></ul>") << QStringLiteral("NTL")
            << QStringLiteral("<p>(NTL)</p>\n<ul>\n<li>một</li>\n</ul>");
        QTest::newRow("nominal: a nested list is shown nested, the dateline after it")
            << QStringLiteral("<ol><li>một<ul><li>hai</li></ul></li></ol><p>Sáng</p>") << QStringLiteral("NTL")
            << QStringLiteral("<ol>\n<li>một<ul>\n<li>hai</li>\n</ul></li>\n</ol>\n<p>(NTL) Sáng</p>");
        QTest::newRow("robustness: a quote's paragraph is not the first paragraph")
            << QStringLiteral("<blockquote><p>trích</p></blockquote><p>Sáng</p>") << QStringLiteral("NTL")
            << QStringLiteral("<blockquote>\n<p>trích</p>\n</blockquote>\n<p>(NTL) Sáng</p>");
    }

    void dateline()
    {
        QFETCH(QString, body);
        QFETCH(QString, dateline);
        QFETCH(QString, expected);
        QCOMPARE(PreviewRenderer::renderBody(body, dateline), expected);
    }

    void localTimeAndEscaping()
    {
        Article a;
        a.title = QStringLiteral("<script>alert(1)</script>");
        a.byline = QStringLiteral("A & B");
        PreviewOptions o;
        o.publishedAt = QDateTime(QDate(2022, 11, 9), QTime(8, 32), QTimeZone::utc());
        const QString html = PreviewRenderer::render(a, o);
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
        QVERIFY(html.contains(QStringLiteral("A &amp; B")));
        const QDateTime local = o.publishedAt.toLocalTime();
        QVERIFY(html.contains(local.toString(QStringLiteral("dd/MM/yyyy | HH:mm"))));
        QVERIFY(!html.contains(QStringLiteral("class=\"sapo\""))); // no sapo, no empty bold line
    }
};

QTEST_GUILESS_MAIN(TestPreviewRenderer)
#include "tst_previewrenderer.moc"
