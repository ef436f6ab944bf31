// The offline working copy's pull (app/sync, issue 14) against the PostgreSQL test server: a first pull
// copies the server, later ones bring changes and deletions, a pull cut off half-way (tests/support/CutProxy)
// leaves the copy at its old version and the next one completes it, a pull with nothing new changes
// nothing; and `toasoan sync` / `toasoan status` on the command line.
#include "app/storage/Database.h"
#include "app/storage/UserRepository.h"
#include "app/sync/SyncEngine.h"
#include "tests/support/CliProcess.h"
#include "tests/support/CutProxy.h"
#include "tests/support/PostgresScratch.h"
#include "tests/sync/SyncTestSupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace toasoan;
using toasoan::test::CutProxy;
using toasoan::test::PostgresScratch;

namespace {

const QString kPassword = test::kSyncPassword;
using test::copiesUnder;

// Every row of `table`, every column but the server's own version stamp, in key order.
QStringList rowsOf(Database &db, const QString &table)
{
    auto columns = db.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" LIMIT 0"));
    if (!columns) {
        return {QStringLiteral("error: ") + columns.error().detail};
    }
    QStringList names;
    const QSqlRecord record = columns->record();
    for (int i = 0; i < record.count(); ++i) {
        if (record.fieldName(i) != QLatin1String("row_version")) {
            names.append(record.fieldName(i));
        }
    }
    names.sort();
    auto query =
        db.exec(QStringLiteral("SELECT ") + names.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") + table);
    QStringList rows;
    while (query && query->next()) {
        QStringList values;
        for (int i = 0; i < names.size(); ++i) {
            const QVariant v = query->value(i);
            values.append(query->isNull(i)                      ? QStringLiteral("NULL")
                          : v.typeId() == QMetaType::QByteArray ? QString::fromLatin1(v.toByteArray().toHex())
                                                                : v.toString());
        }
        rows.append(values.join(QLatin1Char('|')));
    }
    rows.sort();
    return rows;
}

bool sameAsServer(Database &server, Database &copy)
{
    bool same = true;
    for (const QString &table : sync::pulledTables()) {
        const QStringList want = rowsOf(server, table);
        const QStringList got = rowsOf(copy, table);
        if (want != got) {
            qWarning("%s differs:\n server %s\n copy   %s", qPrintable(table), qPrintable(want.join(u'\n')),
                     qPrintable(got.join(u'\n')));
            same = false;
        }
    }
    return same;
}

bool run(Database &db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        if (auto r = db.exec(sql); !r) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(r.error().detail));
            return false;
        }
    }
    return true;
}

QString articleSql(const char *uuid, const char *title, const char *state, const char *category)
{
    return QStringLiteral(
               "INSERT INTO articles (uuid, title, slug, sapo, body, category_id, author_id, byline, source, "
               "dateline, featured_caption, notes, state, version, created_at, updated_at) VALUES ('%1', "
               "'%2', 's', 'Sa pô', '<p>Thân bài %2</p>', %4, 1, 'Lan', '', '', '', '', '%3', 1, 0, 0)")
        .arg(QLatin1String(uuid), QString::fromUtf8(title), QLatin1String(state), QLatin1String(category));
}

// A small newsroom on the server: people, a category tree whose parent comes after its child, tags,
// articles with tags, revisions, comments (one a reply), settings and the dictionary.
bool fillServer(Database &db)
{
    UserRepository users(db);
    if (!users.create(QStringLiteral("lan"), QStringLiteral("Nguyễn Thị Lan"), Role::Reporter, kPassword) ||
        !users.create(QStringLiteral("bientap"), QStringLiteral("Trần Văn Biên"), Role::Editor, kPassword)) {
        return false;
    }
    return run(db, {
                       QStringLiteral("INSERT INTO categories (name, slug) VALUES ('Xã hội', 'xa-hoi')"),
                       QStringLiteral("INSERT INTO categories (name, slug) VALUES ('Thời sự', 'thoi-su')"),
                       QStringLiteral("UPDATE categories SET parent_id = 2 WHERE id = 1"),
                       QStringLiteral("INSERT INTO tags (name, slug) VALUES ('Giao thông', 'giao-thong')"),
                       QStringLiteral("INSERT INTO tags (name, slug) VALUES ('Đô thị', 'do-thi')"),
                       articleSql("a-1", "Đường mới ở Tân Lập", "draft", "1"),
                       articleSql("a-2", "Chợ phiên", "submitted", "NULL"),
                       articleSql("a-3", "Mùa gặt", "approved", "2"),
                       QStringLiteral("INSERT INTO article_tags (article_id, tag_id, position) VALUES (1, 1, 0), "
                                      "(1, 2, 1), (2, 2, 0)"),
                       QStringLiteral("INSERT INTO revisions (article_id, number, author_id, created_at, note, "
                                      "snapshot) VALUES (1, 1, 1, 0, '', '{}'), (1, 2, 1, 1, 'sửa', '{}'), (3, 1, 2, "
                                      "0, '', '{}')"),
                       QStringLiteral("INSERT INTO comments (article_id, author_id, body, created_at, uuid) VALUES "
                                      "(1, 2, 'Cần ảnh', 0, 'c-1')"),
                       QStringLiteral("INSERT INTO comments (article_id, author_id, parent_id, body, created_at, "
                                      "uuid) VALUES (1, 1, 1, 'Đã có', 1, 'c-2')"),
                       QStringLiteral("INSERT INTO events (article_id, user_id, at, action, comment) VALUES (1, 1, "
                                      "0, 'create', '')"),
                       QStringLiteral("INSERT INTO settings (key, value) VALUES ('office/review_steps', '2'), "
                                      "('office/name', 'Báo huyện')"),
                       QStringLiteral("INSERT INTO spell_words (word, added_by, added_at) VALUES ('Tân Lập', 1, 0)"),
                   });
}

qint64 counter(Database &server)
{
    return server.value(QStringLiteral("SELECT version FROM sync_state"))->toLongLong();
}

qint64 lastVersion(Database &copy)
{
    return copy.value(QStringLiteral("SELECT last_version FROM sync_meta"))->toLongLong();
}

} // namespace

class TestSyncPull : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (PostgresScratch::serverLocation().isEmpty()) {
            QSKIP("TOASOAN_TEST_PG is not set: start scripts/test-servers/postgres.sh and eval its env");
        }
    }

    void pullsChangesAndDeletions()
    {
        PostgresScratch scratch;
        QVERIFY(scratch.ok());
        auto server = Database::open(scratch.location());
        QVERIFY(server);
        QVERIFY(fillServer(**server));
        QTemporaryDir dir;
        auto copy = Database::openSqlite(dir.filePath(QStringLiteral("copy.sqlite")));
        QVERIFY(copy);
        sync::SyncEngine engine(**server, **copy);
        engine.setBatchSize(3);
        QList<qint64> progress;
        engine.setProgress([&](qint64 done) { progress.append(done); });

        auto first = engine.pull();
        QVERIFY2(first, first ? "" : qPrintable(first.error().detail));
        QCOMPARE(first->fromVersion, -1);
        QCOMPARE(first->toVersion, counter(**server));
        QVERIFY(first->rows >= 20);
        QVERIFY(first->batches > 1);
        QVERIFY(!progress.isEmpty() && progress.constLast() == first->rows);
        QVERIFY(qAbs(first->clockSkewMs) < 60000);
        QVERIFY(sameAsServer(**server, **copy));
        QCOMPARE(lastVersion(**copy), first->toVersion);
        // The copy's own bookkeeping: the articles counted and waiting for its search index.
        QCOMPARE((*copy)->value(QStringLiteral("SELECT sum(n) FROM article_counts"))->toInt(), 3);
        QCOMPARE((*copy)->value(QStringLiteral("SELECT count(*) FROM search_backlog"))->toInt(), 3);

        // Changes, and deletions: a comment, a tag of an article, a setting, an article (with its revisions,
        // tags, comments and events by cascade), a category (its articles keep no category).
        QVERIFY(run(**server, {
                                  QStringLiteral(
                                      "UPDATE articles SET title = 'Đường mới ở xã Tân Lập', version = 2 WHERE id = 1"),
                                  QStringLiteral("UPDATE articles SET state = 'approved' WHERE id = 2"),
                                  QStringLiteral("DELETE FROM comments WHERE id = 2"),
                                  QStringLiteral("DELETE FROM article_tags WHERE article_id = 1 AND tag_id = 2"),
                                  QStringLiteral("DELETE FROM settings WHERE key = 'office/name'"),
                                  QStringLiteral("DELETE FROM articles WHERE id = 3"),
                                  QStringLiteral("DELETE FROM categories WHERE id = 2"),
                                  QStringLiteral("INSERT INTO tags (name, slug) VALUES ('Nông nghiệp', 'nong-nghiep')"),
                              }));
        auto second = engine.pull();
        QVERIFY2(second, second ? "" : qPrintable(second.error().detail));
        QCOMPARE(second->fromVersion, first->toVersion);
        QCOMPARE(second->toVersion, counter(**server));
        QVERIFY2(second->deleted >= 5, qPrintable(QString::number(second->deleted)));
        QVERIFY(sameAsServer(**server, **copy));
        QCOMPARE((*copy)->value(QStringLiteral("SELECT count(*) FROM articles"))->toInt(), 2);
        QCOMPARE((*copy)->value(QStringLiteral("SELECT sum(n) FROM article_counts"))->toInt(), 2);
        QCOMPARE((*copy)
                     ->value(QStringLiteral("SELECT n FROM article_counts WHERE state = 'approved' AND trashed = 0"))
                     ->toInt(),
                 1);

        // Nothing new: nothing written, the version stays.
        auto again = engine.pull();
        QVERIFY(again);
        QCOMPARE(again->rows, 0);
        QCOMPARE(again->deleted, 0);
        QCOMPARE(again->fromVersion, second->toVersion);
        QCOMPARE(again->toVersion, second->toVersion);
        QVERIFY(sameAsServer(**server, **copy));
    }

    // The connection cut in the middle of a pull (after users, categories… went in, while the revisions are
    // asked for): the copy keeps its old version; the next pull, once the server answers, completes it.
    void aCutPullIsCompletedByTheNext()
    {
        PostgresScratch scratch;
        QVERIFY(scratch.ok());
        auto proxy = CutProxy::inFrontOf(PostgresScratch::serverLocation());
        QVERIFY(proxy->isListening());
        auto direct = Database::open(scratch.location());
        QVERIFY(direct);
        QVERIFY(fillServer(**direct));
        auto server = Database::open(proxy->route(scratch.location()));
        QVERIFY(server);
        QTemporaryDir dir;
        auto copy = Database::openSqlite(dir.filePath(QStringLiteral("copy.sqlite")));
        QVERIFY(copy);
        sync::SyncEngine engine(**server, **copy);
        engine.setBatchSize(2);

        proxy->cutWhenClientSends("pull_revisions");
        auto cut = engine.pull();
        QVERIFY(!cut);
        QVERIFY2(Database::isConnectionLoss(cut.error()), qPrintable(cut.error().detail));
        QCOMPARE(lastVersion(**copy), -1);
        QCOMPARE((*copy)->value(QStringLiteral("SELECT count(*) FROM users"))->toInt(), 2); // batches kept
        QCOMPARE((*copy)->value(QStringLiteral("SELECT count(*) FROM revisions"))->toInt(), 0);

        // Changes while the PC was cut off, a row it already has among them.
        QVERIFY(run(**direct, {QStringLiteral("UPDATE users SET display_name = 'Nguyễn Thị Lan (Tân Lập)' WHERE "
                                              "login = 'lan'"),
                               QStringLiteral("DELETE FROM article_tags WHERE tag_id = 1"),
                               QStringLiteral("DELETE FROM tags WHERE id = 1")}));
        Result<sync::PullReport> done = makeError(ErrorCode::Network, QStringLiteral("not tried"));
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 20000 && !(done = engine.pull())) {
            QTest::qWait(200);
        }
        QVERIFY2(done, done ? "" : qPrintable(done.error().detail));
        QCOMPARE(done->fromVersion, -1);
        QCOMPARE(lastVersion(**copy), counter(**direct));
        QVERIFY(sameAsServer(**direct, **copy));
        auto again = engine.pull();
        QVERIFY(again);
        QCOMPARE(again->rows, 0);
    }

    // toasoan sync proves its user and pulls into the copy of the server under the user's data folder;
    // toasoan status answers from that copy, also when the server is away.
    void commandLine()
    {
        PostgresScratch scratch;
        QVERIFY(scratch.ok());
        auto server = Database::open(scratch.location());
        QVERIFY(server);
        QVERIFY(fillServer(**server));
        QTemporaryDir home;
        QProcessEnvironment env = test::cliEnvironment(home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        const QString binary = qEnvironmentVariable("TOASOAN_BINARY");
        QVERIFY(!binary.isEmpty());
        auto cli = [&](const QString &location, const QStringList &arguments, const QString &password = QString()) {
            QProcess process;
            QProcessEnvironment e = env;
            if (!password.isNull()) {
                e.insert(QStringLiteral("TOASOAN_PASSWORD"), password);
            }
            process.setProcessEnvironment(e);
            return test::runCli(process, binary, QStringList{QStringLiteral("--database"), location} + arguments);
        };
        auto json = [](const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).object(); };

        const auto before = cli(scratch.location(), {QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(before.code, 0);
        QCOMPARE(json(before.out).value(QStringLiteral("online")).toBool(), true);
        QVERIFY(json(before.out).value(QStringLiteral("last_sync")).isNull());

        const auto wrong =
            cli(scratch.location(), {QStringLiteral("sync"), QStringLiteral("--user"), QStringLiteral("lan")},
                QStringLiteral("sai"));
        QCOMPARE(wrong.code, 1);
        const auto nobody = cli(scratch.location(), {QStringLiteral("sync")}, kPassword);
        QCOMPARE(nobody.code, 2);
        QCOMPARE(copiesUnder(home.filePath(QStringLiteral("data"))), 0); // refused before any copy was made

        const auto synced =
            cli(scratch.location(),
                {QStringLiteral("sync"), QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("lan")},
                kPassword);
        QVERIFY2(synced.code == 0, qPrintable(synced.err));
        const QJsonObject report = json(synced.out);
        QVERIFY(report.value(QStringLiteral("pulled")).toInt() >= 20);
        QCOMPARE(report.value(QStringLiteral("to_version")).toInteger(), counter(**server));
        const QString copyPath = report.value(QStringLiteral("copy")).toString();
        QVERIFY2(copyPath.startsWith(home.filePath(QStringLiteral("data"))), qPrintable(copyPath));
        QVERIFY(!copyPath.contains(parsePostgresLocation(scratch.location())->password));
        {
            auto copy = Database::openSqlite(copyPath);
            QVERIFY(copy);
            QVERIFY(sameAsServer(**server, **copy));
        }
        const auto noop =
            cli(scratch.location(),
                {QStringLiteral("sync"), QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("lan")},
                kPassword);
        QCOMPARE(noop.code, 0);
        QCOMPARE(json(noop.out).value(QStringLiteral("pulled")).toInt(), 0);

        const auto after = cli(scratch.location(), {QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(after.code, 0);
        QJsonObject status = json(after.out);
        QCOMPARE(status.value(QStringLiteral("online")).toBool(), true);
        QCOMPARE(status.value(QStringLiteral("pending")).toInt(), 0);
        QCOMPARE(status.value(QStringLiteral("conflicts")).toInt(), 0);
        QVERIFY(!status.value(QStringLiteral("last_sync")).toString().isEmpty());
        QVERIFY(status.value(QStringLiteral("clock_skew_s")).isDouble());

        // The server away: status says so, from the copy; sync fails.
        auto proxy = CutProxy::inFrontOf(PostgresScratch::serverLocation());
        proxy->setRefusing(true);
        // The same server identity as the direct location: the proxy's address differs, so its copy would
        // be another; what matters here is that an unreachable server reads as offline.
        const auto away = cli(proxy->route(scratch.location()), {QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(away.code, 0);
        status = json(away.out);
        QCOMPARE(status.value(QStringLiteral("online")).toBool(), false);
        const auto failed = cli(proxy->route(scratch.location()),
                                {QStringLiteral("sync"), QStringLiteral("--user"), QStringLiteral("lan")}, kPassword);
        QCOMPARE(failed.code, 3); // needs the server: ExitOffline
    }
};

QTEST_GUILESS_MAIN(TestSyncPull)
#include "tst_sync_pull.moc"
