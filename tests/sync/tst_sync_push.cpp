// The offline working copy's push (app/sync, issue 14, step 3) against the PostgreSQL test server: changes made
// on a copy are queued with the change itself (storage/PendingOps.h), what needs the server is refused with
// ErrorCode::Offline, and SyncEngine::push() applies the queue once, whatever the connection does
// (tests/support/CutProxy), merging three ways: one current version and one conflict copy when two PCs changed
// the same text, field by field for metadata, an edit of a deleted article back as its author's draft; a PC's
// clock changes no outcome; `toasoan sync` pushes and `toasoan status` counts what waits.
#include "app/storage/ArticleJson.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/CommentRepository.h"
#include "app/storage/Database.h"
#include "app/storage/EditLockRepository.h"
#include "app/storage/UserRepository.h"
#include "app/sync/SyncEngine.h"
#include "app/workflow/ConflictResolution.h"
#include "app/workflow/Inbox.h"
#include "tests/support/CliProcess.h"
#include "tests/support/CutProxy.h"
#include "tests/support/PostgresScratch.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace toasoan;
using toasoan::test::CutProxy;
using toasoan::test::PostgresScratch;

namespace {

const QString kPassword = QStringLiteral("mat-khau-1");

qint64 count(Database &db, const QString &sql, const QVariantList &values = {})
{
    auto v = db.value(sql, values);
    if (!v) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(v.error().detail));
        return -1;
    }
    return v->toLongLong();
}

qint64 userId(Database &db, const char *login)
{
    return count(db, QStringLiteral("SELECT id FROM users WHERE login = ?"), {QString::fromLatin1(login)});
}

/// A PC: its working copy of the server and the engine between them.
struct Pc
{
    QTemporaryDir dir;
    std::unique_ptr<Database> copy;
    std::unique_ptr<sync::SyncEngine> engine;

    Pc(Database &server, Clock clock = systemClock())
    {
        auto opened = Database::openSqlite(dir.filePath(QStringLiteral("copy.sqlite")));
        if (opened) {
            copy = std::move(opened).value();
            engine = std::make_unique<sync::SyncEngine>(server, *copy, std::move(clock));
        }
    }
    bool pull()
    {
        auto r = engine->pull();
        if (!r) {
            qWarning("pull: %s (%s)", qPrintable(r.error().message), qPrintable(r.error().detail));
        }
        return bool(r);
    }
    Result<sync::PushReport> push() { return engine->push(); }
    /// An offline edit of the article `uuid` by `login`: `change` applied to it, saved on the copy.
    bool edit(const QUuid &uuid, const char *login, const std::function<void(Article &)> &change)
    {
        ArticleRepository articles(*copy);
        auto a = articles.loadByUuid(uuid);
        if (!a) {
            return false;
        }
        Article changed = *a;
        change(changed);
        auto saved = articles.save(changed, userId(*copy, login));
        if (!saved) {
            qWarning("save: %s (%s)", qPrintable(saved.error().message), qPrintable(saved.error().detail));
        }
        return bool(saved);
    }
    qint64 pending() { return count(*copy, QStringLiteral("SELECT count(*) FROM pending_ops")); }
};

struct Newsroom
{
    PostgresScratch scratch;
    std::unique_ptr<Database> server;
    qint64 lan = 0;
    QUuid article; ///< lan's draft
    QUuid submitted;

    Newsroom()
    {
        if (!scratch.ok()) {
            return;
        }
        auto opened = Database::open(scratch.location());
        if (!opened) {
            return;
        }
        server = std::move(opened).value();
        UserRepository users(*server);
        auto u = users.create(QStringLiteral("lan"), QStringLiteral("Nguyễn Thị Lan"), Role::Reporter, kPassword);
        if (!u || !users.create(QStringLiteral("bientap"), QStringLiteral("Trần Văn Biên"), Role::Editor, kPassword)) {
            server.reset();
            return;
        }
        lan = u->id;
        Article a;
        a.title = QStringLiteral("Đường mới ở Tân Lập");
        a.sapo = QStringLiteral("Xã Tân Lập khánh thành con đường bê tông.");
        a.body = QStringLiteral("<p>Sáng nay, con đường dài 3 km đã thông xe.</p>");
        a.byline = QStringLiteral("Lan");
        ArticleRepository articles(*server);
        auto created = articles.create(a, lan);
        Article b = a;
        b.title = QStringLiteral("Chợ phiên");
        auto other = articles.create(b, lan);
        if (!created || !other || !articles.transition(other->id, WorkflowState::Submitted, lan)) {
            server.reset();
            return;
        }
        article = created->uuid;
        submitted = other->uuid;
    }
    bool ok() const { return server != nullptr; }
    Article onServer(const QUuid &uuid) { return ArticleRepository(*server).loadByUuid(uuid).value(); }
    qint64 revisions(const QUuid &uuid)
    {
        return count(*server,
                     QStringLiteral("SELECT count(*) FROM revisions r JOIN articles a ON a.id = r.article_id WHERE "
                                    "a.uuid = ?"),
                     {uuid.toString(QUuid::WithoutBraces)});
    }
    qint64 conflicts() { return count(*server, QStringLiteral("SELECT count(*) FROM revisions WHERE conflict = 1")); }
};

/// The conflict copies on the server: their texts, as the history reads them.
QList<Article> conflictCopies(Database &server)
{
    QList<Article> out;
    auto q = server.exec(QStringLiteral("SELECT article_id, number FROM revisions WHERE conflict = 1 ORDER BY id"));
    while (q && q->next()) {
        auto revision = ArticleRepository(server).revision(q->value(0).toLongLong(), q->value(1).toInt());
        if (revision) {
            out.append(revision->snapshot);
        }
    }
    return out;
}

Result<sync::PushReport> pushUntilDone(Pc &pc)
{
    Result<sync::PushReport> done = makeError(ErrorCode::Network, QStringLiteral("not tried"));
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 20000 && !(done = pc.push())) {
        QTest::qWait(200);
    }
    return done;
}

} // namespace

class TestSyncPush : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (PostgresScratch::serverLocation().isEmpty()) {
            QSKIP("TOASOAN_TEST_PG is not set: start scripts/test-servers/postgres.sh and eval its env");
        }
    }

    // What a copy writes is queued with it; what needs the server is refused on the copy; the push applies
    // the queue and empties it; the pull then brings the server's rows.
    void changesAreQueuedAndPushed()
    {
        Newsroom office;
        QVERIFY(office.ok());
        Pc pc(*office.server);
        QVERIFY(pc.pull());
        QVERIFY(pc.copy->isWorkingCopy());
        const qint64 lan = userId(*pc.copy, "lan");
        const qint64 baseVersion = count(*pc.copy, QStringLiteral("SELECT row_version FROM articles WHERE uuid = ?"),
                                         {office.article.toString(QUuid::WithoutBraces)});
        QVERIFY(baseVersion > 0);

        // Created, edited and commented on here.
        ArticleRepository articles(*pc.copy);
        Article fresh;
        fresh.title = QStringLiteral("Mưa lớn ở vùng cao");
        fresh.body = QStringLiteral("<p>Nước sông dâng cao.</p>");
        auto created = articles.create(fresh, lan);
        QVERIFY(created);
        QVERIFY(pc.edit(office.article, "lan", [](Article &a) { a.body = QStringLiteral("<p>Đã thông xe.</p>"); }));
        Comment comment;
        comment.articleId = articles.loadByUuid(office.article)->id;
        comment.authorId = lan;
        comment.body = QStringLiteral("Cần thêm ảnh");
        QVERIFY(CommentRepository(*pc.copy).add(comment));
        QCOMPARE(pc.pending(), 3);
        QCOMPARE(count(*pc.copy, QStringLiteral("SELECT count(DISTINCT op_id) FROM pending_ops")), 3);
        QCOMPARE(count(*pc.copy, QStringLiteral("SELECT base_version FROM pending_ops WHERE kind = 'article.edit'")),
                 baseVersion);
        QCOMPARE(count(*pc.copy, QStringLiteral("SELECT row_version FROM article_bases")), baseVersion);
        QCOMPARE(sync::SyncEngine::status(*pc.copy, office.server->identity())->pending, 3);

        // What only the server may do: refused, with a reason, and nothing queued.
        const qint64 mine = articles.loadByUuid(office.article)->id;
        auto submit = articles.transition(mine, WorkflowState::Submitted, lan);
        QVERIFY(!submit);
        QCOMPARE(submit.error().code, ErrorCode::Offline);
        QVERIFY(!submit.error().message.isEmpty());
        QCOMPARE(articles.moveToTrash(mine, lan).error().code, ErrorCode::Offline);
        const qint64 editor = userId(*pc.copy, "bientap");
        QVERIFY(EditLockRepository(*pc.copy).acquire(mine, lan));
        QCOMPARE(EditLockRepository(*pc.copy).takeOver(mine, editor).error().code, ErrorCode::Offline);
        // Someone else's article, or one under review: not editable offline.
        QVERIFY(!pc.edit(office.article, "bientap", [](Article &a) { a.title = QStringLiteral("Sửa"); }));
        QVERIFY(!pc.edit(office.submitted, "lan", [](Article &a) { a.title = QStringLiteral("Sửa"); }));
        QCOMPARE(pc.pending(), 3);
        // A pull now would write over them: it waits.
        auto early = pc.engine->pull();
        QVERIFY(!early);
        QCOMPARE(early.error().code, ErrorCode::Conflict);

        auto pushed = pc.push();
        QVERIFY2(pushed, pushed ? "" : qPrintable(pushed.error().detail));
        QCOMPARE(pushed->pushed, 3);
        QCOMPARE(pushed->conflicts, 0);
        QCOMPARE(pc.pending(), 0);
        QCOMPARE(office.onServer(created->uuid).title, fresh.title);
        QCOMPARE(office.onServer(created->uuid).authorId, office.lan);
        QCOMPARE(office.onServer(office.article).body, QStringLiteral("<p>Đã thông xe.</p>"));
        QCOMPARE(count(*office.server, QStringLiteral("SELECT count(*) FROM comments WHERE body = 'Cần thêm ảnh'")), 1);
        QCOMPARE(count(*office.server, QStringLiteral("SELECT count(*) FROM applied_ops")), 3);

        QVERIFY(pc.pull());
        // The copy holds the server's rows (once each), its own history of the offline edits replaced.
        QCOMPARE(count(*pc.copy, QStringLiteral("SELECT count(*) FROM articles")), 3);
        QCOMPARE(count(*pc.copy, QStringLiteral("SELECT count(*) FROM revisions")),
                 count(*office.server, QStringLiteral("SELECT count(*) FROM revisions")));
        QCOMPARE(count(*pc.copy, QStringLiteral("SELECT count(*) FROM comments")), 1);
        QCOMPARE(count(*pc.copy, QStringLiteral("SELECT count(*) FROM article_bases")), 0);
        QCOMPARE(ArticleRepository(*pc.copy).loadByUuid(office.article)->version,
                 office.onServer(office.article).version);
    }

    // The connection cut before the update, before COMMIT, and after COMMIT before the reply reaches the PC:
    // the change stays queued, and the next push applies it exactly once.
    void aCutPushAppliesOnce_data()
    {
        QTest::addColumn<QByteArray>("pattern");
        QTest::addColumn<bool>("afterCommit");
        QTest::newRow("before the update") << QByteArray("UPDATE articles SET title") << false;
        QTest::newRow("before COMMIT") << QByteArray("COMMIT") << false;
        QTest::newRow("after COMMIT, before the reply") << QByteArray("COMMIT") << true;
    }
    void aCutPushAppliesOnce()
    {
        QFETCH(QByteArray, pattern);
        QFETCH(bool, afterCommit);
        Newsroom office;
        QVERIFY(office.ok());
        auto proxy = CutProxy::inFrontOf(PostgresScratch::serverLocation());
        QVERIFY(proxy->isListening());
        auto viaProxy = Database::open(proxy->route(office.scratch.location()));
        QVERIFY(viaProxy);
        Pc pc(**viaProxy);
        QVERIFY(pc.pull());
        QVERIFY(pc.edit(office.article, "lan", [](Article &a) { a.title = QStringLiteral("Đường mới đã thông xe"); }));
        QVERIFY(pc.edit(office.article, "lan", [](Article &a) { a.sapo = QStringLiteral("Sa pô mới"); }));
        const qint64 revisionsBefore = office.revisions(office.article);

        if (afterCommit) {
            proxy->cutServerReplyTo(pattern);
        } else {
            proxy->cutWhenClientSends(pattern);
        }
        auto cut = pc.push();
        QVERIFY(!cut);
        QVERIFY2(Database::isConnectionLoss(cut.error()) || cut.error().code == ErrorCode::Storage,
                 qPrintable(cut.error().detail));
        QCOMPARE(pc.pending(), 2); // nothing lost
        QCOMPARE(count(*office.server, QStringLiteral("SELECT count(*) FROM applied_ops")), afterCommit ? 1 : 0);
        QCOMPARE(office.onServer(office.article).title == QStringLiteral("Đường mới đã thông xe"), afterCommit);

        auto done = pushUntilDone(pc);
        QVERIFY2(done, done ? "" : qPrintable(done.error().detail));
        QCOMPARE(done->pushed, 2);
        QCOMPARE(done->alreadyApplied, afterCommit ? 1 : 0);
        QCOMPARE(done->conflicts, 0);
        QCOMPARE(pc.pending(), 0);
        // Each edit once: two revisions, nothing applied twice.
        QCOMPARE(office.revisions(office.article), revisionsBefore + 2);
        QCOMPARE(count(*office.server, QStringLiteral("SELECT count(*) FROM applied_ops")), 2);
        const Article now = office.onServer(office.article);
        QCOMPARE(now.title, QStringLiteral("Đường mới đã thông xe"));
        QCOMPARE(now.sapo, QStringLiteral("Sa pô mới"));
        QCOMPARE(office.conflicts(), 0);
        QVERIFY(pc.pull());
        QCOMPARE(ArticleRepository(*pc.copy).loadByUuid(office.article)->title, now.title);
    }

    // An acknowledgement lost (the copy never heard that the server applied its changes): the same operations
    // pushed again are answered from applied_ops, not applied twice.
    void aLostAcknowledgementIsAnsweredOnce()
    {
        Newsroom office;
        QVERIFY(office.ok());
        Pc pc(*office.server);
        QVERIFY(pc.pull());
        QVERIFY(pc.edit(office.article, "lan", [](Article &a) { a.body = QStringLiteral("<p>Một lần.</p>"); }));
        Comment comment;
        comment.articleId = ArticleRepository(*pc.copy).loadByUuid(office.article)->id;
        comment.authorId = userId(*pc.copy, "lan");
        comment.body = QStringLiteral("Chỉ một lần");
        QVERIFY(CommentRepository(*pc.copy).add(comment));
        QVERIFY(pc.copy->exec(QStringLiteral("CREATE TABLE kept AS SELECT * FROM pending_ops")));
        const qint64 revisionsBefore = office.revisions(office.article);
        auto first = pc.push();
        QVERIFY(first);
        QCOMPARE(first->pushed, 2);
        // As if the acknowledgements never arrived.
        QVERIFY(pc.copy->exec(QStringLiteral("INSERT INTO pending_ops SELECT * FROM kept")));
        auto again = pc.push();
        QVERIFY(again);
        QCOMPARE(again->pushed, 2);
        QCOMPARE(again->alreadyApplied, 2);
        QCOMPARE(office.revisions(office.article), revisionsBefore + 1);
        QCOMPARE(count(*office.server, QStringLiteral("SELECT count(*) FROM comments WHERE body = 'Chỉ một lần'")), 1);
        QCOMPARE(pc.pending(), 0);
    }

    // Two PCs edit the same text offline and come back in either order: the first one's text is current, the
    // second one's is a conflict copy of its author, in their inbox; both texts intact. A PC's clock (a day or
    // a year off, either way) changes nothing: the server's order decides.
    void twoCopiesOfTheSameText_data()
    {
        QTest::addColumn<bool>("aFirst");
        QTest::addColumn<qint64>("skewA"); // milliseconds PC A's clock is off
        const qint64 day = 24LL * 3600 * 1000;
        const qint64 year = 365 * day;
        QTest::newRow("A first") << true << 0LL;
        QTest::newRow("B first") << false << 0LL;
        QTest::newRow("A first, A a day ahead") << true << day;
        QTest::newRow("B first, A a day ahead") << false << day;
        QTest::newRow("A first, A a day behind") << true << -day;
        QTest::newRow("B first, A a year ahead") << false << year;
        QTest::newRow("A first, A a year behind") << true << -year;
        QTest::newRow("B first, A a year behind") << false << -year;
    }
    void twoCopiesOfTheSameText()
    {
        QFETCH(bool, aFirst);
        QFETCH(qint64, skewA);
        Newsroom office;
        QVERIFY(office.ok());
        Pc a(*office.server, [skewA] { return QDateTime::currentDateTimeUtc().addMSecs(skewA); });
        Pc b(*office.server);
        QVERIFY(a.pull());
        QVERIFY(b.pull());
        const QString textA = QStringLiteral("<p>Bản của máy A: con đường dài 3,2 km.</p>");
        const QString textB = QStringLiteral("<p>Bản của máy B: đường bê tông rộng 5 m.</p>");
        QVERIFY(a.edit(office.article, "lan", [&](Article &x) {
            x.title = QStringLiteral("Tiêu đề A");
            x.body = textA;
        }));
        QVERIFY(b.edit(office.article, "lan", [&](Article &x) {
            x.title = QStringLiteral("Tiêu đề B");
            x.body = textB;
        }));
        // PC A's own times, as its clock gives them (display only).
        QVERIFY(a.copy->exec(QStringLiteral("UPDATE pending_ops SET created_ms = created_ms + ?"), {skewA}));
        Pc &first = aFirst ? a : b;
        Pc &second = aFirst ? b : a;
        auto one = first.push();
        QVERIFY(one);
        QCOMPARE(one->conflicts, 0);
        auto two = second.push();
        QVERIFY(two);
        QCOMPARE(two->pushed, 1);
        QCOMPARE(two->conflicts, 1);

        const QString current = aFirst ? textA : textB;
        const QString copied = aFirst ? textB : textA;
        QCOMPARE(office.onServer(office.article).body, current);
        QCOMPARE(office.conflicts(), 1);
        const QList<Article> copies = conflictCopies(*office.server);
        QCOMPARE(copies.size(), 1);
        QCOMPARE(copies.first().body, copied);
        QCOMPARE(copies.first().title, aFirst ? QStringLiteral("Tiêu đề B") : QStringLiteral("Tiêu đề A"));
        QCOMPARE(count(*office.server, QStringLiteral("SELECT author_id FROM revisions WHERE conflict = 1")),
                 office.lan);
        auto inbox = Inbox(*office.server).conflictCopies(office.lan);
        QVERIFY(inbox);
        QCOMPARE(inbox->size(), 1);
        QCOMPARE(Inbox(*office.server).counts(office.lan)->conflicts, 1);

        // Both copies come back to the one current version and see the conflict copy waiting.
        for (Pc *pc : {&a, &b}) {
            QVERIFY(pc->pull());
            QCOMPARE(ArticleRepository(*pc->copy).loadByUuid(office.article)->body, current);
            auto status = sync::SyncEngine::status(*pc->copy, office.server->identity());
            QCOMPARE(status->conflicts, 1);
            QCOMPARE(status->pending, 0);
        }
    }

    // Metadata changed on both sides, each a different field: both kept, no conflict copy.
    void metadataMergesFieldByField()
    {
        Newsroom office;
        QVERIFY(office.ok());
        Pc pc(*office.server);
        QVERIFY(pc.pull());
        QVERIFY(pc.edit(office.article, "lan", [](Article &a) {
            a.byline = QStringLiteral("Thu Lan");
            a.tags = {QStringLiteral("Giao thông")};
        }));
        Article there = office.onServer(office.article);
        there.notes = QStringLiteral("Chờ ảnh của phóng viên ảnh");
        there.source = QStringLiteral("UBND xã");
        QVERIFY(ArticleRepository(*office.server).save(there, office.lan));
        auto pushed = pc.push();
        QVERIFY(pushed);
        QCOMPARE(pushed->merged, 1);
        QCOMPARE(pushed->conflicts, 0);
        const Article now = office.onServer(office.article);
        QCOMPARE(now.byline, QStringLiteral("Thu Lan"));
        QCOMPARE(now.tags, QStringList{QStringLiteral("Giao thông")});
        QCOMPARE(now.notes, QStringLiteral("Chờ ảnh của phóng viên ảnh"));
        QCOMPARE(now.source, QStringLiteral("UBND xã"));
        QCOMPARE(now.title, there.title);
        QCOMPARE(office.conflicts(), 0);
        QVERIFY(pc.pull());
        QCOMPARE(ArticleRepository(*pc.copy).loadByUuid(office.article)->notes, now.notes);
    }

    // An article deleted on the server (to the trash, or purged from it) while edited offline comes back as its
    // author's draft with the offline text, and its log says why.
    void anEditOfADeletedArticleComesBack_data()
    {
        QTest::addColumn<bool>("purged");
        QTest::newRow("in the trash") << false;
        QTest::newRow("purged") << true;
    }
    void anEditOfADeletedArticleComesBack()
    {
        QFETCH(bool, purged);
        Newsroom office;
        QVERIFY(office.ok());
        Pc pc(*office.server);
        QVERIFY(pc.pull());
        QVERIFY(
            pc.edit(office.article, "lan", [](Article &a) { a.body = QStringLiteral("<p>Viết khi mất mạng.</p>"); }));
        const qint64 id = office.onServer(office.article).id;
        QVERIFY(ArticleRepository(*office.server).moveToTrash(id, office.lan));
        if (purged) {
            QVERIFY(office.server->exec(QStringLiteral("DELETE FROM articles WHERE id = ?"), {id}));
        }
        auto pushed = pc.push();
        QVERIFY2(pushed, pushed ? "" : qPrintable(pushed.error().detail));
        QCOMPARE(pushed->restored, 1);
        const Article back = office.onServer(office.article);
        QVERIFY(!back.isTrashed());
        QCOMPARE(back.state, WorkflowState::Draft);
        QCOMPARE(back.authorId, office.lan);
        QCOMPARE(back.body, QStringLiteral("<p>Viết khi mất mạng.</p>"));
        QCOMPARE(count(*office.server,
                       QStringLiteral("SELECT count(*) FROM events WHERE article_id = ? AND action = "
                                      "'offline_restore'"),
                       {back.id}),
                 1);
        QVERIFY(pc.pull());
        const Article local = ArticleRepository(*pc.copy).loadByUuid(office.article).value();
        QCOMPARE(local.body, back.body);
        QVERIFY(!local.isTrashed());
    }

    // toasoan sync pushes what waits in the copy and says how many went and how many conflicted; toasoan status
    // counts them before.
    void commandLine()
    {
        Newsroom office;
        QVERIFY(office.ok());
        QTemporaryDir home;
        QProcessEnvironment env = test::cliEnvironment(home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("TOASOAN_PASSWORD"), kPassword);
        const QString binary = qEnvironmentVariable("TOASOAN_BINARY");
        QVERIFY(!binary.isEmpty());
        auto cli = [&](const QStringList &arguments) {
            QProcess process;
            process.setProcessEnvironment(env);
            return test::runCli(process, binary,
                                QStringList{QStringLiteral("--database"), office.scratch.location()} + arguments);
        };
        auto json = [](const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).object(); };
        const QStringList syncArgs{QStringLiteral("sync"), QStringLiteral("--json"), QStringLiteral("--user"),
                                   QStringLiteral("lan")};
        const auto first = cli(syncArgs);
        QVERIFY2(first.code == 0, qPrintable(first.err));
        QCOMPARE(json(first.out).value(QStringLiteral("pushed")).toInt(), 0);
        const QString copyPath = json(first.out).value(QStringLiteral("copy")).toString();
        {
            auto copy = Database::openSqlite(copyPath);
            QVERIFY(copy);
            QVERIFY((*copy)->isWorkingCopy());
            ArticleRepository articles(**copy);
            Article a = articles.loadByUuid(office.article).value();
            a.title = QStringLiteral("Sửa khi ngoại tuyến");
            QVERIFY(articles.save(a, userId(**copy, "lan")));
        }
        // Meanwhile on the server: the same title changed.
        Article there = office.onServer(office.article);
        there.title = QStringLiteral("Sửa ở tòa soạn");
        QVERIFY(ArticleRepository(*office.server).save(there, office.lan));

        const auto waiting = cli({QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(waiting.code, 0);
        QCOMPARE(json(waiting.out).value(QStringLiteral("pending")).toInt(), 1);
        QCOMPARE(json(waiting.out).value(QStringLiteral("conflicts")).toInt(), 0);

        const auto synced = cli(syncArgs);
        QVERIFY2(synced.code == 0, qPrintable(synced.err));
        QCOMPARE(json(synced.out).value(QStringLiteral("pushed")).toInt(), 1);
        QCOMPARE(json(synced.out).value(QStringLiteral("conflicts")).toInt(), 1);
        QVERIFY(json(synced.out).value(QStringLiteral("pulled")).toInt() > 0);
        const auto after = cli({QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(json(after.out).value(QStringLiteral("pending")).toInt(), 0);
        QCOMPARE(json(after.out).value(QStringLiteral("conflicts")).toInt(), 1);
        QCOMPARE(office.onServer(office.article).title, QStringLiteral("Sửa ở tòa soạn"));

        // The copy, listed for its author and taken from the command line (on the server), then gone from
        // the working copy's count at the next sync.
        const auto listed = cli({QStringLiteral("articles"), QStringLiteral("conflicts"), QStringLiteral("--json"),
                                 QStringLiteral("--user"), QStringLiteral("lan")});
        QVERIFY2(listed.code == 0, qPrintable(listed.err));
        const QJsonArray copies = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(copies.size(), 1);
        const QString id = QString::number(office.onServer(office.article).id);
        QCOMPARE(copies.first().toObject().value(QStringLiteral("article_id")).toInteger(), id.toLongLong());
        const auto nobody = cli({QStringLiteral("articles"), QStringLiteral("resolve-conflict"), id,
                                 QStringLiteral("--keep"), QStringLiteral("copy")});
        QCOMPARE(nobody.code, 2);
        const auto resolved =
            cli({QStringLiteral("articles"), QStringLiteral("resolve-conflict"), id, QStringLiteral("--keep"),
                 QStringLiteral("copy"), QStringLiteral("--user"), QStringLiteral("lan")});
        QVERIFY2(resolved.code == 0, qPrintable(resolved.err));
        QCOMPARE(office.onServer(office.article).title, QStringLiteral("Sửa khi ngoại tuyến"));
        QCOMPARE(office.conflicts(), 0);
        QCOMPARE(count(*office.server, QStringLiteral("SELECT user_id FROM events WHERE action = 'conflict_resolved'")),
                 office.lan);
        QVERIFY(cli(syncArgs).code == 0);
        const auto clean = cli({QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(json(clean.out).value(QStringLiteral("conflicts")).toInt(), 0);
    }

    // A conflict copy made by the real push, dealt with on the PC while offline: the text taken is queued as an
    // edit and the mark after it; the push applies both (the server checks who acts), the pull brings them back.
    void aConflictCopyIsDealtWithOffline()
    {
        Newsroom office;
        QVERIFY(office.ok());
        Pc a(*office.server);
        Pc b(*office.server);
        QVERIFY(a.pull());
        QVERIFY(b.pull());
        const QString textB = QStringLiteral("<p>Bản của máy B.</p>");
        QVERIFY(a.edit(office.article, "lan", [](Article &x) { x.body = QStringLiteral("<p>Bản của máy A.</p>"); }));
        QVERIFY(b.edit(office.article, "lan", [&](Article &x) { x.body = textB; }));
        QVERIFY(a.push());
        auto pushed = b.push();
        QVERIFY(pushed);
        QCOMPARE(pushed->conflicts, 1);
        QVERIFY(b.pull());
        const qint64 lanHere = userId(*b.copy, "lan");
        ConflictResolution here(*b.copy);
        auto waiting = here.waitingFor(lanHere);
        QVERIFY(waiting);
        QCOMPARE(waiting->size(), 1);
        const qint64 local = ArticleRepository(*b.copy).loadByUuid(office.article)->id;
        QCOMPARE(waiting->first().articleId, local);

        // Someone else's article cannot be written offline: refused, nothing queued.
        auto editor =
            here.resolve(local, waiting->first().revision, userId(*b.copy, "bientap"), ConflictChoice::TakeCopy);
        QVERIFY(!editor);
        QCOMPARE(b.pending(), 0);

        auto taken = here.resolve(local, waiting->first().revision, lanHere, ConflictChoice::TakeCopy);
        QVERIFY2(taken, taken ? "" : qPrintable(taken.error().message));
        QCOMPARE(taken->body, textB);
        QCOMPARE(b.pending(), 2); // the edit, then the mark
        QCOMPARE(sync::SyncEngine::status(*b.copy, office.server->identity())->conflicts, 0);
        QCOMPARE(office.conflicts(), 1); // not on the server yet

        auto sent = b.push();
        QVERIFY2(sent, sent ? "" : qPrintable(sent.error().detail));
        QCOMPARE(sent->pushed, 2);
        QCOMPARE(sent->conflicts, 0);
        QCOMPARE(office.onServer(office.article).body, textB);
        QCOMPARE(office.conflicts(), 0);
        QCOMPARE(count(*office.server, QStringLiteral("SELECT user_id FROM events WHERE action = 'conflict_resolved'")),
                 office.lan);
        for (Pc *pc : {&a, &b}) {
            QVERIFY(pc->pull());
            QCOMPARE(ArticleRepository(*pc->copy).loadByUuid(office.article)->body, textB);
            QCOMPARE(sync::SyncEngine::status(*pc->copy, office.server->identity())->conflicts, 0);
        }
        QCOMPARE(count(*b.copy, QStringLiteral("SELECT count(*) FROM events WHERE action = 'conflict_resolved'")), 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncPush)
#include "tst_sync_push.moc"
