// Paste cleaning (app/html/PasteCleaner.h) against realistic clipboard fixtures in tests/editor/data.
#include "app/html/BodyHtml.h"
#include "app/html/PasteCleaner.h"
#include "app/text/LegacyEncoding.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace toasoan;
using namespace toasoan::html;

namespace {

// A valid 2x1 PNG: enough for MIME sniffing and storage.
const char *const kPngBase64 = "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DAwMDAAAAQAAH/"
                               "KcDkGwAAAABJRU5ErkJggg==";

QString fixture(const char *name)
{
    QFile f(QDir(QString::fromLocal8Bit(qgetenv("TOASOAN_SOURCE_DIR"))).filePath(QStringLiteral("tests/editor/data/")) +
            QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning("missing fixture %s", name);
        return {};
    }
    return QString::fromUtf8(f.readAll());
}

// Records what would be stored, as MediaRepository would: identical bytes get the same id.
struct FakeStore
{
    QList<QByteArray> stored;
    QStringList names;

    PasteCleaner::ImageStore store()
    {
        return
            [this](const QByteArray &bytes, const QString &name, const QString &, QString *) -> std::optional<qint64> {
                const qsizetype at = stored.indexOf(bytes);
                if (at >= 0) {
                    return at + 1;
                }
                stored.append(bytes);
                names.append(name);
                return stored.size();
            };
    }
};

PasteSource htmlSource(const QString &html, const QString &text = {})
{
    PasteSource source;
    source.htmlBytes = html.toUtf8().size();
    source.html = [html] { return html; };
    source.textBytes = text.toUtf8().size();
    source.text = [text] { return text; };
    return source;
}

// Nothing a user would call debris survives.
void verifyNoDebris(const QString &body)
{
    for (const char *debris :
         {"mso",       "o:p",         "class=\"Mso",   "style=",  "font",        "color",   "<span",   "<div",
          "<script",   "<iframe",     "<!--",          "<![",     "msohtmlclip", "Cambria", "&nbsp;",  "\u00B7",
          "googletag", "adsbygoogle", "docs-internal", "onclick", "<sup",        "<form",   "<button", "<svg"}) {
        QVERIFY2(!body.contains(QString::fromUtf8(debris), Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("found \"%1\" in:\n%2").arg(QString::fromUtf8(debris), body)));
    }
    QCOMPARE(body, body.normalized(QString::NormalizationForm_C));
    QCOMPARE(normalizeBody(body), body); // already canonical
}

} // namespace

class TestPasteCleaner : public QObject
{
    Q_OBJECT

private slots:
    void word2016()
    {
        QTemporaryDir dir;
        const QString imagePath = dir.filePath(QStringLiteral("ảnh hội nghị.png"));
        QFile image(imagePath);
        QVERIFY(image.open(QIODevice::WriteOnly));
        image.write(QByteArray::fromBase64(kPngBase64));
        image.close();
        QString html = fixture("word2016.html");
        QVERIFY(html.startsWith(QStringLiteral("Version:0.9")));
        html.replace(QStringLiteral("%FIXTURE_IMAGE%"), imagePath);

        FakeStore store;
        PasteCleaner cleaner;
        cleaner.setImageStore(store.store());
        const PasteResult r = cleaner.clean(htmlSource(html));
        const QString &b = r.body;
        QVERIFY(!r.refused);
        verifyNoDebris(b);
        // Title and Heading 1 become h2, Heading 2 h3.
        QVERIFY2(b.startsWith(QStringLiteral("<h2>Hội nghị giao ban Ban Chủ nhiệm Chương trình 04-CTr/QU</h2>\n"
                                             "<h2>I. Kết quả 10 tháng đầu năm</h2>\n")),
                 qPrintable(b));
        QVERIFY(b.contains(QStringLiteral("<h3>II. Số liệu</h3>")));
        QVERIFY(b.contains(QStringLiteral("<p>(NTL) Sáng ngày 9/11, <strong>Quận ủy Nam Từ Liêm</strong> đã tổ chức "
                                          "Hội nghị giao ban Ban Chủ nhiệm <em>Chương trình số 04</em> và triển khai "
                                          "nhiệm vụ <u>trọng tâm</u> 2 tháng cuối năm.</p>")));
        // The NFD paragraph arrives NFC; a span's font-weight:bold is bold; mso-bidi-font-weight is not.
        QVERIFY(b.contains(QStringLiteral("<p>Chương trình đạt nhiều kết quả, Quận uỷ ghi nhận\u00A0 <strong>đậm bằng "
                                          "kiểu</strong>.</p>")));
        QVERIFY(b.contains(QStringLiteral("<p><strong>Dự hội nghị có:</strong></p>")));
        // Fake lists become real ones, without their bullets and numbers.
        QVERIFY(b.contains(QStringLiteral("<ul>\n<li>Đồng chí Lâm Quang Thao – Phó Bí thư Thường trực Quận uỷ;</li>\n"
                                          "<li>Đồng chí Trần Thanh Long – Phó Chủ tịch UBND quận;</li>\n"
                                          "<li>Các đồng chí thành viên tổ giúp việc.</li>\n</ul>")));
        QVERIFY(b.contains(QStringLiteral("<ol>\n<li>Rà soát các chỉ tiêu đã đề ra trong chương trình;</li>\n"
                                          "<li>Duy trì đảm bảo an sinh xã hội.</li>\n</ol>")));
        QVERIFY(b.contains(QStringLiteral("<table>\n<tbody>\n<tr><td><strong>Lĩnh vực</strong></td><td><strong>Kết "
                                          "quả</strong></td></tr>\n<tr><td>Y tế</td><td>10/10 phường đạt "
                                          "chuẩn</td></tr>\n</tbody>\n</table>")));
        // The image that exists is stored, centred, with Word's caption under it; the other is dropped.
        QVERIFY(b.contains(QStringLiteral("<figure class=\"aligncenter\"><img src=\"media:1\" alt=\"\">"
                                          "<figcaption>Toàn cảnh hội nghị</figcaption></figure>")));
        QCOMPARE(store.stored.size(), 1);
        QCOMPARE(store.names.value(0), QStringLiteral("ảnh hội nghị.png"));
        QCOMPARE(r.imagesStored, 1);
        QCOMPARE(r.imagesDropped, 1);
        QCOMPARE(r.notes.size(), 1);
        QVERIFY(b.contains(QStringLiteral("<blockquote>\n<p>“Kỷ cương, trách nhiệm, hành động, sáng tạo, phát "
                                          "triển”</p>\n</blockquote>")));
        QVERIFY(b.contains(QStringLiteral("<p>Chi tiết xem tại <a href=\"https://namtuliem.hanoi.gov.vn/tin-tuc\">Cổng "
                                          "thông tin quận</a>.</p>")));
        QVERIFY(b.endsWith(QStringLiteral("<p><strong>Trần Hòa</strong></p>")));
        QVERIFY(!r.legacy.has_value());
    }

    void libreOffice()
    {
        QString html = fixture("libreoffice.html");
        html.replace(QStringLiteral("%FIXTURE_PNG_BASE64%"), QString::fromLatin1(kPngBase64));
        FakeStore store;
        PasteCleaner cleaner;
        cleaner.setImageStore(store.store());
        const PasteResult r = cleaner.clean(htmlSource(html));
        const QString &b = r.body;
        verifyNoDebris(b);
        QVERIFY2(b.startsWith(QStringLiteral("<h2>Kết quả thực hiện Chương trình số 04</h2>\n<p>Theo báo cáo, 10 tháng "
                                             "đầu năm <strong>Ban Chủ nhiệm</strong> đã <em>quan tâm lãnh đạo</em>, "
                                             "chỉ đạo thực hiện <u>tốt</u> Chương trình số 041.</p>")),
                 qPrintable(b));
        QVERIFY(b.contains(QStringLiteral("<p><strong>Đặc biệt,</strong> quận đã tham gia tổ chức thành công SEA "
                                          "Games 31, xem <a href=\"https://namtuliem.hanoi.gov.vn/\">trang của "
                                          "quận</a>.</p>")));
        QVERIFY(b.contains(QStringLiteral("<h3>Nhiệm vụ trọng tâm</h3>")));
        QVERIFY(b.contains(QStringLiteral("<ol>\n<li>Nâng cao chất lượng các danh hiệu văn hóa;</li>\n<li>Tiếp tục "
                                          "triển khai các Quy tắc ứng xử.</li>\n</ol>\n<ul>\n<li>Y tế</li>\n<li>Giáo "
                                          "dục</li>\n</ul>")));
        QVERIFY(b.contains(QStringLiteral("<thead>\n<tr><th>Chỉ tiêu</th><th>Tỷ lệ</th></tr>\n</thead>\n<tbody>\n"
                                          "<tr><td>Suy dinh dưỡng</td><td>6,8%</td></tr>")));
        QVERIFY(b.contains(QStringLiteral("<figure class=\"aligncenter\"><img src=\"media:1\" alt=\"\"></figure>")));
        QCOMPARE(store.stored.value(0), QByteArray::fromBase64(kPngBase64));
        QVERIFY(store.names.value(0).endsWith(QStringLiteral(".png")));
        QVERIFY(b.contains(QStringLiteral("<blockquote>\n<p><em>Kỷ cương, trách nhiệm, hành động.</em></p>\n"
                                          "</blockquote>")));
        QVERIFY(b.endsWith(QStringLiteral("<p>1Chương trình số 04-CTr/QU của Quận ủy.</p>")));
        QCOMPARE(r.imagesDropped, 0);
    }

    void webPage()
    {
        PasteSource source = htmlSource(fixture("webpage.html"));
        source.baseUrl = QUrl(QStringLiteral("https://namtuliem.hanoi.gov.vn/tin-tuc/tong-ket-2022.html"));
        PasteCleaner cleaner;
        const PasteResult r = cleaner.clean(source);
        const QString &b = r.body;
        verifyNoDebris(b);
        QVERIFY(!b.contains(QStringLiteral("quảng cáo"), Qt::CaseInsensitive));
        QVERIFY(!b.contains(QStringLiteral("Đăng ký nhận tin")));
        QVERIFY(!b.contains(QStringLiteral("tracker")));
        QVERIFY(!b.contains(QStringLiteral("icon")));
        QVERIFY2(b.contains(QStringLiteral("<h2>Quận ủy tổng kết công tác năm 2022</h2>")), qPrintable(b));
        // The sapo box's bold is the site's decoration, not the text's.
        QVERIFY(b.contains(QStringLiteral("<p>Sáng 9/11, Quận ủy tổ chức hội nghị tổng kết công tác năm 2022.</p>")));
        // Relative links and images resolve against the page; javascript: links keep only their text.
        QVERIFY(b.contains(QStringLiteral("<a href=\"https://namtuliem.hanoi.gov.vn/lanh-dao\">lãnh đạo các phòng "
                                          "ban</a>, xem thêm <a href=\"https://namtuliem.hanoi.gov.vn/tin-tuc/"
                                          "bai-lien-quan.html\">bài liên quan</a> và chia sẻ.</p>")));
        QVERIFY2(b.contains(QStringLiteral("<figure class=\"aligncenter\"><img src=\"https://namtuliem.hanoi.gov.vn/"
                                           "uploads/2022/11/hoi-nghi.jpg\" alt=\"Toàn cảnh hội nghị\"><figcaption>"
                                           "Toàn cảnh hội nghị. Ảnh: Quận ủy</figcaption></figure>")),
                 qPrintable(b.mid(b.indexOf(QStringLiteral("<figure")), 300)));
        QVERIFY(b.contains(QStringLiteral("<p><strong>Năm 2022</strong>, quận đạt <em>nhiều kết quả</em> <u>quan "
                                          "trọng</u>.</p>")));
        QVERIFY(b.contains(QStringLiteral("<h3>Các chỉ tiêu chính</h3>")));
        QVERIFY(b.contains(QStringLiteral("<tr><th>Chỉ tiêu</th><th>Kết quả</th></tr>")));
        QVERIFY(b.contains(QStringLiteral("<blockquote>\n<p>Đoàn kết, kỷ cương, sáng tạo, phát triển.</p>\n"
                                          "</blockquote>\n<p><strong>Trần Hòa</strong></p>")));
        QCOMPARE(r.imagesDropped, 0);
    }

    void webPageWithoutAddressDropsRelativeImage()
    {
        PasteCleaner cleaner;
        const PasteResult r = cleaner.clean(htmlSource(fixture("webpage.html")));
        QVERIFY(!r.body.contains(QStringLiteral("<img")));
        QVERIFY(!r.body.contains(QStringLiteral("bai-lien-quan")));
        QCOMPARE(r.imagesDropped, 1);
        QCOMPARE(r.notes.size(), 1);
    }

    void googleDocs()
    {
        PasteCleaner cleaner;
        const PasteResult r = cleaner.clean(htmlSource(fixture("googledocs.html")));
        verifyNoDebris(r.body);
        // The wrapper <b style="font-weight:normal"> does not make everything bold.
        QCOMPARE(r.body, QStringLiteral("<p>Chữ thường, <strong>chữ đậm</strong> <em>và nghiêng</em></p>\n"
                                        "<ul>\n<li>Mục một</li>\n</ul>"));
    }

    void clipboardHeader()
    {
        QUrl source;
        const QString html = PasteCleaner::stripClipboardHeader(
            QStringLiteral("Version:0.9\r\nStartHTML:0000000001\r\nSourceURL:https://a.vn/b/c.html\r\n<html>x</html>"),
            &source);
        QCOMPARE(html, QStringLiteral("<html>x</html>"));
        QCOMPARE(source, QUrl(QStringLiteral("https://a.vn/b/c.html")));
        QCOMPARE(PasteCleaner::stripClipboardHeader(QStringLiteral("<p>x</p>")), QStringLiteral("<p>x</p>"));
    }

    void plainText()
    {
        PasteCleaner cleaner;
        PasteSource source = htmlSource(QStringLiteral("<p><b>đậm</b></p>"),
                                        QStringLiteral("Dòng mo\u0323\u0302t <script>\r\n\r\n  Dòng hai\tcó tab\n"));
        source.plainOnly = true;
        const PasteResult r = cleaner.clean(source);
        QVERIFY(r.asPlainText);
        QCOMPARE(r.body, QStringLiteral("<p>Dòng một &lt;script&gt;</p>\n<p>Dòng hai có tab</p>"));
    }

    void limits_data()
    {
        QTest::addColumn<qsizetype>("htmlBytes");
        QTest::addColumn<qsizetype>("textBytes");
        QTest::addColumn<bool>("refused");
        QTest::addColumn<bool>("asPlainText");
        QTest::addColumn<bool>("htmlRead");
        constexpr qsizetype MB = 1024 * 1024;
        QTest::newRow("nominal: small HTML") << qsizetype(100) << qsizetype(10) << false << false << true;
        QTest::newRow("robustness: 50 MB HTML with text falls back to the text")
            << 50 * MB << qsizetype(30) << false << true << true;
        QTest::newRow("robustness: 80 MB HTML is never read") << 80 * MB << qsizetype(30) << false << true << false;
        QTest::newRow("robustness: 80 MB HTML without text is refused")
            << 80 * MB << qsizetype(0) << true << false << false;
        QTest::newRow("robustness: 50 MB HTML and 50 MB text are refused")
            << 50 * MB << 50 * MB << true << false << true;
    }

    void limits()
    {
        QFETCH(qsizetype, htmlBytes);
        QFETCH(qsizetype, textBytes);
        QFETCH(bool, refused);
        QFETCH(bool, asPlainText);
        QFETCH(bool, htmlRead);
        bool readHtml = false;
        bool readText = false;
        PasteSource source;
        source.htmlBytes = htmlBytes;
        source.html = [&] {
            readHtml = true;
            return QString(htmlBytes, QLatin1Char('x')).replace(0, 3, QStringLiteral("<p>"));
        };
        source.textBytes = textBytes;
        source.text = [&] {
            readText = true;
            return QString(textBytes, QLatin1Char('y'));
        };
        PasteCleaner cleaner;
        const PasteResult r = cleaner.clean(source);
        QCOMPARE(r.refused, refused);
        QCOMPARE(r.asPlainText, asPlainText);
        QCOMPARE(readHtml, htmlRead);
        QCOMPARE(r.body.isEmpty(), refused);
        QCOMPARE(r.notes.isEmpty(), !refused && !asPlainText);
        Q_UNUSED(readText)
    }

    void embeddedImagesDoNotCountAsMarkup()
    {
        // 6 MB of embedded image in 100 bytes of markup is a normal paste of a photo.
        const QString image = QString::fromLatin1(QByteArray(6 * 1024 * 1024, 'A').toBase64());
        const QString html =
            QStringLiteral("<p>Ảnh</p><img src=\"data:image/png;base64,") + image + QStringLiteral("\">");
        PasteCleaner cleaner;
        const PasteResult r = cleaner.clean(htmlSource(html, QStringLiteral("Ảnh")));
        QVERIFY(!r.refused);
        QVERIFY(!r.asPlainText);
        QCOMPARE(r.body, QStringLiteral("<p>Ảnh</p>")); // no store set: the image is dropped, with a note
        QCOMPARE(r.imagesDropped, 1);
    }

    void legacyTcvn3()
    {
        const QString unicode = QStringLiteral("Hội nghị giao ban Quận ủy tổ chức sáng ngày 9/11 tại trụ sở, "
                                               "các đồng chí lãnh đạo đã thảo luận và đóng góp ý kiến.");
        const QString tcvn3 = text::encodeTcvn3(unicode);
        QVERIFY(tcvn3 != unicode);
        PasteCleaner cleaner;

        PasteSource plain;
        plain.textBytes = tcvn3.toUtf8().size();
        plain.text = [&] { return tcvn3; };
        const PasteResult fromText = cleaner.clean(plain);
        QVERIFY(fromText.legacy.has_value());
        QCOMPARE(fromText.legacy->encoding, text::LegacyEncoding::Tcvn3);
        QCOMPARE(fromText.legacy->convertedText, unicode);
        QCOMPARE(fromText.legacy->convertedBody, QStringLiteral("<p>") + unicode + QStringLiteral("</p>"));

        QString escaped = tcvn3;
        escaped.replace(QLatin1Char('&'), QLatin1String("&amp;")).replace(QLatin1Char('<'), QLatin1String("&lt;"));
        const QString html = QStringLiteral("<p class=MsoNormal><b><span style='font-family:\".VnTime\"'>") + escaped +
                             QStringLiteral("</span></b></p>");
        const PasteResult fromHtml = cleaner.clean(htmlSource(html, tcvn3));
        QVERIFY(fromHtml.legacy.has_value());
        QCOMPARE(fromHtml.legacy->encoding, text::LegacyEncoding::Tcvn3);
        QCOMPARE(fromHtml.legacy->convertedBody,
                 QStringLiteral("<p><strong>") + unicode + QStringLiteral("</strong></p>"));

        const PasteResult ordinary =
            cleaner.clean(htmlSource(QStringLiteral("<p>") + unicode + QStringLiteral("</p>")));
        QVERIFY(!ordinary.legacy.has_value());
    }

    void qtRichText()
    {
        const QString html =
            QStringLiteral("<html><head><meta name=\"qrichtext\" content=\"1\" /></head><body>"
                           "<p style=\" margin-left:40px; margin-right:40px;\">trích</p></body></html>");
        PasteCleaner cleaner;
        QCOMPARE(cleaner.cleanHtml(html).body, QStringLiteral("<blockquote>\n<p>trích</p>\n</blockquote>"));
    }
};

QTEST_GUILESS_MAIN(TestPasteCleaner)
#include "tst_pastecleaner.moc"
