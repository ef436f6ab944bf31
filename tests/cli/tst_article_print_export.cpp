// slip/ArticleDocument and `toasoan articles export --format odt|pdf`: an article written as an
// OpenDocument text (QTextDocumentWriter) that odfpy (python3-odf) reads with its headings, lists,
// table header, picture and link, and that our importer reads back into the same article; and as an A4
// PDF whose text pdftotext gives back exactly, in the embedded DejaVu font, with its image.
#include "app/io/OfficeImport.h"
#include "app/slip/ArticleDocument.h"
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

// Debian's interpreter, where python3-odf is installed (scripts/install-deps.sh test).
const QString kPython = QStringLiteral("/usr/bin/python3");

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A program's standard output; empty when it did not run or failed.
QString outputOf(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestArticlePrintExport final : public QObject
{
    Q_OBJECT

private:
    test::TestWorkspace m_ws;
    QTemporaryDir m_dir;

    io::ExportMediaLookup lookup(MediaRepository &media)
    {
        return [&media](qint64 id) { return media.load(id); };
    }

private slots:
    void initTestCase()
    {
        TOASOAN_REQUIRE_TEST_BACKEND();
        QVERIFY(m_ws.ok());
        QVERIFY(m_dir.isValid());
    }

    // import(export(article)) is the article, for the office's LibreOffice users. Also a quotation (the
    // paragraphs Qt's writer indents on both sides) and pictures placed left and right.
    void odtRoundTrip_data() { test::addRoundTripRows(); }

    void odtRoundTrip()
    {
        QFETCH(bool, quotes);
        QFETCH(bool, web);
        QFETCH(int, images);
        MediaRepository media(m_ws.db());
        const Article article = web      ? test::webImageArticle(media)
                                : quotes ? test::quoteAndAlignmentArticle(media)
                                         : test::sampleArticle(media);
        const QString path = m_dir.filePath(QStringLiteral("bài viết.odt"));
        auto written = slip::writeArticleOdt(article, lookup(media), path);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));

        auto imported = io::readOfficeDocument(bytesOf(path), path);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        QCOMPARE(imported->images.size(), images);
        QCOMPARE(imported->images.constFirst().bytes, test::samplePng()); // the media's own bytes
        QVERIFY2(imported->missingImages.isEmpty(), qPrintable(imported->missingImages.join(QLatin1Char(' '))));
        auto back = io::finishImport(std::move(imported).value(), media);
        QVERIFY(back);
        const QString changed = test::roundTripDifferences(article, *back);
        QVERIFY2(changed.isEmpty(), qPrintable(changed));
    }

    void odtReadByOdfpy()
    {
        QVERIFY2(QProcess::execute(kPython, {QStringLiteral("-c"), QStringLiteral("import odf")}) == 0,
                 "python3-odf is needed: scripts/install-deps.sh test");
        MediaRepository media(m_ws.db());
        const Article article = test::sampleArticle(media);
        const QString path = m_dir.filePath(QStringLiteral("odfpy.odt"));
        QVERIFY(slip::writeArticleOdt(article, lookup(media), path));
        const QString json = outputOf(
            kPython, {qEnvironmentVariable("TOASOAN_SOURCE_DIR") + QStringLiteral("/tests/cli/read_odt.py"), path});
        const QJsonObject read = QJsonDocument::fromJson(json.toUtf8()).object();
        QVERIFY2(!read.isEmpty(), qPrintable(json));

        QVERIFY(read.value(QStringLiteral("mimetypeFirstStored")).toBool());
        QCOMPARE(read.value(QStringLiteral("mimetype")).toString(),
                 QStringLiteral("application/vnd.oasis.opendocument.text"));
        QStringList headings;
        for (const QJsonValue &h : read.value(QStringLiteral("headings")).toArray()) {
            headings.append(QString::number(h[QStringLiteral("level")].toInt()) + QLatin1Char(' ') +
                            h[QStringLiteral("text")].toString());
        }
        QCOMPARE(headings, QStringList({QStringLiteral("1 Hội nghị giao ban Ban chủ nhiệm chương trình 04-CTr/QU"),
                                        QStringLiteral("1 Kết quả nổi bật"), QStringLiteral("2 Nhiệm vụ cuối năm")}));
        const QJsonArray paragraphs = read.value(QStringLiteral("paragraphs")).toArray();
        QVERIFY(paragraphs.contains(QStringLiteral("(NTL) Sáng ngày 9/11, Quận ủy Nam Từ Liêm đã tổ chức Hội nghị "
                                                   "giao ban Chương trình số 04; xem trang của quận. Đại biểu dự họp "
                                                   "đông đủ.")));
        QVERIFY(paragraphs.contains(article.sapo));
        QVERIFY(paragraphs.contains(QStringLiteral("Quang cảnh hội nghị")));
        QCOMPARE(paragraphs.last().toString(), article.byline);
        QCOMPARE(read.value(QStringLiteral("lists")).toInt(), 5); // two lists and their three nested ones
        QStringList items;
        for (const QJsonValue &item : read.value(QStringLiteral("listItems")).toArray()) {
            items.append(item.toString());
        }
        QCOMPARE(items,
                 QStringList({QStringLiteral("1 Trường học đạt chuẩn quốc gia"), QStringLiteral("2 Trường mầm non"),
                              QStringLiteral("3 Phường Mễ Trì"), QStringLiteral("2 Trường tiểu học"),
                              QStringLiteral("1 Y tế cơ sở"), QStringLiteral("1 Rà soát các chỉ tiêu"),
                              QStringLiteral("2 Dân số"), QStringLiteral("1 Tăng cường tuyên truyền")}));

        const QJsonArray tables = read.value(QStringLiteral("tables")).toArray();
        QCOMPARE(tables.size(), 1);
        QCOMPARE(tables.at(0)[QStringLiteral("header")].toArray(),
                 QJsonArray({QJsonArray({QStringLiteral("Lĩnh vực"), QStringLiteral("Kết quả")})}));
        QCOMPARE(tables.at(0)[QStringLiteral("rows")].toArray().size(), 3);

        const QJsonArray pictures = read.value(QStringLiteral("pictures")).toArray();
        QCOMPARE(pictures.size(), 1);
        QCOMPARE(pictures.at(0)[QStringLiteral("desc")].toString(), QStringLiteral("Hội trường Quận ủy"));
        const QJsonArray links = read.value(QStringLiteral("links")).toArray();
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.at(0)[QStringLiteral("href")].toString(),
                 QStringLiteral("https://namtuliem.hanoi.gov.vn/tin-tuc"));
        QCOMPARE(links.at(0)[QStringLiteral("text")].toString(), QStringLiteral("trang của quận"));
    }

    // A picture on the web is linked, not fetched: a draw:image whose xlink:href is its https address,
    // its alt text as the frame's svg:desc, its caption under it.
    void odtLinksWebImage()
    {
        QVERIFY2(QProcess::execute(kPython, {QStringLiteral("-c"), QStringLiteral("import odf")}) == 0,
                 "python3-odf is needed: scripts/install-deps.sh test");
        MediaRepository media(m_ws.db());
        const QString path = m_dir.filePath(QStringLiteral("anh-tren-mang.odt"));
        QVERIFY(slip::writeArticleOdt(test::webImageArticle(media), lookup(media), path));
        const QString json = outputOf(
            kPython, {qEnvironmentVariable("TOASOAN_SOURCE_DIR") + QStringLiteral("/tests/cli/read_odt.py"), path});
        const QJsonObject read = QJsonDocument::fromJson(json.toUtf8()).object();
        QVERIFY2(!read.isEmpty(), qPrintable(json));
        const QJsonArray pictures = read.value(QStringLiteral("pictures")).toArray();
        QCOMPARE(pictures.size(), 2);
        QCOMPARE(pictures.at(1)[QStringLiteral("href")].toString(), test::webImageAddress());
        QCOMPARE(pictures.at(1)[QStringLiteral("desc")].toString(), QStringLiteral("Toàn cảnh hội nghị"));
        QVERIFY(
            read.value(QStringLiteral("paragraphs")).toArray().contains(QStringLiteral("Ảnh: Cổng thông tin quận")));
    }

    // The PDF cannot show a picture on the web without fetching it: in its place, its description and
    // its address as a link (not a broken picture); the caption under it.
    void pdfShowsWebImageAsLink()
    {
        MediaRepository media(m_ws.db());
        const QString path = m_dir.filePath(QStringLiteral("anh-tren-mang.pdf"));
        auto written = slip::writeArticlePdf(test::webImageArticle(media), lookup(media), path);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        const QString text = outputOf(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).simplified();
        const qsizetype picture = text.indexOf(QStringLiteral("Picture on the web: Toàn cảnh hội nghị"));
        QVERIFY2(picture > 0, qPrintable(text));
        QVERIFY2(text.indexOf(test::webImageAddress()) > picture, qPrintable(text));
        QVERIFY2(text.indexOf(QStringLiteral("Ảnh: Cổng thông tin quận")) > text.indexOf(test::webImageAddress()),
                 qPrintable(text));
        QVERIFY2(bytesOf(path).contains(QByteArray("/URI (" + test::webImageAddress().toLatin1() + ")")),
                 "the address is a link");
        // Only the media's photo is a picture of the PDF.
        const QStringList images = outputOf(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path})
                                       .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                       .mid(2);
        QCOMPARE(images.size(), 1);
    }

    // The printable file for the leader: A4, the Vietnamese text exact (it is real text in an
    // embedded font, not pictures of letters), the photo inside.
    void pdfHoldsTheArticle()
    {
        MediaRepository media(m_ws.db());
        const Article article = test::sampleArticle(media);
        const QString path = m_dir.filePath(QStringLiteral("bài viết.pdf"));
        auto written = slip::writeArticlePdf(article, lookup(media), path);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));

        const QString text = outputOf(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).simplified();
        for (const QString &expected :
             {article.title, article.sapo,
              QStringLiteral("(NTL) Sáng ngày 9/11, Quận ủy Nam Từ Liêm đã tổ chức Hội nghị giao ban Chương trình số "
                             "04; xem trang của quận."),
              QStringLiteral("Đại biểu dự họp đông đủ."), QStringLiteral("Kết quả nổi bật"),
              QStringLiteral("Trường học đạt chuẩn quốc gia"), QStringLiteral("1. Rà soát các chỉ tiêu"),
              QStringLiteral("10/10 phường"), QStringLiteral("Quang cảnh hội nghị"),
              QStringLiteral("Kết luận Hội nghị, đồng chí Lâm Quang Thao ghi nhận những kết quả đã đạt được. "),
              article.byline}) {
            QVERIFY2(text.contains(expected.simplified()), qPrintable(expected + QStringLiteral(" not in: ") + text));
        }
        QVERIFY2(text.indexOf(article.title) < text.indexOf(article.sapo) &&
                     text.indexOf(article.sapo) < text.indexOf(QStringLiteral("Kết quả nổi bật")) &&
                     text.lastIndexOf(article.byline) > text.indexOf(QStringLiteral("Kết luận Hội nghị")),
                 "title, sapo, body and byline in their order");

        const QString info = outputOf(QStringLiteral("pdfinfo"), {path});
        QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));
        const QString fonts = outputOf(QStringLiteral("pdffonts"), {path});
        QVERIFY2(fonts.contains(QStringLiteral("DejaVuSans ")), qPrintable(fonts));
        for (const QString &line : fonts.split(QLatin1Char('\n')).mid(2)) {
            if (!line.trimmed().isEmpty()) {
                QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(QStringLiteral("not embedded: ") + line));
            }
        }
        const QStringList images =
            outputOf(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path}).split(QLatin1Char('\n')).mid(2);
        QVERIFY2(images.size() >= 1 && images.constFirst().simplified().split(QLatin1Char(' ')).mid(3, 2) ==
                                           QStringList({QStringLiteral("40"), QStringLiteral("30")}),
                 qPrintable(images.join(QLatin1Char('\n'))));
    }

    void missingImageFails()
    {
        MediaRepository media(m_ws.db());
        Article article;
        article.title = QStringLiteral("Bài có ảnh đã mất");
        article.body = QStringLiteral("<p>Mở đầu.</p>\n<figure class=\"aligncenter\"><img src=\"media:987654\" "
                                      "alt=\"\"></figure>");
        const QString path = m_dir.filePath(QStringLiteral("mat-anh.pdf"));
        auto written = slip::writeArticlePdf(article, lookup(media), path);
        QVERIFY(!written);
        QVERIFY2(written.error().message.contains(QStringLiteral("media:987654")), qPrintable(written.error().message));
        QVERIFY(!QFile::exists(path));
    }

    // `toasoan articles export` reaches both through the toasoan-slip printer.
    void commandLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("nominal: .odt") << QStringLiteral("xuat.odt");
        QTest::newRow("nominal: .pdf") << QStringLiteral("xuat.pdf");
    }

    void commandLine()
    {
        QFETCH(QString, file);
        if (m_ws.onPostgres()) {
            QSKIP("the command line test runs on the SQLite workspace");
        }
        MediaRepository media(m_ws.db());
        Article article = test::sampleArticle(media);
        const qint64 author = m_ws.addUser(QStringLiteral("pv-") + file.section(QLatin1Char('.'), -1));
        article.authorId = author;
        auto created = ArticleRepository(m_ws.db()).create(article, author);
        QVERIFY(created);
        const QString out = m_dir.filePath(file);
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TOASOAN_SLIP_TOOL"), QStringLiteral(TOASOAN_SLIP_TOOL));
        cli.setProcessEnvironment(env);
        cli.start(qEnvironmentVariable("TOASOAN_BINARY"),
                  QStringList{QStringLiteral("--database"), m_ws.path(), QStringLiteral("articles"),
                              QStringLiteral("export"), QString::number(created->id), QStringLiteral("--out"), out});
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        if (file.endsWith(QLatin1String(".odt"))) {
            auto imported = io::readOfficeDocument(bytesOf(out), out);
            QVERIFY(imported);
            auto back = io::finishImport(std::move(imported).value(), media);
            QVERIFY(back);
            QCOMPARE(back->body, created->body);
        } else {
            QVERIFY(
                outputOf(QStringLiteral("pdftotext"), {out, QStringLiteral("-")}).simplified().contains(article.title));
        }
    }
};

QTEST_MAIN(TestArticlePrintExport)
#include "tst_article_print_export.moc"
