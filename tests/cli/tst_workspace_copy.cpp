// `toasoan workspace copy`: the real binary (TOASOAN_BINARY) copies the demo workspace, with a row in every
// table, from SQLite to the PostgreSQL test server (TOASOAN_TEST_PG) and back: every table's rows are equal
// on the three, people log in with their passwords, search answers the same, ids continue after the copied
// ones; a database with data is refused, a table the copy does not know stops it, and a copy that fails
// half-way leaves nothing behind.
#include "app/search/ArticleSearch.h"
#include "app/storage/Database.h"
#include "app/storage/WorkspaceCopy.h"
#include "app/workflow/AuthService.h"
#include "tests/support/CliProcess.h"
#include "tests/support/PostgresScratch.h"

#include <QFileInfo>
#include <QProcess>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace toasoan;

namespace {

const QString kPassword = QStringLiteral("toasoan-demo"); // the demo workspace's

using Run = toasoan::test::CliRun;

/// Every row of `table`, each rendered as one text, sorted: equal lists mean equal tables.
QStringList rowsOf(Database &db, const QString &table, const QStringList &columns)
{
    auto query =
        db.exec(QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") + table);
    if (!query) {
        return {QStringLiteral("error: ") + query.error().detail};
    }
    QStringList rows;
    while (query->next()) {
        QStringList values;
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant value = query->value(i);
            if (query->isNull(i)) {
                values.append(QStringLiteral("NULL"));
            } else if (value.typeId() == QMetaType::QByteArray) {
                values.append(QStringLiteral("x") + QString::fromLatin1(value.toByteArray().toHex()));
            } else {
                values.append(value.toString());
            }
        }
        rows.append(values.join(QLatin1Char('|')));
    }
    rows.sort();
    return rows;
}

QStringList sqliteColumns(Database &db, const QString &table)
{
    QStringList columns;
    auto query = db.exec(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"), {table});
    while (query && query->next()) {
        columns.append(query->value(0).toString());
    }
    return columns;
}

QList<qint64> found(Database &db, const QString &words)
{
    QList<qint64> ids;
    SearchOptions options;
    options.limit = 50;
    auto result = ArticleSearch(db).search(words, options);
    if (!result) {
        return {-1};
    }
    for (const SearchHit &hit : std::as_const(result->hits)) {
        ids.append(hit.article.id);
    }
    return ids;
}

} // namespace

class tst_WorkspaceCopy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theCopyKnowsEveryTableOfTheSchema();
    void aTableTheCopyDoesNotKnowStopsIt();
    void roundTripThroughPostgres();
    void aFailedCopyLeavesNothing_data();
    void aFailedCopyLeavesNothing();

private:
    Run copy(const QString &from, const QString &to, const QString &password = kPassword);
    /// The demo workspace at `path`, with rows added so that every table of the copy has some.
    bool richWorkspace(const QString &path);

    QTemporaryDir m_dir;
    QString m_binary;
};

void tst_WorkspaceCopy::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_binary = qEnvironmentVariable("TOASOAN_BINARY");
    QVERIFY2(QFileInfo(m_binary).isExecutable(), "TOASOAN_BINARY must name the built toasoan binary");
}

Run tst_WorkspaceCopy::copy(const QString &from, const QString &to, const QString &password)
{
    QProcess process;
    QProcessEnvironment env = test::cliEnvironment(m_dir.path());
    env.insert(QStringLiteral("TOASOAN_PASSWORD"), password);
    process.setProcessEnvironment(env);
    return test::runCli(process, m_binary,
                        {QStringLiteral("--verbose"), QStringLiteral("workspace"), QStringLiteral("copy"),
                         QStringLiteral("--from"), from, QStringLiteral("--to"), to, QStringLiteral("--as"),
                         QStringLiteral("quantri")});
}

bool tst_WorkspaceCopy::richWorkspace(const QString &path)
{
    QProcess demo;
    demo.start(m_binary, {QStringLiteral("--database"), path, QStringLiteral("--demo"), QStringLiteral("users"),
                          QStringLiteral("list")});
    if (!demo.waitForFinished(120000) || demo.exitCode() != 0) {
        return false;
    }
    auto opened = Database::open(path);
    if (!opened) {
        return false;
    }
    Database &db = **opened;
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    const QList<std::pair<QString, QVariantList>> rows = {
        {s("INSERT INTO media (sha256, mime_type, file_name, size, data, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
         {s("ab12"), s("image/png"), s("ảnh đêm.png"), 5, QByteArray("\x00\xff\x0a\x80'", 5), 1000}},
        // A category under one created after it (its parent comes later in id order).
        {s("UPDATE categories SET parent_id = (SELECT max(id) FROM categories) WHERE id = 1"), {}},
        {s("INSERT INTO comments (article_id, author_id, parent_id, body, created_at) VALUES (1, 2, NULL, ?, 10)"),
         {s("Cần thêm số liệu quý III.")}},
        {s("INSERT INTO comments (article_id, author_id, parent_id, body, created_at) VALUES (1, 1, 1, ?, 11)"),
         {s("Đã bổ sung.")}},
        {s("INSERT INTO recoveries (article_id, user_id, base_version, saved_at, snapshot) VALUES (2, 1, 1, 12, "
           "'{}')"),
         {}},
        {s("INSERT INTO sites (name, kind, base_url, username, created_at, unpublish_action) VALUES (?, 'wordpress', "
           "'https://quan.example/', 'bientap', 13, 'trash')"),
         {s("Cổng thông tin quận")}},
        {s("INSERT INTO article_publications (article_id, site_id, remote_id, url, last_published_at) VALUES (3, 1, "
           "'41', 'https://quan.example/?p=41', NULL)"),
         {}},
        {s("INSERT INTO settings (key, value) VALUES ('office/review_steps', '2')"), {}},
        {s("INSERT INTO outbox_jobs (article_id, site_id, action, state, steps, attempts, next_attempt_at, "
           "last_error, last_error_detail, requested_by, created_at, updated_at) VALUES (3, 1, 'publish', 'failed', "
           "'{}', 2, 14, ?, '', 3, 14, 15)"),
         {s("Máy chủ không trả lời")}},
        {s("INSERT INTO remote_media (site_id, sha256, remote_id, url, uploaded_at) VALUES (1, 'ab12', '7', "
           "'https://quan.example/a.png', 16)"),
         {}},
        {s("INSERT INTO remote_categories (site_id, remote_id, parent_remote_id, name, slug) VALUES (1, '3', '0', "
           "?, 'thoi-su')"),
         {s("Thời sự")}},
        {s("INSERT INTO category_map (site_id, category_id, remote_id) VALUES (1, 2, '3')"), {}},
        {s("INSERT INTO remote_tags (site_id, name_key, remote_id) VALUES (1, 'giao thong', '9')"), {}},
        {s("INSERT INTO edit_locks (article_id, user_id, acquired_at, heartbeat_at) VALUES (4, 2, 17, 18)"), {}},
        {s("INSERT INTO login_attempts (login, failures, last_failure_at, locked_until) VALUES ('khach', 2, 19, "
           "NULL)"),
         {}},
        {s("INSERT INTO spell_words (word, added_by, added_at) VALUES (?, 2, 20)"), {s("Tân Lập")}},
        {s("INSERT INTO search_backlog (article_id) VALUES (5)"), {}},
        {s("UPDATE sync_state SET version = 42"), {}},
        {s("UPDATE royalty_scheme SET point_value = 120000, example = 0"), {}},
        {s("INSERT INTO article_royalties (article_id, kind_id, points, set_by, set_at) VALUES (3, 2, 45, 3, 21)"), {}},
        {s("INSERT INTO royalty_months (month, point_value, closed_by, closed_at) VALUES ('2026-10', 100000, 3, 22)"),
         {}},
    };
    for (const auto &[sql, values] : rows) {
        if (auto r = db.exec(sql, values); !r) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(r.error().detail));
            return false;
        }
    }
    return true;
}

void tst_WorkspaceCopy::theCopyKnowsEveryTableOfTheSchema()
{
    // A migration that adds a table must say how it is copied (WorkspaceCopy.cpp's knownTables()).
    QStringList known = workspacecopy::knownTables();
    known.sort();
    auto sqlite = Database::open(m_dir.filePath(QStringLiteral("schema.sqlite")));
    QVERIFY(sqlite);
    auto tables = workspacecopy::schemaTables(**sqlite);
    QVERIFY(tables);
    QCOMPARE(*tables, known);
    test::PostgresScratch scratch;
    if (!scratch.ok()) {
        QSKIP("TOASOAN_TEST_PG is not set: PostgreSQL's schema was not checked");
    }
    auto postgres = Database::open(scratch.location());
    QVERIFY2(postgres, qPrintable(postgres ? QString() : postgres.error().detail));
    auto pgTables = workspacecopy::schemaTables(**postgres);
    QVERIFY(pgTables);
    QCOMPARE(*pgTables, known);
}

void tst_WorkspaceCopy::aTableTheCopyDoesNotKnowStopsIt()
{
    const QString source = m_dir.filePath(QStringLiteral("unknown-table.sqlite"));
    QVERIFY(richWorkspace(source));
    {
        auto db = Database::open(source);
        QVERIFY(db);
        QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE ghi_chu (id INTEGER PRIMARY KEY, text TEXT)")));
    }
    const QString target = m_dir.filePath(QStringLiteral("unknown-table-copy.sqlite"));
    const Run refused = copy(source, target);
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(QLatin1String("ghi_chu")), qPrintable(refused.err));
    auto copied = Database::open(target);
    QVERIFY(copied);
    QCOMPARE((*copied)->value(QStringLiteral("SELECT count(*) FROM users"))->toInt(), 0);
}

void tst_WorkspaceCopy::roundTripThroughPostgres()
{
    test::PostgresScratch scratch;
    if (!scratch.ok()) {
        QSKIP("TOASOAN_TEST_PG is not set: start the PostgreSQL test server (scripts/test-servers/postgres.sh)");
    }
    const QString source = m_dir.filePath(QStringLiteral("office.sqlite"));
    const QString back = m_dir.filePath(QStringLiteral("laptop.sqlite"));
    QVERIFY(richWorkspace(source));

    // Only an administrator of the source, with the password, makes the copy.
    const Run wrong = copy(source, scratch.location(), QStringLiteral("sai"));
    QCOMPARE(wrong.code, 1);

    const Run there = copy(source, scratch.location());
    QVERIFY2(there.code == 0, qPrintable(there.err));
    QVERIFY2(there.out.contains(QRegularExpression(QStringLiteral("\\barticles +12 +12\\b"))), qPrintable(there.out));
    const Run home = copy(scratch.location(), back);
    QVERIFY2(home.code == 0, qPrintable(home.err));
    QVERIFY2(home.out.contains(QRegularExpression(QStringLiteral("\\bmedia +1 +1\\b"))), qPrintable(home.out));

    auto a = Database::open(source);
    auto pg = Database::open(scratch.location());
    auto b = Database::open(back);
    QVERIFY(a && pg && b);
    for (const QString &table : workspacecopy::knownTables()) {
        const QStringList columns = sqliteColumns(**a, table);
        QVERIFY2(!columns.isEmpty(), qPrintable(table));
        const QStringList original = rowsOf(**a, table, columns);
        QVERIFY2(!original.isEmpty(), qPrintable(table + QStringLiteral(": the fixture has no row to copy")));
        // The server stamps each row it writes with its own version (migration 18); a file keeps 0.
        QStringList stamped = columns;
        stamped.removeAll(QStringLiteral("row_version"));
        QCOMPARE(rowsOf(**pg, table, stamped), rowsOf(**a, table, stamped));
        QCOMPARE(rowsOf(**b, table, columns), original);
    }

    // The same people log in with the same passwords.
    for (Database *db : {pg->get(), b->get()}) {
        auto admin = AuthService(*db).logIn(QStringLiteral("quantri"), kPassword);
        QVERIFY2(admin, qPrintable(admin ? QString() : admin.error().message));
        QCOMPARE(admin->role, Role::Admin);
        QVERIFY(!AuthService(*db).logIn(QStringLiteral("phongvien"), QStringLiteral("sai")));
    }

    // Search answers the same (the SQLite copy's FTS5 index was rebuilt from search_docs).
    for (const QString &words : {QStringLiteral("quan uy tan lap"), QStringLiteral("Đảng"), QStringLiteral("ra quân"),
                                 QStringLiteral("hoa phong"), QStringLiteral("ngân sách"), QStringLiteral("tuy")}) {
        const QList<qint64> expected = found(**a, words);
        QVERIFY2(!expected.isEmpty() && expected.constFirst() > 0, qPrintable(words));
        QCOMPARE(found(**b, words), expected);
        QList<qint64> onServer = found(**pg, words);
        QList<qint64> sorted = expected;
        std::sort(onServer.begin(), onServer.end());
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(onServer, sorted);
    }

    // New rows on the server get ids after the copied ones.
    auto tag = (*pg)->insert(QStringLiteral("INSERT INTO tags (name, slug) VALUES ('Mới', 'moi') RETURNING id"), {});
    QVERIFY2(tag, qPrintable(tag ? QString() : tag.error().detail));
    QCOMPARE(*tag, (*a)->value(QStringLiteral("SELECT max(id) FROM tags"))->toLongLong() + 1);

    // A database with data is refused, in both directions, and stays as it was.
    const QStringList before = rowsOf(**b, QStringLiteral("users"), sqliteColumns(**b, QStringLiteral("users")));
    const Run again = copy(source, back);
    QCOMPARE(again.code, 1);
    QVERIFY2(again.err.contains(QLatin1String("not empty")), qPrintable(again.err));
    QCOMPARE(rowsOf(**b, QStringLiteral("users"), sqliteColumns(**b, QStringLiteral("users"))), before);
    const Run toServer = copy(back, scratch.location());
    QCOMPARE(toServer.code, 1);
    QVERIFY2(toServer.err.contains(QLatin1String("not empty")), qPrintable(toServer.err));
}

void tst_WorkspaceCopy::aFailedCopyLeavesNothing_data()
{
    QTest::addColumn<bool>("toPostgres");
    QTest::newRow("to SQLite") << false;
    QTest::newRow("to PostgreSQL") << true;
}

void tst_WorkspaceCopy::aFailedCopyLeavesNothing()
{
    QFETCH(bool, toPostgres);
    test::PostgresScratch scratch;
    if (toPostgres && !scratch.ok()) {
        QSKIP("TOASOAN_TEST_PG is not set");
    }
    const QString source = m_dir.filePath(QStringLiteral("broken-%1.sqlite").arg(toPostgres));
    QVERIFY(richWorkspace(source));
    {
        // A comment whose article is gone (written with the checks off): the copy fails at the comments,
        // after users, articles and revisions went in.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(source);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys=OFF")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO comments (article_id, author_id, body, created_at) VALUES (999, 1, "
                                      "'mồ côi', 1)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const QString target = toPostgres ? scratch.location() : m_dir.filePath(QStringLiteral("broken-copy.sqlite"));
    const Run failed = copy(source, target);
    QCOMPARE(failed.code, 1);
    auto copied = Database::open(target);
    QVERIFY(copied);
    for (const QString &table : workspacecopy::knownTables()) {
        // What the migrations put in a new database stays: the change counter, the example royalty scheme.
        const int expected = table == QLatin1String("sync_state") || table == QLatin1String("royalty_scheme") ? 1
                             : table == QLatin1String("royalty_kinds")                                        ? 5
                                                                                                              : 0;
        QCOMPARE((*copied)->value(QStringLiteral("SELECT count(*) FROM ") + table)->toInt(), expected);
    }
}

QTEST_GUILESS_MAIN(tst_WorkspaceCopy)
#include "tst_workspace_copy.moc"
