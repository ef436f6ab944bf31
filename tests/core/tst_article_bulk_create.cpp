// ArticleRepository::createMany and the search backlog: a bulk import stores what create() stores
// (fields, tags, revision 1, event), in one transaction, and the articles become searchable once
// searchindex::catchUp() has run. Also articleToJsonText against Qt's JSON writer.
#include "app/search/ArticleSearch.h"
#include "app/search/SearchIndex.h"
#include "app/storage/ArticleJson.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"
#include "app/storage/EventLog.h"
#include "tests/support/SchemaRewind.h"
#include "tests/support/TestWorkspace.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace toasoan;
using toasoan::test::TestWorkspace;

namespace {

Article draft(int n)
{
    Article a;
    a.title = QStringLiteral("Bài số %1: Quận ủy họp bàn kế hoạch").arg(n);
    a.sapo = QStringLiteral("Sáng nay, Thường trực Quận ủy đã họp.");
    a.body = QStringLiteral("<p>Nội dung bài %1 về <strong>nông thôn mới</strong> &amp; giao thông.</p>").arg(n);
    a.byline = QStringLiteral("Minh Châu");
    a.source = QStringLiteral("Văn phòng Quận ủy");
    a.dateline = QStringLiteral("NTL");
    a.tags = {QStringLiteral("Quận ủy"), QStringLiteral("kế hoạch %1").arg(n % 3)};
    a.notes = QStringLiteral("Ghi chú \"trong\" ngoặc\\kép\n\tdòng hai");
    return a;
}

QStringList titlesFound(Database &db, const QString &query)
{
    auto result = ArticleSearch(db).search(query);
    QStringList titles;
    if (result) {
        for (const SearchHit &hit : std::as_const(result->hits)) {
            titles.append(hit.article.title);
        }
    }
    return titles;
}

} // namespace

class TestArticleBulkCreate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TOASOAN_REQUIRE_TEST_BACKEND(); }

    void storesWhatCreateStores()
    {
        TestWorkspace ws;
        const qint64 user = ws.addUser(QStringLiteral("lan"));
        const qint64 editor = ws.addUser(QStringLiteral("hoa"), Role::Editor);
        QList<Article> drafts;
        for (int i = 0; i < 70; ++i) { // more than one prepared block
            Article a = draft(i);
            a.authorId = user;
            drafts.append(a);
        }
        // NFD input (decomposed tone marks, as some keyboards send) is stored NFC.
        drafts[5].title = QStringLiteral("Qua\u0323\u0302n u\u0309y");
        ArticleRepository repo(ws.db());
        auto ids = repo.createMany(drafts, editor);
        QVERIFY2(ids, qPrintable(ids ? QString() : ids.error().detail));
        QCOMPARE(ids->size(), 70);
        for (int i = 0; i < 70; ++i) {
            auto a = repo.load(ids->at(i));
            QVERIFY(a);
            const Article expected = drafts.at(i);
            QCOMPARE(a->title, i == 5 ? QStringLiteral("Quận ủy") : expected.title);
            QCOMPARE(a->sapo, expected.sapo);
            QCOMPARE(a->body, expected.body);
            QCOMPARE(a->byline, expected.byline);
            QCOMPARE(a->source, expected.source);
            QCOMPARE(a->dateline, expected.dateline);
            QCOMPARE(a->notes, expected.notes);
            QCOMPARE(a->tags, expected.tags);
            QCOMPARE(a->authorId, user);
            QCOMPARE(a->version, 1);
            QCOMPARE(a->state, WorkflowState::Draft);
            QVERIFY(!a->uuid.isNull());
            QVERIFY(!a->slug.isEmpty());

            auto revisions = repo.revisions(a->id);
            QVERIFY(revisions);
            QCOMPARE(revisions->size(), 1);
            QCOMPARE(revisions->first().authorId, editor);
            auto first = repo.revision(a->id, 1);
            QVERIFY(first);
            QCOMPARE(first->snapshot.id, a->id);
            QCOMPARE(first->snapshot.title, a->title);
            QCOMPARE(first->snapshot.body, a->body);
            QCOMPARE(first->snapshot.tags, a->tags);
            QCOMPARE(first->snapshot.notes, a->notes);

            auto events = EventLog(ws.db()).forArticle(a->id);
            QVERIFY(events);
            QCOMPARE(events->size(), 1);
            QCOMPARE(events->first().action, QStringLiteral("create"));
            QCOMPARE(events->first().userId, editor);
        }
        // Time-ordered uuids (version 7): a later article sorts after an earlier one.
        auto firstArticle = repo.load(ids->first());
        QCOMPARE(firstArticle->uuid.data3 >> 12, 7); // QUuid::version() knows only 1 to 5
        QTest::qWait(2);
        auto later = repo.create(draft(500), user);
        QVERIFY(later);
        QCOMPARE(later->uuid.data3 >> 12, 7);
        QVERIFY(later->uuid.toString() > firstArticle->uuid.toString());

        // The next save is revision 2, as after create().
        auto a = repo.load(ids->first());
        a->title = QStringLiteral("Đã sửa");
        auto saved = repo.save(*a, user);
        QVERIFY(saved);
        QCOMPARE(saved->version, 2);
        QCOMPARE(repo.revisions(a->id)->size(), 2);
    }

    // On PostgreSQL each statement is a round trip to the server: a bulk import writes many rows per
    // statement (BulkInsert), not four statements per article. The same holds on SQLite, where the rows go
    // through SQLite's own statements.
    void fewStatementsForManyArticles()
    {
        TestWorkspace ws;
        const qint64 user = ws.addUser(QStringLiteral("lan"));
        QList<Article> drafts;
        for (int i = 0; i < 300; ++i) {
            drafts.append(draft(i));
        }
        const qint64 before = ws.db().statementsRun();
        auto ids = ArticleRepository(ws.db()).createMany(drafts, user);
        QVERIFY2(ids, qPrintable(ids ? QString() : ids.error().detail));
        const qint64 statements = ws.db().statementsRun() - before;
        QVERIFY2(statements < 60, qPrintable(QString::number(statements)));
        // And every row is there, with increasing ids in the drafts' order.
        QCOMPARE(ids->size(), 300);
        QVERIFY(std::is_sorted(ids->cbegin(), ids->cend()));
        QCOMPARE(ws.db().value(QStringLiteral("SELECT count(*) FROM article_tags"))->toInt(), 600);
        QCOMPARE(ws.db().value(QStringLiteral("SELECT count(*) FROM revisions"))->toInt(), 300);
        QCOMPARE(ws.db().value(QStringLiteral("SELECT count(*) FROM events WHERE action = 'create'"))->toInt(), 300);
        auto stored = ArticleRepository(ws.db()).load(ids->at(299));
        QVERIFY(stored);
        QCOMPARE(stored->title, draft(299).title);
        QCOMPARE(stored->tags, draft(299).tags);
        QCOMPARE(*searchindex::backlogSize(ws.db()), 300);
    }

    // The list's first page reads its own rows from an index, not every article to sort them: on
    // PostgreSQL, which does not take "deleted_at IS NULL" as fixing the indexes' first column.
    void firstPageReadsItsRowsOnly()
    {
        TestWorkspace ws;
        if (!ws.onPostgres()) {
            QSKIP("PostgreSQL's plan (SQLite reads the page from the same index by itself)");
        }
        const qint64 user = ws.addUser(QStringLiteral("lan"));
        QList<Article> drafts;
        for (int i = 0; i < 1000; ++i) {
            drafts.append(draft(i));
        }
        QVERIFY(ArticleRepository(ws.db()).createMany(drafts, user));
        // One bulk import has one time: give each article its own, as days of work would.
        QVERIFY(ws.db().exec(QStringLiteral("UPDATE articles SET updated_at = updated_at + id")));
        QVERIFY(ws.db().exec(QStringLiteral("ANALYZE articles")));
        qint64 read = -1;
        QList<qint64> listed;
        QVERIFY(ws.db().transaction([&]() -> Result<void> {
            // The rows this connection read, as the server counts them (not yet flushed: nothing is flushed
            // inside a transaction, so the difference is the list's).
            const QString rowsRead = QStringLiteral("SELECT seq_tup_read + COALESCE(idx_tup_fetch, 0) FROM "
                                                    "pg_stat_xact_user_tables WHERE relname = 'articles'");
            // Planned as for a large table, where reading every row costs more than any index (no scan of the
            // whole table, the page's rows joined one by one): with 1,000 articles reading them all would be
            // the cheapest plan anyway.
            for (const char *setting : {"enable_seqscan", "enable_hashjoin", "enable_mergejoin"}) {
                TOASOAN_CHECK(ws.db().exec(QStringLiteral("SET LOCAL %1 = off").arg(QLatin1String(setting))));
            }
            TOASOAN_TRY(before, ws.db().value(rowsRead));
            ArticleQuery query;
            query.limit = 50;
            TOASOAN_TRY(page, ArticleRepository(ws.db()).list(query));
            for (const ArticleSummary &item : std::as_const(page->items)) {
                listed.append(item.id);
            }
            TOASOAN_TRY(after, ws.db().value(rowsRead));
            read = after->toLongLong() - before->toLongLong();
            return {};
        }));
        QCOMPARE(listed.size(), 50);
        QVERIFY(std::is_sorted(listed.crbegin(), listed.crend())); // newest first: the highest ids
        QCOMPARE(listed.constFirst(), ws.db().value(QStringLiteral("SELECT max(id) FROM articles"))->toLongLong());
        QVERIFY2(read >= 0 && read < 200, qPrintable(QString::number(read)));
    }

    void failureWritesNothing()
    {
        TestWorkspace ws;
        const qint64 user = ws.addUser(QStringLiteral("lan"));
        QList<Article> drafts{draft(1), draft(2), draft(3)};
        drafts[2].categoryId = 987654; // no such category: the foreign key refuses the last one
        auto ids = ArticleRepository(ws.db()).createMany(drafts, user);
        QVERIFY(!ids);
        QCOMPARE(ids.error().code, ErrorCode::Storage);
        QVERIFY(!ids.error().message.isEmpty());
        auto page = ArticleRepository(ws.db()).list(ArticleQuery());
        QVERIFY(page);
        QCOMPARE(page->total, 0);
        QCOMPARE(*searchindex::backlogSize(ws.db()), 0);
    }

    // On PostgreSQL the rows go in by COPY, whose text format gives backslash, tab, newline and carriage
    // return a meaning of their own and writes NULL as \N: every value must come back as it was written.
    void keepsEveryCharacter()
    {
        TestWorkspace ws;
        const qint64 user = ws.addUser(QStringLiteral("lan"));
        const QStringList texts{
            QStringLiteral("\\N"),
            QStringLiteral("\\."),
            QStringLiteral("a\\.\n\\.\nb"),
            QStringLiteral("C:\\thư mục\\"),
            QStringLiteral("tab\there\tand\tend"),
            QStringLiteral("dòng một\r\ndòng hai\rdòng ba\ndòng bốn"),
            QStringLiteral("'đơn' \"kép\" `ngược` \\\"cả hai\\'"),
            QStringLiteral("Đắk Lắk – Tuyên\u00a0Quang\u200b 😀🇻🇳"),
            QStringLiteral("\\t\\n\\r\\\\ \\x41 \\101"),
            QStringLiteral("\x01\x07\x1b\x7f"),
        };
        QList<Article> drafts;
        for (qsizetype i = 0; i < texts.size(); ++i) {
            Article a = draft(int(i));
            const QString &text = texts.at(i);
            a.title = text;
            a.sapo = text + text;
            a.body = QStringLiteral("<p>") + text + QStringLiteral("</p>");
            a.byline = text;
            a.source = text;
            a.dateline = text;
            a.notes = text;
            a.featuredImageCaption = text;
            a.tags = {QStringLiteral("thẻ %1").arg(i)};
            if (i % 2 == 0) { // and NULLs beside values
                a.scheduledAt = QDateTime(QDate(2025, 3, 1 + int(i)), QTime(7, 30), Qt::UTC);
            }
            drafts.append(a);
        }
        drafts.append(draft(99)); // every text empty but the required ones
        drafts.last().sapo.clear();
        drafts.last().notes.clear();
        drafts.last().tags.clear();
        ArticleRepository repo(ws.db());
        auto ids = repo.createMany(drafts, user);
        QVERIFY2(ids, qPrintable(ids ? QString() : ids.error().detail));
        QCOMPARE(ids->size(), drafts.size());
        for (qsizetype i = 0; i < drafts.size(); ++i) {
            const Article &expected = drafts.at(i);
            auto a = repo.load(ids->at(i));
            QVERIFY(a);
            QCOMPARE(a->title, expected.title);
            QCOMPARE(a->sapo, expected.sapo);
            QCOMPARE(a->body, expected.body);
            QCOMPARE(a->byline, expected.byline);
            QCOMPARE(a->source, expected.source);
            QCOMPARE(a->dateline, expected.dateline);
            QCOMPARE(a->notes, expected.notes);
            QCOMPARE(a->featuredImageCaption, expected.featuredImageCaption);
            QCOMPARE(a->scheduledAt, expected.scheduledAt);
            QCOMPARE(a->categoryId, 0);
            QCOMPARE(a->tags, expected.tags);
            auto first = repo.revision(a->id, 1);
            QVERIFY(first);
            QCOMPARE(first->snapshot.title, expected.title);
            QCOMPARE(first->snapshot.body, expected.body);
            QCOMPARE(first->snapshot.notes, expected.notes);
            QCOMPARE(first->note, QStringLiteral("Created"));
            auto events = EventLog(ws.db()).forArticle(a->id);
            QVERIFY(events);
            QCOMPARE(events->size(), 1);
            QCOMPARE(events->first().fromState, std::optional<WorkflowState>());
        }
        // NULL stays NULL, not the text \N.
        QCOMPARE(ws.db()
                     .value(QStringLiteral("SELECT count(*) FROM articles WHERE scheduled_at IS NULL AND category_id "
                                           "IS NULL AND featured_media_id IS NULL"))
                     ->toInt(),
                 6);
        QCOMPARE(
            ws.db()
                .value(QStringLiteral("SELECT count(*) FROM events WHERE action = 'create' AND from_state IS NULL"))
                ->toInt(),
            int(drafts.size()));
    }

    // A failure in a later batch of rows (COPY's are 1,024 rows long) leaves nothing of the earlier ones.
    void failureInALaterBatchWritesNothing()
    {
        TestWorkspace ws;
        const qint64 user = ws.addUser(QStringLiteral("lan"));
        QList<Article> drafts;
        for (int i = 0; i < 1100; ++i) {
            drafts.append(draft(i));
        }
        drafts.last().categoryId = 987654; // no such category
        const qint64 counter = ws.db().value(QStringLiteral("SELECT version FROM sync_state"))->toLongLong();
        auto ids = ArticleRepository(ws.db()).createMany(drafts, user);
        QVERIFY(!ids);
        QCOMPARE(ids.error().code, ErrorCode::Storage);
        for (const char *table :
             {"articles", "article_tags", "revisions", "events WHERE article_id IS NOT NULL", "search_backlog"}) {
            QVERIFY2(ws.db().value(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))->toInt() == 0,
                     table);
        }
        QCOMPARE(ws.db().value(QStringLiteral("SELECT version FROM sync_state"))->toLongLong(), counter);
        // The connection is fine afterwards.
        drafts.last().categoryId = 0;
        ids = ArticleRepository(ws.db()).createMany(drafts, user);
        QVERIFY2(ids, qPrintable(ids ? QString() : ids.error().detail));
        QCOMPARE(ws.db().value(QStringLiteral("SELECT count(*) FROM revisions"))->toInt(), 1100);
        // On the shared database the change counter steps once for the whole import (the other PCs get
        // one hint); SQLite keeps it unbumped.
        QCOMPARE(ws.db().value(QStringLiteral("SELECT version FROM sync_state"))->toLongLong(),
                 counter + (ws.onPostgres() ? 1 : 0));
    }

    // On PostgreSQL a full batch goes by COPY without waiting for the server's answer (the server stores it
    // while the next rows are prepared): its failure comes back from the next statement, and still leaves
    // nothing written.
    void failureInABatchSentAheadWritesNothing()
    {
        TestWorkspace ws;
        const qint64 user = ws.addUser(QStringLiteral("lan"));
        QList<Article> drafts;
        for (int i = 0; i < 1100; ++i) {
            drafts.append(draft(i));
        }
        drafts[5].categoryId = 987654; // no such category, in the first batch
        auto ids = ArticleRepository(ws.db()).createMany(drafts, user);
        QVERIFY(!ids);
        QCOMPARE(ids.error().code, ErrorCode::Storage);
        if (ws.onPostgres()) {
            QVERIFY2(ids.error().detail.contains(QLatin1String("category_id")), qPrintable(ids.error().detail));
        }
        for (const char *table :
             {"articles", "article_tags", "revisions", "events WHERE article_id IS NOT NULL", "search_backlog"}) {
            QVERIFY2(ws.db().value(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))->toInt() == 0,
                     table);
        }
        // The connection is fine afterwards, inside a transaction too.
        drafts[5].categoryId = 0;
        auto done = ws.db().transaction([&]() -> Result<void> {
            auto again = ArticleRepository(ws.db()).createMany(drafts, user);
            return again ? Result<void>() : Result<void>(again.error());
        });
        QVERIFY2(done, qPrintable(done ? QString() : done.error().detail));
        QCOMPARE(ws.db().value(QStringLiteral("SELECT count(*) FROM revisions"))->toInt(), 1100);
        QCOMPARE(ws.db().value(QStringLiteral("SELECT count(*) FROM article_tags"))->toInt(), 2200);
    }

    void searchableAfterCatchUp()
    {
        TestWorkspace ws;
        const qint64 user = ws.addUser(QStringLiteral("lan"));
        QList<Article> drafts;
        for (int i = 0; i < 25; ++i) {
            drafts.append(draft(i));
        }
        drafts[7].title = QStringLiteral("Lễ hội Đà Nẵng");
        auto ids = ArticleRepository(ws.db()).createMany(drafts, user);
        QVERIFY(ids);
        QCOMPARE(*searchindex::backlogSize(ws.db()), 25);
        QVERIFY(titlesFound(ws.db(), QStringLiteral("da nang")).isEmpty());

        auto indexed = searchindex::catchUp(ws.db(), 10);
        QVERIFY(indexed);
        QCOMPARE(*indexed, 10);
        QCOMPARE(*searchindex::backlogSize(ws.db()), 15);
        QCOMPARE(titlesFound(ws.db(), QStringLiteral("da nang")), QStringList{QStringLiteral("Lễ hội Đà Nẵng")});

        QCOMPARE(*searchindex::catchUp(ws.db(), 100), 15);
        QCOMPARE(*searchindex::catchUp(ws.db(), 100), 0);
        QCOMPARE(*searchindex::backlogSize(ws.db()), 0);
        // Tags and byline are indexed too.
        QCOMPARE(titlesFound(ws.db(), QStringLiteral("\"kế hoạch 2\"")).size(), 8);

        // An article saved while still on the backlog is indexed with its saved text.
        auto more = ArticleRepository(ws.db()).createMany({draft(99)}, user);
        QVERIFY(more);
        auto a = ArticleRepository(ws.db()).load(more->first());
        a->title = QStringLiteral("Chợ hoa xuân");
        QVERIFY(ArticleRepository(ws.db()).save(*a, user));
        QVERIFY(searchindex::catchUp(ws.db(), 100));
        QCOMPARE(titlesFound(ws.db(), QStringLiteral("cho hoa")), QStringList{QStringLiteral("Chợ hoa xuân")});
        QVERIFY(titlesFound(ws.db(), QStringLiteral("\"bài số 99\"")).isEmpty());
    }

    void rebuildEmptiesTheBacklog()
    {
        TestWorkspace ws;
        const qint64 user = ws.addUser(QStringLiteral("lan"));
        QVERIFY(ArticleRepository(ws.db()).createMany({draft(1), draft(2)}, user));
        QCOMPARE(*searchindex::rebuild(ws.db()), 2);
        QCOMPARE(*searchindex::backlogSize(ws.db()), 0);
        QCOMPARE(titlesFound(ws.db(), QStringLiteral("quan uy")).size(), 2);
    }

    // The list's totals come from kept counts (migration 10): they must follow every change.
    void listTotalsFollowEveryChange()
    {
        TestWorkspace ws;
        const qint64 user = ws.addUser(QStringLiteral("lan"));
        ArticleRepository repo(ws.db());
        auto check = [&](const char *when) {
            const QList<std::pair<QList<WorkflowState>, ArticleQuery::Trash>> cases = {
                {{}, ArticleQuery::Trash::Exclude},
                {{}, ArticleQuery::Trash::Only},
                {{}, ArticleQuery::Trash::Include},
                {{WorkflowState::Draft}, ArticleQuery::Trash::Exclude},
                {{WorkflowState::Submitted, WorkflowState::Published}, ArticleQuery::Trash::Exclude},
                {{WorkflowState::Draft}, ArticleQuery::Trash::Only},
            };
            for (const auto &[states, trash] : cases) {
                ArticleQuery query;
                query.states = states;
                query.trash = trash;
                query.limit = 0;
                auto page = repo.list(query);
                QVERIFY(page);
                QString where = trash == ArticleQuery::Trash::Exclude ? QStringLiteral("deleted_at IS NULL")
                                : trash == ArticleQuery::Trash::Only  ? QStringLiteral("deleted_at IS NOT NULL")
                                                                      : QStringLiteral("TRUE");
                QStringList keys;
                for (WorkflowState state : states) {
                    keys << QLatin1Char('\'') + workflowStateKey(state) + QLatin1Char('\'');
                }
                if (!keys.isEmpty()) {
                    where += QStringLiteral(" AND state IN (") + keys.join(QLatin1Char(',')) + QLatin1Char(')');
                }
                auto counted = ws.db().value(QStringLiteral("SELECT count(*) FROM articles WHERE ") + where);
                QVERIFY(counted);
                QVERIFY2(page->total == counted->toInt(), qPrintable(QStringLiteral("%1, %2: %3 listed, %4 stored")
                                                                         .arg(QLatin1String(when), where)
                                                                         .arg(page->total)
                                                                         .arg(counted->toInt())));
            }
        };
        check("empty");
        auto created = repo.create(draft(1), user);
        QVERIFY(created);
        QList<Article> drafts{draft(2), draft(3), draft(4)};
        drafts[1].state = WorkflowState::Submitted;
        auto many = repo.createMany(drafts, user);
        QVERIFY(many);
        check("created");
        QVERIFY(repo.transition(created->id, WorkflowState::Submitted, user));
        QVERIFY(repo.transition(created->id, WorkflowState::Published, user));
        check("transitions");
        QVERIFY(repo.moveToTrash(many->at(0), user));
        QVERIFY(repo.moveToTrash(created->id, user));
        check("trashed");
        QVERIFY(repo.restoreFromTrash(many->at(0), user));
        check("restored");
        // A rolled-back bulk write leaves the counts alone.
        QList<Article> bad{draft(5), draft(6)};
        bad[1].categoryId = 424242;
        QVERIFY(!repo.createMany(bad, user));
        check("rolled back");
        // Filters the counts do not cover still count rows.
        ArticleQuery byAuthor;
        byAuthor.authorId = user;
        byAuthor.limit = 0;
        QCOMPARE(repo.list(byAuthor)->total, 3);
    }

    // A workspace from before the kept counts gets them filled by the migration.
    void countsFilledWhenMigrating()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            auto db = Database::openSqlite(path);
            QVERIFY(db);
            searchindex::attach(**db);
            QVERIFY((*db)->exec(QStringLiteral("INSERT INTO users (login, display_name, role, password_hash, active, "
                                               "created_at) VALUES ('lan', 'Lan', 'reporter', 'x', 1, 0)")));
            ArticleRepository repo(**db);
            QList<Article> drafts{draft(1), draft(2), draft(3)};
            drafts[2].state = WorkflowState::Submitted;
            auto ids = repo.createMany(drafts, 1);
            QVERIFY(ids);
            QVERIFY(repo.moveToTrash(ids->at(0), 1));
            // Back to schema 9, as an older ToaSoan left it.
            QVERIFY(test::undoSearchBodiesByReference(**db));
            for (const char *sql :
                 {"UPDATE revisions SET snapshot = json_set(snapshot, '$.body', COALESCE(body, (SELECT body FROM "
                  "articles WHERE id = article_id)))",
                  "DROP TRIGGER articles_keep_revision_body",
                  "ALTER TABLE revisions DROP COLUMN body",
                  "DROP TRIGGER article_counts_delete",
                  "DROP TRIGGER article_counts_update",
                  "DROP TABLE article_counts",
                  "DROP TABLE sync_state",
                  "ALTER TABLE categories DROP COLUMN retired",
                  "ALTER TABLE outbox_jobs DROP COLUMN claimed_by",
                  "ALTER TABLE outbox_jobs DROP COLUMN lease_until",
                  "DROP INDEX comments_by_uuid",
                  "ALTER TABLE comments DROP COLUMN uuid",
                  "DROP TABLE sync_meta",
                  "DROP TABLE pending_ops",
                  "DROP TABLE article_bases",
                  "DROP TABLE server_ids",
                  "DROP TABLE local_opens",
                  "DROP TABLE royalty_months",
                  "DROP TABLE article_royalties",
                  "DROP TABLE royalty_kinds",
                  "DROP TABLE royalty_scheme",
                  "DROP INDEX revisions_waiting_conflicts",
                  "ALTER TABLE revisions DROP COLUMN conflict",
                  "UPDATE schema_version SET version = 9"}) {
                QVERIFY((*db)->exec(QLatin1String(sql)));
            }
            for (const char *table :
                 {"users", "categories", "tags", "media", "articles", "article_tags", "revisions", "events", "comments",
                  "sites", "article_publications", "settings", "spell_words"}) {
                QVERIFY(
                    (*db)->exec(QStringLiteral("ALTER TABLE %1 DROP COLUMN row_version").arg(QLatin1String(table))));
            }
        }
        auto db = Database::openSqlite(path);
        QVERIFY(db);
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        ArticleRepository repo(**db);
        ArticleQuery live;
        live.limit = 0;
        QCOMPARE(repo.list(live)->total, 2);
        live.states = {WorkflowState::Submitted};
        QCOMPARE(repo.list(live)->total, 1);
        ArticleQuery trash;
        trash.trash = ArticleQuery::Trash::Only;
        trash.limit = 0;
        QCOMPARE(repo.list(trash)->total, 1);
    }

    void jsonTextMatchesQtJson_data()
    {
        QTest::addColumn<Article>("article");
        Article plain = draft(1);
        QTest::newRow("vietnamese") << plain;
        Article odd = draft(2);
        odd.id = 42;
        odd.body = QStringLiteral("<p>a \"b\" \\ c\u0001\u001f\b\f\r\n\t/ 😀 Đ</p>");
        odd.tags = {};
        odd.createdAt = QDateTime(QDate(2026, 11, 27), QTime(5, 6, 7, 89), Qt::UTC);
        odd.scheduledAt = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
        odd.uuid = QUuid::createUuid();
        odd.state = WorkflowState::Approved;
        odd.publications = {RemotePublication{3, QStringLiteral("77"), QUrl(QStringLiteral("https://a.vn/?p=77")),
                                              QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC)},
                            RemotePublication{4, QStringLiteral("x"), QUrl(), QDateTime()}};
        QTest::newRow("escapes, times, publications") << odd;
        QTest::newRow("empty") << Article();
    }

    void jsonTextMatchesQtJson()
    {
        QFETCH(Article, article);
        const QByteArray mine = articleToJsonText(article);
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(mine, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(parsed.object(), articleToJson(article));
        QCOMPARE(mine, QJsonDocument(articleToJson(article)).toJson(QJsonDocument::Compact));
    }
};

QTEST_GUILESS_MAIN(TestArticleBulkCreate)
#include "tst_article_bulk_create.moc"
