// Who may manage website connections and control the outbox, checked in the core whoever calls:
// SiteAdmin (connections, secrets, category mapping) needs an administrator; the outbox controls
// (send now, retry, cancel, recreate) and pushing updates of published articles need someone who may
// publish. Secrets never reach the database.
#include "app/publish/Outbox.h"
#include "app/publish/RemoteCache.h"
#include "app/publish/SecretStore.h"
#include "app/publish/SiteAdmin.h"
#include "app/storage/OutboxRepository.h"
#include "tests/publish/PublishFixture.h"

#include <QFile>
#include <QTest>

using namespace toasoan;
using namespace toasoan::test;

namespace {

const QString kSecret = QStringLiteral("abcd efgh ijkl mnop qrst uvwx");

Site newSite(const QString &name)
{
    Site s;
    s.name = name;
    s.baseUrl = QUrl(QStringLiteral("https://huyen.example.vn/"));
    s.username = QStringLiteral("bientap");
    return s;
}

} // namespace

class TestSiteAdmin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TOASOAN_REQUIRE_TEST_BACKEND(); }
    void adminManagesConnectionsAndSecrets()
    {
        PublishFixture fx;
        const qint64 admin = fx.addUser(QStringLiteral("quantri"), Role::Admin);
        MemorySecretStore secrets;
        SiteAdmin sites(fx.db(), secrets);
        QVERIFY(sites.checkAllowed(admin).ok());

        auto created = sites.save(admin, newSite(QStringLiteral("Cổng huyện mới")), kSecret);
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
        QVERIFY(created->id > 0);
        QCOMPARE(*secrets.read(*created), kSecret);
        QVERIFY(sites.hasSecret(*created));

        // A new user name files the secret under the new key; the old entry goes.
        Site renamed = *created;
        renamed.username = QStringLiteral("bientap2");
        auto updated = sites.save(admin, renamed);
        QVERIFY(updated.ok());
        QCOMPARE(*secrets.read(*updated), kSecret);
        QVERIFY(!secrets.read(*created).ok());
        // A typed secret replaces the stored one.
        QVERIFY(sites.save(admin, *updated, QStringLiteral("mat khau moi")).ok());
        QCOMPARE(*secrets.read(*updated), QStringLiteral("mat khau moi"));

        // Never in the database file (on the shared database: in no row of any table).
        if (isPostgresLocation(fx.dbPath())) {
            auto tables = fx.db().exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = "
                                                      "current_schema()"));
            QVERIFY(tables);
            QStringList names;
            while (tables->next()) {
                names.append(tables->value(0).toString());
            }
            QVERIFY(names.contains(QStringLiteral("sites")));
            for (const QString &table : std::as_const(names)) {
                for (const QString &secret : {kSecret, QStringLiteral("mat khau moi")}) {
                    auto found = fx.db().value(
                        QStringLiteral("SELECT count(*) FROM %1 t WHERE strpos(t::text, ?) > 0").arg(table), {secret});
                    QVERIFY(found);
                    QCOMPARE(found->toInt(), 0);
                }
            }
        } else {
            QFile file(fx.dbPath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY(!bytes.contains(kSecret.toUtf8()));
            QVERIFY(!bytes.contains("mat khau moi"));
        }

        QVERIFY(sites.storeCategories(admin, updated->id, {{QStringLiteral("7"), {}, QStringLiteral("Tin"), {}}}).ok());
        QVERIFY(sites.mapCategory(admin, updated->id, fx.article.categoryId, QStringLiteral("7")).ok());
        QCOMPARE(RemoteCache(fx.db(), updated->id).categoryMap()->value(fx.article.categoryId), QStringLiteral("7"));

        QVERIFY(sites.remove(admin, updated->id).ok());
        QVERIFY(!secrets.read(*updated).ok());
        QCOMPARE(sites.sites()->size(), 1); // the fixture's own connection stays
    }

    void othersAreRefused_data()
    {
        QTest::addColumn<int>("role");
        QTest::newRow("robustness: reporter") << int(Role::Reporter);
        QTest::newRow("robustness: editor") << int(Role::Editor);
        QTest::newRow("robustness: approver") << int(Role::Approver);
    }

    void othersAreRefused()
    {
        QFETCH(int, role);
        PublishFixture fx;
        const qint64 someone = fx.addUser(QStringLiteral("nguoidung"), Role(role));
        MemorySecretStore secrets;
        SiteAdmin sites(fx.db(), secrets);
        auto refused = sites.checkAllowed(someone);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Forbidden);
        QVERIFY(refused.error().message.contains(QLatin1String("administrators")));

        auto created = sites.save(someone, newSite(QStringLiteral("Trang lạ")), kSecret);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code, ErrorCode::Forbidden);
        Site changed = fx.site;
        changed.baseUrl = QUrl(QStringLiteral("https://ke-gian.example/"));
        QCOMPARE(sites.save(someone, changed, kSecret).error().code, ErrorCode::Forbidden);
        QCOMPARE(sites.remove(someone, fx.site.id).error().code, ErrorCode::Forbidden);
        QCOMPARE(sites.mapCategory(someone, fx.site.id, fx.article.categoryId, QStringLiteral("7")).error().code,
                 ErrorCode::Forbidden);
        QCOMPARE(sites.storeCategories(someone, fx.site.id, {}).error().code, ErrorCode::Forbidden);
        // Nothing changed.
        QCOMPARE(sites.sites()->size(), 1);
        QCOMPARE(SiteRepository(fx.db()).load(fx.site.id)->baseUrl, fx.site.baseUrl);
        QVERIFY(!secrets.read(changed).ok());
        QVERIFY(RemoteCache(fx.db(), fx.site.id).categoryMap()->isEmpty());
        // An unknown user id is refused too (a crafted call).
        QCOMPARE(sites.checkAllowed(987654).error().code, ErrorCode::Forbidden);
    }

    void outboxControlsNeedPublishers_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("nominal: approver") << int(Role::Approver) << true;
        QTest::newRow("nominal: administrator") << int(Role::Admin) << true;
        QTest::newRow("robustness: editor") << int(Role::Editor) << false;
        QTest::newRow("robustness: reporter") << int(Role::Reporter) << false;
    }

    void outboxControlsNeedPublishers()
    {
        QFETCH(int, role);
        QFETCH(bool, allowed);
        PublishFixture fx;
        const qint64 someone = fx.addUser(QStringLiteral("nguoidung"), Role(role));
        Outbox outbox(fx.db());
        auto job = outbox.publish(fx.article.id, fx.site.id, 0);
        QVERIFY(job.ok());
        QCOMPARE(outbox.checkControl(someone).ok(), allowed);
        QCOMPARE(outbox.sendNow(job->id, someone).ok(), allowed);
        QCOMPARE(outbox.retry(job->id, someone).ok(), allowed);
        auto cancelled = outbox.cancel(job->id, someone);
        QCOMPARE(cancelled.ok(), allowed);
        QCOMPARE(outbox.job(job->id)->state, allowed ? JobState::Cancelled : JobState::Queued);
        if (!allowed) {
            QCOMPARE(cancelled.error().code, ErrorCode::Forbidden);
            QVERIFY(!cancelled.error().message.isEmpty());
            // The system (command line) is never refused.
            QVERIFY(outbox.cancel(job->id, 0).ok());
            QCOMPARE(outbox.job(job->id)->state, JobState::Cancelled);
        }
    }

    void jobsStayCancellableAfterTheArticleMoved()
    {
        PublishFixture fx;
        const qint64 approver = fx.addUser(QStringLiteral("lanhdao"), Role::Approver);
        Outbox outbox(fx.db());
        auto job = outbox.publish(fx.article.id, fx.site.id, approver);
        QVERIFY(job.ok());
        // Sent back to the author meanwhile: the job must still be stoppable.
        QVERIFY(ArticleRepository(fx.db()).transition(fx.article.id, WorkflowState::Returned, approver).ok());
        QVERIFY(outbox.cancel(job->id, approver).ok());
        QCOMPARE(outbox.job(job->id)->state, JobState::Cancelled);
    }

    void updatesOfPublishedArticlesNeedPublishers()
    {
        PublishFixture fx;
        const qint64 approver = fx.addUser(QStringLiteral("lanhdao"), Role::Approver);
        QVERIFY(ArticleRepository(fx.db()).transition(fx.article.id, WorkflowState::Published, approver).ok());
        Outbox outbox(fx.db());
        auto byEditor = outbox.publish(fx.article.id, fx.site.id, fx.editor);
        QVERIFY(!byEditor.ok());
        QCOMPARE(byEditor.error().code, ErrorCode::Forbidden);
        QVERIFY(OutboxRepository(fx.db()).list()->isEmpty());
        auto byApprover = outbox.publish(fx.article.id, fx.site.id, approver);
        QVERIFY2(byApprover.ok(), byApprover.ok() ? "" : qPrintable(byApprover.error().message));
    }
};

QTEST_GUILESS_MAIN(TestSiteAdmin)
#include "tst_site_admin.moc"
