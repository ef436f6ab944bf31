// `toasoan articles list|show` on the demo workspace: filters, bad values, JSON, reading as a user.
#include "tests/cli/CliFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace toasoan::test;

class TestCliArticles final : public QObject, public CliFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(setUpCli(), "TOASOAN_BINARY must name the built toasoan binary"); }
    void articlesList_data();
    void articlesList();
    void articlesListBadValues();
    void articlesShow();
    void articlesAsAUser();
    void articlesShowMissing_data();
    void articlesShowMissing();
};

void TestCliArticles::articlesList_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("onlyState");
    QTest::newRow("nominal: everything") << QStringList{} << 12 << QString();
    QTest::newRow("nominal: published") << QStringList{QStringLiteral("--state"), QStringLiteral("published")} << 4
                                        << QStringLiteral("published");
    QTest::newRow("nominal: returned") << QStringList{QStringLiteral("--state=returned")} << 1
                                       << QStringLiteral("returned");
    QTest::newRow("nominal: limit") << QStringList{QStringLiteral("--limit"), QStringLiteral("3")} << 3 << QString();
    QTest::newRow("nominal: state and limit") << QStringList{QStringLiteral("--state"), QStringLiteral("published"),
                                                             QStringLiteral("--limit"), QStringLiteral("2")}
                                              << 2 << QStringLiteral("published");
}

void TestCliArticles::articlesList()
{
    QFETCH(QStringList, options);
    QFETCH(int, count);
    QFETCH(QString, onlyState);
    const QString database = demoDatabase();
    QVERIFY(!database.isEmpty());

    const Run r = runOn(
        database, QStringList{QStringLiteral("articles"), QStringLiteral("list"), QStringLiteral("--json")} + options);
    QCOMPARE(r.code, 0);
    const QJsonArray items = json(r).array();
    QCOMPARE(items.size(), count);
    for (const QJsonValue &item : items) {
        if (!onlyState.isEmpty()) {
            QCOMPARE(item[QStringLiteral("state")].toString(), onlyState);
        }
        QVERIFY(item[QStringLiteral("id")].toInteger() > 0);
    }

    // The table shows the same rows with translated state labels and local dates.
    const Run table = runOn(database, QStringList{QStringLiteral("articles"), QStringLiteral("list")} + options);
    QCOMPARE(table.code, 0);
    const QStringList lines = table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), count + 1);
    if (onlyState == QLatin1String("published")) {
        for (const QString &line : lines.mid(1)) {
            QVERIFY2(line.contains(QLatin1String("Published")), qPrintable(line));
        }
    }
    // Aligned: every row's title starts in the same column as the header's.
    const qsizetype titleColumn = lines.constFirst().indexOf(QLatin1String("Title"));
    QVERIFY(titleColumn > 0);
    for (const QString &line : lines.mid(1)) {
        QVERIFY2(line.at(titleColumn - 1) == QLatin1Char(' ') && line.at(titleColumn) != QLatin1Char(' '),
                 qPrintable(line));
    }
}

void TestCliArticles::articlesListBadValues()
{
    const QString database = demoDatabase();
    QVERIFY(!database.isEmpty());
    for (const QStringList &options : {QStringList{QStringLiteral("--state"), QStringLiteral("finished")},
                                       QStringList{QStringLiteral("--limit"), QStringLiteral("many")},
                                       QStringList{QStringLiteral("--limit"), QStringLiteral("0")}}) {
        const Run r = runOn(database, QStringList{QStringLiteral("articles"), QStringLiteral("list")} + options);
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
    }
}

void TestCliArticles::articlesShow()
{
    const QString database = demoDatabase();
    QVERIFY(!database.isEmpty());
    const QJsonArray items =
        json(runOn(database, {QStringLiteral("articles"), QStringLiteral("list"), QStringLiteral("--json"),
                              QStringLiteral("--state"), QStringLiteral("returned")}))
            .array();
    QCOMPARE(items.size(), 1);
    const QString id = QString::number(items.at(0)[QStringLiteral("id")].toInteger());
    const QString uuid = items.at(0)[QStringLiteral("uuid")].toString();

    const Run byId =
        runOn(database, {QStringLiteral("articles"), QStringLiteral("show"), id, QStringLiteral("--json")});
    const Run byUuid =
        runOn(database, {QStringLiteral("articles"), QStringLiteral("show"), uuid, QStringLiteral("--json")});
    QCOMPARE(byId.code, 0);
    QCOMPARE(byUuid.code, 0);
    QCOMPARE(byId.out, byUuid.out);
    const QJsonObject article = json(byId).object();
    QCOMPARE(article.value(QStringLiteral("state")).toString(), QStringLiteral("returned"));
    QCOMPARE(article.value(QStringLiteral("author_login")).toString(), QStringLiteral("phongvien"));
    QVERIFY(!article.value(QStringLiteral("category_name")).toString().isEmpty());
    QVERIFY(article.value(QStringLiteral("body")).toString().startsWith(QLatin1String("<p>")));
    for (const char *key : {"id", "uuid", "title", "slug", "sapo", "body", "tags", "byline", "source", "dateline",
                            "version", "created_at", "updated_at", "publications"}) {
        QVERIFY2(article.contains(QLatin1String(key)), key);
    }

    const Run human = runOn(database, {QStringLiteral("articles"), QStringLiteral("show"), id});
    QCOMPARE(human.code, 0);
    QVERIFY(human.out.contains(article.value(QStringLiteral("title")).toString()));
    QVERIFY(human.out.contains(QLatin1String("Returned")));
    QVERIFY(human.out.contains(QLatin1String("(TL) ")));
    QVERIFY2(!human.out.contains(QLatin1String("<p>")), "the body is shown as text");
}

void TestCliArticles::articlesAsAUser()
{
    // With --user the command sees what that person's window shows: others' drafts and returned
    // articles are private to their author until submitted.
    const QString database = demoDatabase();
    QVERIFY(!database.isEmpty());
    const QHash<QString, QString> password{{QStringLiteral("TOASOAN_PASSWORD"), QStringLiteral("toasoan-demo")}};
    QHash<QString, qint64> userIds;
    for (const QJsonValue &user :
         json(runOn(database, {QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")})).array()) {
        userIds.insert(user[QStringLiteral("login")].toString(), user[QStringLiteral("id")].toInteger());
    }
    const auto listAs = [&](const QString &login) {
        QHash<QString, QString> byState; // "id/author id" → state
        const Run r = runOn(database,
                            {QStringLiteral("articles"), QStringLiteral("list"), QStringLiteral("--json"),
                             QStringLiteral("--limit"), QStringLiteral("100"), QStringLiteral("--user"), login},
                            password);
        for (const QJsonValue &item : json(r).array()) {
            byState.insert(QString::number(item[QStringLiteral("id")].toInteger()) + QLatin1Char('/') +
                               QString::number(item[QStringLiteral("author_id")].toInteger()),
                           item[QStringLiteral("state")].toString());
        }
        return r.code == 0 ? byState : QHash<QString, QString>{};
    };
    const QHash<QString, QString> reporter = listAs(QStringLiteral("phongvien"));
    const QHash<QString, QString> editor = listAs(QStringLiteral("bientap"));
    const QHash<QString, QString> admin = listAs(QStringLiteral("quantri"));
    QCOMPARE(admin.size(), 12); // administrators see everything
    QVERIFY(!editor.isEmpty());
    QVERIFY(editor.size() < admin.size());
    for (auto it = editor.cbegin(); it != editor.cend(); ++it) {
        const bool unsubmitted = it.value() == QLatin1String("draft") || it.value() == QLatin1String("returned");
        QVERIFY2(!unsubmitted ||
                     it.key().endsWith(QLatin1Char('/') + QString::number(userIds.value(QStringLiteral("bientap")))),
                 qPrintable(it.key()));
    }
    QVERIFY(std::any_of(reporter.cbegin(), reporter.cend(),
                        [](const QString &state) { return state == QLatin1String("returned"); }));

    // The returned demo article is the reporter's: the editor cannot show it, she can.
    const QJsonArray returned =
        json(runOn(database, {QStringLiteral("articles"), QStringLiteral("list"), QStringLiteral("--json"),
                              QStringLiteral("--state"), QStringLiteral("returned")}))
            .array();
    QCOMPARE(returned.size(), 1);
    const QString id = QString::number(returned.at(0)[QStringLiteral("id")].toInteger());
    const Run refused = runOn(
        database,
        {QStringLiteral("articles"), QStringLiteral("show"), id, QStringLiteral("--user"), QStringLiteral("bientap")},
        password);
    QCOMPARE(refused.code, 1);
    QVERIFY(refused.out.isEmpty());
    QVERIFY(!refused.err.isEmpty());
    // --as is the same as --user.
    const Run refusedAs = runOn(
        database,
        {QStringLiteral("articles"), QStringLiteral("show"), id, QStringLiteral("--as"), QStringLiteral("bientap")},
        password);
    QCOMPARE(refusedAs.code, 1);
    QVERIFY(refusedAs.out.isEmpty());
    const Run shown = runOn(
        database,
        {QStringLiteral("articles"), QStringLiteral("show"), id, QStringLiteral("--user"), QStringLiteral("phongvien")},
        password);
    QCOMPARE(shown.code, 0);
    // A wrong password shows nothing.
    const Run wrong = runOn(
        database,
        {QStringLiteral("articles"), QStringLiteral("list"), QStringLiteral("--user"), QStringLiteral("phongvien")},
        {{QStringLiteral("TOASOAN_PASSWORD"), QStringLiteral("sai")}});
    QCOMPARE(wrong.code, 1);
    QVERIFY(wrong.out.isEmpty());
}

void TestCliArticles::articlesShowMissing_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("robustness: no such number") << QStringLiteral("9999");
    QTest::newRow("robustness: no such uuid") << QStringLiteral("6f1c9f0e-3b7a-4c55-9d2e-0a1b2c3d4e5f");
    QTest::newRow("robustness: neither number nor uuid") << QStringLiteral("bài-1");
    QTest::newRow("robustness: negative number") << QStringLiteral("-5");
}

void TestCliArticles::articlesShowMissing()
{
    QFETCH(QString, id);
    const QString database = demoDatabase();
    QVERIFY(!database.isEmpty());
    // "--" lets an argument start with a dash.
    const Run r = runOn(database, {QStringLiteral("articles"), QStringLiteral("show"), QStringLiteral("--"), id});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(id), qPrintable(r.err));
    const Run exported =
        runOn(database, {QStringLiteral("articles"), QStringLiteral("export"), QStringLiteral("--"), id});
    QCOMPARE(exported.code, 1);
}

QTEST_GUILESS_MAIN(TestCliArticles)
#include "tst_cli_articles.moc"
