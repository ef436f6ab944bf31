// `toasoan articles import|export`: text and HTML files, NFD to NFC, several files, refused files,
// the export round trip.
#include "tests/cli/CliFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace toasoan::test;

class TestCliImport final : public QObject, public CliFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(setUpCli(), "TOASOAN_BINARY must name the built toasoan binary"); }
    void importText();
    void importNfdGivesNfc();
    void importSeveralFiles();
    void importHtmlIsSanitized();
    void importRefused_data();
    void importRefused();
    void exportRoundTrip_data();
    void exportRoundTrip();
};

void TestCliImport::importText()
{
    const QString database = demoDatabase();
    QVERIFY(!database.isEmpty());
    const QJsonObject article = importFile(database, dataFile("bai-viet.txt"));
    QCOMPARE(article.value(QStringLiteral("title")).toString(),
             QStringLiteral("Khánh thành nhà văn hóa tổ dân phố số 7 phường Đông Thành"));
    QCOMPARE(article.value(QStringLiteral("state")).toString(), QStringLiteral("draft"));
    QCOMPARE(article.value(QStringLiteral("author_login")).toString(), QStringLiteral("phongvien"));
    QCOMPARE(article.value(QStringLiteral("dateline")).toString(), QStringLiteral("TL"));
    QCOMPARE(article.value(QStringLiteral("byline")).toString(), QStringLiteral("Hải Yến"));
    const QString body = article.value(QStringLiteral("body")).toString();
    QCOMPARE(body.count(QLatin1String("<p>")), 3);
    // Lines of one paragraph are joined; "&" is escaped.
    QVERIFY(body.startsWith(QStringLiteral("<p>Sáng 3/11, UBND phường Đông Thành")));
    QVERIFY(body.contains(QStringLiteral("thi công. Công trình có")));
    QVERIFY(body.contains(QStringLiteral("công trình &amp; phát huy")));
}

void TestCliImport::importNfdGivesNfc()
{
    const QString path = dataFile("bai-viet-nfd.txt");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString raw = QString::fromUtf8(file.readAll());
    QVERIFY2(raw != raw.normalized(QString::NormalizationForm_C), "the fixture must be NFD");

    const QString database = demoDatabase();
    QVERIFY(!database.isEmpty());
    const QJsonObject article = importFile(database, path);
    const QString title = article.value(QStringLiteral("title")).toString();
    QCOMPARE(title, QStringLiteral("Quận uỷ chỉ đạo hoà giải ở cơ sở: Đồng thuận từ khu dân cư"));
    QCOMPARE(title, title.normalized(QString::NormalizationForm_C));
    const QString body = article.value(QStringLiteral("body")).toString();
    QCOMPARE(body, body.normalized(QString::NormalizationForm_C));
    QVERIFY(body.contains(QStringLiteral("Ủy ban Mặt trận Tổ quốc")));
    QCOMPARE(article.value(QStringLiteral("byline")).toString(), QStringLiteral("Ngọc Thủy"));

    // Stored NFC: reading it back gives the same.
    const Run shown = runOn(database, {QStringLiteral("articles"), QStringLiteral("show"),
                                       article.value(QStringLiteral("uuid")).toString(), QStringLiteral("--json")});
    QCOMPARE(json(shown).object().value(QStringLiteral("title")).toString(), title);
}

void TestCliImport::importSeveralFiles()
{
    const QString database = demoDatabase();
    QVERIFY(!database.isEmpty());
    const QString missing = m_dir.filePath(QStringLiteral("khong-co.txt"));
    const QStringList files{dataFile("bai-viet.txt"), dataFile("bai-viet-nfd.txt")};
    const auto count = [&] {
        return json(runOn(database, {QStringLiteral("articles"), QStringLiteral("list"), QStringLiteral("--json"),
                                     QStringLiteral("--limit"), QStringLiteral("1000")}))
            .array()
            .size();
    };
    const qsizetype before = count();

    // One file that cannot be read: none is imported, and the message names it.
    Run r = runOn(database,
                  QStringList{QStringLiteral("articles"), QStringLiteral("import")} + files +
                      QStringList{missing, QStringLiteral("--user"), QStringLiteral("phongvien")},
                  m_demoPassword);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("khong-co.txt")), qPrintable(r.err));
    QCOMPARE(count(), before);

    r = runOn(database,
              QStringList{QStringLiteral("articles"), QStringLiteral("import")} + files +
                  QStringList{QStringLiteral("--user"), QStringLiteral("phongvien"), QStringLiteral("--json")},
              m_demoPassword);
    QCOMPARE(r.code, 0);
    const QJsonArray imported = json(r).array();
    QCOMPARE(imported.size(), 2);
    QCOMPARE(imported.at(0).toObject().value(QStringLiteral("title")).toString(),
             QStringLiteral("Khánh thành nhà văn hóa tổ dân phố số 7 phường Đông Thành"));
    QCOMPARE(imported.at(1).toObject().value(QStringLiteral("author_login")).toString(), QStringLiteral("phongvien"));
    QCOMPARE(count(), before + 2);

    // Searchable as soon as the command returns.
    r = runOn(database,
              {QStringLiteral("search"), QStringLiteral("nha van hoa to dan pho so 7"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QList<int> found;
    for (const QJsonValue &hit : json(r).object().value(QStringLiteral("hits")).toArray()) {
        found.append(hit.toObject().value(QStringLiteral("id")).toInt());
    }
    QVERIFY2(found.contains(imported.at(0).toObject().value(QStringLiteral("id")).toInt()), qPrintable(r.out));
}

void TestCliImport::importHtmlIsSanitized()
{
    const QString database = demoDatabase();
    QVERIFY(!database.isEmpty());
    const QJsonObject article = importFile(database, dataFile("bai-viet.html"));
    // The <h1> wins over "<title> - site name".
    QCOMPARE(article.value(QStringLiteral("title")).toString(),
             QStringLiteral("Hội thi tìm hiểu pháp luật cho thanh niên"));
    QVERIFY(article.value(QStringLiteral("sapo")).toString().startsWith(QStringLiteral("Gần 200 đoàn viên")));
    QCOMPARE(article.value(QStringLiteral("byline")).toString(), QStringLiteral("Minh Khôi"));
    QCOMPARE(article.value(QStringLiteral("dateline")).toString(), QStringLiteral("TL"));
    const QString body = article.value(QStringLiteral("body")).toString();
    for (const char *banned : {"script", "alert", "onclick", "onerror", "onmouseover", "javascript:", "style", "iframe",
                               "Trang chủ", "<b>", "<span", "border"}) {
        QVERIFY2(!body.contains(QLatin1String(banned), Qt::CaseInsensitive), banned);
    }
    for (const char *kept :
         {"<strong>chào hỏi</strong>", "<em>kiến thức</em>", "<a href=\"https://example.org/the-le\">thể lệ đầy đủ</a>",
          "Xem đáp án hoặc", "<img src=\"https://example.org/anh.jpg\" alt=\"Các đội thi\">",
          "<table>\n<thead>\n<tr><th>Giải</th>", "<h3>Kết quả &amp; trao giải</h3>",
          "<li>Giải Ba: phường An Khánh</li>", "a &lt;tag&gt; that is text"}) {
        QVERIFY2(body.contains(QString::fromUtf8(kept)), kept);
    }
}

void TestCliImport::importRefused_data()
{
    QTest::addColumn<QByteArray>("content"); // written to a temporary file; empty = the file is missing
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("user");

    QByteArray binary("\x89PNG\r\n\x1a\n", 8);
    binary.append(QByteArray(64, '\0'));
    QTest::newRow("robustness: binary file") << binary << QStringLiteral("anh.txt") << QStringLiteral("phongvien");
    // "Việt" in TCVN3: not UTF-8.
    QTest::newRow("robustness: legacy encoding")
        << QByteArray("Vi\xd6t Nam\n\nN\xe9i dung\n") << QStringLiteral("cu.txt") << QStringLiteral("phongvien");
    QTest::newRow("robustness: no title")
        << QByteArray("\n\n   \n") << QStringLiteral("rong.txt") << QStringLiteral("phongvien");
    QTest::newRow("robustness: missing file")
        << QByteArray() << QStringLiteral("khong-co.html") << QStringLiteral("phongvien");
    QTest::newRow("robustness: unknown user")
        << QByteArray("Tiêu đề\n\nNội dung.\n") << QStringLiteral("ok.txt") << QStringLiteral("khongai");
}

void TestCliImport::importRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, fileName);
    QFETCH(QString, user);
    const QString database = demoDatabase();
    QVERIFY(!database.isEmpty());
    const QString path = m_dir.filePath(fileName);
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }
    const auto count = [&] {
        return json(runOn(database, {QStringLiteral("articles"), QStringLiteral("list"), QStringLiteral("--json"),
                                     QStringLiteral("--limit"), QStringLiteral("1000")}))
            .array()
            .size();
    };
    const qsizetype before = count();
    const Run r =
        runOn(database, {QStringLiteral("articles"), QStringLiteral("import"), path, QStringLiteral("--user"), user},
              m_demoPassword);
    QCOMPARE(r.code, 1);
    QVERIFY(!r.err.trimmed().isEmpty());
    QCOMPARE(count(), before);
}

void TestCliImport::exportRoundTrip_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("nominal: html") << QStringLiteral("html");
    QTest::newRow("nominal: json") << QStringLiteral("json");
}

void TestCliImport::exportRoundTrip()
{
    QFETCH(QString, format);
    const QString database = demoDatabase();
    QVERIFY(!database.isEmpty());
    // The approved demo article has a dateline, a table, a sapo, a byline and a source.
    const QJsonArray approved =
        json(runOn(database, {QStringLiteral("articles"), QStringLiteral("list"), QStringLiteral("--json"),
                              QStringLiteral("--state"), QStringLiteral("approved")}))
            .array();
    QCOMPARE(approved.size(), 1);
    const QString id = QString::number(approved.at(0)[QStringLiteral("id")].toInteger());
    const QJsonObject original =
        json(runOn(database, {QStringLiteral("articles"), QStringLiteral("show"), id, QStringLiteral("--json")}))
            .object();

    const Run exported =
        runOn(database, {QStringLiteral("articles"), QStringLiteral("export"), id, QStringLiteral("--format"), format});
    QCOMPARE(exported.code, 0);
    if (format == QLatin1String("html")) {
        QVERIFY(exported.out.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(exported.out.contains(QLatin1String("<meta charset=\"utf-8\">")));
        QVERIFY(exported.out.contains(QLatin1String("<title>") + original[QStringLiteral("title")].toString()));
        QVERIFY(exported.out.contains(original[QStringLiteral("byline")].toString()));
        QVERIFY(exported.out.contains(QLatin1String("<p>(TL) ")));
    } else {
        QCOMPARE(json(exported).object(), original);
    }

    const QString path = m_dir.filePath(QStringLiteral("round-trip.") + format);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(exported.out.toUtf8());
    file.close();
    const QJsonObject reimported = importFile(database, path);
    QVERIFY(reimported.value(QStringLiteral("id")).toInteger() > original.value(QStringLiteral("id")).toInteger());
    QCOMPARE(reimported.value(QStringLiteral("state")).toString(), QStringLiteral("draft"));
    for (const char *key : {"title", "sapo", "body", "byline", "source", "dateline"}) {
        QVERIFY2(!original.value(QLatin1String(key)).toString().isEmpty(), key);
        QCOMPARE(reimported.value(QLatin1String(key)).toString(), original.value(QLatin1String(key)).toString());
    }
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
