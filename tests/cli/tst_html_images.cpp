// io::importArticleFiles with HTML files that show pictures from their folder: the pictures become the
// article's media and the body points at them as the editor's inserted images do (media:ID); a picture
// that is missing, not a picture, or outside the file's folder stops the batch with a message naming
// the file and the picture, and nothing of the batch is stored.
#include "app/io/ArticleImport.h"
#include "app/io/LocalImages.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/MediaRepository.h"
#include "tests/support/TestWorkspace.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace toasoan;

namespace {

// A 1x1 PNG; `tag` after its end makes each picture's bytes (and so its media row) its own.
QByteArray png(const QByteArray &tag)
{
    return QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJ"
                                  "RU5ErkJggg==") +
           tag;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray page(const QString &title, const QString &body)
{
    return (QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>") + title +
            QStringLiteral("</title></head><body><h1>") + title + QStringLiteral("</h1>") + body +
            QStringLiteral("</body></html>"))
        .toUtf8();
}

int count(Database &db, const QString &table)
{
    auto n = db.value(QStringLiteral("SELECT count(*) FROM ") + table);
    return n ? n->toInt() : -1;
}

} // namespace

class TestHtmlImages final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TOASOAN_REQUIRE_TEST_BACKEND(); }

    void localImageSources_data()
    {
        QTest::addColumn<QString>("src");
        QTest::addColumn<bool>("local");
        QTest::newRow("nominal: beside the file") << QStringLiteral("anh.png") << true;
        QTest::newRow("nominal: in a folder, encoded") << QStringLiteral("images/a%20b.jpg") << true;
        QTest::newRow("nominal: up a folder") << QStringLiteral("../anh.png") << true;
        QTest::newRow("nominal: absolute path") << QStringLiteral("/etc/passwd") << true;
        QTest::newRow("nominal: file URL") << QStringLiteral("file:///etc/passwd") << true;
        QTest::newRow("nominal: drive letter") << QStringLiteral("C:/anh.png") << true;
        QTest::newRow("robustness: https") << QStringLiteral("https://example.vn/a.png") << false;
        QTest::newRow("robustness: http") << QStringLiteral("http://example.vn/a.png") << false;
        QTest::newRow("robustness: protocol-relative") << QStringLiteral("//example.vn/a.png") << false;
        QTest::newRow("robustness: workspace media") << QStringLiteral("media:3") << false;
        QTest::newRow("robustness: data URL") << QStringLiteral("data:image/png;base64,AAAA") << false;
        QTest::newRow("robustness: empty") << QString() << false;
    }

    void localImageSources()
    {
        QFETCH(QString, src);
        QFETCH(bool, local);
        QCOMPARE(io::isLocalImageSource(src), local);
    }

    // The pictures are stored once each and the body points at them; web images stay as they are.
    void picturesBesideTheFileBecomeMedia()
    {
        test::TestWorkspace ws;
        QVERIFY(ws.ok());
        const qint64 author = ws.addUser(QStringLiteral("phongvien"));
        QTemporaryDir dir;
        const QString html = dir.filePath(QStringLiteral("bai/tin.html"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("bai/anh.png")), png("1")));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("bai/images/a b.png")), png("2")));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("bai/images/ảnh mới.png")), png("3")));
        QVERIFY(
            writeFile(html, page(QStringLiteral("Hội nghị giao ban"),
                                 QStringLiteral("<p>Mở đầu.</p>"
                                                "<figure><img src=\"anh.png\" alt=\"Hội trường\"><figcaption>Quang cảnh"
                                                "</figcaption></figure>"
                                                "<p><img src=\"images/a b.png\"></p>"
                                                "<p><img src=\"images/%E1%BA%A3nh%20m%E1%BB%9Bi.png\"></p>"
                                                "<p><img src=\"./anh.png\"></p>"
                                                "<p><img src=\"https://namtuliem.hanoi.gov.vn/logo.png\"></p>"))));

        auto imported = io::importArticleFiles(ws.db(), {html}, author);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        QCOMPARE(imported->size(), 1);
        auto article = ArticleRepository(ws.db()).load(imported->constFirst().articleId);
        QVERIFY(article);

        const QRegularExpression media(QStringLiteral("<img src=\"media:(\\d+)\""));
        QList<QByteArray> shown;
        for (auto it = media.globalMatch(article->body); it.hasNext();) {
            auto stored = MediaRepository(ws.db()).load(it.next().captured(1).toLongLong());
            QVERIFY(stored);
            QCOMPARE(stored->mimeType, QStringLiteral("image/png"));
            shown.append(stored->data);
        }
        QCOMPARE(shown, (QList<QByteArray>{png("1"), png("2"), png("3"), png("1")}));
        QCOMPARE(count(ws.db(), QStringLiteral("media")), 3);
        QVERIFY2(article->body.contains(QStringLiteral("alt=\"Hội trường\"><figcaption>Quang cảnh</figcaption>")),
                 qPrintable(article->body));
        QVERIFY2(article->body.contains(QStringLiteral("<img src=\"https://namtuliem.hanoi.gov.vn/logo.png\"")),
                 qPrintable(article->body));
        QCOMPARE(article->title, QStringLiteral("Hội nghị giao ban"));
    }

    // One bad picture: the error names the file and the picture; neither file's article nor any
    // picture is stored.
    void badPictureStopsTheBatch_data()
    {
        QTest::addColumn<QString>("src");
        QTest::addColumn<QString>("named");
        QTest::addColumn<QString>("says");
        QTest::newRow("robustness: missing")
            << QStringLiteral("khong-co.png") << QStringLiteral("khong-co.png") << QStringLiteral("was not found");
        QTest::newRow("robustness: missing, encoded name")
            << QStringLiteral("images/%E1%BA%A3nh%20c%C5%A9.png") << QStringLiteral("images/ảnh cũ.png")
            << QStringLiteral("was not found");
        QTest::newRow("robustness: up out of the folder")
            << QStringLiteral("../ngoai.png") << QStringLiteral("../ngoai.png") << QStringLiteral("outside the folder");
        QTest::newRow("robustness: deep traversal") << QStringLiteral("../../../../../../etc/passwd")
                                                    << QStringLiteral("etc/passwd") << QStringLiteral("outside");
        QTest::newRow("robustness: encoded traversal")
            << QStringLiteral("%2E%2E/ngoai.png") << QStringLiteral("../ngoai.png") << QStringLiteral("outside");
        QTest::newRow("robustness: absolute path")
            << QStringLiteral("@OUTSIDE@") << QStringLiteral("ngoai.png") << QStringLiteral("outside");
        QTest::newRow("robustness: file URL")
            << QStringLiteral("file://@OUTSIDE@") << QStringLiteral("ngoai.png") << QStringLiteral("outside");
        QTest::newRow("robustness: symbolic link out")
            << QStringLiteral("lien-ket.png") << QStringLiteral("lien-ket.png") << QStringLiteral("outside");
    }

    void badPictureStopsTheBatch()
    {
        QFETCH(QString, src);
        QFETCH(QString, named);
        QFETCH(QString, says);
        test::TestWorkspace ws;
        QVERIFY(ws.ok());
        const qint64 author = ws.addUser(QStringLiteral("phongvien"));
        QTemporaryDir dir;
        const QString outside = dir.filePath(QStringLiteral("ngoai.png"));
        QVERIFY(writeFile(outside, png("ngoai")));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("bai/anh.png")), png("tot")));
        QVERIFY(QFile::link(outside, dir.filePath(QStringLiteral("bai/lien-ket.png"))));
        const QString good = dir.filePath(QStringLiteral("bai/tot.html"));
        const QString bad = dir.filePath(QStringLiteral("bai/xau.html"));
        QVERIFY(writeFile(good, page(QStringLiteral("Bài tốt"), QStringLiteral("<p><img src=\"anh.png\"></p>"))));
        src.replace(QStringLiteral("@OUTSIDE@"), outside);
        QVERIFY(writeFile(bad, page(QStringLiteral("Bài xấu"),
                                    QStringLiteral("<p>Chữ.</p><p><img src=\"") + src + QStringLiteral("\"></p>"))));
        const int articlesBefore = count(ws.db(), QStringLiteral("articles"));

        auto imported = io::importArticleFiles(ws.db(), {good, bad}, author);
        QVERIFY(!imported);
        const QString message = imported.error().message;
        QVERIFY2(message.contains(QDir::toNativeSeparators(bad)), qPrintable(message));
        QVERIFY2(message.contains(named), qPrintable(message));
        QVERIFY2(message.contains(says), qPrintable(message));
        QCOMPARE(count(ws.db(), QStringLiteral("articles")), articlesBefore);
        QCOMPARE(count(ws.db(), QStringLiteral("media")), 0);
    }

    // A file web pages do not show (an SVG icon of a saved page, a text file) is left out and named,
    // as a document's EMF drawing is; the rest of the article is imported.
    void otherFormatsAreLeftOutAndNamed()
    {
        test::TestWorkspace ws;
        QVERIFY(ws.ok());
        const qint64 author = ws.addUser(QStringLiteral("phongvien"));
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("anh.png")), png("1")));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("icons/logo.svg")),
                          "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("ghi-chu.png")), "Không phải ảnh\n"));
        const QString html = dir.filePath(QStringLiteral("tin.html"));
        QVERIFY(writeFile(html, page(QStringLiteral("Tin ngắn"),
                                     QStringLiteral("<p><img src=\"icons/logo.svg\"></p><p>Chữ.</p>"
                                                    "<p><img src=\"ghi-chu.png\"></p><p><img src=\"anh.png\"></p>"))));
        auto imported = io::importArticleFiles(ws.db(), {html}, author);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        QCOMPARE(imported->constFirst().missingImages,
                 (QStringList{QStringLiteral("logo.svg"), QStringLiteral("ghi-chu.png")}));
        auto article = ArticleRepository(ws.db()).load(imported->constFirst().articleId);
        QVERIFY(article);
        QCOMPARE(article->body.count(QStringLiteral("<img ")), 1);
        QVERIFY2(article->body.contains(QStringLiteral("<img src=\"media:")), qPrintable(article->body));
        QCOMPARE(count(ws.db(), QStringLiteral("media")), 1);
    }
};

QTEST_GUILESS_MAIN(TestHtmlImages)
#include "tst_html_images.moc"
