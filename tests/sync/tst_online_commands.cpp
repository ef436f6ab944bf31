// Online commands on a PC's working copy (storage/ServerLink.h, issue 14 step 4), against the PostgreSQL test
// server through a CutProxy: with the sync service as the copy's link, what only the server may do — a workflow
// transition, the trash, an administrator's change of users, categories or the office's settings — runs on the server
// as the copy's user, after the copy's queued changes went up (the editor gets the text the reporter wrote offline),
// and the copy shows the outcome at once; with the server away, or no link, it is refused with ErrorCode::Offline and
// nothing changes anywhere.
#include "app/i18n/HouseToneStyle.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"
#include "app/storage/TaxonomyRepository.h"
#include "app/storage/UserRepository.h"
#include "app/sync/SyncService.h"
#include "app/users/UserAdmin.h"
#include "app/workflow/TaxonomyAdmin.h"
#include "app/workflow/WorkflowService.h"
#include "tests/sync/OfficeAndCopy.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>

using namespace toasoan;

namespace {

qint64 idOf(Database &db, const char *login)
{
    auto user = UserRepository(db).findByLogin(QString::fromLatin1(login));
    return user ? user->id : -1;
}

} // namespace

class TestOnlineCommands : public QObject
{
    Q_OBJECT

private slots:
    void runOnTheServerOrAreRefused()
    {
        test::OfficeAndCopy rig;
        if (!rig.scratch.ok()) {
            QSKIP("no PostgreSQL test server");
        }
        QVERIFY(rig.ok());
        Database &office = *rig.office;
        Database &copy = *rig.copy;
        UserRepository users(office);
        const QString password = QStringLiteral("mat-khau-1");
        QVERIFY(users.create(QStringLiteral("bientap"), QStringLiteral("Trần Văn Biên"), Role::Editor, password));
        QVERIFY(users.create(QStringLiteral("quantri"), QStringLiteral("Lê Quản Trị"), Role::Admin, password));
        const QUuid uuid = rig.draft.uuid;

        // Without its service, the copy has no link: refused.
        QVERIFY(sync::SyncEngine(*rig.server, copy).pull());
        QVERIFY(copy.isWorkingCopy());
        const qint64 localArticle = ArticleRepository(copy).loadByUuid(uuid)->id;
        auto refused = WorkflowService(copy).submit(localArticle, idOf(copy, "lan"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Offline);
        QCOMPARE(refused.error().message, ArticleRepository::offlineReason());

        sync::SyncService::Timing timing;
        timing.listenToServer = false;
        auto service = std::make_unique<sync::SyncService>(*rig.server, copy, timing);
        QSignalSpy synced(service.get(), &sync::SyncService::synced);
        service->start();
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 20000);

        // The reporter finishes the text, then submits: the server gets the text, then the submission.
        Article local = ArticleRepository(copy).load(localArticle).value();
        local.body = QStringLiteral("<p>Con đường dài 3 km nối hai thôn đã thông xe.</p>");
        auto saved = WorkflowService(copy).saveAsUser(local, idOf(copy, "lan"));
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().detail));
        auto submitted = WorkflowService(copy).submit(localArticle, idOf(copy, "lan"), {}, saved->version);
        QVERIFY2(submitted, submitted ? "" : qPrintable(submitted.error().message + submitted.error().detail));
        QCOMPARE(submitted->id, localArticle);
        QCOMPARE(submitted->state, WorkflowState::Submitted); // the copy shows it at once
        Article atServer = ArticleRepository(office).loadByUuid(uuid).value();
        QCOMPARE(atServer.state, WorkflowState::Submitted);
        QCOMPARE(atServer.body, local.body);

        // Roles are the server's: a reporter cannot approve, an editor can.
        auto notAllowed = WorkflowService(copy).approve(localArticle, idOf(copy, "lan"));
        QVERIFY(!notAllowed);
        QCOMPARE(notAllowed.error().code, ErrorCode::Forbidden);
        auto returned = WorkflowService(copy).returnToAuthor(localArticle, idOf(copy, "bientap"),
                                                             QStringLiteral("Thêm ảnh con đường."));
        QVERIFY2(returned, returned ? "" : qPrintable(returned.error().detail));
        QCOMPARE(ArticleRepository(office).loadByUuid(uuid)->state, WorkflowState::Returned);

        // The administrator's changes: on the server, and here with this copy's ids.
        auto person = UserAdmin(copy).create(idOf(copy, "quantri"), QStringLiteral("hoa"), QStringLiteral("Phạm Hoa"),
                                             Role::Reporter, password);
        QVERIFY2(person, person ? "" : qPrintable(person.error().detail));
        QCOMPARE(person->id, idOf(copy, "hoa"));
        QVERIFY(users.findByLogin(QStringLiteral("hoa")));
        auto section = TaxonomyAdmin(copy).addCategory(idOf(copy, "quantri"), QStringLiteral("Giao thông"));
        QVERIFY2(section, section ? "" : qPrintable(section.error().detail));
        QCOMPARE(TaxonomyRepository(copy).loadCategory(section->id)->name, QStringLiteral("Giao thông"));
        bool onServer = false;
        const QList<Category> serverCategories = TaxonomyRepository(office).listCategories().value();
        for (const Category &c : serverCategories) {
            onServer = onServer || c.name == QStringLiteral("Giao thông");
        }
        QVERIFY(onServer);
        OfficeSettings settings = WorkflowService(copy).officeSettings().value();
        settings.officeName = QStringLiteral("Báo Tân Lập");
        auto stored = WorkflowService(copy).updateOfficeSettings(idOf(copy, "quantri"), settings);
        QVERIFY2(stored, stored ? "" : qPrintable(stored.error().detail));
        QCOMPARE(WorkflowService(office).officeSettings()->officeName, settings.officeName);
        QCOMPARE(WorkflowService(copy).officeSettings()->officeName, settings.officeName);
        const text::ToneStyle other =
            loadHouseToneStyle(office).value() == text::ToneStyle::New ? text::ToneStyle::Old : text::ToneStyle::New;
        QVERIFY(storeHouseToneStyle(copy, other));
        QCOMPARE(loadHouseToneStyle(office).value(), other);
        QCOMPARE(loadHouseToneStyle(copy).value(), other);

        QVERIFY(WorkflowService(copy).allowedActions(idOf(copy, "lan"), localArticle)->contains(Action::Submit));

        // The server away: refused, the article as it was on both sides.
        rig.proxy->setRefusing(true);
        rig.proxy->cutNow();
        auto away = WorkflowService(copy).moveToTrash(localArticle, idOf(copy, "quantri"));
        QVERIFY(!away);
        QCOMPARE(away.error().code, ErrorCode::Offline);
        QCOMPARE(away.error().message, ArticleRepository::offlineReason());
        auto awayAdmin = UserAdmin(copy).setActive(idOf(copy, "quantri"), idOf(copy, "hoa"), false);
        QVERIFY(!awayAdmin);
        QCOMPARE(awayAdmin.error().code, ErrorCode::Offline);
        QVERIFY(!ArticleRepository(office).loadByUuid(uuid)->isTrashed());
        QVERIFY(!ArticleRepository(copy).load(localArticle)->isTrashed());
        QVERIFY(users.findByLogin(QStringLiteral("hoa"))->active);
        // What the window asks to enable its actions: the online ones are off, with the reason.
        auto why = WorkflowService(copy).check(idOf(copy, "quantri"), Action::Trash, localArticle);
        QVERIFY(!why);
        QCOMPARE(why.error().code, ErrorCode::Offline);
        QCOMPARE(why.error().message, ArticleRepository::offlineReason());
        auto allowedAway = WorkflowService(copy).allowedActions(idOf(copy, "lan"), localArticle);
        QVERIFY(allowedAway);
        QVERIFY(allowedAway->contains(Action::EditContent)); // her returned article: edited offline, queued
        QVERIFY(!allowedAway->contains(Action::Submit));

        // Back: the same command goes through.
        rig.proxy->setRefusing(false);
        // (The service finds the server back within seconds; until then the command is refused as above.)
        Result<void> trashed = makeError(ErrorCode::Offline, QString());
        QDeadlineTimer deadline(20000);
        while (!(trashed = WorkflowService(copy).moveToTrash(localArticle, idOf(copy, "quantri"))) &&
               trashed.error().code == ErrorCode::Offline && !deadline.hasExpired()) {
            QTest::qWait(100);
        }
        QVERIFY2(trashed, qPrintable(trashed.error().message + trashed.error().detail));

        QVERIFY(ArticleRepository(office).loadByUuid(uuid)->isTrashed());
        QVERIFY(ArticleRepository(copy).load(localArticle)->isTrashed());
        service.reset();
        QVERIFY(!copy.serverLink());
    }
};

QTEST_GUILESS_MAIN(TestOnlineCommands)
#include "tst_online_commands.moc"
