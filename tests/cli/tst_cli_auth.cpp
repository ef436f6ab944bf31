// Every command of the command line, read-only or changing, and how the changing ones prove who acts:
// the real `toasoan` binary (TOASOAN_BINARY), run without a user, with a wrong password, for a locked-out
// user and for a user without the right, changes nothing; the right user succeeds and is recorded.
#include "app/cli/Commands.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"
#include "app/storage/SiteRepository.h"
#include "app/storage/TaxonomyRepository.h"
#include "app/users/UserAdmin.h"
#include "app/workflow/AuthService.h"
#include "tests/support/CliProcess.h"
#include "tests/support/ConflictCopies.h"
#include "tests/support/TestWorkspace.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTest>

using namespace toasoan;
using QHashStringString = QHash<QString, QString>; // one word for QFETCH

namespace {

using Run = toasoan::test::CliRun;

/// How a command treats the acting user. The table below names every command of Commands.cpp.
enum class Proof
{
    ReadsOnly,       ///< changes nothing in the workspace (files it writes are the caller's)
    UserOrAs,        ///< changes: --user LOGIN or --as LOGIN, with the password
    AsOnly,          ///< changes: --as LOGIN with the password (--user names something else)
    FirstAdminOrAs,  ///< users add: --as ADMIN, or nobody for the first administrator of an empty workspace
    QueuedByAPerson, ///< outbox run: sends jobs, each recording the person who queued it
    FirstAdminOnly,  ///< server init: only on a database without users (creates the first administrator)
    SourceAdminAs,   ///< workspace copy: --as ADMIN of the source workspace, with the password
    AdminCopies,     ///< backup: changes nothing, but copies every password hash: --user/--as ADMIN, with the
                     ///< password (tst_backup_cli)
    ReplacedAdminAs, ///< restore: --as ADMIN of the workspace it replaces, of the backup when there is none
                     ///< (tst_backup_cli)
};

const QHash<QString, Proof> &commandTable()
{
    static const QHash<QString, Proof> table = {
        {QStringLiteral("users add"), Proof::FirstAdminOrAs},
        {QStringLiteral("users list"), Proof::ReadsOnly},
        {QStringLiteral("articles list"), Proof::ReadsOnly},
        {QStringLiteral("articles show"), Proof::ReadsOnly},
        {QStringLiteral("articles import"), Proof::UserOrAs},
        {QStringLiteral("articles export"), Proof::ReadsOnly},
        {QStringLiteral("convert"), Proof::ReadsOnly},
        {QStringLiteral("search"), Proof::ReadsOnly},
        {QStringLiteral("workflow"), Proof::UserOrAs},
        {QStringLiteral("articles history"), Proof::ReadsOnly},
        {QStringLiteral("articles diff"), Proof::ReadsOnly},
        {QStringLiteral("articles slip"), Proof::ReadsOnly},
        {QStringLiteral("articles conflicts"), Proof::ReadsOnly}, // lists as --user, who logs in
        {QStringLiteral("articles resolve-conflict"), Proof::UserOrAs},
        {QStringLiteral("sites add"), Proof::AsOnly},
        {QStringLiteral("sites list"), Proof::ReadsOnly},
        {QStringLiteral("sites test"), Proof::ReadsOnly},
        {QStringLiteral("publish"), Proof::UserOrAs},
        {QStringLiteral("outbox list"), Proof::ReadsOnly},
        {QStringLiteral("outbox run"), Proof::QueuedByAPerson},
        {QStringLiteral("outbox serve"), Proof::UserOrAs},
        {QStringLiteral("categories list"), Proof::ReadsOnly},
        {QStringLiteral("categories add"), Proof::UserOrAs},
        {QStringLiteral("categories rename"), Proof::UserOrAs},
        {QStringLiteral("categories move"), Proof::UserOrAs},
        {QStringLiteral("categories remove"), Proof::UserOrAs},
        {QStringLiteral("categories merge"), Proof::UserOrAs},
        {QStringLiteral("tags list"), Proof::ReadsOnly},
        {QStringLiteral("tags rename"), Proof::UserOrAs},
        {QStringLiteral("tags merge"), Proof::UserOrAs},
        {QStringLiteral("server init"), Proof::FirstAdminOnly},
        {QStringLiteral("workspace copy"), Proof::SourceAdminAs},
        {QStringLiteral("backup"), Proof::AdminCopies},
        {QStringLiteral("restore"), Proof::ReplacedAdminAs},
        {QStringLiteral("sync"), Proof::UserOrAs}, // pushes that user's queued changes (tst_sync_pull)
        {QStringLiteral("status"), Proof::ReadsOnly},
        {QStringLiteral("report stats"), Proof::ReadsOnly},
        {QStringLiteral("report royalties"), Proof::ReadsOnly},
        {QStringLiteral("report close-month"), Proof::UserOrAs},
        {QStringLiteral("report reopen-month"), Proof::UserOrAs},
        {QStringLiteral("report set-points"), Proof::UserOrAs},
        {QStringLiteral("report scheme"), Proof::ReadsOnly},
        {QStringLiteral("compact"), Proof::ReadsOnly}, // rewrites the file's pages, changes nothing in it
    };
    return table;
}

const QString kPassword = QStringLiteral("mat-khau-1"); // TestWorkspace::addUser's

/// A workspace with one person of each kind and something for every changing command to act on.
struct Newsroom
{
    test::TestWorkspace ws;
    QHash<QString, qint64> users;
    QHash<QString, QString> ids; // placeholder → value
    QString importFile;

    bool setUp(const QString &dir)
    {
        for (const auto &[login, role] : {std::pair{QStringLiteral("phongvien"), Role::Reporter},
                                          std::pair{QStringLiteral("lanhdao"), Role::Approver},
                                          std::pair{QStringLiteral("quantri"), Role::Admin}}) {
            users.insert(login, ws.addUser(login, role));
        }
        ArticleRepository articles(ws.db());
        Article draft;
        draft.title = QStringLiteral("Bản nháp của phóng viên");
        draft.authorId = users.value(QStringLiteral("phongvien"));
        auto stored = articles.create(draft, draft.authorId);
        Article approved = draft;
        approved.title = QStringLiteral("Bài đã duyệt");
        auto second = articles.create(approved, draft.authorId);
        TaxonomyRepository taxonomy(ws.db());
        auto kinhTe = taxonomy.createCategory(QStringLiteral("Kinh tế"));
        auto xaHoi = taxonomy.createCategory(QStringLiteral("Xã hội"));
        auto giaoThong = taxonomy.findOrCreateTag(QStringLiteral("Giao thông"));
        auto nongThon = taxonomy.findOrCreateTag(QStringLiteral("Nông thôn"));
        Site site;
        site.name = QStringLiteral("Cổng huyện");
        site.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/"));
        site.username = QStringLiteral("bientap");
        auto siteStored = SiteRepository(ws.db()).create(site);
        if (!stored || !second || !kinhTe || !xaHoi || !giaoThong || !nongThon || !siteStored ||
            users.values().contains(0) ||
            !articles.transition(second->id, WorkflowState::Approved, users.value(QStringLiteral("lanhdao")))) {
            return false;
        }
        // A text the reporter wrote offline, waiting beside the draft (articles resolve-conflict).
        Article offline = *stored;
        offline.body = QStringLiteral("<p>Viết khi ngoại tuyến.</p>");
        if (!test::storeConflictCopy(ws.db(), stored->id, stored->authorId, offline)) {
            return false;
        }
        ids = {{QStringLiteral("{draft}"), QString::number(stored->id)},
               {QStringLiteral("{approved}"), QString::number(second->id)},
               {QStringLiteral("{cat1}"), QString::number(kinhTe->id)},
               {QStringLiteral("{cat2}"), QString::number(xaHoi->id)},
               {QStringLiteral("{tag1}"), QString::number(giaoThong->id)},
               {QStringLiteral("{tag2}"), QString::number(nongThon->id)}};
        importFile = dir + QStringLiteral("/bai-nhap.txt");
        QFile file(importFile);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return false;
        }
        file.write(QStringLiteral("Bài nhập từ tệp\n\nNội dung bài nhập.\n").toUtf8());
        ids.insert(QStringLiteral("{file}"), importFile);
        // A closed month for report reopen-month.
        return ws.db()
            .exec(QStringLiteral("INSERT INTO royalty_months (month, point_value, closed_at) VALUES ('2020-01', "
                                 "100000, 0)"))
            .ok();
    }

    QStringList expand(QStringList arguments) const
    {
        for (auto it = ids.constBegin(); it != ids.constEnd(); ++it) {
            arguments.replaceInStrings(it.key(), it.value());
        }
        return arguments;
    }

    /// Everything a change could touch, counted: equal before and after means nothing changed.
    QList<qint64> fingerprint()
    {
        QList<qint64> counts;
        for (const char *table : {"users", "articles", "events", "sites", "outbox_jobs", "categories", "tags"}) {
            auto q = ws.db().exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
            counts.append(q && q->next() ? q->value(0).toLongLong() : -1);
        }
        return counts;
    }

    /// Who the stored change names (the first column of `sql`'s first row); -1 when there is none.
    qint64 recorded(const QString &sql)
    {
        auto q = ws.db().exec(sql);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }
};

} // namespace

class tst_CliAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyCommandIsInTheTable();
    void changingCommands_data();
    void changingCommands();
    void firstAdministratorNeedsNobody();
    void coreRefusesASecondFirstAdministrator();
    void workspaceCopyProvesAnAdministratorOfTheSource();

private:
    Run run(const QString &database, const QStringList &arguments, const QHash<QString, QString> &env);

    QTemporaryDir m_dir;
    QString m_binary;
};

void tst_CliAuth::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_binary = qEnvironmentVariable("TOASOAN_BINARY");
    QVERIFY2(QFileInfo(m_binary).isExecutable(), "TOASOAN_BINARY must name the built toasoan binary");
}

Run tst_CliAuth::run(const QString &database, const QStringList &arguments, const QHash<QString, QString> &extraEnv)
{
    QProcess process;
    QProcessEnvironment env = test::cliEnvironment(m_dir.path());
    for (auto it = extraEnv.constBegin(); it != extraEnv.constEnd(); ++it) {
        env.insert(it.key(), it.value());
    }
    process.setProcessEnvironment(env);
    return test::runCli(process, m_binary, QStringList{QStringLiteral("--database"), database} + arguments);
}

void tst_CliAuth::everyCommandIsInTheTable()
{
    // A new command must say here whether it changes something and how it proves who acts.
    QSet<QString> registered;
    for (const cli::Command &command : cli::commands()) {
        const QString name = QLatin1String(command.name);
        registered.insert(name);
        QVERIFY2(commandTable().contains(name), qPrintable(name + QStringLiteral(": not in the table")));
        QSet<QString> options;
        for (const cli::OptionSpec &option : command.options) {
            options.insert(QLatin1String(option.name));
        }
        switch (commandTable().value(name)) {
        case Proof::UserOrAs:
        case Proof::AdminCopies:
            QVERIFY2(options.contains(QStringLiteral("user")) && options.contains(QStringLiteral("as")),
                     qPrintable(name));
            break;
        case Proof::AsOnly:
        case Proof::FirstAdminOrAs:
        case Proof::SourceAdminAs:
        case Proof::ReplacedAdminAs:
            QVERIFY2(options.contains(QStringLiteral("as")), qPrintable(name));
            break;
        case Proof::FirstAdminOnly:
            // Nobody to prove it to: it refuses a database that has users (tst_server_init).
            QVERIFY2(!options.contains(QStringLiteral("as")) && !options.contains(QStringLiteral("user")),
                     qPrintable(name));
            break;
        case Proof::ReadsOnly:
        case Proof::QueuedByAPerson:
            // Reading as someone (articles list|show --user) takes --as too; nothing else names a person.
            QCOMPARE(options.contains(QStringLiteral("as")), options.contains(QStringLiteral("user")));
            break;
        }
    }
    QCOMPARE(registered, QSet<QString>(commandTable().keyBegin(), commandTable().keyEnd()));
}

void tst_CliAuth::changingCommands_data()
{
    QTest::addColumn<QStringList>("arguments");   // without the acting user
    QTest::addColumn<QString>("actingOption");    // "--user" or "--as"
    QTest::addColumn<QString>("login");           // who may do it
    QTest::addColumn<QString>("forbidden");       // a proven user the core refuses; empty = everyone may
    QTest::addColumn<QString>("recordedQuery");   // gives the id of who is recorded as having done it
    QTest::addColumn<QHashStringString>("extra"); // more environment for every run

    const QHash<QString, QString> none;
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    const auto args = [&](std::initializer_list<const char *> words) {
        QStringList list;
        for (const char *word : words) {
            list.append(s(word));
        }
        return list;
    };
    QTest::newRow("users add") << args({"users", "add", "moi", "--name", "Người Mới", "--role", "reporter"})
                               << s("--as") << s("quantri") << s("lanhdao")
                               << s("SELECT user_id FROM events WHERE action = 'user_create' AND comment = 'moi'")
                               << QHash<QString, QString>{{s("TOASOAN_NEW_PASSWORD"), s("mat-khau-moi")}};
    QTest::newRow("articles import")
        << args({"articles", "import", "{file}"}) << s("--user") << s("phongvien") << QString()
        << s("SELECT e.user_id FROM events e JOIN articles a ON a.id = e.article_id WHERE e.action = 'create' AND "
             "a.title = 'Bài nhập từ tệp' AND a.author_id = e.user_id")
        << none;
    QTest::newRow("articles import (--as)")
        << args({"articles", "import", "{file}"}) << s("--as") << s("phongvien") << QString()
        << s("SELECT author_id FROM articles WHERE title = 'Bài nhập từ tệp'") << none;
    QTest::newRow("workflow") << args({"workflow", "submit", "{draft}"}) << s("--user") << s("phongvien")
                              << s("lanhdao")
                              << s("SELECT user_id FROM events WHERE action = 'transition' AND to_state = 'submitted'")
                              << none;
    // The draft is private to its author: the approver cannot even open its conflict copy.
    QTest::newRow("articles resolve-conflict")
        << args({"articles", "resolve-conflict", "{draft}", "--keep", "copy"}) << s("--user") << s("phongvien")
        << s("lanhdao") << s("SELECT user_id FROM events WHERE action = 'conflict_resolved'") << none;
    QTest::newRow("sites add") << args({"sites", "add", "Trang xã", "--type", "wordpress", "--url",
                                        "http://127.0.0.1:9/", "--user", "wp-admin"})
                               << s("--as") << s("quantri") << s("lanhdao")
                               << s("SELECT user_id FROM events WHERE action = 'site_add'") << none;
    QTest::newRow("publish") << args({"publish", "{approved}", "--site", "Cổng huyện"}) << s("--user") << s("lanhdao")
                             << s("phongvien") << s("SELECT requested_by FROM outbox_jobs") << none;
    QTest::newRow("categories add") << args({"categories", "add", "Thể thao"}) << s("--user") << s("quantri")
                                    << s("lanhdao") << s("SELECT user_id FROM events WHERE action = 'category_add'")
                                    << none;
    QTest::newRow("categories rename") << args({"categories", "rename", "{cat1}", "Kinh tế - Tài chính"}) << s("--as")
                                       << s("quantri") << s("lanhdao")
                                       << s("SELECT user_id FROM events WHERE action = 'category_rename'") << none;
    QTest::newRow("categories move") << args({"categories", "move", "{cat2}", "--parent", "{cat1}"}) << s("--user")
                                     << s("quantri") << s("lanhdao")
                                     << s("SELECT user_id FROM events WHERE action = 'category_move'") << none;
    QTest::newRow("categories remove")
        << args({"categories", "remove", "{cat2}"}) << s("--user") << s("quantri") << s("lanhdao")
        << s("SELECT user_id FROM events WHERE action IN ('category_delete', 'category_retire')") << none;
    QTest::newRow("categories merge") << args({"categories", "merge", "{cat2}", "--into", "{cat1}"}) << s("--user")
                                      << s("quantri") << s("lanhdao")
                                      << s("SELECT user_id FROM events WHERE action = 'category_merge'") << none;
    QTest::newRow("tags rename") << args({"tags", "rename", "{tag1}", "Giao thông đô thị"}) << s("--user")
                                 << s("quantri") << s("lanhdao")
                                 << s("SELECT user_id FROM events WHERE action = 'tag_rename'") << none;
    QTest::newRow("tags merge") << args({"tags", "merge", "{tag1}", "--into", "{tag2}"}) << s("--user") << s("quantri")
                                << s("lanhdao") << s("SELECT user_id FROM events WHERE action = 'tag_merge'") << none;
    QTest::newRow("report close-month") << args({"report", "close-month", "2020-02"}) << s("--user") << s("lanhdao")
                                        << s("phongvien")
                                        << s("SELECT user_id FROM events WHERE action = 'royalty_close'") << none;
    QTest::newRow("report reopen-month") << args({"report", "reopen-month", "2020-01"}) << s("--as") << s("quantri")
                                         << s("phongvien")
                                         << s("SELECT user_id FROM events WHERE action = 'royalty_reopen'") << none;
    QTest::newRow("report set-points") << args({"report", "set-points", "{approved}", "--kind", "tin", "--points",
                                                "2,5"})
                                       << s("--user") << s("lanhdao") << s("phongvien")
                                       << s("SELECT user_id FROM events WHERE action = 'royalty'") << none;
}

void tst_CliAuth::changingCommands()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, actingOption);
    QFETCH(QString, login);
    QFETCH(QString, forbidden);
    QFETCH(QString, recordedQuery);
    QFETCH(QHashStringString, extra);

    // Every changing command of the table has a row here.
    const QString rowName = QString::fromUtf8(QTest::currentDataTag()).section(QStringLiteral(" ("), 0, 0);
    QVERIFY2(commandTable().value(rowName, Proof::ReadsOnly) != Proof::ReadsOnly, qPrintable(rowName));

    const auto withPassword = [&](const QString &password) {
        QHash<QString, QString> env = extra;
        env.insert(QStringLiteral("TOASOAN_PASSWORD"), password);
        return env;
    };

    {
        Newsroom refused;
        QVERIFY(refused.setUp(m_dir.path()));
        const QString db = refused.ws.path();
        const QStringList command = refused.expand(arguments);
        const QList<qint64> before = refused.fingerprint();
        QCOMPARE(refused.recorded(recordedQuery), -1);

        // No acting user: a usage error, even with a password at hand.
        const Run nobody = run(db, command, withPassword(kPassword));
        QCOMPARE(nobody.code, 2);
        QVERIFY2(nobody.err.contains(actingOption), qPrintable(nobody.err));
        QCOMPARE(refused.fingerprint(), before);

        // The acting user without a password (no terminal to ask on).
        const Run noPassword = run(db, command + QStringList{actingOption, login}, extra);
        QCOMPARE(noPassword.code, 1);
        QVERIFY2(noPassword.err.contains(QLatin1String("TOASOAN_PASSWORD")), qPrintable(noPassword.err));
        QCOMPARE(refused.fingerprint(), before);

        // A wrong password, then enough of them to lock the login out as the window would.
        for (int attempt = 0; attempt <= AuthService::kFreeAttempts; ++attempt) {
            const Run wrong = run(db, command + QStringList{actingOption, login}, withPassword(QStringLiteral("sai")));
            QCOMPARE(wrong.code, 1);
            QCOMPARE(refused.fingerprint(), before);
        }
        auto wait = AuthService(refused.ws.db()).secondsUntilRetry(login);
        QVERIFY(wait && *wait > 0);
        // Locked out: even the right password is refused, and the message says to wait.
        const Run locked = run(db, command + QStringList{actingOption, login}, withPassword(kPassword));
        QCOMPARE(locked.code, 1);
        QVERIFY2(locked.err.contains(QLatin1String("wait")), qPrintable(locked.err));
        QCOMPARE(refused.fingerprint(), before);

        // Proven, but without the right: the core refuses.
        if (!forbidden.isEmpty()) {
            const Run denied = run(db, command + QStringList{actingOption, forbidden}, withPassword(kPassword));
            QCOMPARE(denied.code, 1);
            QCOMPARE(refused.fingerprint(), before);
        }
        QCOMPARE(refused.recorded(recordedQuery), -1);
    }

    Newsroom allowed;
    QVERIFY(allowed.setUp(m_dir.path()));
    const QList<qint64> before = allowed.fingerprint();
    const Run done =
        run(allowed.ws.path(), allowed.expand(arguments) + QStringList{actingOption, login}, withPassword(kPassword));
    QVERIFY2(done.code == 0, qPrintable(done.err));
    QVERIFY(allowed.fingerprint() != before);
    QCOMPARE(allowed.recorded(recordedQuery), allowed.users.value(login));
}

void tst_CliAuth::firstAdministratorNeedsNobody()
{
    const QString db = m_dir.filePath(QStringLiteral("empty.sqlite"));
    const QStringList add{QStringLiteral("users"),  QStringLiteral("add"),         QStringLiteral("quantri"),
                          QStringLiteral("--name"), QStringLiteral("Lê Quản Trị"), QStringLiteral("--role")};
    const QHash<QString, QString> newPassword{{QStringLiteral("TOASOAN_NEW_PASSWORD"), QStringLiteral("mat-khau-qt")}};

    // The first user of an empty workspace is an administrator, or nobody.
    const Run reporter = run(db, add + QStringList{QStringLiteral("reporter")}, newPassword);
    QCOMPARE(reporter.code, 1);
    QVERIFY2(reporter.err.contains(QLatin1String("--role admin")), qPrintable(reporter.err));

    const Run first = run(db, add + QStringList{QStringLiteral("admin")}, newPassword);
    QVERIFY2(first.code == 0, qPrintable(first.err));

    // From then on, nobody creates a user without proving to be an administrator.
    const QStringList second{QStringLiteral("users"),  QStringLiteral("add"),       QStringLiteral("thuha"),
                             QStringLiteral("--name"), QStringLiteral("Đỗ Thu Hà"), QStringLiteral("--role"),
                             QStringLiteral("admin")};
    const Run again = run(db, second, newPassword);
    QCOMPARE(again.code, 2);
    QVERIFY2(again.err.contains(QLatin1String("--as")), qPrintable(again.err));
    const Run compat = run(db, second, {{QStringLiteral("TOASOAN_PASSWORD"), QStringLiteral("mat-khau-qt")}});
    QCOMPARE(compat.code, 2);

    // TOASOAN_PASSWORD is the acting administrator's, TOASOAN_NEW_PASSWORD the new user's.
    QHash<QString, QString> both = newPassword;
    both.insert(QStringLiteral("TOASOAN_PASSWORD"), QStringLiteral("mat-khau-qt"));
    both.insert(QStringLiteral("TOASOAN_NEW_PASSWORD"), QStringLiteral("mat-khau-ha"));
    const Run added = run(db, second + QStringList{QStringLiteral("--as"), QStringLiteral("quantri")}, both);
    QVERIFY2(added.code == 0, qPrintable(added.err));

    auto opened = Database::openSqlite(db);
    QVERIFY(opened);
    Database &workspace = *opened.value();
    UserRepository users(workspace);
    QVERIFY(users.authenticate(QStringLiteral("thuha"), QStringLiteral("mat-khau-ha")));
    QVERIFY(users.authenticate(QStringLiteral("quantri"), QStringLiteral("mat-khau-qt")));
    auto quantri = users.findByLogin(QStringLiteral("quantri"));
    QVERIFY(quantri);
    auto events = workspace.exec(QStringLiteral("SELECT comment, user_id FROM events WHERE action = 'user_create' "
                                                "ORDER BY id"));
    QVERIFY(events);
    QVERIFY(events->next());
    QCOMPARE(events->value(0).toString(), QStringLiteral("quantri"));
    QVERIFY2(events->value(1).isNull(), "the first administrator was created by nobody");
    QVERIFY(events->next());
    QCOMPARE(events->value(0).toString(), QStringLiteral("thuha"));
    QCOMPARE(events->value(1).toLongLong(), quantri->id);
}

void tst_CliAuth::coreRefusesASecondFirstAdministrator()
{
    test::TestWorkspace ws;
    UserAdmin admin(ws.db());
    auto first = admin.createFirstAdministrator(QStringLiteral("quantri"), QStringLiteral("Lê Quản Trị"),
                                                QStringLiteral("mat-khau-qt"));
    QVERIFY(first);
    QCOMPARE(first->role, Role::Admin);
    auto second = admin.createFirstAdministrator(QStringLiteral("khac"), QStringLiteral("Người Khác"),
                                                 QStringLiteral("mat-khau-kh"));
    QVERIFY(!second);
    QCOMPARE(second.error().code, ErrorCode::Forbidden);
    // And a reporter cannot create users through the core either.
    const qint64 reporter = ws.addUser(QStringLiteral("phongvien"));
    auto byReporter = admin.create(reporter, QStringLiteral("moi"), QStringLiteral("Người Mới"), Role::Admin,
                                   QStringLiteral("mat-khau-moi"));
    QVERIFY(!byReporter);
    QCOMPARE(byReporter.error().code, ErrorCode::Forbidden);
    QCOMPARE(UserRepository(ws.db()).count().value(), 2);
}

void tst_CliAuth::workspaceCopyProvesAnAdministratorOfTheSource()
{
    // The copy carries every password hash: only an administrator of the source makes it.
    Newsroom office;
    QVERIFY(office.setUp(m_dir.path()));
    const QString source = office.ws.path();
    const QString target = m_dir.filePath(QStringLiteral("ban-sao.sqlite"));
    const QStringList command{QStringLiteral("workspace"), QStringLiteral("copy"),
                              QStringLiteral("--from"),    source,
                              QStringLiteral("--to"),      target};
    const QHash<QString, QString> password{{QStringLiteral("TOASOAN_PASSWORD"), kPassword}};
    const auto usersInTarget = [&] {
        if (!QFileInfo::exists(target)) {
            return 0;
        }
        auto db = Database::open(target);
        return db ? (*db)->value(QStringLiteral("SELECT count(*) FROM users"))->toInt() : -1;
    };

    const Run nobody = run(source, command, password);
    QCOMPARE(nobody.code, 2);
    QVERIFY2(nobody.err.contains(QLatin1String("--as")), qPrintable(nobody.err));
    const Run noPassword = run(source, command + QStringList{QStringLiteral("--as"), QStringLiteral("quantri")}, {});
    QCOMPARE(noPassword.code, 1);
    QVERIFY2(noPassword.err.contains(QLatin1String("TOASOAN_PASSWORD")), qPrintable(noPassword.err));
    const Run wrong = run(source, command + QStringList{QStringLiteral("--as"), QStringLiteral("quantri")},
                          {{QStringLiteral("TOASOAN_PASSWORD"), QStringLiteral("sai")}});
    QCOMPARE(wrong.code, 1);
    const Run approver =
        run(source, command + QStringList{QStringLiteral("--as"), QStringLiteral("lanhdao")}, password);
    QCOMPARE(approver.code, 1);
    QCOMPARE(usersInTarget(), 0);

    const Run admin = run(source, command + QStringList{QStringLiteral("--as"), QStringLiteral("quantri")}, password);
    QVERIFY2(admin.code == 0, qPrintable(admin.err));
    QCOMPARE(usersInTarget(), 3);
}

QTEST_GUILESS_MAIN(tst_CliAuth)
#include "tst_cli_auth.moc"
