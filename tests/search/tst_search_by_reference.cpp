// The search documents keep no copy of a body's text on SQLite (issue 17, migration 24): search_docs is a view
// over search_fields, whose body is the article's own, made plain text again where the index or a snippet
// needs it. These tests check that a workspace converted in place answers as before, and that the index never
// disagrees with what it can read back (FTS5 takes a row out only with the very text it indexed).
#include "app/search/ArticleSearch.h"
#include "app/search/SearchIndex.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"
#include "app/storage/UserRepository.h"
#include "app/storage/WorkspaceCopy.h"
#include "tests/support/TestWorkspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace toasoan;
using toasoan::test::TestWorkspace;

namespace {

// What a search shows: each hit's id, highlighted title and snippet, in order.
QStringList shown(Database &db, const QString &text, bool exact)
{
    SearchOptions options;
    options.exactDiacritics = exact;
    auto result = ArticleSearch(db).search(text, options);
    if (!result) {
        return {QStringLiteral("error: ") + result.error().detail};
    }
    QStringList out;
    for (const SearchHit &hit : std::as_const(result->hits)) {
        out.append(QStringLiteral("%1|%2|%3").arg(hit.article.id).arg(hit.titleHtml, hit.snippetHtml));
    }
    return out;
}

bool indexesIntact(Database &db)
{
    for (const char *table : {"search_fold", "search_exact"}) {
        auto check =
            db.exec(QStringLiteral("INSERT INTO %1 (%1) VALUES ('integrity-check')").arg(QLatin1String(table)));
        if (!check) {
            qWarning() << table << check.error().detail;
            return false;
        }
    }
    return true;
}

int storedBodies(Database &db)
{
    return db.value(QStringLiteral("SELECT count(*) FROM search_fields WHERE body IS NOT NULL"))->toInt();
}

const QList<std::pair<const char *, bool>> kQueries{
    {"da nang", false}, {"Đà Nẵ", true},    {"hòa giải", true}, {"hoa giai", false}, {"do thi", false},
    {"phuong", false},  {"tin mới", false}, {"Quận uỷ", true},  {"uy ban", false},
};

} // namespace

class TestSearchByReference : public QObject
{
    Q_OBJECT

private slots:
    // A workspace written by schema 23 (every body's plain text in search_docs) is converted in place: the same
    // searches show the same hits, titles and snippets, and no row keeps a copy of its body.
    void migrationKeepsWhatSearchShows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QMap<QString, QStringList> before;
        qint64 edited = 0;
        {
            auto old = Database::openSqlite(path, DatabaseOptions{.targetVersion = 23, .onMigrationProgress = {}});
            QVERIFY(old.ok());
            Database &db = **old;
            QCOMPARE(db.schemaVersion(), 23);
            searchindex::attach(db);
            auto user = UserRepository(db).create(QStringLiteral("lan"), QStringLiteral("Lan"), Role::Reporter,
                                                  QStringLiteral("mat-khau-1"));
            QVERIFY(user.ok());
            ArticleRepository repo(db);
            const QList<std::pair<QString, QString>> articles{
                {QStringLiteral("Hòa giải ở phường"), QStringLiteral("<p>Tổ hòa giải <b>Đà Nẵng</b> họp.</p>")},
                {QStringLiteral("Hoà giải ở Đà Nẵng"), QStringLiteral("<p>Quận uỷ và Uỷ ban &amp; dân.</p>")},
                {QStringLiteral("Đô thị"), QStringLiteral("<h2>Tin mới</h2><p>Phường Hòa Xuân, Đà Nẵng.</p>")},
                {QStringLiteral("Không thân bài"), QString()},
            };
            for (const auto &[title, body] : articles) {
                Article a;
                a.title = title;
                a.body = body;
                a.tags = {QStringLiteral("Đô thị")};
                auto created = repo.create(a, user->id);
                QVERIFY(created.ok());
                edited = created->id;
            }
            auto article = repo.load(edited);
            QVERIFY(article.ok());
            article->body = QStringLiteral("<p>Tin mới: Quận ủy Đà Nẵng họp.</p>");
            QVERIFY(repo.save(*article, user->id).ok());
            for (const auto &[query, exact] : kQueries) {
                before.insert(QString::fromUtf8(query) + QString::number(exact),
                              shown(db, QString::fromUtf8(query), exact));
            }
            QVERIFY(db.value(QStringLiteral("SELECT count(*) FROM search_docs WHERE body <> ''"))->toInt() == 4);
        }
        auto opened = Database::openSqlite(path);
        QVERIFY(opened.ok());
        Database &db = **opened;
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        searchindex::attach(db);
        for (const auto &[query, exact] : kQueries) {
            const QString key = QString::fromUtf8(query) + QString::number(exact);
            QCOMPARE(shown(db, QString::fromUtf8(query), exact), before.value(key));
            QVERIFY2(!before.value(key).isEmpty(), query);
        }
        QCOMPARE(storedBodies(db), 0);
        QVERIFY(indexesIntact(db));
        // search_docs still gives each body's text.
        QCOMPARE(db.value(QStringLiteral("SELECT body FROM search_docs WHERE article_id = ?"), {edited})->toString(),
                 QStringLiteral("Tin mới: Quận ủy Đà Nẵng họp."));

        // Saves after the migration keep the index in step.
        QCOMPARE(shown(db, QStringLiteral("tin moi quan uy"), false).size(), 1);
        ArticleRepository repo(db);
        auto article = repo.load(edited);
        QVERIFY(article.ok());
        article->body = QStringLiteral("<p>Lễ hội ở Huế.</p>");
        QVERIFY(repo.save(*article, article->authorId).ok());
        QCOMPARE(shown(db, QStringLiteral("tin moi quan uy"), false), QStringList{});
        QCOMPARE(shown(db, QStringLiteral("le hoi hue"), false).size(), 1);
        QCOMPARE(storedBodies(db), 0);
        QVERIFY(indexesIntact(db));
    }

    // Whatever writes an article's body (a pull, a restore, SQL by hand) the index still holds the text it
    // indexed until the article is indexed again: the row keeps the old text until then, so that FTS5 can take
    // it out. A deleted article leaves the index with it.
    void bodyWrittenBehindTheIndex()
    {
        TestWorkspace ws;
        const qint64 user = ws.addUser(QStringLiteral("lan"));
        Database &db = ws.db();
        ArticleRepository repo(db);
        Article a;
        a.title = QStringLiteral("Tin sáng");
        a.body = QStringLiteral("<p>Khách đến Đà Nẵng.</p>");
        auto created = repo.create(a, user);
        QVERIFY(created.ok());
        QCOMPARE(storedBodies(db), 0);
        QVERIFY(
            db.exec(QStringLiteral("UPDATE articles SET body = '<p>Lễ hội ở Huế.</p>' WHERE id = ?"), {created->id}));
        QCOMPARE(storedBodies(db), 1);
        QVERIFY(indexesIntact(db));
        QCOMPARE(shown(db, QStringLiteral("da nang"), false).size(), 1);
        QCOMPARE(shown(db, QStringLiteral("hue"), false).size(), 0);

        auto loaded = repo.load(created->id);
        QVERIFY(loaded.ok());
        QVERIFY(db.transaction([&] { return searchindex::update(db, *loaded); }));
        QCOMPARE(storedBodies(db), 0);
        QVERIFY(indexesIntact(db));
        QCOMPARE(shown(db, QStringLiteral("da nang"), false).size(), 0);
        QCOMPARE(shown(db, QStringLiteral("hue"), false).size(), 1);

        QVERIFY(db.exec(QStringLiteral("DELETE FROM articles WHERE id = ?"), {created->id}));
        QCOMPARE(db.value(QStringLiteral("SELECT count(*) FROM search_fields"))->toInt(), 0);
        QVERIFY(indexesIntact(db));
        QCOMPARE(shown(db, QStringLiteral("hue"), false).size(), 0);
    }

    // A workspace copied into a new file (storage/WorkspaceCopy.h) goes through the view search_docs: the copy
    // finds the same, and keeps no body's text either.
    void copiedWorkspaceSearchesAlike()
    {
        TestWorkspace ws;
        const qint64 user = ws.addUser(QStringLiteral("lan"));
        ArticleRepository repo(ws.db());
        for (const QString &body :
             {QStringLiteral("<p>Khách đến <i>Đà Nẵng</i>.</p>"), QStringLiteral("<p>Quận uỷ họp ở Huế.</p>")}) {
            Article a;
            a.title = QStringLiteral("Tin");
            a.body = body;
            QVERIFY(repo.create(a, user).ok());
        }
        QTemporaryDir dir;
        auto copy = Database::openSqlite(dir.filePath(QStringLiteral("copy.sqlite")));
        QVERIFY(copy.ok());
        Database &to = **copy;
        auto copied = workspacecopy::copy(ws.db(), to);
        QVERIFY2(copied.ok(), qPrintable(copied ? QString() : copied.error().detail));
        for (const auto &[query, exact] : kQueries) {
            QCOMPARE(shown(to, QString::fromUtf8(query), exact), shown(ws.db(), QString::fromUtf8(query), exact));
        }
        QCOMPARE(shown(to, QStringLiteral("da nang"), false).size(), 1);
        QCOMPARE(storedBodies(to), 0);
        QVERIFY(indexesIntact(to));
    }
};

QTEST_GUILESS_MAIN(TestSearchByReference)
#include "tst_search_by_reference.moc"
