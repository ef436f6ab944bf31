// Runs the real `toasoan` binary (TOASOAN_BINARY) as a user or a script would, on temporary
// workspaces, and checks exit codes, output and what ends up stored.
#include "tests/support/CliProcess.h"
#include "tests/support/ReadOnlyAccess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <unistd.h>

namespace {

using Run = toasoan::test::CliRun;

QString dataFile(const char *name)
{
    return qEnvironmentVariable("TOASOAN_SOURCE_DIR") + QStringLiteral("/tests/cli/data/") + QLatin1String(name);
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private:
    Run run(const QStringList &arguments, const QHash<QString, QString> &extraEnv = {});
    Run runOn(const QString &database, const QStringList &arguments, const QHash<QString, QString> &extraEnv = {})
    {
        return run(QStringList{QStringLiteral("--database"), database} + arguments, extraEnv);
    }
    QJsonDocument json(const Run &result);
    QString freshDatabase() { return m_dir.filePath(QStringLiteral("ws-%1.sqlite").arg(++m_counter)); }
    QString demoDatabase();
    QJsonObject importFile(const QString &database, const QString &path);

    // The demo's people share one password; every change proves who makes it.
    const QHash<QString, QString> m_demoPassword{{QStringLiteral("TOASOAN_PASSWORD"), QStringLiteral("toasoan-demo")}};
    QTemporaryDir m_dir;
    QString m_binary;
    QString m_demo;
    int m_counter = 0;
    bool m_asOrdinaryUser = false;

private slots:
    void initTestCase();
    void version();
    void help();
    void helpNamesPlaceholdersAsItsSentences();
    void usageErrors_data();
    void usageErrors();
    void usersAddAndList();
    void usersAddRefused_data();
    void usersAddRefused();
    void demoFillsOnce();
    void articlesList_data();
    void articlesList();
    void articlesListBadValues();
    void articlesShow();
    void articlesAsAUser();
    void articlesShowMissing_data();
    void articlesShowMissing();
    void importText();
    void importNfdGivesNfc();
    void importSeveralFiles();
    void importHtmlIsSanitized();
    void importRefused_data();
    void importRefused();
    void exportRoundTrip_data();
    void exportRoundTrip();
    void corruptDatabaseIsLeftUntouched();
    void newerDatabaseIsLeftUntouched();
    void readOnlyWorkspaceIsReadable();
};

Run TestCli::run(const QStringList &arguments, const QHash<QString, QString> &extraEnv)
{
    QProcess process;
    // Never touch the real user's data or settings.
    QProcessEnvironment env = toasoan::test::cliEnvironment(m_dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    for (auto it = extraEnv.constBegin(); it != extraEnv.constEnd(); ++it) {
        env.insert(it.key(), it.value());
    }
    process.setProcessEnvironment(env);
    if (m_asOrdinaryUser && geteuid() == 0) {
        // Root ignores read-only permissions: the command runs as "nobody", as an ordinary user would.
        process.setChildProcessModifier([] {
            if (setgid(65534) != 0 || setuid(65534) != 0) {
                _exit(127);
            }
        });
    }
    return toasoan::test::runCli(process, m_binary, arguments);
}

QJsonDocument TestCli::json(const Run &result)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    if (document.isNull()) {
        qWarning() << "not JSON:" << error.errorString() << result.out << result.err;
    }
    return document;
}

QString TestCli::demoDatabase()
{
    if (m_demo.isEmpty()) {
        const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        if (runOn(path, {QStringLiteral("--demo"), QStringLiteral("users"), QStringLiteral("list")}).code == 0) {
            m_demo = path;
        }
    }
    return m_demo;
}

QJsonObject TestCli::importFile(const QString &database, const QString &path)
{
    const Run r = runOn(database,
                        {QStringLiteral("articles"), QStringLiteral("import"), path, QStringLiteral("--user"),
                         QStringLiteral("phongvien"), QStringLiteral("--json")},
                        m_demoPassword);
    if (r.code != 0) {
        qWarning() << "import failed:" << r.code << r.err;
        return {};
    }
    return json(r).object();
}

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_binary = qEnvironmentVariable("TOASOAN_BINARY");
    QVERIFY2(QFileInfo(m_binary).isExecutable(), "TOASOAN_BINARY must name the built toasoan binary");
}

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

void TestCli::articlesList_data()
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

void TestCli::articlesList()
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

void TestCli::articlesListBadValues()
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

void TestCli::articlesShow()
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

void TestCli::articlesAsAUser()
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

void TestCli::articlesShowMissing_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("robustness: no such number") << QStringLiteral("9999");
    QTest::newRow("robustness: no such uuid") << QStringLiteral("6f1c9f0e-3b7a-4c55-9d2e-0a1b2c3d4e5f");
    QTest::newRow("robustness: neither number nor uuid") << QStringLiteral("bài-1");
    QTest::newRow("robustness: negative number") << QStringLiteral("-5");
}

void TestCli::articlesShowMissing()
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

void TestCli::importText()
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

void TestCli::importSeveralFiles()
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

void TestCli::importNfdGivesNfc()
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

void TestCli::importHtmlIsSanitized()
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

void TestCli::importRefused_data()
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

void TestCli::importRefused()
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

void TestCli::exportRoundTrip_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("nominal: html") << QStringLiteral("html");
    QTest::newRow("nominal: json") << QStringLiteral("json");
}

void TestCli::exportRoundTrip()
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

void TestCli::corruptDatabaseIsLeftUntouched()
{
    const QString database = freshDatabase();
    {
        QFile file(database);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QRandomGenerator random(20240611);
        QByteArray bytes(64 * 1024, '\0');
        for (char &byte : bytes) {
            byte = char(random.bounded(256));
        }
        file.write(bytes);
    }
    const QByteArray before = fileHash(database);
    QVERIFY(!before.isEmpty());

    for (const QStringList &arguments :
         {QStringList{QStringLiteral("articles"), QStringLiteral("list")},
          QStringList{QStringLiteral("--demo"), QStringLiteral("users"), QStringLiteral("list")}}) {
        const Run r = runOn(database, arguments);
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QFileInfo(database).fileName()), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("Detail:")), "details only with --verbose");
        QCOMPARE(fileHash(database), before);
    }
    const Run verbose =
        runOn(database, {QStringLiteral("--verbose"), QStringLiteral("articles"), QStringLiteral("list")});
    QCOMPARE(verbose.code, 1);
    QVERIFY(verbose.err.contains(QLatin1String("Detail:")));
    QCOMPARE(fileHash(database), before);
}

void TestCli::newerDatabaseIsLeftUntouched()
{
    const QString database = freshDatabase();
    QCOMPARE(runOn(database, {QStringLiteral("users"), QStringLiteral("list")}).code, 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(database);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("UPDATE schema_version SET version = 9999")));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    const QByteArray before = fileHash(database);

    const Run r = runOn(database, {QStringLiteral("articles"), QStringLiteral("list")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("newer")), qPrintable(r.err));
    QCOMPARE(fileHash(database), before);
}

// A healthy workspace in a read-only folder is no damaged one: it is read, the user is told it is
// read-only, and a change fails saying so, leaving the file as it was.
void TestCli::readOnlyWorkspaceIsReadable()
{
    const QString folder = m_dir.filePath(QStringLiteral("read-only"));
    QVERIFY(QDir().mkpath(folder));
    const QString database = folder + QStringLiteral("/ws.sqlite");
    QCOMPARE(runOn(database, {QStringLiteral("--demo"), QStringLiteral("users"), QStringLiteral("list")}).code, 0);
    QVERIFY(!QFile::exists(database + QStringLiteral("-shm")));
    const QByteArray before = fileHash(database);
    const QString text = m_dir.filePath(QStringLiteral("read-only-import.txt"));
    {
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("Tin mới\n\nĐoạn một.\n").toUtf8());
    }
    QVERIFY(QFile::setPermissions(m_dir.path(), toasoan::test::kReadOnlyFolder | QFileDevice::WriteOwner));
    QVERIFY(QFile::setPermissions(text, toasoan::test::kReadOnlyFile));
    QVERIFY(QFile::setPermissions(database, toasoan::test::kReadOnlyFile));
    QVERIFY(QFile::setPermissions(folder, toasoan::test::kReadOnlyFolder));
    Run list;
    Run listAsUser; // logging in writes nothing
    Run change;
    {
        m_asOrdinaryUser = true;
        list = runOn(database, {QStringLiteral("articles"), QStringLiteral("list")});
        listAsUser = runOn(
            database,
            {QStringLiteral("articles"), QStringLiteral("list"), QStringLiteral("--user"), QStringLiteral("bientap")},
            {{QStringLiteral("TOASOAN_PASSWORD"), QStringLiteral("toasoan-demo")}});
        change = runOn(database,
                       {QStringLiteral("articles"), QStringLiteral("import"), text, QStringLiteral("--user"),
                        QStringLiteral("phongvien")},
                       {{QStringLiteral("TOASOAN_PASSWORD"), QStringLiteral("toasoan-demo")}});
        m_asOrdinaryUser = false;
    }
    QVERIFY(QFile::setPermissions(folder, toasoan::test::kOpenFolder));
    QVERIFY(QFile::setPermissions(m_dir.path(),
                                  toasoan::test::kReadOnlyFolder | QFileDevice::WriteOwner | QFileDevice::WriteUser));
    QCOMPARE(list.code, 0);
    QVERIFY2(list.err.contains(QLatin1String("read-only")), qPrintable(list.err));
    QVERIFY2(!list.out.trimmed().isEmpty(), qPrintable(list.err));
    QVERIFY2(listAsUser.code == 0, qPrintable(listAsUser.err));
    QVERIFY(!listAsUser.out.trimmed().isEmpty());
    QCOMPARE(change.code, 1);
    QVERIFY2(change.err.contains(QLatin1String("read-only, so the change was not saved")), qPrintable(change.err));
    QVERIFY(!change.err.contains(QLatin1String("damaged")));
    QCOMPARE(fileHash(database), before);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
