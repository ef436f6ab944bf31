// A working copy offline for weeks while the server deletes (issue 14), against the PostgreSQL test server: the
// copy queued edits of articles the server then trashed or purged, a new article and a comment, while the
// server trashed and purged articles, deleted comments, removed a tag and a category, deactivated a person and
// went on writing. Synced three weeks later (the PC's clock injected), nothing written offline is lost (edits of
// deleted articles come back as drafts), every deletion reaches the copy, and the copy holds what the server
// holds. And what stays on the PC: recovery copies (autosave) and spell words are never queued.
#include "app/spell/PersonalDictionary.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/CommentRepository.h"
#include "app/storage/Database.h"
#include "app/storage/MediaRepository.h"
#include "app/storage/TaxonomyRepository.h"
#include "app/storage/UserRepository.h"
#include "app/sync/SyncEngine.h"
#include "tests/support/PostgresScratch.h"
#include "tests/sync/SyncTestSupport.h"

#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace toasoan;
using toasoan::test::PostgresScratch;

namespace {

const QString kPassword = test::kSyncPassword;
using test::scalar;

/// The rows of `sql` (its columns joined), sorted: two databases compared by what they hold, not by ids.
QStringList rows(Database &db, const QString &sql)
{
    QStringList out;
    auto q = db.exec(sql);
    if (!q) {
        return {QStringLiteral("error: ") + q.error().detail};
    }
    while (q->next()) {
        QStringList values;
        for (int i = 0; i < q->record().count(); ++i) {
            values.append(q->isNull(i) ? QStringLiteral("NULL") : q->value(i).toString());
        }
        out.append(values.join(QLatin1Char('|')));
    }
    out.sort();
    return out;
}

Article draft(const QString &title, const QString &body)
{
    Article a;
    a.title = title;
    a.sapo = QStringLiteral("Tin từ xã Tân Lập.");
    a.body = body;
    return a;
}

} // namespace

class TestSyncOffline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (PostgresScratch::serverLocation().isEmpty()) {
            QSKIP("No PostgreSQL test server (TOASOAN_TEST_PG)");
        }
    }

    void weeksOfflineWithServerDeletions()
    {
        PostgresScratch scratch;
        QVERIFY(scratch.ok());
        auto opened = Database::open(scratch.location());
        QVERIFY(opened);
        Database &server = **opened;
        UserRepository users(server);
        auto lan = users.create(QStringLiteral("lan"), QStringLiteral("Nguyễn Thị Lan"), Role::Reporter, kPassword);
        auto hoa = users.create(QStringLiteral("hoa"), QStringLiteral("Phạm Thu Hoa"), Role::Reporter, kPassword);
        auto bientap =
            users.create(QStringLiteral("bientap"), QStringLiteral("Trần Văn Biên"), Role::Editor, kPassword);
        QVERIFY(lan && hoa && bientap);
        TaxonomyRepository taxonomy(server);
        auto kinhTe = taxonomy.createCategory(QStringLiteral("Kinh tế"));
        auto xaHoi = taxonomy.createCategory(QStringLiteral("Xã hội")); // removed later: no article has it
        auto giaoThong = taxonomy.findOrCreateTag(QStringLiteral("Giao thông"));
        auto cu = taxonomy.findOrCreateTag(QStringLiteral("Đường sá")); // merged into Giao thông later
        QVERIFY(kinhTe && xaHoi && giaoThong && cu);

        ArticleRepository onServer(server);
        QList<Article> a; // a[0] trashed, a[1] purged, a[2] kept (all three edited offline); a[3] purged, a[4] kept
        for (int i = 0; i < 5; ++i) {
            Article d =
                draft(QStringLiteral("Bài %1 của Lan").arg(i + 1), QStringLiteral("<p>Bản đầu %1.</p>").arg(i + 1));
            d.categoryId = kinhTe->id;
            d.tags = {i == 4 ? cu->name : giaoThong->name};
            auto created = onServer.create(d, lan->id);
            QVERIFY(created);
            a.append(*created);
        }
        CommentRepository comments(server);
        for (int i : {0, 3, 4}) {
            Comment c;
            c.articleId = a[i].id;
            c.authorId = bientap->id;
            c.body = QStringLiteral("Cần thêm ảnh.");
            QVERIFY(comments.add(c));
        }

        // The PC syncs, then goes offline; its clock reads three weeks later when it comes back.
        QTemporaryDir dir;
        auto copyOpened = Database::openSqlite(dir.filePath(QStringLiteral("copy.sqlite")));
        QVERIFY(copyOpened);
        Database &copy = **copyOpened;
        qint64 offsetDays = 0;
        sync::SyncEngine engine(server, copy,
                                [&offsetDays] { return QDateTime::currentDateTimeUtc().addDays(offsetDays); });
        QVERIFY(engine.pull());
        ArticleRepository onCopy(copy);
        auto editOffline = [&](int i) {
            auto local = onCopy.loadByUuid(a[i].uuid);
            if (!local) {
                return false;
            }
            local->body = QStringLiteral("<p>Lan sửa bài %1 khi ngoại tuyến.</p>").arg(i + 1);
            return bool(onCopy.save(*local, scalar(copy, QStringLiteral("SELECT id FROM users WHERE login = 'lan'"))));
        };
        QVERIFY(editOffline(0) && editOffline(1) && editOffline(2));
        const qint64 lanOnCopy = scalar(copy, QStringLiteral("SELECT id FROM users WHERE login = 'lan'"));
        auto written =
            onCopy.create(draft(QStringLiteral("Bài viết khi mất mạng"), QStringLiteral("<p>Mới.</p>")), lanOnCopy);
        QVERIFY(written);
        Comment reply;
        reply.articleId = onCopy.loadByUuid(a[2].uuid)->id;
        reply.authorId = lanOnCopy;
        reply.body = QStringLiteral("Em đã bổ sung ảnh.");
        QVERIFY(CommentRepository(copy).add(reply));
        QCOMPARE(scalar(copy, QStringLiteral("SELECT count(*) FROM pending_ops")), 5);

        // Meanwhile, on the server: deletions of every kind, and plenty of other work.
        QVERIFY(onServer.moveToTrash(a[0].id, bientap->id));
        QVERIFY(onServer.moveToTrash(a[1].id, bientap->id));
        QVERIFY(server.exec(QStringLiteral("DELETE FROM articles WHERE id IN (?, ?)"), {a[1].id, a[3].id}));
        QVERIFY(server.exec(QStringLiteral("DELETE FROM comments WHERE article_id = ?"), {a[4].id}));
        QVERIFY(taxonomy.mergeTag(cu->id, giaoThong->id));
        QVERIFY(taxonomy.deleteCategory(xaHoi->id));
        QVERIFY(users.setActive(hoa->id, false));
        for (int i = 0; i < 60; ++i) {
            QVERIFY(
                onServer.create(draft(QStringLiteral("Tin tuần %1").arg(i / 10 + 1) + QStringLiteral(" số %1").arg(i),
                                      QStringLiteral("<p>Nội dung %1.</p>").arg(i)),
                                bientap->id));
        }
        Article edited = onServer.load(a[4].id).value();
        edited.title = QStringLiteral("Bài 5 của Lan (biên tập)");
        QVERIFY(onServer.save(edited, bientap->id));

        offsetDays = 21;
        auto synced = engine.sync();
        QVERIFY2(synced,
                 synced ? "" : qPrintable(synced.error().message + QStringLiteral(" ") + synced.error().detail));
        QCOMPARE(synced->push.pushed, 5);
        QCOMPARE(synced->push.restored, 2); // the trashed and the purged one, back as drafts
        QCOMPARE(synced->push.conflicts, 0);
        QVERIFY(synced->pull.deleted >= 4);                           // a purged article, comments, a tag, a category
        QVERIFY(synced->pull.clockSkewMs < -20LL * 24 * 3600 * 1000); // the PC's clock is three weeks ahead
        QCOMPARE(scalar(copy, QStringLiteral("SELECT count(*) FROM pending_ops")), 0);

        // Nothing written offline is lost.
        for (int i : {0, 1, 2}) {
            auto back = onServer.loadByUuid(a[i].uuid);
            QVERIFY2(back, qPrintable(a[i].title));
            QCOMPARE(back->body, QStringLiteral("<p>Lan sửa bài %1 khi ngoại tuyến.</p>").arg(i + 1));
            QCOMPARE(back->state, WorkflowState::Draft);
            QCOMPARE(back->authorId, lan->id);
            QVERIFY(!back->deletedAt.isValid());
        }
        QVERIFY(onServer.loadByUuid(written->uuid));
        QCOMPARE(scalar(server, QStringLiteral("SELECT count(*) FROM comments WHERE body = 'Em đã bổ sung ảnh.'")), 1);
        // Every deletion reached the copy, and the copy holds what the server holds.
        QVERIFY(!onCopy.loadByUuid(a[3].uuid));
        QCOMPARE(scalar(copy, QStringLiteral("SELECT count(*) FROM tags WHERE name = 'Đường sá'")), 0);
        QCOMPARE(scalar(copy, QStringLiteral("SELECT count(*) FROM categories WHERE name = 'Xã hội'")), 0);
        QCOMPARE(scalar(copy, QStringLiteral("SELECT active FROM users WHERE login = 'hoa'")), 0);
        const QString articlesSql = QStringLiteral(
            "SELECT a.uuid, a.title, a.body, a.state, CASE WHEN a.deleted_at IS NULL THEN 1 ELSE 0 END, u.login, "
            "(SELECT group_concat(t.name) FROM article_tags x JOIN tags t ON t.id = x.tag_id WHERE x.article_id = "
            "a.id) "
            "FROM articles a JOIN users u ON u.id = a.author_id");
        const QString commentsSql =
            QStringLiteral("SELECT c.uuid, c.body, a.uuid FROM comments c JOIN articles a ON a.id = c.article_id");
        QCOMPARE(rows(copy, articlesSql), rows(server, QString(articlesSql)
                                                           .replace(QStringLiteral("group_concat(t.name)"),
                                                                    QStringLiteral("string_agg(t.name, ',')"))));
        QCOMPARE(rows(copy, commentsSql), rows(server, commentsSql));
        QCOMPARE(rows(copy, QStringLiteral("SELECT name FROM tags")),
                 rows(server, QStringLiteral("SELECT name FROM tags")));
        QCOMPARE(rows(copy, QStringLiteral("SELECT name FROM categories")),
                 rows(server, QStringLiteral("SELECT name FROM categories")));
        QCOMPARE(scalar(copy, QStringLiteral("SELECT count(*) FROM articles WHERE deleted_at IS NULL")), 65);
        QCOMPARE(scalar(server, QStringLiteral("SELECT count(*) FROM articles WHERE deleted_at IS NULL")), 65);
        QCOMPARE(scalar(copy, QStringLiteral("SELECT count(*) FROM comments")), 2);
    }

    void localChangesAreNotQueued()
    {
        PostgresScratch scratch;
        QVERIFY(scratch.ok());
        auto opened = Database::open(scratch.location());
        QVERIFY(opened);
        Database &server = **opened;
        auto lan = UserRepository(server).create(QStringLiteral("lan"), QStringLiteral("Nguyễn Thị Lan"),
                                                 Role::Reporter, kPassword);
        QVERIFY(lan);
        auto article =
            ArticleRepository(server).create(draft(QStringLiteral("Đường mới"), QStringLiteral("<p>A.</p>")), lan->id);
        QVERIFY(article);
        QTemporaryDir dir;
        auto copyOpened = Database::openSqlite(dir.filePath(QStringLiteral("copy.sqlite")));
        QVERIFY(copyOpened);
        Database &copy = **copyOpened;
        sync::SyncEngine engine(server, copy);
        QVERIFY(engine.pull());
        QVERIFY(copy.isWorkingCopy());

        ArticleRepository onCopy(copy);
        Article typed = onCopy.loadByUuid(article->uuid).value();
        typed.body = QStringLiteral("<p>Đang gõ dở.</p>");
        QVERIFY(onCopy.autosave(typed, lan->id));
        QVERIFY(onCopy.recovery(typed.id).value().has_value());
        PersonalDictionary words(copy);
        QVERIFY(words.add(QStringLiteral("Khuổi"), lan->id));
        QVERIFY(words.add(QStringLiteral("Nặm"), lan->id));
        QVERIFY(words.remove(QStringLiteral("Nặm")));
        QCOMPARE(scalar(copy, QStringLiteral("SELECT count(*) FROM pending_ops")), 0);
        // New pictures are not pushed, so a copy refuses them (a picture the server has already is found).
        const QByteArray picture = QByteArrayLiteral("GIF89a\x01\x00\x01\x00\x00\x00\x00;");
        QVERIFY(MediaRepository(server).addFromBytes(picture, QStringLiteral("cu.gif")));
        QVERIFY(engine.pull());
        QVERIFY(MediaRepository(copy).addFromBytes(picture, QStringLiteral("cu.gif")));
        auto fresh = MediaRepository(copy).addFromBytes(QByteArrayLiteral("GIF89a moi"), QStringLiteral("moi.gif"));
        QVERIFY(!fresh);
        QCOMPARE(fresh.error().code, ErrorCode::Offline);
        QCOMPARE(scalar(copy, QStringLiteral("SELECT count(*) FROM media")), 1);
        // The control: an explicit save is queued.
        typed.title = QStringLiteral("Đường mới ở Tân Lập");
        QVERIFY(onCopy.save(typed, lan->id));
        QCOMPARE(scalar(copy, QStringLiteral("SELECT count(*) FROM pending_ops")), 1);
        QVERIFY(onCopy.autosave(typed, lan->id)); // typing on after the save
        QCOMPARE(scalar(copy, QStringLiteral("SELECT count(*) FROM pending_ops")), 1);

        auto synced = engine.sync();
        QVERIFY(synced);
        QCOMPARE(synced->push.pushed, 1);
        // The server has the saved text, not the recovery copy nor the words; the PC keeps both.
        QCOMPARE(ArticleRepository(server).loadByUuid(article->uuid)->title, QStringLiteral("Đường mới ở Tân Lập"));
        QCOMPARE(scalar(server, QStringLiteral("SELECT count(*) FROM spell_words")), 0);
        QCOMPARE(scalar(server, QStringLiteral("SELECT count(*) FROM recoveries")), 0);
        QCOMPARE(scalar(copy, QStringLiteral("SELECT count(*) FROM spell_words WHERE word = 'Khuổi'")), 1);
        QVERIFY(onCopy.recovery(onCopy.loadByUuid(article->uuid)->id).value().has_value());
    }
};

QTEST_GUILESS_MAIN(TestSyncOffline)
#include "tst_sync_offline.moc"
