// Publishing storage: sites (no secrets), media deduplication, the outbox queue, remote maps.
#include "app/publish/RemoteCache.h"
#include "app/publish/SecretStore.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/MediaRepository.h"
#include "app/storage/OutboxRepository.h"
#include "app/storage/SiteRepository.h"
#include "tests/support/TestWorkspace.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace toasoan;

class TestPublishStorage : public QObject
{
    Q_OBJECT

    Result<Article> newArticle(test::TestWorkspace &ws, qint64 author)
    {
        Article a;
        a.title = QStringLiteral("Tin");
        a.authorId = author;
        return ArticleRepository(ws.db()).create(a, author);
    }

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
        QStringList names;
        for (int i = 0; i < cols->record().count(); ++i) {
            names.append(cols->record().fieldName(i));
        }
        QCOMPARE(names,
                 (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"),
                              QStringLiteral("base_url"), QStringLiteral("username"), QStringLiteral("created_at"),
                              QStringLiteral("unpublish_action"), QStringLiteral("row_version")}));
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

    // Unattended workers: one variable or secrets-file line per site; the one variable of earlier versions
    // only while the workspace has one site; a secrets file others may read is refused.
    void readsUnattendedSecretsPerSite()
    {
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        Site huyen = newSite(QStringLiteral("Cổng huyện"));
        huyen.id = 1;
        Site xa = newSite(QStringLiteral("Trang xã Đắk Lắk!"));
        xa.id = 2;
        Site marks = newSite(QStringLiteral("—"));
        marks.id = 7;
        QCOMPARE(SystemSecretStore::siteKey(huyen), QStringLiteral("CONG_HUYEN"));
        QCOMPARE(SystemSecretStore::siteVariable(xa), QStringLiteral("TOASOAN_SITE_PASSWORD_TRANG_XA_DAK_LAK"));
        QCOMPARE(SystemSecretStore::siteKey(marks), QStringLiteral("7"));

        SystemSecretStore system(QStringLiteral("ToaSoan-tests"));
        system.setWorkspaceSites({huyen});
        qputenv("TOASOAN_SITE_PASSWORD", "chung");
        QCOMPARE(*system.read(huyen), QStringLiteral("chung")); // one site: unambiguous
        system.setWorkspaceSites({huyen, xa});
        auto refused = system.read(huyen);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("TOASOAN_SITE_PASSWORD_CONG_HUYEN")),
                 qPrintable(refused.error().message));
        qputenv("TOASOAN_SITE_PASSWORD_TRANG_XA_DAK_LAK", "cua-xa");
        QCOMPARE(*system.read(xa), QStringLiteral("cua-xa"));
        QVERIFY(!system.read(huyen).ok());
        qunsetenv("TOASOAN_SITE_PASSWORD");

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secrets"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# mat khau cua cac trang\nCONG_HUYEN = abcd efgh\nTOASOAN_SITE_PASSWORD_TRANG_XA_DAK_LAK=tu-tep\n");
        file.close();
        qputenv("TOASOAN_SECRETS_FILE", QFile::encodeName(path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                                QFile::ReadOther)); // 0644
        auto open = system.read(huyen);
        QVERIFY(!open.ok());
        QCOMPARE(open.error().code, ErrorCode::Forbidden);
        QVERIFY2(open.error().message.contains(QLatin1String("chmod 600")), qPrintable(open.error().message));
        QVERIFY(!SystemSecretStore::checkSecretsFile().ok());
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner)); // 0600
        QVERIFY(SystemSecretStore::checkSecretsFile().ok());
        QCOMPARE(*system.read(huyen), QStringLiteral("abcd efgh"));
        QCOMPARE(*system.read(xa), QStringLiteral("cua-xa")); // the variable before the file
        qunsetenv("TOASOAN_SITE_PASSWORD_TRANG_XA_DAK_LAK");
        QCOMPARE(*system.read(xa), QStringLiteral("tu-tep"));

        // Two sites with one name for their secret: neither is given the other's.
        Site twin = newSite(QStringLiteral("Cong-Huyen"));
        twin.id = 3;
        system.setWorkspaceSites({huyen, xa, twin});
        QVERIFY(!system.read(twin).ok());
        qputenv("TOASOAN_SECRETS_FILE", QFile::encodeName(dir.filePath(QStringLiteral("none"))));
        QCOMPARE(system.read(huyen).error().code, ErrorCode::Io);
        qunsetenv("TOASOAN_SECRETS_FILE");
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

    // Workers claim jobs one at a time with a lease: never two jobs of one post at once, only the
    // sites asked for, and a worker that lost its claim can no longer write the job.
    void claimsJobsWithLeases()
    {
        test::TestWorkspace ws;
        const qint64 user = ws.addUser(QStringLiteral("bt"), Role::Editor);
        auto article = newArticle(ws, user);
        auto one = SiteRepository(ws.db()).create(newSite(QStringLiteral("Một")));
        auto two = SiteRepository(ws.db()).create(newSite(QStringLiteral("Hai")));
        QVERIFY(article.ok() && one.ok() && two.ok());
        OutboxRepository outbox(ws.db());
        auto first = outbox.enqueue(article->id, one->id, JobAction::Publish, user);
        auto other = outbox.enqueue(article->id, two->id, JobAction::Publish, user);
        QVERIFY(first.ok() && other.ok());
        const auto request = [&](const QString &worker, QList<qint64> sites) {
            ClaimRequest r;
            r.worker = worker;
            r.leaseMs = 60000;
            r.siteIds = std::move(sites);
            r.now = QDateTime::currentDateTimeUtc();
            return r;
        };
        const QString w1 = QStringLiteral("pc-1 aaaa#1/a");
        const QString w2 = QStringLiteral("pc-2 bbbb#2/b");
        auto claimed = outbox.claimNext(request(w1, {one->id}));
        QVERIFY(claimed.ok() && claimed->has_value());
        QCOMPARE(claimed->value().id, first->id);
        QCOMPARE(claimed->value().claimedBy, w1);
        QCOMPARE(claimed->value().attempts, 1);
        QVERIFY(!outbox.claimNext(request(w2, {one->id}))->has_value());
        QVERIFY(!outbox.claimNext(request(w2, {}))->has_value());
        // A second job for the same post waits while the first runs.
        auto second = outbox.enqueue(article->id, one->id, JobAction::Update, user);
        QVERIFY(second.ok() && second->id != first->id);
        QVERIFY(!outbox.claimNext(request(w2, {one->id}))->has_value());
        QVERIFY(!*outbox.markDone(first->id, {}, w2)); // not w2's job
        QVERIFY(*outbox.renewLease(first->id, w1, 60000));
        QVERIFY(*outbox.markDone(first->id, {}, w1));
        claimed = outbox.claimNext(request(w2, {one->id}));
        QVERIFY(claimed.ok() && claimed->has_value());
        QCOMPARE(claimed->value().id, second->id);
        QVERIFY(!*outbox.renewLease(second->id, w1, 60000));
        // w2 dies: once its lease is over, w1 takes the job over, and w2 can write it no more.
        QCOMPARE(outbox.claimsOf(QStringLiteral("pc-2 bbbb#"))->value(second->id), w2);
        QVERIFY(*outbox.expireLease(second->id, w2));
        QVERIFY(outbox.nextDueTime(QList<qint64>{one->id})->has_value());
        claimed = outbox.claimNext(request(w1, {one->id}));
        QVERIFY(claimed.ok() && claimed->has_value());
        QCOMPARE(claimed->value().id, second->id);
        QCOMPARE(claimed->value().attempts, 2);
        QVERIFY(!*outbox.saveSteps(second->id, {}, w2));
        QVERIFY(*outbox.saveSteps(second->id, {}, w1));
        // The other site's job was never offered to workers that did not ask for that site.
        QCOMPARE(outbox.load(other->id)->state, JobState::Queued);
        QCOMPARE(*outbox.countPending(QList<qint64>{two->id}), 1);
        claimed = outbox.claimNext(request(w2, {two->id}));
        QVERIFY(claimed.ok() && claimed->has_value());
        QCOMPARE(claimed->value().id, other->id);
    }

    void queuesJobs()
    {
        test::TestWorkspace ws;
        const qint64 user = ws.addUser(QStringLiteral("bt"), Role::Editor);
        auto article = newArticle(ws, user);
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
