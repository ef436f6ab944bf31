// ArticleRepository: every field round-trips NFC, stale saves conflict, autosave, list, trash.
#include "app/storage/ArticleIndexer.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/EventLog.h"
#include "tests/support/TestWorkspace.h"

#include <QTest>

using namespace toasoan;
using toasoan::test::TestWorkspace;

namespace {

QString nfd(const QString &s)
{
    return s.normalized(QString::NormalizationForm_D);
}

Article sampleArticle(const QString &title)
{
    Article a;
    a.title = title;
    a.sapo = QStringLiteral("Sáng ngày 9/11, Quận ủy tổ chức Hội nghị giao ban Ban Chủ nhiệm Chương trình số 04.");
    a.body = QStringLiteral("<p>(NTL) Dự và chỉ đạo Hội nghị có đồng chí Phó Bí thư Thường trực Quận uỷ.</p>"
                            "<p>Đặc biệt, quận đã tổ chức thành công Đại hội thể thao Đông Nam Á.</p>");
    a.tags = {QStringLiteral("Quận ủy"), QStringLiteral("giao ban")};
    a.byline = QStringLiteral("Trần Hòa");
    a.source = QStringLiteral("Ban Tuyên giáo Quận ủy");
    a.dateline = QStringLiteral("NTL");
    a.featuredImageCaption = QStringLiteral("Quang cảnh hội nghị");
    a.scheduledAt = QDateTime(QDate(2022, 11, 9), QTime(15, 32), Qt::UTC);
    a.notes = QStringLiteral("Chờ ảnh từ phóng viên ảnh");
    return a;
}

/// Records what ArticleRepository tells the index, and fails when asked to.
class RecordingIndexer final : public ArticleIndexer
{
public:
    Result<void> articleWritten(Database &, const Article &article) const override
    {
        written.append(article.title);
        return fail ? Result<void>(makeError(ErrorCode::Storage, QStringLiteral("index is full"))) : Result<void>{};
    }
    Result<void> articlesCreatedInBulk(Database &, const QList<qint64> &articleIds) const override
    {
        bulk += articleIds;
        return {};
    }

    bool fail = false;
    mutable QStringList written;
    mutable QList<qint64> bulk;
};

} // namespace

class TestArticleRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TOASOAN_REQUIRE_TEST_BACKEND(); }
    void roundTripsEveryField_data()
    {
        QTest::addColumn<bool>("decomposed");
        QTest::newRow("nominal: NFC input") << false;
        QTest::newRow("robustness: NFD input is stored NFC") << true;
    }

    void roundTripsEveryField()
    {
        QFETCH(bool, decomposed);
        TestWorkspace ws;
        QVERIFY(ws.ok());
        const qint64 user = ws.addUser(QStringLiteral("lan"));
        QVERIFY(user > 0);
        auto cat = ws.db().insert(QStringLiteral("INSERT INTO categories (name, slug) VALUES (?, ?) RETURNING id"),
                                  {QStringLiteral("Tin tức hoạt động"), QStringLiteral("tin-tuc")});
        QVERIFY(cat.ok());

        const Article expected = sampleArticle(QStringLiteral("Hội nghị giao ban Ban chủ nhiệm chương trình 04"));
        Article input = expected;
        input.categoryId = *cat;
        if (decomposed) {
            input.title = nfd(input.title);
            input.sapo = nfd(input.sapo);
            input.body = nfd(input.body);
            input.tags = {nfd(input.tags[0]), input.tags[1]};
            input.byline = nfd(input.byline);
            input.source = nfd(input.source);
            input.featuredImageCaption = nfd(input.featuredImageCaption);
            input.notes = nfd(input.notes);
            QVERIFY(input.title != expected.title);
        }

        ArticleRepository repo(ws.db());
        auto created = repo.create(input, user);
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().detail));
        QVERIFY(!created->uuid.isNull());
        QCOMPARE(created->version, 1);
        QCOMPARE(created->slug, QStringLiteral("hoi-nghi-giao-ban-ban-chu-nhiem-chuong-trinh-04"));

        auto loaded = repo.load(created->id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->title, expected.title);
        QCOMPARE(loaded->sapo, expected.sapo);
        QCOMPARE(loaded->body, expected.body);
        QCOMPARE(loaded->tags, expected.tags);
        QCOMPARE(loaded->byline, expected.byline);
        QCOMPARE(loaded->source, expected.source);
        QCOMPARE(loaded->dateline, expected.dateline);
        QCOMPARE(loaded->featuredImageCaption, expected.featuredImageCaption);
        QCOMPARE(loaded->scheduledAt, expected.scheduledAt);
        QCOMPARE(loaded->notes, expected.notes);
        QCOMPARE(loaded->categoryId, *cat);
        QCOMPARE(loaded->authorId, user);
        QCOMPARE(loaded->state, WorkflowState::Draft);
        QCOMPARE(loaded->uuid, created->uuid);
        QVERIFY(loaded->createdAt.isValid());
        QVERIFY(!loaded->isTrashed());

        auto byUuid = repo.loadByUuid(created->uuid);
        QVERIFY(byUuid.ok());
        QCOMPARE(byUuid->id, created->id);
    }

    // The database's indexer hears every write inside its transaction: its failure undoes the write.
    void indexerSeesEveryWriteAndItsFailureRollsBack()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        const qint64 user = ws.addUser(QStringLiteral("lan"));
        RecordingIndexer indexer;
        ws.db().setArticleIndexer(&indexer);
        ArticleRepository repo(ws.db());

        auto created = repo.create(sampleArticle(QStringLiteral("Bản tin sáng")), user);
        QVERIFY(created.ok());
        QCOMPARE(indexer.written, QStringList{QStringLiteral("Bản tin sáng")});

        indexer.fail = true;
        Article edited = *created;
        edited.title = QStringLiteral("Bản tin chiều");
        auto saved = repo.save(edited, user);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().message, QStringLiteral("index is full"));
        const Article stored = repo.load(created->id).value();
        QCOMPARE(stored.title, QStringLiteral("Bản tin sáng"));
        QCOMPARE(stored.version, created->version);

        indexer.fail = false;
        auto ids = repo.createMany({sampleArticle(QStringLiteral("Một")), sampleArticle(QStringLiteral("Hai"))}, user);
        QVERIFY(ids.ok());
        QCOMPARE(indexer.bulk, *ids);
        QCOMPARE(indexer.written.size(), 2); // the failed save was heard, the bulk write was not
    }

    // A database opened without the search side attached loses no article to search: writes wait
    // in the backlog until an indexer works it off.
    void writesWithoutAnIndexerWaitInTheSearchBacklog()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        const qint64 user = ws.addUser(QStringLiteral("lan"));
        ws.db().setArticleIndexer(nullptr);
        ArticleRepository repo(ws.db());
        auto created = repo.create(sampleArticle(QStringLiteral("Bản tin sáng")), user);
        QVERIFY(created.ok());
        Article edited = *created;
        edited.title = QStringLiteral("Bản tin chiều");
        QVERIFY(repo.save(edited, user).ok());
        auto ids = repo.createMany({sampleArticle(QStringLiteral("Một")), sampleArticle(QStringLiteral("Hai"))}, user);
        QVERIFY(ids.ok());
        auto waiting = ws.db().value(QStringLiteral("SELECT count(*) FROM search_backlog"));
        QVERIFY(waiting.ok());
        QCOMPARE(waiting->toInt(), 3);
    }

    void saveMakesRevisionAndStaleSaveConflicts()
    {
        TestWorkspace ws;
        const qint64 lan = ws.addUser(QStringLiteral("lan"));
        const qint64 minh = ws.addUser(QStringLiteral("minh"), Role::Editor);
        ArticleRepository repo(ws.db());
        auto created = repo.create(sampleArticle(QStringLiteral("Bản nháp đầu")), lan);
        QVERIFY(created.ok());

        Article mine = *created;   // the reporter's window
        Article theirs = *created; // the editor's window, opened at the same version
        theirs.title = QStringLiteral("Tít do biên tập viên sửa");
        auto saved = repo.save(theirs, minh, QStringLiteral("Sửa tít"));
        QVERIFY(saved.ok());
        QCOMPARE(saved->version, 2);

        mine.body = QStringLiteral("<p>Nội dung của phóng viên</p>");
        auto stale = repo.save(mine, lan);
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().code, ErrorCode::Conflict);
        QVERIFY(!stale.error().message.isEmpty());

        auto now = repo.load(created->id);
        QCOMPARE(now->title, QStringLiteral("Tít do biên tập viên sửa"));
        QCOMPARE(now->body, created->body);
        QCOMPARE(now->version, 2);

        auto revisions = repo.revisions(created->id);
        QVERIFY(revisions.ok());
        QCOMPARE(revisions->size(), 2);
        QCOMPARE(revisions->at(0).number, 2);
        QCOMPARE(revisions->at(0).authorId, minh);
        QCOMPARE(revisions->at(0).note, QStringLiteral("Sửa tít"));
        auto first = repo.revision(created->id, 1);
        QVERIFY(first.ok());
        QCOMPARE(first->snapshot.title, QStringLiteral("Bản nháp đầu"));
        QVERIFY(first->snapshot.sameContent(*created));
        QCOMPARE(repo.revision(created->id, 9).error().code, ErrorCode::NotFound);
    }

    void autosaveKeepsOneRecoveryCopyWithoutRevisions()
    {
        TestWorkspace ws;
        const qint64 lan = ws.addUser(QStringLiteral("lan"));
        ArticleRepository repo(ws.db());
        auto created = repo.create(sampleArticle(QStringLiteral("Tin nhanh")), lan);
        QVERIFY(created.ok());
        Article editing = *created;
        for (int i = 1; i <= 5; ++i) {
            editing.body = QStringLiteral("<p>Đoạn %1 đang gõ dở…</p>").arg(i);
            QVERIFY(repo.autosave(editing, lan).ok());
        }
        auto rec = repo.recovery(created->id);
        QVERIFY(rec.ok() && rec->has_value());
        QCOMPARE((*rec)->article.body, QStringLiteral("<p>Đoạn 5 đang gõ dở…</p>"));
        QCOMPARE((*rec)->baseVersion, 1);
        QCOMPARE(repo.recoveries(lan)->size(), 1);
        QCOMPARE(repo.revisions(created->id)->size(), 1);
        QCOMPARE(repo.load(created->id)->version, 1);

        QVERIFY(repo.save(editing, lan).ok());
        QVERIFY(!repo.recovery(created->id)->has_value());

        Article missing = editing;
        missing.id = 9999;
        QCOMPARE(repo.autosave(missing, lan).error().code, ErrorCode::NotFound);
    }

    void discardUnsavedNewDeletesOnlyAnUnsavedDraft()
    {
        TestWorkspace ws;
        const qint64 lan = ws.addUser(QStringLiteral("lan"));
        const qint64 minh = ws.addUser(QStringLiteral("minh"));
        ArticleRepository repo(ws.db());
        auto fresh = repo.create(sampleArticle(QStringLiteral("Bài bỏ dở")), lan);
        QVERIFY(fresh.ok());
        Article typing = *fresh;
        typing.body = QStringLiteral("<p>Gõ thêm…</p>");
        QVERIFY(repo.autosave(typing, lan).ok());
        // Someone else's new article is not theirs to throw away.
        QCOMPARE(repo.discardUnsavedNew(fresh->id, minh).error().code, ErrorCode::Invalid);
        QVERIFY(repo.discardUnsavedNew(fresh->id, lan).ok());
        QCOMPARE(repo.load(fresh->id).error().code, ErrorCode::NotFound);
        QVERIFY(repo.recoveries(lan)->isEmpty());
        QCOMPARE(repo.list({})->total, 0);
        QCOMPARE(repo.discardUnsavedNew(fresh->id, lan).error().code, ErrorCode::NotFound);

        // Saved once, or submitted: kept.
        auto saved = repo.create(sampleArticle(QStringLiteral("Bài đã lưu")), lan);
        QVERIFY(repo.save(*saved, lan).ok());
        QCOMPARE(repo.discardUnsavedNew(saved->id, lan).error().code, ErrorCode::Invalid);
        auto submitted = repo.create(sampleArticle(QStringLiteral("Bài đã gửi")), lan);
        QVERIFY(repo.transition(submitted->id, WorkflowState::Submitted, lan).ok());
        QCOMPARE(repo.discardUnsavedNew(submitted->id, lan).error().code, ErrorCode::Invalid);
        QCOMPARE(repo.list({})->total, 2);
    }

    void transitionsWriteTheEventLog()
    {
        TestWorkspace ws;
        const qint64 lan = ws.addUser(QStringLiteral("lan"));
        ArticleRepository repo(ws.db());
        auto a = repo.create(sampleArticle(QStringLiteral("Tin gửi duyệt")), lan);
        QVERIFY(a.ok());
        auto moved = repo.transition(a->id, WorkflowState::Submitted, lan, QStringLiteral("Gửi duyệt"), a->version);
        QVERIFY(moved.ok());
        QCOMPARE(moved->state, WorkflowState::Submitted);
        QCOMPARE(moved->version, 2);
        auto stale = repo.transition(a->id, WorkflowState::Draft, lan, {}, 1);
        QCOMPARE(stale.error().code, ErrorCode::Conflict);

        auto events = EventLog(ws.db()).forArticle(a->id);
        QVERIFY(events.ok());
        QCOMPARE(events->size(), 2);
        QCOMPARE(events->at(0).action, QStringLiteral("create"));
        QCOMPARE(events->at(1).action, QStringLiteral("transition"));
        QCOMPARE(events->at(1).fromState, std::optional(WorkflowState::Draft));
        QCOMPARE(events->at(1).toState, std::optional(WorkflowState::Submitted));
        QCOMPARE(events->at(1).userId, lan);
        QCOMPARE(events->at(1).comment, QStringLiteral("Gửi duyệt"));
    }

    void trashAndRestore()
    {
        TestWorkspace ws;
        const qint64 lan = ws.addUser(QStringLiteral("lan"));
        ArticleRepository repo(ws.db());
        auto a = repo.create(sampleArticle(QStringLiteral("Bài bỏ đi")), lan);
        QVERIFY(a.ok());
        QVERIFY(repo.moveToTrash(a->id, lan).ok());
        QCOMPARE(repo.list({})->total, 0);
        ArticleQuery trash;
        trash.trash = ArticleQuery::Trash::Only;
        QCOMPARE(repo.list(trash)->total, 1);
        QCOMPARE(repo.save(*a, lan).error().code, ErrorCode::Invalid);
        QVERIFY(repo.restoreFromTrash(a->id, lan).ok());
        QCOMPARE(repo.list({})->total, 1);
        QVERIFY(repo.save(*a, lan).ok());
        QCOMPARE(repo.moveToTrash(4242, lan).error().code, ErrorCode::NotFound);
    }

    void listFiltersSortsAndPages()
    {
        TestWorkspace ws;
        const qint64 lan = ws.addUser(QStringLiteral("lan"), Role::Reporter, QStringLiteral("Nguyễn Thị Lan"));
        const qint64 minh = ws.addUser(QStringLiteral("minh"), Role::Reporter, QStringLiteral("Trần Văn Minh"));
        auto cat = ws.db().insert(QStringLiteral("INSERT INTO categories (name, slug) VALUES (?, ?) RETURNING id"),
                                  {QStringLiteral("Y tế"), QStringLiteral("y-te")});
        ArticleRepository repo(ws.db());
        for (int i = 0; i < 25; ++i) {
            Article a = sampleArticle(QStringLiteral("Bài số %1").arg(i, 2, 10, QLatin1Char('0')));
            a.categoryId = i % 5 == 0 ? *cat : 0;
            auto created = repo.create(a, i % 2 ? minh : lan);
            QVERIFY(created.ok());
            if (i % 3 == 0) {
                QVERIFY(repo.transition(created->id, WorkflowState::Submitted, lan).ok());
            }
        }
        ArticleQuery q;
        q.limit = 10;
        auto page1 = repo.list(q);
        QVERIFY(page1.ok());
        QCOMPARE(page1->total, 25);
        QCOMPARE(page1->items.size(), 10);
        QCOMPARE(page1->items.first().authorName.isEmpty(), false);
        q.offset = 20;
        QCOMPARE(repo.list(q)->items.size(), 5);

        ArticleQuery byState;
        byState.states = {WorkflowState::Submitted};
        QCOMPARE(repo.list(byState)->total, 9);
        ArticleQuery byAuthor;
        byAuthor.authorId = minh;
        QCOMPARE(repo.list(byAuthor)->total, 12);
        ArticleQuery byCategory;
        byCategory.categoryId = *cat;
        auto inCat = repo.list(byCategory);
        QCOMPARE(inCat->total, 5);
        QCOMPARE(inCat->items.first().categoryName, QStringLiteral("Y tế"));

        ArticleQuery byTitle;
        byTitle.sortBy = ArticleQuery::SortBy::Title;
        byTitle.order = Qt::AscendingOrder;
        byTitle.limit = 3;
        auto sorted = repo.list(byTitle);
        QCOMPARE(sorted->items.at(0).title, QStringLiteral("Bài số 00"));
        QCOMPARE(sorted->items.at(2).title, QStringLiteral("Bài số 02"));

        ArticleQuery future;
        future.updatedFrom = QDateTime::currentDateTimeUtc().addDays(1);
        QCOMPARE(repo.list(future)->total, 0);
    }
};

QTEST_GUILESS_MAIN(TestArticleRepository)
#include "tst_article_repository.moc"
