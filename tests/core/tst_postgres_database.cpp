// The shared PostgreSQL database (issue 13): reading a location, connecting with the password from
// wherever libpq finds it, the diagnoses of a failed connection, and the refusals at connect (not
// UTF-8, ctype C, another program's tables, a newer schema). Needs the test server for all but the
// parsing (scripts/test-servers/postgres.sh start; eval "$(scripts/test-servers/postgres.sh env)").
#include "app/storage/Database.h"
#include "app/storage/Migrations.h"
#include "tests/support/PostgresScratch.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>
#include <thread>

using namespace toasoan;
using toasoan::test::PostgresScratch;

namespace {

// The scratch database's location with the password left out (libpq must find it elsewhere).
QString withoutPassword(const PostgresScratch &scratch)
{
    const PostgresLocation l = parsePostgresLocation(scratch.location()).value();
    return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4").arg(l.host).arg(l.port).arg(l.database, l.user);
}

QString serverPassword()
{
    return parsePostgresLocation(PostgresScratch::serverLocation()).value().password;
}

// Sets an environment variable for the scope, restoring the old value after.
class EnvGuard
{
public:
    EnvGuard(const char *name, const QByteArray &value) : m_name(name), m_had(qEnvironmentVariableIsSet(name))
    {
        m_old = qgetenv(name);
        if (value.isNull()) {
            qunsetenv(name);
        } else {
            qputenv(name, value);
        }
    }
    ~EnvGuard()
    {
        if (m_had) {
            qputenv(m_name, m_old);
        } else {
            qunsetenv(m_name);
        }
    }

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

} // namespace

class TestPostgresDatabase : public QObject
{
    Q_OBJECT

private slots:
    void readsLocations_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("options");
        QTest::newRow("nominal: URI with TLS")
            << "postgresql://toasoan@db.toasoan.lan:5433/toasoan?sslmode=verify-full&sslrootcert=/etc/ssl/office.crt"
            << "db.toasoan.lan" << 5433 << "toasoan"
            << "toasoan"
            << ""
            << "sslmode=verify-full;sslrootcert=/etc/ssl/office.crt";
        QTest::newRow("nominal: postgres:// with an encoded password")
            << "postgres://bien%20tap:m%40t%3Akhau@10.0.0.5/tin_tuc"
            << "10.0.0.5" << -1 << "tin_tuc"
            << "bien tap"
            << "m@t:khau"
            << "";
        QTest::newRow("nominal: conninfo with a quoted value")
            << "host=127.0.0.1 port=5432 dbname=toasoan user=toasoan sslrootcert='/home/a b/ca.crt' "
               "connect_timeout=5"
            << "127.0.0.1" << 5432 << "toasoan"
            << "toasoan"
            << ""
            << "sslrootcert='/home/a b/ca.crt';connect_timeout=5";
        QTest::newRow("nominal: socket folder in the query") << "postgresql:///toasoan?host=/var/run/postgresql"
                                                             << "/var/run/postgresql" << -1 << "toasoan"
                                                             << ""
                                                             << ""
                                                             << "";
    }
    void readsLocations()
    {
        QFETCH(QString, location);
        QVERIFY(isPostgresLocation(location));
        const auto parsed = parsePostgresLocation(location);
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().detail));
        QTEST(parsed->host, "host");
        QTEST(parsed->port, "port");
        QTEST(parsed->database, "database");
        QTEST(parsed->user, "user");
        QTEST(parsed->password, "password");
        QTEST(parsed->connectOptions(), "options");
        QVERIFY(!parsed->display().contains(QLatin1String("khau")));
    }

    void filePathsStaySqlite_data()
    {
        QTest::addColumn<QString>("location");
        QTest::newRow("nominal: plain file") << "toasoan.sqlite";
        QTest::newRow("robustness: '=' in a file name") << "/tmp/ban=tin.sqlite";
        QTest::newRow("robustness: Windows path") << "C:\\Users\\An\\toasoan.sqlite";
        QTest::newRow("robustness: another scheme") << "mysql://host/db";
    }
    void filePathsStaySqlite()
    {
        QFETCH(QString, location);
        QVERIFY(!isPostgresLocation(location));
    }

    void refusesBadLocations_data()
    {
        QTest::addColumn<QString>("location");
        QTest::newRow("robustness: unknown keyword") << "host=a dbnmae=toasoan";
        QTest::newRow("robustness: unterminated quote") << "host=a dbname='toasoan";
        QTest::newRow("robustness: bad port") << "postgresql://a:99999/toasoan";
    }
    void refusesBadLocations()
    {
        QFETCH(QString, location);
        const auto parsed = parsePostgresLocation(location);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::Invalid);
    }

    void createsTheSchemaInAnEmptyDatabase()
    {
        TOASOAN_REQUIRE_TEST_PG();
        PostgresScratch scratch;
        QVERIFY(scratch.ok());
        {
            auto db = Database::open(scratch.location());
            QVERIFY2(db, db ? "" : qPrintable(db.error().detail));
            QVERIFY((*db)->isShared());
            QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
            QVERIFY(!(*db)->displayName().contains(serverPassword()));
        }
        auto again = Database::open(scratch.location());
        QVERIFY(again);
        QCOMPARE((*again)->schemaVersion(), Database::latestSchemaVersion());
    }

    // Every migration runs on PostgreSQL, one at a time as successive versions would meet them.
    void migratesStepByStep()
    {
        TOASOAN_REQUIRE_TEST_PG();
        PostgresScratch scratch;
        QVERIFY(scratch.ok());
        for (const Migration &m : migrations()) {
            auto db = Database::open(scratch.location(),
                                     DatabaseOptions{.targetVersion = m.version, .onMigrationProgress = {}});
            QVERIFY2(db, db ? "" : qPrintable(QStringLiteral("%1: %2").arg(m.version).arg(db.error().detail)));
            QCOMPARE((*db)->schemaVersion(), m.version);
        }
    }

    void passwordFromTheEnvironmentOrPgpass()
    {
        TOASOAN_REQUIRE_TEST_PG();
        PostgresScratch scratch;
        QVERIFY(scratch.ok());
        const QString location = withoutPassword(scratch);
        QTemporaryDir home;
        const EnvGuard noFile("PGPASSFILE", home.filePath(QStringLiteral("none")).toLocal8Bit());
        {
            const EnvGuard none("PGPASSWORD", QByteArray());
            auto db = Database::open(location);
            QVERIFY(!db);
            QCOMPARE(db.error().code, ErrorCode::Auth);
        }
        {
            const EnvGuard env("PGPASSWORD", serverPassword().toUtf8());
            auto db = Database::open(location);
            QVERIFY2(db, db ? "" : qPrintable(db.error().detail));
        }
        {
            const EnvGuard none("PGPASSWORD", QByteArray());
            const QString pgpass = home.filePath(QStringLiteral("pgpass"));
            QFile file(pgpass);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral("*:*:%1:*:%2\n").arg(scratch.name(), serverPassword()).toUtf8());
            file.close();
            QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
            const EnvGuard passfile("PGPASSFILE", pgpass.toLocal8Bit());
            auto db = Database::open(location);
            QVERIFY2(db, db ? "" : qPrintable(db.error().detail));
        }
    }

    void diagnosesConnectionFailures_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("robustness: wrong password") << "password=wrong" << ErrorCode::Auth << "password";
        QTest::newRow("robustness: unknown user") << "user=nobody_here" << ErrorCode::Auth << "password";
        QTest::newRow("robustness: nothing listens") << "port=1" << ErrorCode::Network << "cannot be reached";
        QTest::newRow("robustness: TLS required, server has none") << "sslmode=require" << ErrorCode::Network << "TLS";
        QTest::newRow("robustness: no such database")
            << "dbname=toasoan_absent" << ErrorCode::NotFound << "no database";
    }
    void diagnosesConnectionFailures()
    {
        TOASOAN_REQUIRE_TEST_PG();
        QFETCH(QString, change);
        QFETCH(ErrorCode, code);
        QFETCH(QString, says);
        // libpq keeps the last value of a keyword given twice.
        auto db = Database::open(PostgresScratch::serverLocation() + QLatin1Char(' ') + change);
        QVERIFY(!db);
        QCOMPARE(db.error().code, code);
        QVERIFY2(db.error().message.contains(says), qPrintable(db.error().message));
        QVERIFY(!db.error().message.contains(serverPassword()));
    }

    void refusesDatabasesThatCannotHoldVietnamese_data()
    {
        QTest::addColumn<QString>("createOptions");
        QTest::addColumn<QString>("detail");
        QTest::newRow("robustness: ctype C") << "ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0"
                                             << "LC_CTYPE C";
        QTest::newRow("robustness: not UTF-8") << "ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0"
                                               << "server encoding SQL_ASCII";
    }
    void refusesDatabasesThatCannotHoldVietnamese()
    {
        TOASOAN_REQUIRE_TEST_PG();
        QFETCH(QString, createOptions);
        QFETCH(QString, detail);
        PostgresScratch scratch(createOptions);
        QVERIFY(scratch.ok());
        auto db = Database::open(scratch.location());
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::Invalid);
        QCOMPARE(db.error().detail, detail);
        QVERIFY(db.error().message.contains(QLatin1String("C.UTF-8")) ||
                db.error().message.contains(QLatin1String("UTF8")));
    }

    void refusesAnotherProgramsDatabase()
    {
        TOASOAN_REQUIRE_TEST_PG();
        PostgresScratch scratch;
        QVERIFY(scratch.ok());
        QVERIFY(scratch.execIn(QStringLiteral("CREATE TABLE invoices (id integer)")));
        auto db = Database::open(scratch.location());
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::Corrupt);
        // Left untouched: no schema of ours was added.
        QVERIFY(!scratch.execIn(QStringLiteral("SELECT version FROM schema_version")));
    }

    void refusesANewerSchema()
    {
        TOASOAN_REQUIRE_TEST_PG();
        PostgresScratch scratch;
        QVERIFY(scratch.ok());
        QVERIFY(Database::open(scratch.location()));
        const int newer = Database::latestSchemaVersion() + 1;
        QVERIFY(scratch.execIn(QStringLiteral("UPDATE schema_version SET version = %1").arg(newer)));
        auto db = Database::open(scratch.location());
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::TooNew);
        QVERIFY(db.error().message.contains(QString::number(newer)));
    }

    // The server ends the session (restart, network cut): the next write says so plainly (it is not
    // repeated: it might have been done), and the request after it finds a new connection. A read is
    // simply run again on a new connection (tst_postgres_reconnect kills a server of its own).
    void lostConnectionIsSaid()
    {
        TOASOAN_REQUIRE_TEST_PG();
        PostgresScratch scratch;
        QVERIFY(scratch.ok());
        auto opened = Database::open(scratch.location());
        QVERIFY(opened);
        Database &db = **opened;
        auto endSessions = [&scratch] {
            return scratch.execIn(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                                 "datname = current_database() AND pid <> pg_backend_pid()"));
        };
        for (const QString &sql : {QStringLiteral("UPDATE users SET login = login"),
                                   QStringLiteral("UPDATE users SET login = login WHERE id = ?")}) {
            QVERIFY(endSessions());
            auto q = sql.contains(QLatin1Char('?')) ? db.exec(sql, {1}) : db.exec(sql);
            QVERIFY(!q);
            QCOMPARE(q.error().code, ErrorCode::Network);
            QVERIFY2(q.error().message.contains(QLatin1String("lost")), qPrintable(q.error().message));
            QVERIFY(!db.isOnline());
            QVERIFY(db.exec(QStringLiteral("SELECT count(*) FROM users")));
            QVERIFY(db.isOnline());
        }
        QVERIFY(endSessions());
        QVERIFY(db.exec(QStringLiteral("SELECT count(*) FROM users WHERE id = ?"), {1}));
    }

    // The change counter the offline copies will pull by (issue 14): one step per writing transaction,
    // however many statements it runs; none for reads or for a transaction rolled back.
    void countsEachWritingTransactionOnce()
    {
        TOASOAN_REQUIRE_TEST_PG();
        PostgresScratch scratch;
        QVERIFY(scratch.ok());
        auto opened = Database::open(scratch.location());
        QVERIFY(opened);
        Database &db = **opened;
        auto counter = [&db] { return db.value(QStringLiteral("SELECT version FROM sync_state"))->toLongLong(); };
        const qint64 start = counter();

        QVERIFY(db.transaction([&]() -> Result<void> {
            TOASOAN_CHECK(db.exec(QStringLiteral("INSERT INTO tags (name, slug) VALUES (?, ?)"),
                                  {QStringLiteral("Giao thông"), QStringLiteral("giao-thong")}));
            TOASOAN_CHECK(db.exec(QStringLiteral("INSERT INTO tags (name, slug) VALUES (?, ?)"),
                                  {QStringLiteral("Đô thị"), QStringLiteral("do-thi")}));
            return db
                .exec(QStringLiteral("UPDATE tags SET slug = ? WHERE name = ?"),
                      {QStringLiteral("do-thi-1"), QStringLiteral("Đô thị")})
                .discard();
        }));
        QCOMPARE(counter(), start + 1);

        QVERIFY(db.exec(QStringLiteral("SELECT count(*) FROM tags")));
        QCOMPARE(counter(), start + 1);

        QVERIFY(!db.transaction([&]() -> Result<void> {
            TOASOAN_CHECK(db.exec(QStringLiteral("DELETE FROM tags")));
            return makeError(ErrorCode::Invalid, QStringLiteral("changed my mind"));
        }));
        QCOMPARE(counter(), start + 1);

        QVERIFY(db.exec(QStringLiteral("DELETE FROM tags WHERE slug = ?"), {QStringLiteral("giao-thong")}));
        QCOMPARE(counter(), start + 2);
    }

    // Migration 17: long texts are compressed with lz4, not pglz (a third of a bulk import's server time),
    // where the server has lz4 (Debian's has).
    void compressesLongTextsWithLz4()
    {
        TOASOAN_REQUIRE_TEST_PG();
        PostgresScratch scratch;
        QVERIFY(scratch.ok());
        auto opened = Database::open(scratch.location());
        QVERIFY(opened);
        Database &db = **opened;
        if (!db.value(QStringLiteral("SELECT 'lz4' = ANY (enumvals) FROM pg_settings WHERE name = "
                                     "'default_toast_compression'"))
                 ->toBool()) {
            QSKIP("this PostgreSQL server was built without lz4");
        }
        for (const char *column : {"articles.body", "revisions.snapshot", "recoveries.snapshot", "search_docs.body",
                                   "search_vectors.fold", "search_vectors.exact"}) {
            const QStringList parts = QString::fromLatin1(column).split(QLatin1Char('.'));
            auto method = db.value(QStringLiteral("SELECT attcompression FROM pg_attribute WHERE attrelid = "
                                                  "?::regclass AND attname = ?"),
                                   {parts.at(0), parts.at(1)});
            QVERIFY(method);
            QCOMPARE(method->toString(), QStringLiteral("l"));
        }
        QVERIFY(db.exec(QStringLiteral("INSERT INTO users (login, display_name, role, password_hash, created_at) "
                                       "VALUES ('lan', 'Lan', 'reporter', 'x', 0)")));
        QVERIFY(
            db.exec(QStringLiteral("INSERT INTO articles (uuid, title, slug, sapo, body, author_id, byline, source, "
                                   "dateline, featured_caption, notes, state, version, created_at, updated_at) "
                                   "VALUES ('u1', 't', 't', '', ?, 1, '', '', '', '', '', 'draft', 1, 0, 0)"),
                    {QStringLiteral("Tin tức huyện nhà. ").repeated(400)}));
        QCOMPARE(db.value(QStringLiteral("SELECT pg_column_compression(body) FROM articles"))->toString(),
                 QStringLiteral("lz4"));
    }

    // Migration 18: every row a transaction writes carries that transaction's version, however often it
    // writes it; a row it does not touch keeps its own; a deleted row leaves a tombstone with its key.
    void stampsRowsAndLeavesTombstones()
    {
        TOASOAN_REQUIRE_TEST_PG();
        PostgresScratch scratch;
        QVERIFY(scratch.ok());
        auto opened = Database::open(scratch.location());
        QVERIFY(opened);
        Database &db = **opened;
        auto counter = [&db] { return db.value(QStringLiteral("SELECT version FROM sync_state"))->toLongLong(); };
        auto versionOf = [&db](const QString &tag) {
            return db.value(QStringLiteral("SELECT row_version FROM tags WHERE name = ?"), {tag})->toLongLong();
        };
        QVERIFY(db.exec(QStringLiteral("INSERT INTO tags (name, slug) VALUES ('Cũ', 'cu')")));
        const qint64 first = counter();
        QCOMPARE(versionOf(QStringLiteral("Cũ")), first);

        QVERIFY(db.transaction([&]() -> Result<void> {
            TOASOAN_CHECK(db.exec(QStringLiteral("INSERT INTO tags (name, slug) VALUES ('Đô thị', 'do-thi')")));
            TOASOAN_CHECK(db.exec(QStringLiteral("INSERT INTO users (login, display_name, role, password_hash, "
                                                 "created_at) VALUES ('lan', 'Lan', 'reporter', 'x', 0)")));
            TOASOAN_CHECK(db.exec(QStringLiteral("UPDATE tags SET slug = 'do-thi-1' WHERE name = 'Đô thị'")));
            TOASOAN_CHECK(db.exec(QStringLiteral("UPDATE tags SET slug = 'do-thi-2' WHERE name = 'Đô thị'")));
            return db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a/b', '1')")).discard();
        }));
        const qint64 second = counter();
        QCOMPARE(second, first + 1);
        QCOMPARE(versionOf(QStringLiteral("Đô thị")), second);
        QCOMPARE(db.value(QStringLiteral("SELECT row_version FROM users WHERE login = 'lan'"))->toLongLong(), second);
        QCOMPARE(db.value(QStringLiteral("SELECT row_version FROM settings WHERE key = 'a/b'"))->toLongLong(), second);
        QCOMPARE(versionOf(QStringLiteral("Cũ")), first);

        // Deleted rows: a tombstone each, with the id, the uuid of an article, the key of a table without id.
        QVERIFY(db.exec(QStringLiteral(
            "INSERT INTO articles (uuid, title, slug, sapo, body, author_id, byline, source, dateline, "
            "featured_caption, notes, state, version, created_at, updated_at) VALUES ('u-1', 't', 't', "
            "'', '', (SELECT id FROM users WHERE login = 'lan'), '', '', '', '', '', 'draft', 1, 0, 0)")));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO article_tags (article_id, tag_id, position) SELECT a.id, t.id, 0 "
                                       "FROM articles a, tags t WHERE t.name = 'Cũ'")));
        const qint64 articleId = db.value(QStringLiteral("SELECT id FROM articles"))->toLongLong();
        const qint64 tagId = db.value(QStringLiteral("SELECT id FROM tags WHERE name = 'Cũ'"))->toLongLong();
        QVERIFY(db.transaction([&]() -> Result<void> {
            TOASOAN_CHECK(db.exec(QStringLiteral("DELETE FROM articles"))); // article_tags go by cascade
            return db.exec(QStringLiteral("DELETE FROM settings")).discard();
        }));
        const qint64 third = counter();
        auto stones = db.exec(QStringLiteral("SELECT table_name, row_key::text, row_version FROM tombstones ORDER BY "
                                             "table_name"));
        QVERIFY(stones);
        QStringList found;
        while (stones->next()) {
            QCOMPARE(stones->value(2).toLongLong(), third);
            found << stones->value(0).toString() + QLatin1Char(' ') + stones->value(1).toString();
        }
        QCOMPARE(found,
                 (QStringList{
                     QStringLiteral("article_tags {\"tag_id\": %1, \"article_id\": %2}").arg(tagId).arg(articleId),
                     QStringLiteral("articles {\"id\": %1, \"uuid\": \"u-1\"}").arg(articleId),
                     QStringLiteral("settings {\"key\": \"a/b\"}"),
                 }));

        QVERIFY(db.exec(QStringLiteral("DELETE FROM tags WHERE name = 'Cũ'")));
        QCOMPARE(counter(), third + 1);
    }

    // The key property of the pull (issue 14): "everything with row_version > N" never skips a row, even
    // when a transaction that started writing later tries to commit first. A second writer waits on the
    // counter row until the first commits, so versions are handed out in commit order. Three connections:
    // writers A (here) and B (a thread), and a puller reading in one REPEATABLE READ snapshot.
    void aPullNeverSkipsARowCommittedOutOfOrder()
    {
        TOASOAN_REQUIRE_TEST_PG();
        PostgresScratch scratch;
        QVERIFY(scratch.ok());
        auto a = Database::open(scratch.location());
        auto b = Database::open(scratch.location());
        auto puller = Database::open(scratch.location());
        QVERIFY(a && b && puller);
        qint64 last = -1;
        QSet<QString> pulled;
        auto pull = [&]() -> Result<void> {
            return (*puller)->transaction([&]() -> Result<void> {
                TOASOAN_CHECK(
                    (*puller)->exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")));
                TOASOAN_TRY(version, (*puller)->value(QStringLiteral("SELECT version FROM sync_state")));
                TOASOAN_TRY(rows,
                            (*puller)->exec(QStringLiteral("SELECT name, row_version FROM tags WHERE row_version > ?"),
                                            {last}));
                while (rows->next()) {
                    if (rows->value(1).toLongLong() > version->toLongLong()) {
                        return makeError(ErrorCode::Invalid, QStringLiteral("a row newer than the counter"));
                    }
                    pulled.insert(rows->value(0).toString());
                }
                last = version->toLongLong();
                return {};
            });
        };
        QVERIFY(pull());

        std::atomic<bool> bDone = false;
        std::thread writerB;
        auto waitingOnALock = [&]() {
            return (*puller)
                       ->value(
                           QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                          "AND wait_event_type = 'Lock'"))
                       ->toInt() > 0;
        };
        const bool committed = bool((*a)->transaction([&]() -> Result<void> {
            TOASOAN_CHECK((*a)->exec(QStringLiteral("INSERT INTO tags (name, slug) VALUES ('A', 'a')")));
            // B writes and commits while A is still open.
            writerB = std::thread([&] {
                auto done = (*b)->exec(QStringLiteral("INSERT INTO tags (name, slug) VALUES ('B', 'b')"));
                if (!done) {
                    qWarning("B: %s", qPrintable(done.error().detail));
                }
                (*b)->releaseThreadConnection();
                bDone = true;
            });
            QElapsedTimer waited;
            waited.start();
            while (!bDone && !waitingOnALock() && waited.elapsed() < 5000) {
                QThread::msleep(20);
            }
            // A pull now: B cannot have committed ahead of A, so whatever this pull takes, A's row comes later.
            TOASOAN_CHECK(pull());
            return {};
        }));
        writerB.join();
        QVERIFY(committed);
        QVERIFY(bDone);
        QVERIFY(pull());
        QCOMPARE(pulled, (QSet<QString>{QStringLiteral("A"), QStringLiteral("B")}));
        QVERIFY(a->get()->value(QStringLiteral("SELECT row_version FROM tags WHERE name = 'A'"))->toLongLong() <
                a->get()->value(QStringLiteral("SELECT row_version FROM tags WHERE name = 'B'"))->toLongLong());
    }
};

QTEST_GUILESS_MAIN(TestPostgresDatabase)
#include "tst_postgres_database.moc"
