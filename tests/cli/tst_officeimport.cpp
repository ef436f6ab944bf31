// io/OfficeImport: Word (.docx) and OpenDocument (.odt) files read into an article through the one
// body pipeline; legacy-font runs converted; hostile packages refused with a message naming the file.
// The fixtures are in tests/fixtures/office (README.md there says how they were made).
#include "app/io/ArticleImport.h"
#include "app/io/OfficeDocument.h"
#include "app/io/OfficeImport.h"
#include "app/io/ZipPackage.h"
#include "app/storage/MediaRepository.h"
#include "tests/support/TestWorkspace.h"

#include <QFile>
#include <QTest>

using namespace toasoan;

namespace {

QString fixture(const QString &name)
{
    return qEnvironmentVariable("TOASOAN_SOURCE_DIR") + QStringLiteral("/tests/fixtures/office/") + name;
}

QByteArray fixtureBytes(const QString &name)
{
    QFile file(fixture(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Images get the ids 7, 8… in the order the body asks for them.
Result<Article> finishWithFakeStore(io::ImportedArticle imported, QList<io::ImportedImage> *stored = nullptr)
{
    qint64 next = 7;
    return io::finishImport(std::move(imported), [&](const io::ImportedImage &image) -> Result<qint64> {
        if (stored) {
            stored->append(image);
        }
        return next++;
    });
}

// What bai-viet.docx and bai-viet.odt hold once imported: the same article from Word and LibreOffice.
// The nested bullet ("Trường mầm non", Word's List Bullet 2 style, a nested text:list in LibreOffice)
// stays nested in its item.
const QString kArticleBody = QStringLiteral(
    "<p>Sáng ngày 9/11, Quận ủy Nam Từ Liêm đã tổ chức <em>Hội nghị giao ban</em> Ban Chủ nhiệm Chương trình "
    "<u>số 04</u> với nhiều đại biểu. Xem <a href=\"https://namtuliem.hanoi.gov.vn/tin-tuc\">trang của quận</a>.</p>\n"
    "<p>Theo báo cáo tại hội nghị, các chỉ tiêu đã hoàn thành[1].</p>\n"
    "<h2>Kết quả nổi bật</h2>\n"
    "<ul>\n<li>Trường học đạt chuẩn quốc gia<ul>\n<li>Trường mầm non</li>\n</ul></li>\n<li>Y tế cơ sở</li>\n</ul>\n"
    "<h3>Nhiệm vụ cuối năm</h3>\n"
    "<ol>\n<li>Rà soát các chỉ tiêu</li>\n<li>Tăng cường tuyên truyền</li>\n</ol>\n"
    "<table>\n<thead>\n<tr><th>Lĩnh vực</th><th>Kết quả</th></tr>\n</thead>\n<tbody>\n"
    "<tr><td>Y tế</td><td>100%</td></tr>\n<tr><td>Giáo dục</td><td>10/10 phường</td></tr>\n</tbody>\n</table>\n"
    "<figure class=\"aligncenter\"><img src=\"media:7\" alt=\"\"><figcaption>%1</figcaption></figure>\n"
    "<p>Kết luận Hội nghị, đồng chí Lâm Quang Thao ghi nhận những kết quả đã đạt được.</p>\n"
    "<p>[1] Số liệu của Phòng Văn hóa quận.</p>");

} // namespace

class TestOfficeImport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TOASOAN_REQUIRE_TEST_BACKEND();
        QVERIFY2(!fixtureBytes(QStringLiteral("bai-viet.docx")).isEmpty(), "run through ctest (TOASOAN_SOURCE_DIR)");
    }

    // A bulleted list inside a numbered one, and a numbered one inside that: Word's w:ilvl levels of
    // one multilevel numbering, OpenDocument's text:list inside text:list-item, and both saved again
    // by LibreOffice keep the nesting.
    void readsNestedLists_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("nominal: Word .docx (w:ilvl)") << QStringLiteral("danh-sach.docx");
        QTest::newRow("nominal: OpenDocument .odt (nested text:list)") << QStringLiteral("danh-sach.odt");
        QTest::newRow("nominal: saved by LibreOffice as .docx") << QStringLiteral("lo-danh-sach.docx");
        QTest::newRow("nominal: saved by LibreOffice as .odt") << QStringLiteral("lo-danh-sach.odt");
    }

    void readsNestedLists()
    {
        QFETCH(QString, file);
        auto read = io::readImportFile(fixture(file));
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        auto article = finishWithFakeStore(*read);
        QVERIFY(article);
        QCOMPARE(article->title, QStringLiteral("Kế hoạch công tác tháng 12"));
        QCOMPARE(article->body,
                 QStringLiteral("<p>Ủy ban nhân dân phường giao các nhiệm vụ sau.</p>\n"
                                "<ol>\n<li>Rà soát hộ nghèo<ul>\n<li>Tổ dân phố số 1</li>\n<li>Tổ dân phố số 2<ol>\n"
                                "<li>Khu tập thể A</li>\n<li>Khu tập thể B</li>\n</ol></li>\n</ul></li>\n"
                                "<li>Tuyên truyền bầu cử<ul>\n<li>Pa nô, áp phích</li>\n</ul></li>\n</ol>\n"
                                "<p>Các đơn vị báo cáo kết quả trước ngày 20/12.</p>"));
    }

    void readsEveryElement_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("caption");
        // Word's Caption style of python-docx's template is bold; LibreOffice's fixture makes it italic.
        QTest::newRow("nominal: Word .docx")
            << QStringLiteral("bai-viet.docx") << QStringLiteral("<strong>Quang cảnh hội nghị</strong>");
        QTest::newRow("nominal: LibreOffice .odt")
            << QStringLiteral("bai-viet.odt") << QStringLiteral("<em>Quang cảnh hội nghị</em>");
        QTest::newRow("nominal: the Word file saved again by LibreOffice as .docx")
            << QStringLiteral("lo-bai-viet.docx") << QStringLiteral("<strong>Quang cảnh hội nghị</strong>");
        QTest::newRow("nominal: the Word file saved by LibreOffice as .odt")
            << QStringLiteral("lo-bai-viet.odt") << QStringLiteral("<strong>Quang cảnh hội nghị</strong>");
    }

    void readsEveryElement()
    {
        QFETCH(QString, file);
        QFETCH(QString, caption);
        auto read = io::readImportFile(fixture(file));
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(read->images.size(), 1);
        QCOMPARE(read->legacyRuns, 0);
        QList<io::ImportedImage> stored;
        auto article = finishWithFakeStore(*read, &stored);
        QVERIFY(article);
        QCOMPARE(article->title, QStringLiteral("Hội nghị giao ban Ban chủ nhiệm chương trình 04-CTr/QU"));
        QCOMPARE(article->sapo, QStringLiteral("Quận ủy Nam Từ Liêm tổng kết 10 tháng thực hiện Chương trình số 04."));
        QCOMPARE(article->byline, QStringLiteral("Trần Hòa"));
        QCOMPARE(article->dateline, QStringLiteral("NTL"));
        QCOMPARE(article->body, kArticleBody.arg(caption));
        // Tracked deletions and comments are not text of the article.
        QVERIFY(!article->body.contains(QStringLiteral("XOÁ")));
        QVERIFY(!article->body.contains(QStringLiteral("GHI CHÚ")));
        QCOMPARE(stored.size(), 1);
        QVERIFY(stored.constFirst().bytes.startsWith("\x89PNG"));
    }

    void convertsLegacyFontRuns_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("byline");
        QTest::addColumn<int>("runs");
        QTest::newRow("nominal: .VnTime, .VnTimeH and VNI-Times runs in Word")
            << QStringLiteral("tcvn3.docx") << QStringLiteral("HỘI NGHỊ TỔNG KẾT NĂM")
            << QStringLiteral("<p>Sáng ngày 9/11, Quận ủy đã tổ chức hội nghị tổng kết công tác năm.</p>\n"
                              "<p>Đại biểu phát biểu: Người dân phấn khởi (Unicode giữ nguyên)</p>")
            << QStringLiteral("Trần Hòa") << 5;
        for (const QString &file : {QStringLiteral("lo-tcvn3.docx"), QStringLiteral("lo-tcvn3.odt")}) {
            QTest::newRow(qPrintable(QStringLiteral("nominal: the same saved by LibreOffice, ") + file))
                << file << QStringLiteral("HỘI NGHỊ TỔNG KẾT NĂM")
                << QStringLiteral("<p>Sáng ngày 9/11, Quận ủy đã tổ chức hội nghị tổng kết công tác năm.</p>\n"
                                  "<p>Đại biểu phát biểu: Người dân phấn khởi (Unicode giữ nguyên)</p>")
                << QStringLiteral("Trần Hòa") << 5;
        }
        QTest::newRow("nominal: .VnTime and VNI-Times font faces in LibreOffice")
            << QStringLiteral("tcvn3.odt") << QStringLiteral("Hội nghị tổng kết năm")
            << QStringLiteral("<p>Sáng ngày 9/11, Quận ủy đã tổ chức hội nghị.</p>\n"
                              "<p>Đại biểu: Người dân phấn khởi</p>")
            << QString() << 4;
    }

    void convertsLegacyFontRuns()
    {
        QFETCH(QString, file);
        QFETCH(QString, title);
        QFETCH(QString, body);
        QFETCH(QString, byline);
        QFETCH(int, runs);
        auto read = io::readImportFile(fixture(file));
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(read->legacyRuns, runs);
        auto article = finishWithFakeStore(*read);
        QVERIFY(article);
        QCOMPARE(article->title, title);
        QCOMPARE(article->body, body);
        QCOMPARE(article->byline, byline);
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("says");
        QTest::newRow("robustness: not a zip") << QStringLiteral("not-a-zip.docx") << QStringLiteral("not a zip");
        QTest::newRow("robustness: truncated zip") << QStringLiteral("truncated.docx") << QStringLiteral("damaged");
        QTest::newRow("robustness: old binary .doc") << QStringLiteral("old-word.doc") << QStringLiteral("as .docx");
        QTest::newRow("robustness: password-protected Word file")
            << QStringLiteral("encrypted.docx") << QStringLiteral("password");
        QTest::newRow("robustness: zip bomb") << QStringLiteral("bomb.docx") << QStringLiteral("zip bomb");
        QTest::newRow("robustness: path traversal") << QStringLiteral("traversal.docx") << QStringLiteral("../..");
        QTest::newRow("robustness: no word/document.xml")
            << QStringLiteral("no-document.docx") << QStringLiteral("word/document.xml");
        QTest::newRow("robustness: no content.xml")
            << QStringLiteral("no-content.odt") << QStringLiteral("content.xml");
    }

    void refusesBadFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, says);
        auto read = io::readImportFile(fixture(file));
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::Io);
        QVERIFY2(read.error().message.contains(file), qPrintable(read.error().message));
        QVERIFY2(read.error().message.contains(says), qPrintable(read.error().message));
    }

    // Elements nested 20,000 deep crashed the readers (stack overflow): deeper than 64 they are skipped.
    void survivesDeepNesting_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("robustness: Word content controls and insertions") << QStringLiteral("deep.docx");
        QTest::newRow("robustness: OpenDocument sections and spans") << QStringLiteral("deep.odt");
    }

    void survivesDeepNesting()
    {
        QFETCH(QString, file);
        auto read = io::readOfficeDocument(fixtureBytes(file), file);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        auto article = finishWithFakeStore(*read);
        QVERIFY(article);
        QVERIFY2(article->body.endsWith(QStringLiteral("<p>Đoạn cuối.</p>")), qPrintable(article->body));
    }

    // A picture the package does not hold, or holds as a Windows metafile, is left out and named.
    void picturesThatCannotBeMediaAreNamed_data()
    {
        QTest::addColumn<QByteArray>("picture"); // the bytes of word/media/image1.png; empty: no such entry
        QTest::newRow("robustness: missing from the package") << QByteArray();
        QByteArray emf(64, '\0');
        emf[0] = 1;
        emf.replace(40, 4, " EMF");
        QTest::newRow("robustness: an EMF drawing") << emf;
    }

    void picturesThatCannotBeMediaAreNamed()
    {
        QFETCH(QByteArray, picture);
        auto package = io::ZipPackage::open(fixtureBytes(QStringLiteral("bai-viet.docx")), QStringLiteral("a.docx"));
        QVERIFY(package);
        QHash<QString, QByteArray> entries;
        for (const QString &name : package->names()) {
            entries.insert(name, package->entry(name));
        }
        entries.remove(QStringLiteral("word/media/image1.png"));
        if (!picture.isEmpty()) {
            entries.insert(QStringLiteral("word/media/image1.png"), picture);
        }
        auto document = io::office::readDocx(io::ZipPackage::fromEntries(entries), QStringLiteral("a.docx"));
        QVERIFY(document);
        const io::ImportedArticle imported = io::office::assemble(*document);
        QCOMPARE(imported.missingImages, QStringList{QStringLiteral("image1.png")});
        QVERIFY(imported.images.isEmpty());
        auto article = finishWithFakeStore(imported);
        QVERIFY(article);
        QVERIFY(!article->body.contains(QStringLiteral("<img")));
        QVERIFY(article->body.contains(QStringLiteral("Quang cảnh hội nghị")));
    }

    // The limits are counted while inflating, whatever the headers say.
    void zipLimits()
    {
        const QByteArray docx = fixtureBytes(QStringLiteral("bai-viet.docx"));
        QVERIFY(io::ZipPackage::open(docx, QStringLiteral("a.docx")));
        io::ZipLimits total;
        total.maxTotalBytes = 20 * 1024;
        auto tooBig = io::ZipPackage::open(docx, QStringLiteral("a.docx"), total);
        QVERIFY(!tooBig);
        QVERIFY(tooBig.error().message.contains(QStringLiteral("zip bomb")));
        io::ZipLimits entries;
        entries.maxEntries = 3;
        auto tooMany = io::ZipPackage::open(docx, QStringLiteral("a.docx"), entries);
        QVERIFY(!tooMany);
        QVERIFY(tooMany.error().message.contains(QStringLiteral("too many files")));
    }

    // Vietnamese Word: the heading style's id says nothing ("u1"), its name does; no Title style, so
    // the first heading is the title.
    void titleFromLocalizedHeadingStyle()
    {
        const QByteArray w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
        const QByteArray styles = "<w:styles " + w +
                                  "><w:style w:type=\"paragraph\" w:styleId=\"u1\"><w:name w:val=\"Tiêu đề 1\"/>"
                                  "</w:style><w:style w:type=\"paragraph\" w:styleId=\"u2\"><w:name w:val=\"Tiêu đề "
                                  "2\"/></w:style></w:styles>";
        const QByteArray document =
            "<w:document " + w +
            "><w:body><w:p><w:pPr><w:pStyle w:val=\"u1\"/></w:pPr><w:r><w:t>Ra quân lập lại trật tự</w:t></w:r></w:p>"
            "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Sáng 5/3, phường ra quân.</w:t></w:r></w:p>"
            "<w:p><w:pPr><w:pStyle w:val=\"u2\"/></w:pPr><w:r><w:t>Kết quả</w:t></w:r></w:p>"
            "<w:p><w:r><w:t>Nội dung.</w:t></w:r></w:p><w:p><w:r><w:t>Nguyễn Văn "
            "An</w:t></w:r></w:p></w:body></w:document>";
        auto read = io::office::readDocx(io::ZipPackage::fromEntries({{QStringLiteral("word/document.xml"), document},
                                                                      {QStringLiteral("word/styles.xml"), styles}}),
                                         QStringLiteral("a.docx"));
        QVERIFY(read);
        auto article = finishWithFakeStore(io::office::assemble(*read));
        QVERIFY(article);
        QCOMPARE(article->title, QStringLiteral("Ra quân lập lại trật tự"));
        QCOMPARE(article->sapo, QStringLiteral("Sáng 5/3, phường ra quân."));
        QCOMPARE(article->byline, QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(article->body, QStringLiteral("<h3>Kết quả</h3>\n<p>Nội dung.</p>"));
    }

    // Word draws a run in the theme's font when w:asciiTheme is set, whatever w:ascii says.
    void themeFontWinsOverLegacyName()
    {
        const QByteArray document =
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            "<w:p><w:r><w:t>Tiêu đề</w:t></w:r></w:p><w:p><w:r><w:rPr><w:rFonts w:ascii=\".VnTime\" "
            "w:asciiTheme=\"minorHAnsi\"/></w:rPr><w:t>Gi\xc3\xa1 \xc2\xb8</w:t></w:r><w:r><w:rPr><w:rFonts "
            "w:ascii=\".VnTime\"/></w:rPr><w:t> Vi\xc3\x96t</w:t></w:r></w:p></w:body></w:document>";
        auto read = io::office::readDocx(io::ZipPackage::fromEntries({{QStringLiteral("word/document.xml"), document}}),
                                         QStringLiteral("a.docx"));
        QVERIFY(read);
        QCOMPARE(read->legacyRuns, 1);
        QCOMPARE(read->blocks.last().text, QStringLiteral("Giá ¸ Việt"));
    }

    void headingStyleNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("level");
        QTest::newRow("nominal: Word's built-in name") << QStringLiteral("heading 1") << 1;
        QTest::newRow("nominal: shown name") << QStringLiteral("Heading 2") << 2;
        QTest::newRow("nominal: Vietnamese Word") << QStringLiteral("Tiêu đề 1") << 1;
        QTest::newRow("nominal: Vietnamese Word, NFD") << QStringLiteral("Tie\u0302u đe\u0302\u0300 3") << 3;
        QTest::newRow("nominal: title") << QStringLiteral("Title") << -1;
        QTest::newRow("nominal: Vietnamese title") << QStringLiteral("Tiêu đề") << -1;
        QTest::newRow("nominal: body text") << QStringLiteral("Normal") << 0;
        QTest::newRow("robustness: a heading's id is not its name") << QStringLiteral("Heading1x") << 0;
    }

    void headingStyleNames()
    {
        QFETCH(QString, name);
        QFETCH(int, level);
        QCOMPARE(io::office::headingLevelFromStyleName(name), level);
    }

    // In the workspace: the embedded image becomes media the body points at.
    void storesImagesAsMedia()
    {
        test::TestWorkspace workspace;
        QVERIFY(workspace.ok());
        auto read = io::readImportFile(fixture(QStringLiteral("bai-viet.docx")));
        QVERIFY(read);
        MediaRepository media(workspace.db());
        auto article = io::finishImport(*read, media);
        QVERIFY(article);
        const QRegularExpression src(QStringLiteral("<img src=\"media:(\\d+)\""));
        const QRegularExpressionMatch match = src.match(article->body);
        QVERIFY2(match.hasMatch(), qPrintable(article->body));
        auto stored = media.load(match.captured(1).toLongLong());
        QVERIFY(stored);
        QCOMPARE(stored->mimeType, QStringLiteral("image/png"));
        QCOMPARE(stored->data, read->images.constFirst().bytes);
    }
};

QTEST_GUILESS_MAIN(TestOfficeImport)
#include "tst_officeimport.moc"
