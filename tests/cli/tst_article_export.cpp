// io/DocxExport and `toasoan articles export`: an article written as a Word document that python-docx
// (python3-docx) reads with every style defined, and that our own importer reads back into the same
// article (title, sapo, dateline, byline and body with its image).
#include "app/io/DocxExport.h"
#include "app/io/ImageSize.h"
#include "app/io/OfficeImport.h"
#include "app/io/ZipPackage.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/MediaRepository.h"
#include "tests/support/ExportSample.h"
#include "tests/support/TestWorkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace toasoan;

namespace {

// Debian's interpreter, where python3-docx is installed (scripts/install-deps.sh test).
const QString kPython = QStringLiteral("/usr/bin/python3");

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestArticleExport final : public QObject
{
    Q_OBJECT

private:
    test::TestWorkspace m_ws;
    QTemporaryDir m_dir;

    Result<QByteArray> docx(const Article &article)
    {
        MediaRepository media(m_ws.db());
        return io::articleToDocx(article, {}, [&media](qint64 id) { return media.load(id); });
    }

    // What tests/cli/read_docx.py (python-docx) reads of the package; empty when it failed.
    QJsonObject readByPythonDocx(const QByteArray &bytes)
    {
        if (QProcess::execute(kPython, {QStringLiteral("-c"), QStringLiteral("import docx")}) != 0) {
            qWarning("python3-docx is needed: scripts/install-deps.sh test");
            return {};
        }
        const QString path = m_dir.filePath(QStringLiteral("bài viết.docx"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            return {};
        }
        file.close();
        QProcess python;
        python.start(kPython,
                     {qEnvironmentVariable("TOASOAN_SOURCE_DIR") + QStringLiteral("/tests/cli/read_docx.py"), path});
        if (!python.waitForFinished(60000) || python.exitCode() != 0) {
            qWarning("%s", python.readAllStandardError().constData());
            return {};
        }
        return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    }

private slots:
    void initTestCase()
    {
        TOASOAN_REQUIRE_TEST_BACKEND();
        QVERIFY(m_ws.ok());
        QVERIFY(m_dir.isValid());
    }

    // import(export(article)) is the article: what a reporter gets back from the leader's Word. Also a
    // quotation and pictures placed left and right (Word's Quote style, the picture paragraph's jc).
    void docxRoundTrip_data() { test::addRoundTripRows(); }

    void docxRoundTrip()
    {
        QFETCH(bool, quotes);
        QFETCH(bool, web);
        QFETCH(int, images);
        MediaRepository media(m_ws.db());
        const Article article = web      ? test::webImageArticle(media)
                                : quotes ? test::quoteAndAlignmentArticle(media)
                                         : test::sampleArticle(media);
        auto bytes = docx(article);
        QVERIFY2(bytes, qPrintable(bytes ? QString() : bytes.error().detail));

        auto imported = io::readOfficeDocument(*bytes, QStringLiteral("bai-viet.docx"));
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        QCOMPARE(imported->images.size(), images);
        QCOMPARE(imported->images.constFirst().bytes, test::samplePng());
        QVERIFY(imported->missingImages.isEmpty());
        auto back = io::finishImport(std::move(imported).value(), media);
        QVERIFY(back);
        // Identical media bytes are stored once: the body keeps its media:ID.
        const QString changed = test::roundTripDifferences(article, *back);
        QVERIFY2(changed.isEmpty(), qPrintable(changed));
    }

    // What Word users see: python-docx opens the package, every style used is defined, the title is in
    // the Title style, headings in Heading 1/2, the table, the picture with its alt text, the link.
    void docxReadByPythonDocx()
    {
        QVERIFY2(QProcess::execute(kPython, {QStringLiteral("-c"), QStringLiteral("import docx")}) == 0,
                 "python3-docx is needed: scripts/install-deps.sh test");
        MediaRepository media(m_ws.db());
        const Article article = test::sampleArticle(media);
        auto bytes = docx(article);
        QVERIFY(bytes);
        const QJsonObject read = readByPythonDocx(*bytes);
        QVERIFY(!read.isEmpty());

        QCOMPARE(read.value(QStringLiteral("undefinedStyles")).toArray(), QJsonArray());
        QCOMPARE(read.value(QStringLiteral("title")).toString(), article.title);
        QCOMPARE(read.value(QStringLiteral("author")).toString(), article.byline);
        QCOMPARE(read.value(QStringLiteral("pageWidthMm")).toInt(), 210);
        QCOMPARE(read.value(QStringLiteral("pageHeightMm")).toInt(), 297);

        QStringList paragraphs;
        for (const QJsonValue &p : read.value(QStringLiteral("paragraphs")).toArray()) {
            // A list paragraph names its level (w:ilvl): nested lists are levels of Word's numbering.
            const int level = p[QStringLiteral("listLevel")].toInt();
            paragraphs.append(p[QStringLiteral("style")].toString() +
                              (level >= 0 ? QStringLiteral(" %1").arg(level) : QString()) + QStringLiteral(": ") +
                              p[QStringLiteral("text")].toString());
        }
        const QStringList expected = {
            QStringLiteral("Title: Hội nghị giao ban Ban chủ nhiệm chương trình 04-CTr/QU"),
            QStringLiteral("Normal: Quận ủy Nam Từ Liêm tổng kết 10 tháng thực hiện Chương trình số 04."),
            QStringLiteral("Normal: (NTL) Sáng ngày 9/11, Quận ủy Nam Từ Liêm đã tổ chức Hội nghị giao ban Chương "
                           "trình số 04; xem trang của quận.Đại biểu dự họp đông đủ."),
            QStringLiteral("Heading 1: Kết quả nổi bật"),
            QStringLiteral("List Paragraph 0: Trường học đạt chuẩn quốc gia"),
            QStringLiteral("List Paragraph 1: Trường mầm non"),
            QStringLiteral("List Paragraph 2: Phường Mễ Trì"),
            QStringLiteral("List Paragraph 1: Trường tiểu học"),
            QStringLiteral("List Paragraph 0: Y tế cơ sở"),
            QStringLiteral("Heading 2: Nhiệm vụ cuối năm"),
            QStringLiteral("List Paragraph 0: Rà soát các chỉ tiêu"),
            QStringLiteral("List Paragraph 1: Dân số"),
            QStringLiteral("List Paragraph 0: Tăng cường tuyên truyền"),
            QStringLiteral("Normal: "), // the picture
            QStringLiteral("Caption: Quang cảnh hội nghị"),
            QStringLiteral("Normal: Kết luận Hội nghị, đồng chí Lâm Quang Thao ghi nhận những kết quả đã đạt được."),
            QStringLiteral("Normal: Trần Hòa"),
        };
        QCOMPARE(paragraphs, expected);

        const QJsonArray tables = read.value(QStringLiteral("tables")).toArray();
        QCOMPARE(tables.size(), 1);
        QCOMPARE(tables.at(0).toArray().size(), 3);
        QCOMPARE(tables.at(0)[0][0].toString(), QStringLiteral("Lĩnh vực"));
        QCOMPARE(tables.at(0)[2][1].toString(), QStringLiteral("10/10 phường"));

        const QJsonArray pictures = read.value(QStringLiteral("pictures")).toArray();
        QCOMPARE(pictures.size(), 1);
        // 40x30 pixels at 96 dpi: 9525 EMU a pixel.
        QCOMPARE(pictures.at(0)[QStringLiteral("width")].toInteger(), 40 * 9525);
        QCOMPARE(pictures.at(0)[QStringLiteral("height")].toInteger(), 30 * 9525);
        QCOMPARE(read.value(QStringLiteral("pictureDescriptions")).toArray().at(0).toString(),
                 QStringLiteral("Hội trường Quận ủy"));

        const QJsonArray links = read.value(QStringLiteral("links")).toArray();
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.at(0)[QStringLiteral("text")].toString(), QStringLiteral("trang của quận"));
        QCOMPARE(links.at(0)[QStringLiteral("target")].toString(),
                 QStringLiteral("https://namtuliem.hanoi.gov.vn/tin-tuc"));
        QVERIFY(links.at(0)[QStringLiteral("external")].toBool());
    }

    // A picture on the web is linked, not fetched: an image relationship to its https address
    // (TargetMode="External") that the a:blip names in r:link, in the figure's paragraph on the right,
    // its alt text in wp:docPr, its caption under it.
    void docxLinksWebImage()
    {
        MediaRepository media(m_ws.db());
        const Article article = test::webImageArticle(media);
        auto bytes = docx(article);
        QVERIFY(bytes);
        const QJsonObject read = readByPythonDocx(*bytes);
        QVERIFY(!read.isEmpty());
        QCOMPARE(read.value(QStringLiteral("undefinedStyles")).toArray(), QJsonArray());
        const QJsonArray linked = read.value(QStringLiteral("linkedPictures")).toArray();
        QCOMPARE(linked.size(), 1);
        QCOMPARE(linked.at(0)[QStringLiteral("target")].toString(), test::webImageAddress());
        QVERIFY(linked.at(0)[QStringLiteral("external")].toBool());
        QCOMPARE(read.value(QStringLiteral("pictureDescriptions")).toArray(),
                 QJsonArray({QStringLiteral("Hội trường Quận ủy"), QStringLiteral("Toàn cảnh hội nghị")}));
        const QJsonArray pictures = read.value(QStringLiteral("pictures")).toArray();
        QCOMPARE(pictures.size(), 2);
        QVERIFY(pictures.at(1)[QStringLiteral("width")].toInteger() > 0);
        QVERIFY(pictures.at(1)[QStringLiteral("height")].toInteger() > 0);
        QStringList paragraphs;
        for (const QJsonValue &p : read.value(QStringLiteral("paragraphs")).toArray()) {
            paragraphs.append(p[QStringLiteral("style")].toString() + QLatin1Char(' ') +
                              p[QStringLiteral("alignment")].toString() + QStringLiteral(": ") +
                              p[QStringLiteral("text")].toString());
        }
        const qsizetype caption = paragraphs.indexOf(QStringLiteral("Caption RIGHT (2): Ảnh: Cổng thông tin quận"));
        QVERIFY2(caption > 0, qPrintable(paragraphs.join(QLatin1Char('\n'))));
        QCOMPARE(paragraphs.at(caption - 1), QStringLiteral("Normal RIGHT (2): ")); // the picture
    }

    // A picture linked to anything but an https address is left out of the body, and named.
    void docxLinkedImageNotOnHttpsIsLeftOut()
    {
        MediaRepository media(m_ws.db());
        auto bytes = docx(test::webImageArticle(media));
        QVERIFY(bytes);
        auto package = io::ZipPackage::open(*bytes, QStringLiteral("bai-viet.docx"));
        QVERIFY(package);
        QList<QPair<QString, QByteArray>> entries;
        for (const QString &name : package->names()) {
            QByteArray entry = package->entry(name);
            entry.replace("https://namtuliem", "http://namtuliem");
            entries.append({name, entry});
        }
        auto changed = io::writeZipPackage(entries);
        QVERIFY(changed);

        auto imported = io::readOfficeDocument(*changed, QStringLiteral("bai-viet.docx"));
        QVERIFY(imported);
        QCOMPARE(imported->missingImages, QStringList({QStringLiteral("toan-canh-hoi-nghi.jpg")}));
        auto back = io::finishImport(std::move(imported).value(), media);
        QVERIFY(back);
        QVERIFY2(!back->body.contains(QStringLiteral("toan-canh-hoi-nghi")), qPrintable(back->body));
        QVERIFY(back->body.contains(QStringLiteral("Ảnh: Cổng thông tin quận")));
    }

    void docxWithoutItsImageFails()
    {
        Article article;
        article.title = QStringLiteral("Bài có ảnh đã mất");
        article.body = QStringLiteral("<p>Mở đầu.</p>\n<figure class=\"aligncenter\"><img src=\"media:987654\" "
                                      "alt=\"\"></figure>");
        auto bytes = docx(article);
        QVERIFY(!bytes);
        QVERIFY2(bytes.error().message.contains(QStringLiteral("media:987654")), qPrintable(bytes.error().message));
    }

    void imagePixelSize_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QSize>("size");
        QTest::newRow("nominal: PNG") << test::samplePng() << QSize(40, 30);
        QTest::newRow("nominal: GIF") << QByteArray("GIF89a\x20\x03\x58\x02\x00\x00\x00", 13) << QSize(800, 600);
        // SOI, an APP0 segment of 4 bytes, then SOF0: precision 8, height 0x01E0, width 0x0280.
        QTest::newRow("nominal: JPEG") << QByteArray::fromHex("FFD8FFE000044A46FFC000110801E002800301220002")
                                       << QSize(640, 480);
        QTest::newRow("nominal: WebP VP8X") << QByteArray::fromHex("52494646000000005745425056503858"
                                                                   "0a000000"
                                                                   "10000000"
                                                                   "1f0300"
                                                                   "570200")
                                            << QSize(800, 600);
        QTest::newRow("robustness: truncated JPEG") << QByteArray::fromHex("FFD8FFE00010") << QSize();
        QTest::newRow("robustness: not an image") << QByteArray("<svg/>") << QSize();
    }

    void imagePixelSize()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QSize, size);
        QCOMPARE(io::imagePixelSize(bytes), size);
    }

    // The command line: --out is needed for a binary format; the file type names the format.
    void commandLineWritesDocx()
    {
        if (m_ws.onPostgres()) {
            QSKIP("the command line test runs on the SQLite workspace");
        }
        MediaRepository media(m_ws.db());
        Article article = test::sampleArticle(media);
        const qint64 author = m_ws.addUser(QStringLiteral("phongvien"));
        article.authorId = author;
        auto created = ArticleRepository(m_ws.db()).create(article, author);
        QVERIFY(created);
        const QString binary = qEnvironmentVariable("TOASOAN_BINARY");
        const QString id = QString::number(created->id);
        QProcess cli;
        cli.start(binary,
                  QStringList{QStringLiteral("--database"), m_ws.path(), QStringLiteral("articles"),
                              QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("docx")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 2); // a Word file is not written to the terminal

        const QString out = m_dir.filePath(QStringLiteral("xuat.docx"));
        cli.start(binary, QStringList{QStringLiteral("--database"), m_ws.path(), QStringLiteral("articles"),
                                      QStringLiteral("export"), id, QStringLiteral("--out"), out});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        auto imported = io::readOfficeDocument(bytesOf(out), out);
        QVERIFY(imported);
        auto back = io::finishImport(std::move(imported).value(), media);
        QVERIFY(back);
        QCOMPARE(back->body, created->body);
    }
};

QTEST_GUILESS_MAIN(TestArticleExport)
#include "tst_article_export.moc"
