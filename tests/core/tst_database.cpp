// The workspace database: creation, migrations, refusal of corrupt / foreign / newer files.
#include "app/storage/CommentRepository.h"
#include "app/storage/Database.h"
#include "app/storage/Migrations.h"
#include "app/storage/SqliteErrors.h"
#include "app/storage/SqliteHandle.h"
#include "tests/support/ReadOnlyAccess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace toasoan;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// Runs `statements` on `path` as another program would: a plain SQLite connection, rollback journal.
bool runPlain(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("plain-") + path;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &statement : statements) {
            QSqlQuery q(db);
            ok = ok && q.exec(statement);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Bytes 18 and 19 of an SQLite header: 1 for a rollback journal, 2 for WAL.
QByteArray journalBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(20).mid(18) : QByteArray();
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void createsLatestSchemaWithPragmas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/ws.sqlite"));
        auto db = Database::openSqlite(path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().detail));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        auto mode = (*db)->exec(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode && mode->next());
        QCOMPARE(mode->value(0).toString(), QStringLiteral("wal"));
        auto fk = (*db)->exec(QStringLiteral("PRAGMA foreign_keys"));
        QVERIFY(fk && fk->next());
        QCOMPARE(fk->value(0).toInt(), 1);
    }

    void migratesFromEachEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        QTest::newRow("nominal: from empty") << 0;
        for (const Migration &m : migrations()) {
            if (m.version < Database::latestSchemaVersion()) {
                QTest::addRow("nominal: from version %d", m.version) << m.version;
            }
        }
    }

    void migratesFromEachEarlierVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
        if (from > 0) {
            DatabaseOptions options;
            options.targetVersion = from;
            auto old = Database::openSqlite(path, options);
            QVERIFY(old.ok());
            QCOMPARE((*old)->schemaVersion(), from);
            // Data written at the old version survives the upgrade.
            auto inserted = (*old)->exec(QStringLiteral("INSERT INTO users (login, display_name, role, password_hash, "
                                                        "active, created_at) VALUES ('lan', 'Nguyễn Thị Lan', "
                                                        "'reporter', 'x', 1, 0)"));
            QVERIFY(inserted.ok());
        }
        auto db = Database::openSqlite(path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().detail));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        if (from > 0) {
            auto q = (*db)->exec(QStringLiteral("SELECT display_name FROM users WHERE login = 'lan'"));
            QVERIFY(q && q->next());
            QCOMPARE(q->value(0).toString(), QStringLiteral("Nguyễn Thị Lan"));
        }
        // Every table of the latest schema exists.
        for (const char *table : {"articles", "revisions", "recoveries", "comments", "events", "sites", "media"}) {
            auto q = (*db)->exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
            QVERIFY2(q.ok(), table);
        }
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("code");
        QTest::newRow("robustness: random bytes") << QByteArray(4096, '\x5a') << int(ErrorCode::Corrupt);
        QTest::newRow("robustness: text file")
            << QByteArray("Biên bản họp giao ban\nkhông phải cơ sở dữ liệu\n") << int(ErrorCode::Corrupt);
        QByteArray truncated("SQLite format 3\0", 16);
        truncated += QByteArray(84, '\0'); // a header and nothing else: a half-written copy
        truncated += QByteArray(500, '\x01');
        QTest::newRow("robustness: truncated sqlite header") << truncated << int(ErrorCode::Corrupt);
    }

    void refusesBadFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, code);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
        writeFile(path, content);
        const QByteArray before = fileHash(path);
        auto db = Database::openSqlite(path);
        QVERIFY(!db.ok());
        QCOMPARE(int(db.error().code), code);
        QVERIFY(!db.error().message.isEmpty());
        QCOMPARE(fileHash(path), before);
    }

    void refusesForeignSqliteDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            auto db = Database::openSqlite(path, DatabaseOptions{.targetVersion = 0, .onMigrationProgress = {}});
            QVERIFY(db.ok());
            QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")).ok());
        }
        const QByteArray before = fileHash(path);
        auto db = Database::openSqlite(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::Corrupt);
        QCOMPARE(fileHash(path), before);
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
        {
            auto db = Database::openSqlite(path);
            QVERIFY(db.ok());
            QVERIFY((*db)
                        ->exec(QStringLiteral("UPDATE schema_version SET version = ?"),
                               {Database::latestSchemaVersion() + 5})
                        .ok());
        }
        const QByteArray before = fileHash(path);
        auto db = Database::openSqlite(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::TooNew);
        QVERIFY(db.error().message.contains(QString::number(Database::latestSchemaVersion() + 5)));
        QCOMPARE(fileHash(path), before);
    }

    // The refusal comes from reading the file: opening it to write would switch it to WAL first.
    void refusesWithoutWriting_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<bool>("toaSoanFirst");
        QTest::addColumn<int>("code");
        QTest::newRow("robustness: another program's file, rollback journal")
            << QStringList{QStringLiteral("CREATE TABLE contacts (name TEXT)"),
                           QStringLiteral("INSERT INTO contacts VALUES ('Lan')")}
            << false << int(ErrorCode::Corrupt);
        QTest::newRow("robustness: a newer ToaSoan's file, rollback journal")
            << QStringList{QStringLiteral("PRAGMA journal_mode=DELETE"),
                           QStringLiteral("UPDATE schema_version SET version = %1")
                               .arg(Database::latestSchemaVersion() + 5)}
            << true << int(ErrorCode::TooNew);
        QTest::newRow("robustness: another program's application_id, even with a schema_version table")
            << QStringList{QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"),
                           QStringLiteral("INSERT INTO schema_version VALUES (1)"),
                           QStringLiteral("PRAGMA application_id = 305419896")}
            << false << int(ErrorCode::Corrupt);
    }

    void refusesWithoutWriting()
    {
        QFETCH(QStringList, statements);
        QFETCH(bool, toaSoanFirst);
        QFETCH(int, code);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
        if (toaSoanFirst) {
            QVERIFY(Database::openSqlite(path).ok());
        }
        QVERIFY(runPlain(path, statements));
        QCOMPARE(journalBytes(path), QByteArray("\x01\x01", 2));
        const QByteArray before = fileHash(path);
        auto db = Database::openSqlite(path);
        QVERIFY(!db.ok());
        QCOMPARE(int(db.error().code), code);
        QVERIFY(db.error().message.contains(QLatin1String("untouched")));
        QCOMPARE(journalBytes(path), QByteArray("\x01\x01", 2));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void marksItsFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
        auto applicationId = [&] {
            auto db = Database::openSqlite(path);
            auto q = db ? (*db)->exec(QStringLiteral("PRAGMA application_id")) : Result<QSqlQuery>(db.error());
            return q && q->next() ? q->value(0).toInt() : -1;
        };
        QCOMPARE(applicationId(), Database::kApplicationId);
        // A workspace made before the mark gets it.
        QVERIFY(runPlain(path, {QStringLiteral("PRAGMA application_id = 0")}));
        QCOMPARE(applicationId(), Database::kApplicationId);
    }

    void refusesFolder()
    {
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.path());
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::Io);
    }

    void transactionRollsBackOnError()
    {
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(QStringLiteral("ws.sqlite")));
        QVERIFY(db.ok());
        Database &d = **db;
        Result<void> r = d.transaction([&]() -> Result<void> {
            auto ins = d.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', '1')"));
            if (!ins) {
                return ins.error();
            }
            // Nested failure poisons the outer transaction.
            return d.transaction([&]() -> Result<void> { return makeError(ErrorCode::Invalid, QStringLiteral("x")); });
        });
        QVERIFY(!r.ok());
        auto q = d.exec(QStringLiteral("SELECT count(*) FROM settings"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 0);
    }

    void reusedStatementsBindFreshValuesAndRollBack()
    {
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(QStringLiteral("ws.sqlite")));
        QVERIFY(db.ok());
        Database &d = **db;
        const QString insert = QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)");
        for (int i = 0; i < 3; ++i) {
            auto r = d.exec(insert, {QStringLiteral("k%1").arg(i), QString::number(i * 10)});
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
            QCOMPARE(r->numRowsAffected(), 1);
        }
        // A failing reuse (duplicate key) reports the error and leaves the statement usable.
        auto dup = d.exec(insert, {QStringLiteral("k1"), QStringLiteral("x")});
        QVERIFY(!dup.ok());
        Result<void> rolledBack = d.transaction([&]() -> Result<void> {
            if (auto r = d.exec(insert, {QStringLiteral("k9"), QStringLiteral("90")}); !r) {
                return r.error();
            }
            return makeError(ErrorCode::Invalid, QStringLiteral("undo"));
        });
        QVERIFY(!rolledBack.ok());
        QVERIFY(d.exec(insert, {QStringLiteral("k3"), QStringLiteral("30")}).ok());
        auto q = d.exec(QStringLiteral("SELECT group_concat(key || '=' || value, ',') FROM (SELECT * FROM settings "
                                       "ORDER BY key)"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("k0=0,k1=10,k2=20,k3=30"));
    }

    void eachThreadGetsItsOwnConnection()
    {
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(QStringLiteral("ws.sqlite")));
        QVERIFY(db.ok());
        Database &d = **db;
        const QString mine = d.connection().connectionName();
        // Threads started one after the other often get the id of the one before: each must still get a
        // connection of its own (Qt refuses a connection made in another thread), and releasing it on the
        // way out leaves nothing behind.
        QStringList names;
        for (int i = 0; i < 3; ++i) {
            bool wrote = false;
            QString name;
            std::unique_ptr<QThread> thread(QThread::create([&, i] {
                name = d.connection().connectionName();
                wrote = d.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, 'v')"),
                               {QStringLiteral("t%1").arg(i)})
                            .ok();
                d.releaseThreadConnection();
            }));
            thread->start();
            QVERIFY(thread->wait(10000));
            QVERIFY(wrote);
            names.append(name);
            QVERIFY(!QSqlDatabase::contains(name));
        }
        QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), 3);
        QVERIFY(!names.contains(mine));
        auto q = d.exec(QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 't%'"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 3);
    }

    // A commit that lets the write-ahead log pass 1,000 pages does not copy it back itself: the
    // background thread does, and closing leaves one complete file.
    void checkpointsInTheBackground()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
        {
            auto db = Database::openSqlite(path);
            QVERIFY(db);
            QCOMPARE((*db)->backgroundCheckpoints(), 0);
            QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE filler (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")));
            const QString text(3000, QChar(0x1EA1)); // "ạ": 3 bytes in UTF-8, a 9 KB row
            auto done = (*db)->transaction([&]() -> Result<void> {
                for (int i = 0; i < 600; ++i) { // ~5.4 MB, over 1,300 pages
                    auto r = (*db)->exec(QStringLiteral("INSERT INTO filler (text) VALUES (?)"), {text});
                    if (!r) {
                        return r.error();
                    }
                }
                return {};
            });
            QVERIFY(done);
            QTRY_VERIFY_WITH_TIMEOUT((*db)->backgroundCheckpoints() >= 1, 20000);
            // Still readable and writable while and after it ran.
            auto count = (*db)->value(QStringLiteral("SELECT count(*) FROM filler"));
            QVERIFY(count);
            QCOMPARE(count->toInt(), 600);
        }
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        auto again = Database::openSqlite(path);
        QVERIFY(again);
        auto check = (*again)->value(QStringLiteral("PRAGMA integrity_check"));
        QVERIFY(check);
        QCOMPARE(check->toString(), QStringLiteral("ok"));
        QCOMPARE((*again)->value(QStringLiteral("SELECT count(*) FROM filler"))->toInt(), 600);
    }

    // Bulk writes hand Qt's connection to the linked libsqlite3: a different library behind Qt's
    // driver is refused with a message instead of corrupting the file.
    void readOnlyFileOpensForReading_data()
    {
        QTest::addColumn<bool>("folderReadOnly");
        QTest::newRow("robustness: read-only folder (no -shm can be made)") << true;
        QTest::newRow("robustness: read-only file in a writable folder") << false;
    }

    // A healthy workspace that cannot be written is no damaged one: it opens for reading, and a
    // write says the file is read-only.
    void readOnlyFileOpensForReading()
    {
        QFETCH(bool, folderReadOnly);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("share"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/ws.sqlite");
        {
            auto db = Database::openSqlite(path);
            QVERIFY(db);
            QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE probe (t TEXT NOT NULL)")));
            QVERIFY((*db)->exec(QStringLiteral("INSERT INTO probe (t) VALUES (?)"), {QStringLiteral("Tin Hà Nội")}));
        }
        QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
        const QByteArray before = fileHash(path);
        QVERIFY(QFile::setPermissions(dir.path(), test::kReadOnlyFolder));
        QVERIFY(QFile::setPermissions(path, test::kReadOnlyFile));
        QVERIFY(QFile::setPermissions(folder, folderReadOnly ? test::kReadOnlyFolder : test::kOpenFolder));
        {
            test::AsOrdinaryUser user;
            auto db = Database::openSqlite(path);
            QVERIFY2(db, qPrintable(db ? QString() : db.error().message + QStringLiteral(" / ") + db.error().detail));
            QVERIFY(sqliteerrors::openedReadOnly(**db));
            QCOMPARE((*db)->value(QStringLiteral("SELECT t FROM probe"))->toString(), QStringLiteral("Tin Hà Nội"));
            auto write = (*db)->exec(QStringLiteral("INSERT INTO probe (t) VALUES ('x')"));
            QVERIFY(!write);
            QVERIFY2(write.error().message.contains(QStringLiteral("read-only")), qPrintable(write.error().message));
            QVERIFY(!write.error().message.contains(QStringLiteral("damaged")));
            QCOMPARE(write.error().code, ErrorCode::Io);
            auto transaction = (*db)->transaction(
                [&]() -> Result<void> { return (*db)->exec(QStringLiteral("DELETE FROM probe")).discard(); });
            QVERIFY(!transaction);
            QVERIFY(transaction.error().message.contains(QStringLiteral("read-only")));
        }
        QVERIFY(QFile::setPermissions(folder, test::kOpenFolder));
        QVERIFY(QFile::setPermissions(dir.path(), test::kOpenFolder));
        QCOMPARE(fileHash(path), before);
    }

    // SQLITE_FULL, simulated with PRAGMA max_page_count (the file may not grow): the message names
    // the full disk instead of a generic failure.
    void fullDiskIsReportedAsSuch()
    {
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(QStringLiteral("ws.sqlite")));
        QVERIFY(db);
        QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE probe (t TEXT NOT NULL)")));
        const qint64 pages = (*db)->value(QStringLiteral("PRAGMA page_count"))->toLongLong();
        QVERIFY((*db)->exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        auto write =
            (*db)->exec(QStringLiteral("INSERT INTO probe (t) VALUES (?)"), {QString(200000, QLatin1Char('x'))});
        QVERIFY(!write);
        QVERIFY2(write.error().message.contains(QStringLiteral("is full")), qPrintable(write.error().message));
        QVERIFY(write.error().detail.contains(QStringLiteral("INSERT INTO probe")));
    }

    void checksQtUsesTheLinkedSqlite()
    {
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(QStringLiteral("ws.sqlite")));
        QVERIFY(db);
        const QString driverId = (*db)->value(QStringLiteral("SELECT sqlite_source_id()"))->toString();
        QVERIFY(checkSameSqlite(driverId));
        const auto other = checkSameSqlite(QStringLiteral("2011-11-01 00:52:41 other-build"));
        QVERIFY(!other);
        QCOMPARE(other.error().code, ErrorCode::Storage);
        QVERIFY(other.error().detail.contains(QStringLiteral("other-build")));
        QVERIFY(!other.error().message.isEmpty());
    }
    // Migration 18 on a file: comments get a uuid (those written before too), and the working copy's own
    // tables are there; a working copy starts before any version (-1: the first pull takes every row).
    void commentsGetUuidsAndTheWorkingCopyTablesExist()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
        {
            auto old = Database::openSqlite(path, DatabaseOptions{.targetVersion = 17, .onMigrationProgress = {}});
            QVERIFY(old);
            for (const char *sql :
                 {"INSERT INTO users (login, display_name, role, password_hash, created_at) VALUES ('lan', 'Lan', "
                  "'reporter', 'x', 0)",
                  "INSERT INTO articles (uuid, title, slug, sapo, body, author_id, byline, source, dateline, "
                  "featured_caption, notes, state, version, created_at, updated_at) VALUES ('u1', 't', 't', '', '', 1, "
                  "'', '', '', '', '', 'draft', 1, 0, 0)",
                  "INSERT INTO comments (article_id, author_id, body, created_at) VALUES (1, 1, 'một', 0)",
                  "INSERT INTO comments (article_id, author_id, body, created_at) VALUES (1, 1, 'hai', 0)"}) {
                QVERIFY((*old)->exec(QLatin1String(sql)));
            }
        }
        auto db = Database::openSqlite(path);
        QVERIFY(db);
        Comment added;
        added.articleId = 1;
        added.authorId = 1;
        added.body = QStringLiteral("ba");
        added.createdAt = QDateTime::fromMSecsSinceEpoch(0);
        QVERIFY(CommentRepository(**db).add(added));
        auto uuids = (*db)->exec(QStringLiteral("SELECT uuid FROM comments"));
        QVERIFY(uuids);
        QSet<QString> seen;
        while (uuids->next()) {
            const QUuid uuid = QUuid::fromString(uuids->value(0).toString());
            QVERIFY2(!uuid.isNull() && uuid.variant() == QUuid::DCE, qPrintable(uuids->value(0).toString()));
            QCOMPARE(uuid.toString(QUuid::WithoutBraces), uuids->value(0).toString());
            seen.insert(uuids->value(0).toString());
        }
        QCOMPARE(seen.size(), 3);
        QVERIFY((*db)->exec(QStringLiteral("INSERT INTO sync_meta (server) VALUES ('pg')")));
        QCOMPARE((*db)->value(QStringLiteral("SELECT last_version FROM sync_meta"))->toLongLong(), -1);
        QVERIFY((*db)->exec(QStringLiteral("INSERT INTO pending_ops (op_id, kind, payload, created_ms) VALUES "
                                           "('op-1', 'edit', '{}', 0)")));
        QVERIFY(!(*db)->exec(QStringLiteral("INSERT INTO pending_ops (op_id, kind, payload, created_ms) VALUES "
                                            "('op-1', 'edit', '{}', 0)")));
        for (const char *table : {"article_bases", "server_ids", "local_opens"}) {
            QVERIFY2((*db)->exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)), table);
        }
        QCOMPARE((*db)->value(QStringLiteral("SELECT row_version FROM articles"))->toLongLong(), 0);
        // The server's own tables are not in a file.
        QVERIFY(!(*db)->exec(QStringLiteral("SELECT count(*) FROM tombstones")));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
