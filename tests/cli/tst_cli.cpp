// Runs the real `toasoan` binary as a user or a script would: version, help, usage errors, users and the
// demo workspace. Articles: tst_cli_articles; import and export: tst_cli_import; damaged, newer and
// read-only workspaces: tst_cli_workspace_files.
#include "tests/cli/CliFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace toasoan::test;

class TestCli final : public QObject, public CliFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(setUpCli(), "TOASOAN_BINARY must name the built toasoan binary"); }
    void version();
    void help();
    void helpNamesPlaceholdersAsItsSentences();
    void usageErrors_data();
    void usageErrors();
    void usersAddAndList();
    void usersAddRefused_data();
    void usersAddRefused();
    void demoFillsOnce();
};

void TestCli::version()
{
    for (const QString &flag : {QStringLiteral("--version"), QStringLiteral("-v")}) {
        const Run r = run({flag});
        QCOMPARE(r.code, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^toasoan \\d+\\.\\d+\\.\\d+\\n$")).match(r.out).hasMatch(),
                 qPrintable(r.out));
    }
}

void TestCli::help()
{
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    for (const char *expected : {"users add", "users list", "articles list", "articles show", "articles import",
                                 "articles export", "--database", "--demo"}) {
        QVERIFY2(r.out.contains(QLatin1String(expected)), expected);
    }
    const Run commandHelp = run({QStringLiteral("articles"), QStringLiteral("list"), QStringLiteral("--help")});
    QCOMPARE(commandHelp.code, 0);
    QVERIFY(commandHelp.out.contains(QLatin1String("--state")));
    QVERIFY(commandHelp.out.contains(QLatin1String("--limit")));
}

void TestCli::helpNamesPlaceholdersAsItsSentences()
{
    // In Vietnamese the sentences say "MÃ": the synopses say it too, never "ID".
    const QHash<QString, QString> vietnamese = {{QStringLiteral("TOASOAN_LANG"), QStringLiteral("vi")}};
    const Run general = run({QStringLiteral("--help")}, vietnamese);
    QCOMPARE(general.code, 0);
    QVERIFY2(general.out.contains(QStringLiteral("articles show MÃ ")), qPrintable(general.out));
    QVERIFY2(general.out.contains(QStringLiteral("articles diff MÃ ")), qPrintable(general.out));
    QVERIFY2(general.out.contains(QStringLiteral("--database ĐƯỜNG_DẪN ")), qPrintable(general.out));
    QVERIFY2(!general.out.contains(QRegularExpression(QStringLiteral("\\bID\\b"))), qPrintable(general.out));
    const Run command = run({QStringLiteral("articles"), QStringLiteral("show"), QStringLiteral("--help")}, vietnamese);
    QCOMPARE(command.code, 0);
    QVERIFY2(command.out.contains(QStringLiteral("toasoan articles show MÃ")), qPrintable(command.out));
    QVERIFY2(command.out.contains(QStringLiteral("MÃ là số thứ tự")), qPrintable(command.out));
    QVERIFY2(!command.out.contains(QRegularExpression(QStringLiteral("\\bID\\b"))), qPrintable(command.out));
    // English keeps its own words.
    const Run english = run({QStringLiteral("articles"), QStringLiteral("show"), QStringLiteral("--help")});
    QVERIFY2(english.out.contains(QStringLiteral("toasoan articles show ID")), qPrintable(english.out));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("robustness: unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("robustness: unknown sub-command") << QStringList{QStringLiteral("users"), QStringLiteral("remove")};
    QTest::newRow("robustness: group without sub-command") << QStringList{QStringLiteral("articles")};
    QTest::newRow("robustness: unknown option")
        << QStringList{QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--colour")};
    QTest::newRow("robustness: option of another command") << QStringList{
        QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("draft")};
    QTest::newRow("robustness: missing argument") << QStringList{QStringLiteral("articles"), QStringLiteral("show")};
    QTest::newRow("robustness: extra argument")
        << QStringList{QStringLiteral("articles"), QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("2")};
    QTest::newRow("robustness: option without its value")
        << QStringList{QStringLiteral("articles"), QStringLiteral("list"), QStringLiteral("--limit")};
    QTest::newRow("robustness: required option missing")
        << QStringList{QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("ana"), QStringLiteral("--role"),
                       QStringLiteral("editor")};
    QTest::newRow("robustness: flag given a value")
        << QStringList{QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json=yes")};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const QString database = freshDatabase();
    const Run r = runOn(database, arguments);
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(QLatin1String("toasoan: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("--help")), qPrintable(r.err)); // the hint
    QVERIFY2(!QFile::exists(database), "a usage error must not create a workspace");
}

void TestCli::usersAddAndList()
{
    const QString database = freshDatabase();
    // An empty workspace: its first administrator needs nobody's password.
    const Run first =
        runOn(database,
              {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("quantri"), QStringLiteral("--name"),
               QStringLiteral("Lê Quản Trị"), QStringLiteral("--role"), QStringLiteral("admin")},
              {{QStringLiteral("TOASOAN_NEW_PASSWORD"), QStringLiteral("quản-trị-dài")}});
    QVERIFY2(first.code == 0, qPrintable(first.err));
    // Then the administrator creates the others, proving who they are.
    const QHash<QString, QString> passwords{{QStringLiteral("TOASOAN_PASSWORD"), QStringLiteral("quản-trị-dài")},
                                            {QStringLiteral("TOASOAN_NEW_PASSWORD"), QStringLiteral("mật-khẩu-dài")}};
    const Run added = runOn(database,
                            {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("thuha"),
                             QStringLiteral("--name"), QStringLiteral("Đỗ Thu Hà"), QStringLiteral("--role"),
                             QStringLiteral("editor"), QStringLiteral("--as"), QStringLiteral("quantri")},
                            passwords);
    QVERIFY2(added.code == 0, qPrintable(added.err));
    QVERIFY2(added.out.contains(QLatin1String("thuha")), qPrintable(added.out));

    const Run listed = runOn(database, {QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(listed.code, 0);
    const QJsonArray users = json(listed).array();
    QCOMPARE(users.size(), 2);
    QJsonObject user;
    for (const QJsonValue &value : users) {
        if (value[QStringLiteral("login")].toString() == QLatin1String("thuha")) {
            user = value.toObject();
        }
    }
    QCOMPARE(user.value(QStringLiteral("login")).toString(), QStringLiteral("thuha"));
    QCOMPARE(user.value(QStringLiteral("display_name")).toString(), QStringLiteral("Đỗ Thu Hà"));
    QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("editor"));
    QCOMPARE(user.value(QStringLiteral("active")).toBool(), true);
    // The new user logs in with the password they were given.
    const Run asThuha =
        runOn(database,
              {QStringLiteral("articles"), QStringLiteral("list"), QStringLiteral("--user"), QStringLiteral("thuha")},
              {{QStringLiteral("TOASOAN_PASSWORD"), QStringLiteral("mật-khẩu-dài")}});
    QVERIFY2(asThuha.code == 0, qPrintable(asThuha.err));

    const Run table = runOn(database, {QStringLiteral("users"), QStringLiteral("list")});
    QCOMPARE(table.code, 0);
    QVERIFY(table.out.contains(QStringLiteral("Đỗ Thu Hà")));
    QVERIFY(QRegularExpression(QStringLiteral("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d")).match(table.out).hasMatch());
}

void TestCli::usersAddRefused_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("password"); // the new user's; empty = TOASOAN_NEW_PASSWORD not set

    QTest::newRow("robustness: duplicate login")
        << QStringLiteral("phongvien") << QStringLiteral("reporter") << QStringLiteral("password-123");
    QTest::newRow("robustness: duplicate login, other case")
        << QStringLiteral("PhongVien") << QStringLiteral("reporter") << QStringLiteral("password-123");
    QTest::newRow("robustness: wrong role")
        << QStringLiteral("moi") << QStringLiteral("chief") << QStringLiteral("password-123");
    QTest::newRow("robustness: short password")
        << QStringLiteral("moi") << QStringLiteral("reporter") << QStringLiteral("short");
    QTest::newRow("robustness: no password and no terminal")
        << QStringLiteral("moi") << QStringLiteral("reporter") << QString();
    QTest::newRow("robustness: malformed login")
        << QStringLiteral("người mới") << QStringLiteral("reporter") << QStringLiteral("password-123");
}

void TestCli::usersAddRefused()
{
    QFETCH(QString, login);
    QFETCH(QString, role);
    QFETCH(QString, password);
    const QString database = demoDatabase();
    QVERIFY(!database.isEmpty());
    QHash<QString, QString> env = m_demoPassword; // the administrator's, proven
    if (!password.isEmpty()) {
        env.insert(QStringLiteral("TOASOAN_NEW_PASSWORD"), password);
    }
    const Run r = runOn(database,
                        {QStringLiteral("users"), QStringLiteral("add"), login, QStringLiteral("--name"),
                         QStringLiteral("Người Mới"), QStringLiteral("--role"), role, QStringLiteral("--as"),
                         QStringLiteral("quantri")},
                        env);
    QCOMPARE(r.code, 1);
    QVERIFY(!r.err.trimmed().isEmpty());
    QVERIFY2(!r.err.startsWith(QLatin1String("toasoan: ")), "a user error is not a usage error");

    const Run listed = runOn(database, {QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(json(listed).array().size(), 4);
}

void TestCli::demoFillsOnce()
{
    const QString database = freshDatabase();
    const Run first = runOn(database, {QStringLiteral("--demo"), QStringLiteral("users"), QStringLiteral("list"),
                                       QStringLiteral("--json")});
    QCOMPARE(first.code, 0);
    QSet<QString> logins;
    QHash<QString, QString> roles;
    for (const QJsonValue &value : json(first).array()) {
        logins.insert(value[QStringLiteral("login")].toString());
        roles.insert(value[QStringLiteral("login")].toString(), value[QStringLiteral("role")].toString());
    }
    QCOMPARE(logins, (QSet<QString>{QStringLiteral("phongvien"), QStringLiteral("bientap"), QStringLiteral("lanhdao"),
                                    QStringLiteral("quantri")}));
    QCOMPARE(roles.value(QStringLiteral("phongvien")), QStringLiteral("reporter"));
    QCOMPARE(roles.value(QStringLiteral("lanhdao")), QStringLiteral("approver"));

    // --demo on a workspace that has users changes nothing.
    const Run again = runOn(database, {QStringLiteral("--demo"), QStringLiteral("articles"), QStringLiteral("list"),
                                       QStringLiteral("--json")});
    QCOMPARE(again.code, 0);
    const QJsonArray articles = json(again).array();
    QCOMPARE(articles.size(), 12);
    QSet<QString> states;
    for (const QJsonValue &value : articles) {
        states.insert(value[QStringLiteral("state")].toString());
        QVERIFY(!value[QStringLiteral("title")].toString().isEmpty());
    }
    QCOMPARE(states,
             (QSet<QString>{QStringLiteral("draft"), QStringLiteral("submitted"), QStringLiteral("awaiting_approval"),
                            QStringLiteral("approved"), QStringLiteral("published"), QStringLiteral("returned"),
                            QStringLiteral("rejected"), QStringLiteral("archived")}));

    // The demo password logs in: a user created from it can be listed with the others.
    const Run listed = runOn(database, {QStringLiteral("users"), QStringLiteral("list")});
    QCOMPARE(listed.code, 0);
    QVERIFY(listed.out.contains(QStringLiteral("Nguyễn Thị Lan")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
