// The foreign keys of the bulk tables on PostgreSQL (migration 23, issue 13): articles' category, author and
// featured picture, article_tags, revisions and events are checked by statement triggers instead of built-in
// constraints. These tests hold them to what the constraints guaranteed, on the real test server: a bad
// reference writes nothing, deleting a parent cascades, sets null or is refused as before, and two
// connections racing (a child inserted while its parent is deleted, in both orders) never leave an orphan.
// Needs the test server (scripts/test-servers/postgres.sh start; eval "$(scripts/test-servers/postgres.sh env)").
#include "app/storage/Database.h"
#include "tests/support/PostgresScratch.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>
#include <atomic>
#include <functional>
#include <thread>

using namespace toasoan;
using toasoan::test::PostgresScratch;

namespace {

// Every reference the triggers keep: child table, column, parent table.
struct Reference
{
    const char *table;
    const char *column;
    const char *parent;
};
constexpr Reference kReferences[] = {
    {"articles", "category_id", "categories"},
    {"articles", "author_id", "users"},
    {"articles", "featured_media_id", "media"},
    {"article_tags", "article_id", "articles"},
    {"article_tags", "tag_id", "tags"},
    {"revisions", "article_id", "articles"},
    {"revisions", "author_id", "users"},
    {"events", "article_id", "articles"},
    {"events", "user_id", "users"},
};

// Two users (1 lan, 2 minh), a category, a picture, two tags; articles 1 and 2 by lan, each with a tag, a
// revision and an event; article 2 has the picture and the category. Ids are given, so each test knows them.
const char *const kSeed[] = {
    "INSERT INTO users (id, login, display_name, role, password_hash, created_at) VALUES (1, 'lan', 'Lan', "
    "'reporter', '', 0), (2, 'minh', 'Minh', 'reporter', '', 0), (3, 'hoa', 'Hoa', 'reporter', '', 0)",
    "INSERT INTO categories (id, name, slug) VALUES (1, 'Thời sự', 'thoi-su'), (2, 'Kinh tế', 'kinh-te')",
    "INSERT INTO media (id, sha256, mime_type, file_name, size, data, created_at) VALUES (1, 'x', 'image/png', "
    "'a.png', 1, '\\x00', 0), (2, 'y', 'image/png', 'b.png', 1, '\\x00', 0)",
    "INSERT INTO tags (id, name, slug) VALUES (1, 'Hà Nội', 'ha-noi'), (2, 'Huế', 'hue'), (3, 'Vinh', 'vinh')",
    "INSERT INTO articles (id, uuid, title, slug, sapo, body, category_id, author_id, byline, source, dateline, "
    "featured_media_id, featured_caption, notes, state, version, created_at, updated_at) VALUES "
    "(1, 'u1', 'Một', 'mot', '', '', 1, 1, '', '', '', NULL, '', '', 'draft', 1, 0, 0), "
    "(2, 'u2', 'Hai', 'hai', '', '', 2, 1, '', '', '', 1, '', '', 'draft', 1, 0, 0)",
    "INSERT INTO article_tags (article_id, tag_id, position) VALUES (1, 1, 0), (2, 2, 0)",
    "INSERT INTO revisions (article_id, number, author_id, created_at, note, snapshot) VALUES "
    "(1, 1, 1, 0, '', '{}'), (2, 1, 1, 0, '', '{}')",
    "INSERT INTO events (article_id, user_id, at, action, comment) VALUES (1, 1, 0, 'create', ''), "
    "(2, 1, 0, 'create', '')",
};

} // namespace

class TestPostgresForeignKeys : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PostgresScratch> m_scratch;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Database> m_watcher; ///< outside any transaction: pg_stat_activity is read once per transaction

    std::unique_ptr<Database> connect()
    {
        auto db = Database::open(m_scratch->location());
        return db ? std::move(db).value() : nullptr;
    }
    qint64 count(const QString &sql) { return m_db->value(sql)->toLongLong(); }
    // Rows of a child table whose reference names no parent row, over every reference the triggers keep.
    QString orphans()
    {
        QStringList found;
        for (const Reference &r : kReferences) {
            const qint64 n = count(QStringLiteral("SELECT count(*) FROM %1 c WHERE c.%2 IS NOT NULL AND NOT EXISTS "
                                                  "(SELECT 1 FROM %3 p WHERE p.id = c.%2)")
                                       .arg(QLatin1String(r.table), QLatin1String(r.column), QLatin1String(r.parent)));
            if (n > 0) {
                found << QStringLiteral("%1.%2: %3").arg(QLatin1String(r.table), QLatin1String(r.column)).arg(n);
            }
        }
        return found.join(QStringLiteral(", "));
    }
    // Waits until some connection to the scratch database waits on a lock (or `done`), at most 5 s.
    bool someoneWaits(const std::atomic<bool> &done)
    {
        QElapsedTimer waited;
        waited.start();
        while (!done && waited.elapsed() < 5000) {
            if (m_watcher
                    ->value(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                           "AND wait_event_type = 'Lock'"))
                    ->toInt() > 0) {
                return true;
            }
            QThread::msleep(20);
        }
        return false;
    }

    // Runs `sql` in a transaction of its own. Every writing transaction of ToaSoan first bumps the change
    // counter (migration 18), so two writers already queue behind each other there; `counted` false makes
    // the transaction pretend it bumped already, leaving only the foreign keys' row locks to order the two.
    static Result<void> write(Database &db, const QString &sql, bool counted,
                              const std::function<Result<void>()> &then = {})
    {
        return db.transaction([&]() -> Result<void> {
            if (!counted) {
                TOASOAN_CHECK(db.exec(QStringLiteral("SELECT set_config('toasoan.sync_bumped', txid_current()::text, "
                                                     "true), set_config('toasoan.sync_version', '0', true)")));
            }
            TOASOAN_CHECK(db.exec(sql));
            return then ? then() : Result<void>();
        });
    }

private slots:
    void init()
    {
        if (PostgresScratch::serverLocation().isEmpty()) {
            return;
        }
        m_scratch = std::make_unique<PostgresScratch>();
        QVERIFY(m_scratch->ok());
        m_db = connect();
        m_watcher = connect();
        QVERIFY(m_db && m_watcher);
        for (const char *sql : kSeed) {
            auto done = m_db->exec(QString::fromUtf8(sql));
            QVERIFY2(done, qPrintable(done ? QString() : done.error().detail));
        }
        for (const char *table : {"users", "categories", "media", "tags", "articles", "revisions", "events"}) {
            QVERIFY(m_db->exec(
                QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), 100)").arg(QLatin1String(table))));
        }
    }
    void cleanup()
    {
        m_watcher.reset();
        m_db.reset();
        m_scratch.reset();
    }

    // The built-in constraints are gone and the triggers are there: what the other tests exercise is the
    // triggers, not PostgreSQL's own checks.
    void triggersReplaceTheConstraints()
    {
        TOASOAN_REQUIRE_TEST_PG();
        for (const Reference &r : kReferences) {
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND conrelid = "
                                          "'%1'::regclass AND confrelid = '%2'::regclass")
                               .arg(QLatin1String(r.table), QLatin1String(r.parent))),
                     0);
        }
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname LIKE '%\\_fk\\_%'")),
                 4 * 2 + 5 * 3);
        // The other references to articles keep their constraints.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND conrelid = "
                                      "'comments'::regclass AND confrelid = 'articles'::regclass")),
                 1);
    }

    void badReferenceWritesNothing_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("table");
        QTest::newRow("robustness: article, no such category")
            << "INSERT INTO articles (uuid, title, slug, sapo, body, category_id, author_id, byline, source, "
               "dateline, featured_caption, notes, state, version, created_at, updated_at) VALUES "
               "('n1', 'a', 'a', '', '', 1, 1, '', '', '', '', '', 'draft', 1, 0, 0), "
               "('n2', 'b', 'b', '', '', 99, 1, '', '', '', '', '', 'draft', 1, 0, 0)"
            << "articles";
        QTest::newRow("robustness: article, no such author")
            << "INSERT INTO articles (uuid, title, slug, sapo, body, author_id, byline, source, dateline, "
               "featured_caption, notes, state, version, created_at, updated_at) VALUES "
               "('n1', 'a', 'a', '', '', 99, '', '', '', '', '', 'draft', 1, 0, 0)"
            << "articles";
        QTest::newRow("robustness: article, no such picture")
            << "INSERT INTO articles (uuid, title, slug, sapo, body, author_id, featured_media_id, byline, source, "
               "dateline, featured_caption, notes, state, version, created_at, updated_at) VALUES "
               "('n1', 'a', 'a', '', '', 1, 99, '', '', '', '', '', 'draft', 1, 0, 0)"
            << "articles";
        QTest::newRow("robustness: tag of no article")
            << "INSERT INTO article_tags (article_id, tag_id, position) VALUES (1, 2, 1), (99, 1, 0)"
            << "article_tags";
        QTest::newRow("robustness: no such tag")
            << "INSERT INTO article_tags (article_id, tag_id, position) VALUES (1, 99, 1)"
            << "article_tags";
        QTest::newRow("robustness: revision of no article")
            << "INSERT INTO revisions (article_id, number, author_id, created_at, note, snapshot) VALUES "
               "(1, 2, 1, 0, '', '{}'), (99, 1, 1, 0, '', '{}')"
            << "revisions";
        QTest::newRow("robustness: revision by no one")
            << "INSERT INTO revisions (article_id, number, author_id, created_at, note, snapshot) VALUES "
               "(1, 2, 99, 0, '', '{}')"
            << "revisions";
        QTest::newRow("robustness: event of no article")
            << "INSERT INTO events (article_id, user_id, at, action, comment) VALUES (99, 1, 0, 'x', '')"
            << "events";
        QTest::newRow("robustness: event by no one")
            << "INSERT INTO events (article_id, user_id, at, action, comment) VALUES (1, 99, 0, 'x', '')"
            << "events";
        QTest::newRow("robustness: moved to no category") << "UPDATE articles SET category_id = 99 WHERE id = 1"
                                                          << "articles";
        QTest::newRow("robustness: revision moved to no article")
            << "UPDATE revisions SET article_id = 99 WHERE article_id = 1"
            << "revisions";
        QTest::newRow("robustness: event given to no one") << "UPDATE events SET user_id = 99"
                                                           << "events";
        QTest::newRow("robustness: tag changed to no tag") << "UPDATE article_tags SET tag_id = 99 WHERE article_id = 2"
                                                           << "article_tags";
    }
    void badReferenceWritesNothing()
    {
        TOASOAN_REQUIRE_TEST_PG();
        QFETCH(QString, sql);
        QFETCH(QString, table);
        const QString everything = QStringLiteral("SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) FROM %1 t");
        const QString before = m_db->value(everything.arg(table))->toString();
        auto done = m_db->exec(sql);
        QVERIFY(!done);
        QVERIFY2(done.error().detail.contains(QLatin1String("foreign key")), qPrintable(done.error().detail));
        QCOMPARE(m_db->value(everything.arg(table))->toString(), before);
        QCOMPARE(orphans(), QString());
        // Good references still go in, nulls too.
        QVERIFY(m_db->exec(QStringLiteral("INSERT INTO revisions (article_id, number, author_id, created_at, note, "
                                          "snapshot) VALUES (1, 3, 2, 0, '', '{}'), (2, 3, 1, 0, '', '{}')")));
        QVERIFY(m_db->exec(QStringLiteral("UPDATE articles SET category_id = NULL, featured_media_id = 2")));
        QVERIFY(m_db->exec(QStringLiteral("INSERT INTO events (article_id, user_id, at, action, comment) VALUES "
                                          "(NULL, NULL, 0, 'x', '')")));
    }

    // Deleting a parent: articles cascade to their tags, revisions and events (leaving tombstones, as any
    // deletion does), a category's articles lose it, and a user, tag or picture still used is refused.
    void deletingAParentActsAsBefore()
    {
        TOASOAN_REQUIRE_TEST_PG();
        const qint64 tombstones = count(QStringLiteral("SELECT count(*) FROM tombstones"));
        QVERIFY(m_db->exec(QStringLiteral("DELETE FROM articles WHERE id = 1")));
        for (const char *table : {"article_tags", "revisions", "events"}) {
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM %1 WHERE article_id = 1").arg(QLatin1String(table))),
                     0);
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM %1 WHERE article_id = 2").arg(QLatin1String(table))),
                     1);
        }
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tombstones")), tombstones + 4);

        const qint64 version = count(QStringLiteral("SELECT row_version FROM articles WHERE id = 2"));
        QVERIFY(m_db->exec(QStringLiteral("DELETE FROM categories WHERE id = 2")));
        QVERIFY(m_db->value(QStringLiteral("SELECT category_id FROM articles WHERE id = 2"))->isNull());
        QVERIFY(count(QStringLiteral("SELECT row_version FROM articles WHERE id = 2")) > version);

        for (const char *refused :
             {"DELETE FROM users WHERE id = 1", "DELETE FROM users", "DELETE FROM tags WHERE id = 2",
              "DELETE FROM media WHERE id = 1", "UPDATE articles SET id = 3 WHERE id = 2", "UPDATE users SET id = 9",
              "TRUNCATE tags", "TRUNCATE media"}) {
            auto done = m_db->exec(QString::fromUtf8(refused));
            QVERIFY2(!done, refused);
            QVERIFY2(done.error().detail.contains(QLatin1String("foreign key")) ||
                         done.error().detail.contains(QLatin1String("refer")),
                     qPrintable(done.error().detail));
        }
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM users")), 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tags")), 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM media")), 2);
        // Parents nothing refers to go; a user whose articles go in the same transaction goes too.
        QVERIFY(m_db->exec(QStringLiteral("DELETE FROM users WHERE id = 3")));
        QVERIFY(m_db->exec(QStringLiteral("DELETE FROM tags WHERE id IN (1, 3)")));
        QVERIFY(m_db->exec(QStringLiteral("DELETE FROM media WHERE id = 2")));
        QVERIFY(m_db->exec(QStringLiteral("TRUNCATE tags, article_tags")));
        auto both = m_db->transaction([&]() -> Result<void> {
            TOASOAN_CHECK(m_db->exec(QStringLiteral("DELETE FROM articles")));
            TOASOAN_CHECK(m_db->exec(QStringLiteral("DELETE FROM events WHERE user_id = 1")));
            TOASOAN_CHECK(m_db->exec(QStringLiteral("DELETE FROM users WHERE id = 1")));
            return {};
        });
        QVERIFY2(both, qPrintable(both ? QString() : both.error().detail));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM revisions")), 0);
        QCOMPARE(orphans(), QString());
    }

    // A transaction whose snapshot is older than its DELETE could miss a child committed meanwhile, which the
    // built-in check caught with a crosscheck snapshot: deleting a parent there is refused.
    void deletesOnlyInReadCommitted()
    {
        TOASOAN_REQUIRE_TEST_PG();
        auto done = m_db->transaction([&]() -> Result<void> {
            TOASOAN_CHECK(m_db->exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")));
            TOASOAN_CHECK(m_db->exec(QStringLiteral("DELETE FROM articles WHERE id = 2")));
            return {};
        });
        QVERIFY(!done);
        QVERIFY2(done.error().detail.contains(QLatin1String("READ COMMITTED")), qPrintable(done.error().detail));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM articles")), 2);
    }

    // Two connections: one inserts a child and keeps its transaction open, the other deletes the parent. The
    // deletion waits for the insert's commit, then cascades over the new child or is refused because of it.
    // Each case runs as ToaSoan writes (behind the change counter) and with the foreign keys alone.
    void childFirstThenParentDeleted_data()
    {
        QTest::addColumn<QString>("child");
        QTest::addColumn<QString>("parent");
        QTest::addColumn<bool>("deleted"); // the parent goes (cascade / set null), else the delete is refused
        QTest::addColumn<QString>("left");
        QTest::addColumn<bool>("counted");
        for (const bool counted : {false, true}) {
            const char *how = counted ? "" : ", foreign keys alone";
            QTest::addRow("race: revision, then its article deleted%s", how)
                << "INSERT INTO revisions (article_id, number, author_id, created_at, note, snapshot) VALUES "
                   "(2, 2, 2, 0, '', '{}')"
                << "DELETE FROM articles WHERE id = 2" << true << "SELECT count(*) FROM revisions WHERE article_id = 2"
                << counted;
            QTest::addRow("race: tag, then its article deleted%s", how)
                << "INSERT INTO article_tags (article_id, tag_id, position) VALUES (2, 3, 1)"
                << "DELETE FROM articles WHERE id = 2" << true
                << "SELECT count(*) FROM article_tags WHERE article_id = 2" << counted;
            QTest::addRow("race: event, then its user deleted%s", how)
                << "INSERT INTO events (article_id, user_id, at, action, comment) VALUES (1, 3, 0, 'x', '')"
                << "DELETE FROM users WHERE id = 3" << false << "SELECT count(*) FROM events WHERE user_id = 3"
                << counted;
            QTest::addRow("race: article, then its picture deleted%s", how)
                << "INSERT INTO articles (uuid, title, slug, sapo, body, author_id, featured_media_id, byline, "
                   "source, dateline, featured_caption, notes, state, version, created_at, updated_at) VALUES "
                   "('n1', 'a', 'a', '', '', 2, 2, '', '', '', '', '', 'draft', 1, 0, 0)"
                << "DELETE FROM media WHERE id = 2" << false
                << "SELECT count(*) FROM articles WHERE featured_media_id = 2" << counted;
            QTest::addRow("race: article moved, then its new category deleted%s", how)
                << "UPDATE articles SET category_id = 2 WHERE id = 1"
                << "DELETE FROM categories WHERE id = 2" << true
                << "SELECT count(*) FROM articles WHERE category_id = 2" << counted;
        }
    }
    void childFirstThenParentDeleted()
    {
        TOASOAN_REQUIRE_TEST_PG();
        QFETCH(QString, child);
        QFETCH(QString, parent);
        QFETCH(bool, deleted);
        QFETCH(QString, left);
        QFETCH(bool, counted);
        auto other = connect();
        QVERIFY(other);
        std::atomic<bool> deleteDone = false;
        Result<void> deletion;
        std::thread deleter;
        bool waited = false;
        auto inserted = write(*m_db, child, counted, [&]() -> Result<void> {
            deleter = std::thread([&] {
                deletion = write(*other, parent, counted);
                other->releaseThreadConnection();
                deleteDone = true;
            });
            waited = someoneWaits(deleteDone);
            return {};
        });
        if (deleter.joinable()) {
            deleter.join();
        }
        QCOMPARE(orphans(), QString()); // whoever won, no child is left without its parent
        QVERIFY2(inserted, qPrintable(inserted ? QString() : inserted.error().detail));
        QVERIFY2(waited, qPrintable(QStringLiteral("the deletion did not wait for the insert's transaction: ") +
                                    (deletion ? QStringLiteral("done") : deletion.error().detail)));
        QVERIFY2(bool(deletion) == deleted, qPrintable(deletion ? QStringLiteral("done") : deletion.error().detail));
        if (!deleted) {
            QVERIFY2(deletion.error().detail.contains(QLatin1String("foreign key")),
                     qPrintable(deletion.error().detail));
        }
        QCOMPARE(count(left), deleted ? 0 : 1);
        QCOMPARE(orphans(), QString());
    }

    // The other order: the parent's deletion is still open when a child is inserted. The insert waits for it;
    // once the deletion commits the insert fails, and if it rolls back the insert goes in.
    void parentDeletedThenChild_data()
    {
        QTest::addColumn<QString>("parent");
        QTest::addColumn<QString>("child");
        QTest::addColumn<QString>("added");
        QTest::addColumn<bool>("commit");
        QTest::addColumn<bool>("counted");
        const QString revision = QStringLiteral("INSERT INTO revisions (article_id, number, author_id, created_at, "
                                                "note, snapshot) VALUES (2, 2, 1, 0, '', '{}'), (1, 2, 1, 0, '', "
                                                "'{}')");
        const QString revisions = QStringLiteral("SELECT count(*) FROM revisions WHERE number = 2");
        for (const bool counted : {false, true}) {
            const char *how = counted ? "" : ", foreign keys alone";
            QTest::addRow("race: article deleted, then a revision of it%s", how)
                << "DELETE FROM articles WHERE id = 2" << revision << revisions << true << counted;
            QTest::addRow("race: article deleted and rolled back, then a revision of it%s", how)
                << "DELETE FROM articles WHERE id = 2" << revision << revisions << false << counted;
            QTest::addRow("race: user deleted, then an event by them%s", how)
                << "DELETE FROM users WHERE id = 3"
                << "INSERT INTO events (article_id, user_id, at, action, comment) VALUES (1, 3, 0, 'x', '')"
                << "SELECT count(*) FROM events WHERE user_id = 3" << true << counted;
            QTest::addRow("race: tag deleted, then an article tagged with it%s", how)
                << "DELETE FROM tags WHERE id = 3"
                << "INSERT INTO article_tags (article_id, tag_id, position) VALUES (1, 3, 1), (2, 3, 1)"
                << "SELECT count(*) FROM article_tags WHERE tag_id = 3" << true << counted;
            QTest::addRow("race: picture deleted, then an article showing it%s", how)
                << "DELETE FROM media WHERE id = 2"
                << "UPDATE articles SET featured_media_id = 2 WHERE id = 1"
                << "SELECT count(*) FROM articles WHERE featured_media_id = 2" << true << counted;
            QTest::addRow("race: category deleted, then an article moved to it%s", how)
                << "DELETE FROM categories WHERE id = 2"
                << "UPDATE articles SET category_id = 2 WHERE id = 1"
                << "SELECT count(*) FROM articles WHERE id = 1 AND category_id = 2" << true << counted;
        }
    }
    void parentDeletedThenChild()
    {
        TOASOAN_REQUIRE_TEST_PG();
        QFETCH(QString, parent);
        QFETCH(QString, child);
        QFETCH(QString, added);
        QFETCH(bool, commit);
        QFETCH(bool, counted);
        auto other = connect();
        QVERIFY(other);
        const qint64 before = count(added);
        std::atomic<bool> insertDone = false;
        Result<void> insertion;
        std::thread inserter;
        bool waited = false;
        auto deletion = write(*m_db, parent, counted, [&]() -> Result<void> {
            inserter = std::thread([&] {
                insertion = write(*other, child, counted);
                other->releaseThreadConnection();
                insertDone = true;
            });
            waited = someoneWaits(insertDone);
            if (!commit) {
                return Error{ErrorCode::Invalid, QStringLiteral("rolled back"), QString()};
            }
            return {};
        });
        if (inserter.joinable()) {
            inserter.join();
        }
        QCOMPARE(orphans(), QString()); // whoever won, no child is left without its parent
        QCOMPARE(bool(deletion), commit);
        QVERIFY2(waited, qPrintable(QStringLiteral("the insert did not wait for the deletion's transaction: ") +
                                    (insertion ? QStringLiteral("done") : insertion.error().detail)));
        QVERIFY2(bool(insertion) == !commit, qPrintable(insertion ? QStringLiteral("done") : insertion.error().detail));
        if (commit) {
            QVERIFY2(insertion.error().detail.contains(QLatin1String("foreign key")),
                     qPrintable(insertion.error().detail));
            QCOMPARE(count(added), before);
        } else {
            QVERIFY(count(added) > before);
        }
        QCOMPARE(orphans(), QString());
    }
};

QTEST_GUILESS_MAIN(TestPostgresForeignKeys)
#include "tst_postgres_foreign_keys.moc"
