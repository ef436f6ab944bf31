// What goes on the wire: the XML-RPC codec (robust to hostile replies), the post body composer
// (dateline, closing line, images and captions, marker), upload headers and Retry-After.
#include "app/publish/HttpTransport.h"
#include "app/publish/PostComposer.h"
#include "app/publish/WordPressRestClient.h"
#include "app/publish/XmlRpc.h"
#include "app/publish/XmlRpcClient.h"
#include "tests/publish/PublishFixture.h"

#include <QTest>

using namespace toasoan;

class TestPublishFormat : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TOASOAN_REQUIRE_TEST_BACKEND(); }
    void xmlRpcRoundTrip()
    {
        const QDateTime when(QDate(2022, 11, 9), QTime(8, 32), Qt::UTC);
        const QByteArray call =
            xmlrpc::encodeCall(QStringLiteral("metaWeblog.newPost"),
                               {QStringLiteral("1"), QStringLiteral("bientap"), QStringLiteral("<&>\"mật khẩu\""),
                                QVariantMap{{QStringLiteral("title"), QStringLiteral("Khánh thành cầu")},
                                            {QStringLiteral("date_created_gmt"), when},
                                            {QStringLiteral("categories"), QStringList{QStringLiteral("Kinh tế")}},
                                            {QStringLiteral("wp_post_thumbnail"), 42}},
                                true, QByteArray("\x89PNG", 4)});
        QVERIFY(call.contains("<methodName>metaWeblog.newPost</methodName>"));
        QVERIFY(call.contains("&lt;&amp;&gt;"));
        QVERIFY(call.contains("<dateTime.iso8601>20221109T08:32:00</dateTime.iso8601>"));
        QVERIFY(call.contains("<int>42</int>"));
        QVERIFY(call.contains("<boolean>1</boolean>"));
        QVERIFY(call.contains("<base64>iVBORw==</base64>"));

        const QByteArray reply = R"(<?xml version="1.0"?>
<methodResponse><params><param><value><struct>
  <member><name>postid</name><value><string>17</string></value></member>
  <member><name>title</name><value>Tin không kiểu</value></member>
  <member><name>date_created_gmt</name><value><dateTime.iso8601>20221109T08:32:00Z</dateTime.iso8601></value></member>
  <member><name>n</name><value><i4>-3</i4></value></member>
  <member><name>ok</name><value><boolean>0</boolean></value></member>
  <member><name>list</name><value><array><data><value><int>1</int></value><value><string>b</string></value></data></array></value></member>
  <member><name>empty</name><value><array><data></data></array></value></member>
</struct></value></param></params></methodResponse>)";
        xmlrpc::Response r;
        QString error;
        QVERIFY2(xmlrpc::decodeResponse(reply, r, error), qPrintable(error));
        const QVariantMap m = r.value.toMap();
        QCOMPARE(xmlrpc::memberString(m, "postid"), QStringLiteral("17"));
        QCOMPARE(m.value(QStringLiteral("title")).toString(), QString::fromUtf8("Tin không kiểu"));
        QCOMPARE(m.value(QStringLiteral("date_created_gmt")).toDateTime(), when);
        QCOMPARE(m.value(QStringLiteral("n")).toInt(), -3);
        QCOMPARE(m.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(m.value(QStringLiteral("list")).toList().size(), 2);
        QCOMPARE(m.value(QStringLiteral("empty")).toList().size(), 0);
    }

    void xmlRpcFault()
    {
        xmlrpc::Response r;
        QString error;
        QVERIFY(xmlrpc::decodeResponse(
            "<methodResponse><fault><value><struct><member><name>faultCode</name><value><int>403</int></value>"
            "</member><member><name>faultString</name><value><string>Incorrect username or password."
            "</string></value></member></struct></value></fault></methodResponse>",
            r, error));
        QVERIFY(r.fault);
        QCOMPARE(r.faultCode, 403);
        QCOMPARE(r.faultString, QStringLiteral("Incorrect username or password."));
    }

    void xmlRpcRejectsHostileReplies_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::newRow("robustness: empty") << QByteArray();
        QTest::newRow("robustness: HTML error page") << QByteArray("<html><body><h1>403 Forbidden</h1></body></html>");
        QTest::newRow("robustness: truncated")
            << QByteArray("<?xml version=\"1.0\"?><methodResponse><params><param><value><struct><member>"
                          "<name>postid</name><value><string>1");
        QTest::newRow("robustness: PHP warning before the XML")
            << QByteArray("<br />\n<b>Warning</b>: something<br />\n<?xml version=\"1.0\"?><methodResponse/>");
        QTest::newRow("robustness: unknown type")
            << QByteArray("<methodResponse><params><param><value><blob>x</blob></value></param></params>"
                          "</methodResponse>");
        QTest::newRow("robustness: bad number")
            << QByteArray("<methodResponse><params><param><value><int>12abc</int></value></param></params>"
                          "</methodResponse>");
        QTest::newRow("robustness: two types in one value")
            << QByteArray("<methodResponse><params><param><value><int>1</int><string>x</string></value></param>"
                          "</params></methodResponse>");
        QTest::newRow("robustness: member without value")
            << QByteArray("<methodResponse><params><param><value><struct><member><name>a</name></member></struct>"
                          "</value></param></params></methodResponse>");
        QByteArray deep = "<methodResponse><params><param><value>";
        for (int i = 0; i < 5000; ++i) {
            deep += "<array><data><value>";
        }
        QTest::newRow("robustness: nested 5000 deep") << deep;
        QTest::newRow("robustness: entity expansion")
            << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
                          "\"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d "
                          "\"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>"
                          "<methodResponse><params><param><value><string>&e;&e;&e;&e;&e;&e;</string></value>"
                          "</param></params></methodResponse>");
    }

    void xmlRpcRejectsHostileReplies()
    {
        QFETCH(QByteArray, reply);
        xmlrpc::Response r;
        QString error;
        QVERIFY(!xmlrpc::decodeResponse(reply, r, error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!r.fault);
    }

    void composesTheBody()
    {
        test::PublishFixture fx;
        Article a = fx.article;
        const QHash<qint64, RemoteMedia> uploaded{
            {fx.inlineId, RemoteMedia{QStringLiteral("77"), QUrl(QStringLiteral("https://x.vn/le-khanh-thanh.png"))}}};
        const QString body = PostComposer::body(a, uploaded);
        QVERIFY2(body.startsWith(QString::fromUtf8("<p>(NTL) Sáng ngày 9/11")), qPrintable(body));
        QVERIFY(body.contains(QStringLiteral("<img src=\"https://x.vn/le-khanh-thanh.png\" alt=\"")));
        QVERIFY(body.contains(QStringLiteral("class=\"wp-image-77\"")));
        QVERIFY(body.contains(QString::fromUtf8("<figcaption>Các đại biểu cắt băng</figcaption>")));
        // The marker sits inside the last paragraph: WordPress gives a comment between blocks a
        // paragraph of its own, an empty line at the end of every post.
        const QString marker = QStringLiteral("<!-- ") + PostComposer::marker(a) + QStringLiteral(" -->");
        QVERIFY2(
            body.endsWith(QString::fromUtf8(
                              "<p style=\"text-align: right;\"><strong>Trần Hòa</strong> (Nguồn: Trung tâm Văn hóa)") +
                          marker + QStringLiteral("</p>")),
            qPrintable(body));
        QVERIFY(!body.contains(QLatin1String("alert")));

        // Not uploaded: the image is left out rather than pointing at this machine.
        QVERIFY(!PostComposer::body(a, {}).contains(QLatin1String("<img")));

        // A dateline the author already typed is not doubled; no byline/source, no closing line.
        a.body = QStringLiteral("<p>(NTL) Sáng nay…</p>");
        a.byline.clear();
        a.source.clear();
        const QString typed = PostComposer::body(a, {});
        QCOMPARE(typed.count(QStringLiteral("(NTL)")), 1);
        QVERIFY(!typed.contains(QLatin1String("text-align")));
        a.source = QStringLiteral("Báo Hà Nội Mới");
        QCOMPARE(PostComposer::closingLine(a),
                 QString::fromUtf8("<p style=\"text-align: right;\">Nguồn: Báo Hà Nội Mới</p>"));
    }

    void placesTheMarkerInsideTheLastTextElement_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: paragraph") << "<p>Một</p>\n<p>Hai</p>"
                                            << "<p>Một</p>\n<p>Hai<!--m--></p>";
        QTest::newRow("nominal: list, in its last item, not after it")
            << "<p>Một</p><ul><li>a</li><li>b</li></ul>"
            << "<p>Một</p><ul><li>a</li><li>b<!--m--></li></ul>";
        QTest::newRow("nominal: table cell") << "<table><tr><td>x</td></tr></table>"
                                             << "<table><tr><td>x<!--m--></td></tr></table>";
        QTest::newRow("nominal: figure caption")
            << "<figure><img src=\"a.png\" alt=\"\"><figcaption>Chú thích</figcaption></figure>"
            << "<figure><img src=\"a.png\" alt=\"\"><figcaption>Chú thích<!--m--></figcaption></figure>";
        QTest::newRow("nominal: heading, upper case") << "<P>a</P><H3>b</H3>"
                                                      << "<P>a</P><H3>b<!--m--></H3>";
        QTest::newRow("robustness: nothing to hold it") << ""
                                                        << "<!--m-->";
    }

    void placesTheMarkerInsideTheLastTextElement()
    {
        QFETCH(QString, html);
        QFETCH(QString, expected);
        QCOMPARE(PostComposer::withMarker(html, QStringLiteral("<!--m-->")), expected);
    }

    void listsImagesWithCaptions()
    {
        test::PublishFixture fx;
        const QList<ArticleImage> images = PostComposer::imagesOf(fx.article);
        QCOMPARE(images.size(), 2);
        QCOMPARE(images.at(0).mediaId, fx.featuredId);
        QVERIFY(images.at(0).featured);
        QCOMPARE(images.at(0).caption, QString::fromUtf8("Cầu Đồng Tâm"));
        QCOMPARE(images.at(1).mediaId, fx.inlineId);
        QCOMPARE(images.at(1).caption, QString::fromUtf8("Các đại biểu cắt băng"));
        QCOMPARE(images.at(1).alt, QString::fromUtf8("Cắt băng"));
    }

    void uploadHeaders()
    {
        QCOMPARE(WordPressRestClient::contentDisposition(QString::fromUtf8("Lễ \"khánh\";thành.png")),
                 QByteArray("attachment; filename=\"") + QString::fromUtf8("Lễ _khánh__thành.png").toUtf8() +
                     "\"; filename*=UTF-8''L%E1%BB%85%20_kh%C3%A1nh__th%C3%A0nh.png");
        MediaUpload m;
        m.fileName = QString::fromUtf8("Ảnh cầu.JPG");
        m.sha256Hex = "0123456789abcdef0123";
        QCOMPARE(XmlRpcClient::uploadName(m), QString::fromUtf8("Ảnh cầu-0123456789ab.jpg"));
    }

    void readsRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("min");
        QTest::addColumn<int>("max");
        QTest::newRow("nominal: seconds") << QByteArray("120") << 120 << 120;
        QTest::newRow("nominal: HTTP date in a minute")
            << QLocale::c()
                       .toString(QDateTime::currentDateTimeUtc().addSecs(60),
                                 QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
                       .toLatin1() +
                   " GMT"
            << 55 << 61;
        QTest::newRow("robustness: garbage") << QByteArray("soon") << 0 << 0;
        QTest::newRow("robustness: negative") << QByteArray("-5") << 0 << 0;
        QTest::newRow("robustness: a year is capped at a day") << QByteArray("31536000") << 86400 << 86400;
    }

    void readsRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, min);
        QFETCH(int, max);
        HttpResponse r;
        r.headers.insert("retry-after", value);
        QVERIFY(r.retryAfterSeconds() >= min);
        QVERIFY(r.retryAfterSeconds() <= max);
    }
};

QTEST_GUILESS_MAIN(TestPublishFormat)
#include "tst_publish_format.moc"
