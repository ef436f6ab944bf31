// How revisions are stored since migration 22 (issue 17): a snapshot leaves its body apart, and the newest
// revision refers to the article's own body (revisions.body NULL) until that body changes, when the
// database's trigger copies the old body into the revision, whatever wrote the article. The texts a
// revision shows stay the same, and migration 22 converts the revisions of an older workspace in place.
#include "app/storage/ArticleJson.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"
#include "tests/support/SchemaRewind.h"
#include "tests/support/TestWorkspace.h"

#include <QTest>

using namespace toasoan;
using toasoan::test::TestWorkspace;

namespace {

Article draft(int n)
{
    Article a;
    a.title = QStringLiteral("Bài số %1: Phường họp bàn đường giao thông").arg(n);
    a.sapo = QStringLiteral("Sáng nay, Đảng ủy phường đã họp.");
    a.body = QStringLiteral("<p>Nội dung bài %1, \"trích dẫn\" \\ và dòng mới\n\tthụt lề 😀</p>").arg(n);
    a.byline = QStringLiteral("Minh Châu");
    a.tags = {QStringLiteral("giao thông")};
    a.authorId = 1;
    return a;
}

/// revisions.body of one revision: NULL (an invalid QVariant) while it refers to the article's body.
QVariant storedBody(Database &db, qint64 articleId, int number)
{
    auto q =
        db.exec(QStringLiteral("SELECT body FROM revisions WHERE article_id = ? AND number = ?"), {articleId, number});
    if (!q || !q->next()) {
        return QStringLiteral("(no such revision or no body column)");
    }
    return q->isNull(0) ? QVariant() : q->value(0);
}

QString storedSnapshot(Database &db, qint64 articleId, int number)
{
    auto v = db.value(QStringLiteral("SELECT snapshot FROM revisions WHERE article_id = ? AND number = ?"),
                      {articleId, number});
    return v ? v->toString() : QString();
}

QString revisionBody(Database &db, qint64 articleId, int number)
{
    auto r = ArticleRepository(db).revision(articleId, number);
    return r ? r->snapshot.body : QStringLiteral("(error: %1)").arg(r.error().detail);
}

} // namespace

class TestRevisionStorage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TOASOAN_REQUIRE_TEST_BACKEND(); }

    void newestRevisionRefersToTheArticle()
    {
        TestWorkspace ws;
        const qint64 user = ws.addUser(QStringLiteral("lan"));
        ArticleRepository repo(ws.db());
        Article one = draft(1);
        one.authorId = user;
        auto created = repo.create(one, user);
        QVERIFY(created);
        auto bulk = repo.createMany({draft(2), draft(3)}, user);
        QVERIFY(bulk);
        for (qint64 id : {created->id, bulk->at(0), bulk->at(1)}) {
            QCOMPARE(storedBody(ws.db(), id, 1), QVariant());
            QVERIFY(!storedSnapshot(ws.db(), id, 1).contains(QLatin1String("\"body\"")));
            QVERIFY(storedSnapshot(ws.db(), id, 1).contains(QStringLiteral("Bài số")));
            QCOMPARE(revisionBody(ws.db(), id, 1), repo.load(id)->body);
        }
        const QString firstBody = created->body;

        // A save: revision 1 gets the body it saved, revision 2 refers to the article.
        Article edited = *created;
        edited.body = QStringLiteral("<p>Bản sửa lần hai.</p>");
        auto saved = repo.save(edited, user, QStringLiteral("sửa"));
        QVERIFY(saved);
        QCOMPARE(storedBody(ws.db(), created->id, 1), QVariant(firstBody));
        QCOMPARE(storedBody(ws.db(), created->id, 2), QVariant());
        QCOMPARE(revisionBody(ws.db(), created->id, 1), firstBody);
        QCOMPARE(revisionBody(ws.db(), created->id, 2), QStringLiteral("<p>Bản sửa lần hai.</p>"));
        auto second = repo.revision(created->id, 2);
        QVERIFY(second);
        QCOMPARE(second->snapshot.title, edited.title);
        QCOMPARE(second->snapshot.version, saved->version);

        // A save that keeps the body: revisions 2 and 3 both refer to the article's body (it did not change).
        Article retitled = *saved;
        retitled.title = QStringLiteral("Tiêu đề mới");
        auto third = repo.save(retitled, user, QString());
        QVERIFY(third);
        QCOMPARE(revisionBody(ws.db(), created->id, 2), QStringLiteral("<p>Bản sửa lần hai.</p>"));
        QCOMPARE(revisionBody(ws.db(), created->id, 3), QStringLiteral("<p>Bản sửa lần hai.</p>"));
        QCOMPARE(repo.revision(created->id, 2)->snapshot.title, edited.title);
        QCOMPARE(repo.revision(created->id, 3)->snapshot.title, retitled.title);

        // The body changed by anything else (a pull from the server, a statement): the trigger keeps the texts.
        QVERIFY(ws.db().exec(QStringLiteral("UPDATE articles SET body = ? WHERE id = ?"),
                             {QStringLiteral("<p>Ghi đè.</p>"), created->id}));
        QCOMPARE(storedBody(ws.db(), created->id, 3), QVariant(QStringLiteral("<p>Bản sửa lần hai.</p>")));
        QCOMPARE(revisionBody(ws.db(), created->id, 1), firstBody);
        QCOMPARE(revisionBody(ws.db(), created->id, 2), QStringLiteral("<p>Bản sửa lần hai.</p>"));
        QCOMPARE(revisionBody(ws.db(), created->id, 3), QStringLiteral("<p>Bản sửa lần hai.</p>"));
        // The other articles' revisions were not touched.
        QCOMPARE(storedBody(ws.db(), bulk->at(0), 1), QVariant());
        QCOMPARE(revisionBody(ws.db(), bulk->at(0), 1), repo.load(bulk->at(0))->body);
    }

    // A workspace of the schema before migration 22 (revisions with the body inside their JSON snapshot) is
    // converted when opened: the same texts, the bodies apart, the newest revision by reference.
    void migrationConvertsOlderRevisions()
    {
        TestWorkspace ws;
        const qint64 user = ws.addUser(QStringLiteral("lan"));
        ArticleRepository repo(ws.db());
        auto ids = repo.createMany({draft(1), draft(2), draft(3)}, user);
        QVERIFY(ids);
        auto first = repo.load(ids->at(0));
        QVERIFY(first);
        Article edited = *first;
        edited.body = QStringLiteral("<p>Bản sửa.</p>");
        auto saved = repo.save(edited, user, QStringLiteral("sửa"));
        QVERIFY(saved);
        // The third article's newest revision no longer matches its row (written by an older version which
        // changed the row without a revision): it keeps its own body.
        const QList<std::pair<qint64, int>> revisions = {
            {ids->at(0), 1}, {ids->at(0), 2}, {ids->at(1), 1}, {ids->at(2), 1}};
        QList<Article> before;
        for (const auto &[id, number] : revisions) {
            auto r = repo.revision(id, number);
            QVERIFY(r);
            before.append(r->snapshot);
        }
        // Back to the schema before, as an older ToaSoan left it: the whole article in the snapshot.
        Database &db = ws.db();
        if (ws.onPostgres()) {
            QVERIFY(db.exec(QStringLiteral("DROP TRIGGER articles_keep_revision_body ON articles")));
            QVERIFY(db.exec(QStringLiteral("DROP FUNCTION revisions_keep_body()")));
        } else {
            QVERIFY(db.exec(QStringLiteral("DROP TRIGGER articles_keep_revision_body")));
        }
        QVERIFY(db.exec(QStringLiteral("ALTER TABLE revisions DROP COLUMN body")));
        for (qsizetype i = 0; i < revisions.size(); ++i) {
            QVERIFY(db.exec(
                QStringLiteral("UPDATE revisions SET snapshot = ? WHERE article_id = ? AND number = ?"),
                {QString::fromUtf8(articleToJsonText(before.at(i))), revisions.at(i).first, revisions.at(i).second}));
        }
        QVERIFY(db.exec(QStringLiteral("UPDATE articles SET body = ? WHERE id = ?"),
                        {QStringLiteral("<p>Sửa ngoài.</p>"), ids->at(2)}));
        QVERIFY(test::undoSearchBodiesByReference(db));
        QVERIFY(db.exec(QStringLiteral("UPDATE schema_version SET version = 21")));

        auto reopened = Database::open(ws.path());
        QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().detail));
        Database &migrated = **reopened;
        QCOMPARE(migrated.schemaVersion(), Database::latestSchemaVersion());
        ArticleRepository after(migrated);
        for (qsizetype i = 0; i < revisions.size(); ++i) {
            const auto &[id, number] = revisions.at(i);
            auto r = after.revision(id, number);
            QVERIFY(r);
            QCOMPARE(r->snapshot.body, before.at(i).body);
            QCOMPARE(r->snapshot.title, before.at(i).title);
            QCOMPARE(r->snapshot.tags, before.at(i).tags);
            QCOMPARE(r->snapshot.version, before.at(i).version);
            QVERIFY(!storedSnapshot(migrated, id, number).contains(QLatin1String("\"body\"")));
        }
        QCOMPARE(storedBody(migrated, ids->at(0), 1), QVariant(first->body));
        QCOMPARE(storedBody(migrated, ids->at(0), 2), QVariant());
        QCOMPARE(storedBody(migrated, ids->at(1), 1), QVariant());
        QCOMPARE(storedBody(migrated, ids->at(2), 1), QVariant(before.at(3).body));
        // The trigger is back: the next change keeps the newest revision's text.
        QVERIFY(migrated.exec(QStringLiteral("UPDATE articles SET body = ? WHERE id = ?"),
                              {QStringLiteral("<p>Lần nữa.</p>"), ids->at(1)}));
        QCOMPARE(after.revision(ids->at(1), 1)->snapshot.body, before.at(2).body);
    }
};

QTEST_GUILESS_MAIN(TestRevisionStorage)
#include "tst_revision_storage.moc"
