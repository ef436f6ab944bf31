// The sync service (app/sync/SyncService.h, issue 14 step 4) against the PostgreSQL test server, through a
// CutProxy: it pulls when it starts, pulls what another PC changed when the server hints at it (not waiting for
// its one-minute timer), pushes a change queued in the copy by itself, reports the server's loss with the change
// still queued, and pushes it by itself once the server is back.
#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"
#include "app/storage/UserRepository.h"
#include "app/sync/SyncService.h"
#include "tests/sync/OfficeAndCopy.h"

#include <QSignalSpy>
#include <QTest>

using namespace toasoan;

namespace {

qint64 count(Database &db, const QString &sql, const QVariantList &values = {})
{
    auto v = db.value(sql, values);
    return v ? v->toLongLong() : -1;
}

QString titleOf(Database &db, const QUuid &uuid)
{
    auto a = ArticleRepository(db).loadByUuid(uuid);
    return a ? a->title : QString();
}

} // namespace

class TestSyncService : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheCopyInStepThroughALoss()
    {
        test::OfficeAndCopy rig;
        if (!rig.scratch.ok()) {
            QSKIP("no PostgreSQL test server");
        }
        QVERIFY(rig.ok());
        Database &office = *rig.office;
        Database &copy = *rig.copy;
        const QUuid uuid = rig.draft.uuid;

        sync::SyncService::Timing timing;
        timing.periodMs = 10 * 60 * 1000; // never, in this test: every sync below has another cause
        timing.localPollMs = 100;
        timing.offlineProbeMs = 200;
        sync::SyncService service(*rig.server, copy, timing);
        QSignalSpy synced(&service, &sync::SyncService::synced);
        service.start();

        // The first sync, at start: the copy holds the office's article.
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 20000);
        QVERIFY(synced.first().at(0).toBool());
        QCOMPARE(titleOf(copy, uuid), rig.draft.title);
        QVERIFY(copy.isWorkingCopy());
        QVERIFY(service.status().online);
        QVERIFY(service.status().lastSync.isValid());

        // Another PC changes it: the server's hint brings it here.
        Article atServer = rig.draft;
        atServer.title = QStringLiteral("Đường mới đã thông xe");
        QVERIFY(ArticleRepository(office).save(atServer, rig.lan.id));
        QTRY_COMPARE_WITH_TIMEOUT(titleOf(copy, uuid), atServer.title, 20000);

        // A change queued here goes up by itself.
        auto local = ArticleRepository(copy).loadByUuid(uuid);
        QVERIFY(local);
        Article edited = *local;
        edited.sapo = QStringLiteral("Con đường nối hai thôn.");
        QVERIFY(ArticleRepository(copy).save(edited, count(copy, QStringLiteral("SELECT id FROM users WHERE "
                                                                                "login = 'lan'"))));
        QTRY_COMPARE_WITH_TIMEOUT(ArticleRepository(office).loadByUuid(uuid)->sapo, edited.sapo, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(service.status().pending, 0, 20000);

        // The server goes away: the change made meanwhile waits, and the status says so.
        rig.proxy->setRefusing(true);
        rig.proxy->cutNow();
        local = ArticleRepository(copy).loadByUuid(uuid);
        QVERIFY(local);
        edited = *local;
        edited.body = QStringLiteral("<p>Viết khi mất mạng.</p>");
        QVERIFY(ArticleRepository(copy).save(edited, count(copy, QStringLiteral("SELECT id FROM users WHERE "
                                                                                "login = 'lan'"))));
        QTRY_VERIFY_WITH_TIMEOUT(!service.status().online, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(service.status().pending, 1, 20000);
        QVERIFY(service.status().lastError.has_value());
        QVERIFY(ArticleRepository(office).loadByUuid(uuid)->body != edited.body);

        // Back: the service finds out by itself and pushes the change.
        rig.proxy->setRefusing(false);
        QTRY_COMPARE_WITH_TIMEOUT(ArticleRepository(office).loadByUuid(uuid)->body, edited.body, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(service.status().online, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(service.status().pending, 0, 20000);

        // Asked (after an online command): one more sync.
        QTRY_VERIFY_WITH_TIMEOUT(!service.status().syncing, 20000);
        const qsizetype before = synced.size();
        service.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(synced.size() > before, 20000);
        QVERIFY(synced.last().at(0).toBool());
    }
};

QTEST_GUILESS_MAIN(TestSyncService)
#include "tst_sync_service.moc"
