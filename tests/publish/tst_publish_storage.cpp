// Publishing storage: sites (no secrets), media deduplication, the outbox queue, remote maps.
#include "app/publish/RemoteCache.h"
#include "app/publish/SecretStore.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/MediaRepository.h"
#include "app/storage/OutboxRepository.h"
#include "app/storage/SiteRepository.h"
#include "tests/support/TestWorkspace.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace toasoan;

class TestPublishStorage : public QObject
{
    Q_OBJECT

    Site newSite(const QString &name)
    {
        Site s;
        s.name = name;
        s.baseUrl = QUrl(QStringLiteral("https://huyen.example.vn/"));
        s.username = QStringLiteral("bientap");
        return s;
    }

private slots:
    void initTestCase() { TOASOAN_REQUIRE_TEST_BACKEND(); }
    void cleansBaseUrls_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: bare host") << "huyen.vn"
                                            << "https://huyen.vn/";
        QTest::newRow("nominal: REST root pasted") << "https://Huyen.vn/wp-json/wp/v2/"
                                                   << "https://huyen.vn/";
        QTest::newRow("nominal: xmlrpc pasted") << "http://a.vn/tin/xmlrpc.php?x=1#y"
                                                << "http://a.vn/tin/";
        QTest::newRow("robustness: empty") << "  "
                                           << "";
    }

    void cleansBaseUrls()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        QCOMPARE(SiteRepository::cleanBaseUrl(typed).toString(), expected);
    }

    void storesSitesWithoutSecrets()
    {
        test::TestWorkspace ws;
        SiteRepository sites(ws.db());
        Site s = newSite(QStringLiteral("Cổng thông tin"));
        s.kind = SiteKind::XmlRpc;
        s.unpublishAction = UnpublishAction::Trash;
        auto created = sites.create(s);
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().detail));
        auto loaded = sites.loadByName(QStringLiteral("CỔNG THÔNG TIN"));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->id, created->id);
        QCOMPARE(loaded->kind, SiteKind::XmlRpc);
        QCOMPARE(loaded->unpublishAction, UnpublishAction::Trash);
        auto dup = sites.create(newSite(QStringLiteral("cổng thông tin")));
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().code, ErrorCode::Invalid);
        Site bad = newSite(QStringLiteral("x"));
        bad.baseUrl = QUrl(QStringLiteral("ftp://a.vn/"));
        QCOMPARE(sites.create(bad).error().code, ErrorCode::Invalid);
        // The table has no column a secret could hide in.
        auto cols = ws.db().exec(QStringLiteral("SELECT * FROM sites"));
        QVERIFY(cols && cols->next());
        QCOMPARE(cols->record().count(), 7);
    }

    void keepsSecretsOutOfTheDatabase()
    {
        Site site = newSite(QStringLiteral("S"));
        MemorySecretStore memory;
        QCOMPARE(memory.read(site).error().code, ErrorCode::NotFound);
        QVERIFY(memory.write(site, QStringLiteral("abcd efgh")).ok());
        QCOMPARE(*memory.read(site), QStringLiteral("abcd efgh"));
        QVERIFY(!memory.sessionOnlyReason().isEmpty());

        // Headless (no D-Bus session): said plainly, kept for the session; the variable wins.
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        SystemSecretStore system(QStringLiteral("ToaSoan-tests"));
        QVERIFY(system.sessionOnlyReason().contains(QLatin1String("keychain")));
        QVERIFY(system.write(site, QStringLiteral("s3cret")).ok());
        QCOMPARE(*system.read(site), QStringLiteral("s3cret"));
        qputenv("TOASOAN_SITE_PASSWORD", "from-env");
        QCOMPARE(*system.read(site), QStringLiteral("from-env"));
        qunsetenv("TOASOAN_SITE_PASSWORD");
        if (!bus.isEmpty()) {
            qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
        }
    }

    void deduplicatesMedia()
    {
        test::TestWorkspace ws;
        MediaRepository media(ws.db());
        const QByteArray png = QByteArray::fromBase64(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
        auto a = media.addFromBytes(png, QStringLiteral("C:\\ảnh\\Cầu mới.png"));
        QVERIFY(a.ok());
        QCOMPARE(a->fileName, QString::fromUtf8("Cầu mới.png"));
        QCOMPARE(a->mimeType, QStringLiteral("image/png"));
        auto b = media.addFromBytes(png, QStringLiteral("other.png"));
        QVERIFY(b.ok());
        QCOMPARE(b->id, a->id);
        auto full = media.load(a->id);
        QVERIFY(full.ok());
        QCOMPARE(full->data, png);
        QCOMPARE(full->sha256, MediaRepository::sha256Hex(png));
        QVERIFY(media.metadata(a->id)->data.isEmpty());
        QCOMPARE(media.addFromBytes({}, QStringLiteral("x")).error().code, ErrorCode::Invalid);
        QCOMPARE(media.load(999).error().code, ErrorCode::NotFound);
    }

    void queuesJobs()
    {
        test::TestWorkspace ws;
        const qint64 user = ws.addUser(QStringLiteral("bt"), Role::Editor);
        Article a;
        a.title = QStringLiteral("Tin");
        a.authorId = user;
        auto article = ArticleRepository(ws.db()).create(a, user);
        QVERIFY(article.ok());
        auto site = SiteRepository(ws.db()).create(newSite(QStringLiteral("S")));
        QVERIFY(site.ok());
        OutboxRepository outbox(ws.db());

        auto job = outbox.enqueue(article->id, site->id, JobAction::Publish, user);
        QVERIFY(job.ok());
        QCOMPARE(job->state, JobState::Queued);
        QCOMPARE(job->articleTitle, QStringLiteral("Tin"));
        // A second request for the same post reuses the pending job.
        auto again = outbox.enqueue(article->id, site->id, JobAction::Update, user);
        QCOMPARE(again->id, job->id);
        QCOMPARE(again->action, JobAction::Update);

        auto due = outbox.nextDue(QDateTime::currentDateTimeUtc().addSecs(1));
        QVERIFY(due.ok() && due->has_value());
        QVERIFY(*outbox.claim(job->id));
        QVERIFY(!*outbox.claim(job->id));
        QJsonObject steps{{QStringLiteral("post_id"), QStringLiteral("12")}};
        QVERIFY(*outbox.saveSteps(job->id, steps));
        // Cancelled while running: the worker's later writes are refused, the cancel stays.
        QVERIFY(outbox.cancel(job->id).ok());
        QVERIFY(!*outbox.markDone(job->id, steps));
        QCOMPARE(outbox.load(job->id)->state, JobState::Cancelled);
        QCOMPARE(outbox.load(job->id)->steps.value(QStringLiteral("post_id")).toString(), QStringLiteral("12"));
        QCOMPARE(outbox.retry(job->id).error().code, ErrorCode::Conflict);

        // A job left running by a dead process is queued again.
        auto second = outbox.enqueue(article->id, site->id, JobAction::Publish, user);
        QVERIFY(second->id != job->id);
        QVERIFY(*outbox.claim(second->id));
        QCOMPARE(*outbox.requeueInterrupted(), 1);
        QCOMPARE(outbox.load(second->id)->state, JobState::Queued);
        QCOMPARE(outbox.load(second->id)->attempts, 1);

        // Retry later, then failure with a message, then a manual retry.
        QVERIFY(*outbox.claim(second->id));
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(60);
        QVERIFY(*outbox.markRetry(second->id, {}, makeError(ErrorCode::Network, QStringLiteral("m")), later));
        QVERIFY(!outbox.nextDue(QDateTime::currentDateTimeUtc())->has_value());
        QCOMPARE(outbox.nextDueTime()->value().toSecsSinceEpoch(), later.toSecsSinceEpoch());
        QVERIFY(outbox.retry(second->id).ok());
        QVERIFY(*outbox.claim(second->id));
        QVERIFY(*outbox.markNeedsDecision(second->id, {}, makeError(ErrorCode::NotFound, QStringLiteral("gone"))));
        QVERIFY(outbox.decide(second->id, QStringLiteral("recreate")).ok());
        auto decided = outbox.load(second->id);
        QCOMPARE(decided->state, JobState::Queued);
        QCOMPARE(decided->steps.value(QStringLiteral("decision")).toString(), QStringLiteral("recreate"));
        QCOMPARE(*outbox.countPending(), 1);
    }

    void remembersRemoteThings()
    {
        test::TestWorkspace ws;
        auto site = SiteRepository(ws.db()).create(newSite(QStringLiteral("S")));
        QVERIFY(site.ok());
        RemoteCache cache(ws.db(), site->id);
        QVERIFY(!cache.media("abc")->has_value());
        QVERIFY(cache.rememberMedia("abc", {QStringLiteral("5"), QUrl(QStringLiteral("https://s/a.jpg"))}).ok());
        QVERIFY(cache.rememberMedia("abc", {QStringLiteral("6"), QUrl(QStringLiteral("https://s/b.jpg"))}).ok());
        QCOMPARE(cache.media("abc")->value().remoteId, QStringLiteral("6"));

        QVERIFY(cache.rememberTag(QStringLiteral("  Giao  Thông "), QStringLiteral("9")).ok());
        QCOMPARE(cache.tag(QStringLiteral("giao thông"))->value(), QStringLiteral("9"));

        auto cat = ws.db().insert(QStringLiteral("INSERT INTO categories (name, slug) VALUES ('Kinh tế', 'kinh-te') "
                                                 "RETURNING id"),
                                  {});
        QVERIFY(cat.ok());
        QVERIFY(cache
                    .replaceCategories({{QStringLiteral("3"), {}, QStringLiteral("Kinh tế"), QStringLiteral("kinh-te")},
                                        {QStringLiteral("4"), QStringLiteral("3"), QStringLiteral("Nông nghiệp"),
                                         QStringLiteral("nong-nghiep")}})
                    .ok());
        QVERIFY(cache.mapCategory(*cat, QStringLiteral("4")).ok());
        QCOMPARE(cache.categoryMap()->value(*cat), QStringLiteral("4"));
        // The remote category disappeared from the site: its mapping goes with it.
        QVERIFY(cache.replaceCategories({{QStringLiteral("3"), {}, QStringLiteral("Kinh tế"), {}}}).ok());
        QVERIFY(cache.categoryMap()->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPublishStorage)
#include "tst_publish_storage.moc"
