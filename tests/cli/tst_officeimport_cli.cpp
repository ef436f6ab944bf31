// `toasoan articles import` with Word (.docx) and OpenDocument (.odt) files, run as a user would:
// the articles and their images are stored, legacy-font runs are reported, and a batch with one bad
// file imports nothing (not even the images of the good ones).
#include "tests/support/CliProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using Run = toasoan::test::CliRun;

QString fixture(const char *name)
{
    return qEnvironmentVariable("TOASOAN_SOURCE_DIR") + QStringLiteral("/tests/fixtures/office/") + QLatin1String(name);
}

} // namespace

class TestOfficeImportCli final : public QObject
{
    Q_OBJECT

private:
    Run run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = toasoan::test::cliEnvironment(m_dir.path());
        env.insert(QStringLiteral("TOASOAN_PASSWORD"), QStringLiteral("toasoan-demo"));
        process.setProcessEnvironment(env);
        return toasoan::test::runCli(process, m_binary,
                                     QStringList{QStringLiteral("--database"), m_database} + arguments);
    }
    Run import(const QStringList &files, const QStringList &options = {})
    {
        return run(QStringList{QStringLiteral("articles"), QStringLiteral("import")} + files +
                   QStringList{QStringLiteral("--user"), QStringLiteral("phongvien")} + options);
    }
    int count(const QString &table)
    {
        const QString connection = QStringLiteral("count");
        int n = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(m_database);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(QStringLiteral("SELECT count(*) FROM ") + table) && query.next()) {
                    n = query.value(0).toInt();
                }
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return n;
    }

    // An HTML page in its own folder with `files` beside it (name → bytes).
    QString writePage(const QString &folder, const QString &body, const QHash<QString, QByteArray> &files)
    {
        const QDir dir(m_dir.filePath(folder));
        dir.mkpath(QStringLiteral("images"));
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            QFile file(dir.filePath(it.key()));
            if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size()) {
                return {};
            }
        }
        QFile page(dir.filePath(QStringLiteral("tin.html")));
        if (!page.open(QIODevice::WriteOnly)) {
            return {};
        }
        page.write((QStringLiteral("<html><head><meta charset=\"utf-8\"><title>Tin ảnh</title></head><body>") + body +
                    QStringLiteral("</body></html>"))
                       .toUtf8());
        return page.fileName();
    }

    QTemporaryDir m_dir;
    QString m_binary;
    QString m_database;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_binary = qEnvironmentVariable("TOASOAN_BINARY");
        QVERIFY2(QFileInfo(m_binary).isExecutable(), "TOASOAN_BINARY must name the built toasoan binary");
        m_database = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QCOMPARE(run({QStringLiteral("--demo"), QStringLiteral("users"), QStringLiteral("list")}).code, 0);
    }

    // First, while the workspace holds no media: the good file's photo must not be stored either.
    void batchWithABadFileImportsNothing_data()
    {
        QTest::addColumn<QString>("bad");
        QTest::addColumn<QString>("says");
        QTest::newRow("robustness: zip bomb") << fixture("bomb.docx") << QStringLiteral("zip bomb");
        QTest::newRow("robustness: path traversal") << fixture("traversal.docx") << QStringLiteral("unsafe name");
        QTest::newRow("robustness: truncated") << fixture("truncated.docx") << QStringLiteral("damaged");
        QTest::newRow("robustness: old .doc") << fixture("old-word.doc") << QStringLiteral("save it as .docx");
        QTest::newRow("robustness: encrypted") << fixture("encrypted.docx") << QStringLiteral("password");
        QTest::newRow("robustness: not a zip") << fixture("not-a-zip.docx") << QStringLiteral("not a zip");
        QTest::newRow("robustness: no document.xml")
            << fixture("no-document.docx") << QStringLiteral("word/document.xml");
    }

    void batchWithABadFileImportsNothing()
    {
        QFETCH(QString, bad);
        QFETCH(QString, says);
        const int articles = count(QStringLiteral("articles"));
        const int media = count(QStringLiteral("media"));
        const Run r = import({fixture("bai-viet.odt"), bad});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QFileInfo(bad).fileName()), qPrintable(r.err));
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QCOMPARE(count(QStringLiteral("articles")), articles);
        QCOMPARE(count(QStringLiteral("media")), media);
    }

    void importsWordAndLibreOfficeFiles()
    {
        const int articles = count(QStringLiteral("articles"));
        const int media = count(QStringLiteral("media"));
        const Run r = import({fixture("bai-viet.docx"), fixture("bai-viet.odt")}, {QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray imported = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(imported.size(), 2);
        for (const QJsonValue &value : imported) {
            const QJsonObject article = value.toObject();
            QCOMPARE(article.value(QStringLiteral("title")).toString(),
                     QStringLiteral("Hội nghị giao ban Ban chủ nhiệm chương trình 04-CTr/QU"));
            QCOMPARE(article.value(QStringLiteral("byline")).toString(), QStringLiteral("Trần Hòa"));
            const QString body = article.value(QStringLiteral("body")).toString();
            QVERIFY2(body.contains(QRegularExpression(QStringLiteral("<figure class=\"aligncenter\"><img "
                                                                     "src=\"media:\\d+\" alt=\"\"><figcaption>"))),
                     qPrintable(body));
            QVERIFY(body.contains(QStringLiteral("<li>Tăng cường tuyên truyền</li>")));
        }
        QCOMPARE(count(QStringLiteral("articles")), articles + 2);
        // The same photo in both files is stored once.
        QCOMPARE(count(QStringLiteral("media")), media + 1);
    }

    void reportsLegacyFontRuns()
    {
        const Run r = import({fixture("tcvn3.docx")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Imported \"HỘI NGHỊ TỔNG KẾT NĂM\" as article")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("tcvn3.docx: 5 runs typed in TCVN3 or VNI fonts converted to Unicode.")),
                 qPrintable(r.out));
    }

    // An HTML file's pictures from its folder become media; one that is missing stops the batch.
    void importsHtmlWithItsPictures()
    {
        const QByteArray photo = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
                                                        "+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==") +
                                 "cli";
        const QString good = writePage(QStringLiteral("tot"), QStringLiteral("<p><img src=\"images/ảnh 1.png\"></p>"),
                                       {{QStringLiteral("images/ảnh 1.png"), photo}});
        const QString bad =
            writePage(QStringLiteral("xau"), QStringLiteral("<p><img src=\"images/thieu.png\"></p>"), {});
        QVERIFY(!good.isEmpty() && !bad.isEmpty());
        const int articles = count(QStringLiteral("articles"));
        const int media = count(QStringLiteral("media"));

        const Run refused = import({good, bad});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(bad) &&
                     refused.err.contains(QStringLiteral("\"images/thieu.png\" was not found")),
                 qPrintable(refused.err));
        QCOMPARE(count(QStringLiteral("articles")), articles);
        QCOMPARE(count(QStringLiteral("media")), media);

        const Run r = import({good}, {QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString body = QJsonDocument::fromJson(r.out.toUtf8())
                                 .object()
                                 .value(QStringLiteral("body"))
                                 .toString(); // one file: one object
        QVERIFY2(body.contains(QRegularExpression(QStringLiteral("<img src=\"media:\\d+\""))), qPrintable(body));
        QCOMPARE(count(QStringLiteral("articles")), articles + 1);
        QCOMPARE(count(QStringLiteral("media")), media + 1);
    }
};

QTEST_GUILESS_MAIN(TestOfficeImportCli)
#include "tst_officeimport_cli.moc"
