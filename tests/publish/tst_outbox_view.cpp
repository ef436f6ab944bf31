// The publishing queue in the main window, with the background worker really sending: an approved
// article is published through "Đăng bài" and the job is watched to the end in "Hàng chờ đăng"
// (the post then exists on the site: the local fake, or the real local WordPress), taken off again;
// "Thử lại", "Đăng ngay" and "Hủy" change the jobs' states; only publishers may press them.
#include "app/publish/Outbox.h"
#include "app/publish/RemoteCache.h"
#include "app/publish/SecretStore.h"
#include "app/settings/Settings.h"
#include "app/storage/OutboxRepository.h"
#include "app/workflow/WorkflowService.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/publish/PublishFixture.h"
#include "tests/publish/PublishGuiSupport.h"
#include "ui/ArticleTableModel.h"
#include "ui/MainWindow.h"
#include "ui/publish/OutboxModel.h"
#include "ui/publish/OutboxView.h"
#include "ui/publish/PublishActions.h"
#include "ui/publish/PublishDialog.h"
#include "ui/publish/Publishing.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace toasoan;
using namespace toasoan::test;

namespace {

constexpr int kJobWaitMs = 60000;

WorkerOptions fastWorker()
{
    WorkerOptions o;
    o.parallelJobs = 1;
    o.requestTimeoutMs = 20000;
    o.backoffBaseMs = 200;
    o.offlineProbeMs = 500;
    o.useSystemReachability = false; // the test machine's network state must not matter
    return o;
}

// A newsroom: the fixture's workspace and site, an approver at the window, a reporter's article
// taken through review by the core workflow.
struct Newsroom
{
    PublishFixture fx;
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    RecordingNotifier notifier;
    RecordingSaveQuestion saveQuestion;
    RecordingConfirm confirm;
    User approver;
    qint64 reporter = 0;
    ui::Publishing publishing{fx.db(), std::make_unique<MemorySecretStore>()};

    Newsroom()
    {
        settings.setAutosaveIntervalSeconds(3600);
        approver = UserRepository(fx.db()).load(fx.addUser(QStringLiteral("lanhdao"), Role::Approver)).value();
        reporter = fx.addUser(QStringLiteral("phongvien"), Role::Reporter, QStringLiteral("Phạm Thu"));
    }

    /// Written by the reporter, submitted, forwarded by the editor, approved by the approver.
    qint64 approvedArticle(const QString &title)
    {
        Article a;
        a.title = title;
        a.sapo = QStringLiteral("Sáng 9/11, huyện tổ chức hội nghị giao ban quý IV.");
        a.body = QStringLiteral("<p>(NTL) Hội nghị đánh giá kết quả quý III.</p><p>Phạm Thu</p>");
        a.categoryId = fx.article.categoryId;
        a.authorId = reporter;
        auto created = ArticleRepository(fx.db()).create(a, reporter);
        if (!created) {
            return 0;
        }
        WorkflowService workflow(fx.db());
        if (!workflow.submit(created->id, reporter) || !workflow.forward(created->id, fx.editor)) {
            return 0;
        }
        auto approved = workflow.approve(created->id, approver.id);
        return approved ? approved->id : 0;
    }
};

QString cell(ui::OutboxView *view, qint64 jobId, int column)
{
    ui::OutboxModel *model = view->model();
    const int row = model->rowOf(jobId);
    return row < 0 ? QString() : model->data(model->index(row, column)).toString();
}

QPushButton *button(ui::OutboxView *view, const char *name)
{
    return view->findChild<QPushButton *>(QLatin1String(name));
}

} // namespace

class TestOutboxView : public QObject
{
    Q_OBJECT

private slots:
    void publishesAnApprovedArticle_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("nominal: local fake site") << "fake";
        QTest::newRow("nominal: real local WordPress") << "real";
    }

    void publishesAnApprovedArticle()
    {
        QFETCH(QString, target);
        auto wp = WordPressTarget::make(target);
        if (!wp) {
            QSKIP("TOASOAN_TEST_WP_URL is not set: start scripts/test-servers/wordpress.sh for this row.");
        }
        Newsroom n;
        n.fx.pointSiteAt(wp->url, SiteKind::WordPressRest, wp->user);
        QVERIFY(n.publishing.secrets().write(n.fx.site, wp->secret).ok());
        const QString title =
            QStringLiteral("Hội nghị giao ban quý IV ") + QUuid::createUuid().toString(QUuid::Id128).left(6);
        const qint64 id = n.approvedArticle(title);
        QVERIFY(id > 0);
        QVERIFY(n.publishing.startWorker(fastWorker()));

        ui::MainWindow window(n.fx.db(), n.approver, n.settings, n.notifier);
        window.setSaveQuestion(&n.saveQuestion);
        window.setPublishing(&n.publishing);
        window.show();
        QVERIFY(window.openArticle(id));
        ui::PublishActions *actions = window.publishActions();
        QVERIFY(actions);
        actions->updateActions();
        QVERIFY(actions->publishAction()->isEnabled());
        QVERIFY(!actions->unpublishAction()->isEnabled());

        // "Đăng bài": choose the site, confirm.
        actions->publishAction()->trigger();
        auto *dialog = window.findChild<ui::PublishDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->siteList()->count(), 1);
        QCOMPARE(dialog->siteList()->item(0)->checkState(), Qt::Checked);
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        QVERIFY2(dialog->errorMessage().isEmpty(), qPrintable(dialog->errorMessage()));
        QTRY_VERIFY(!window.findChild<ui::PublishDialog *>()); // closed and deleted

        // The queue shows the job and follows the worker to the end.
        ui::OutboxView *view = actions->outboxView();
        QVERIFY(actions->outboxDock()->isVisible());
        QCOMPARE(view->model()->rowCount(), 1);
        const qint64 jobId = view->model()->jobAt(0)->id;
        QCOMPARE(cell(view, jobId, ui::OutboxModel::ArticleColumn), title);
        QCOMPARE(cell(view, jobId, ui::OutboxModel::SiteColumn), n.fx.site.name);
        QCOMPARE(cell(view, jobId, ui::OutboxModel::ActionColumn), jobActionLabel(JobAction::Publish));
        QTRY_COMPARE_WITH_TIMEOUT(cell(view, jobId, ui::OutboxModel::StateColumn), jobStateLabel(JobState::Done),
                                  kJobWaitMs);
        QCOMPARE(cell(view, jobId, ui::OutboxModel::AttemptsColumn), QStringLiteral("1"));
        QVERIFY(cell(view, jobId, ui::OutboxModel::ErrorColumn).isEmpty());
        screenshot(&window, QStringLiteral("outbox-in-main-window"));
        screenshot(view, QStringLiteral("outbox-view"));

        // The post exists on the site.
        auto where = RemoteCache(n.fx.db(), n.fx.site.id).publication(id);
        QVERIFY(where.ok() && where->has_value());
        const QJsonObject post = wp->get(QStringLiteral("wp/v2/posts/") + where->value().remoteId);
        QCOMPARE(post.value(QStringLiteral("title")).toObject().value(QStringLiteral("raw")).toString(), title);
        if (wp->isReal()) {
            QCOMPARE(post.value(QStringLiteral("status")).toString(), QStringLiteral("publish"));
        } else {
            QCOMPARE(wp->fake->postsCreated(), 1);
        }
        QCOMPARE(ArticleRepository(n.fx.db()).load(id)->state, WorkflowState::Published);
        QVERIFY(view->selectJob(jobId));
        QVERIFY2(view->detailsLabel()->text().contains(where->value().url.toString().toHtmlEscaped()),
                 qPrintable(view->detailsLabel()->text()));
        // The list and the menu follow: the article is published now.
        ui::ArticleTableModel *list = window.articleModel();
        QTRY_COMPARE(list->data(list->index(list->rowOf(id), ui::ArticleTableModel::StateColumn)).toString(),
                     workflowStateLabel(WorkflowState::Published));
        QTRY_VERIFY(actions->unpublishAction()->isEnabled());
        QTRY_VERIFY(window.statusBar()
                        ->findChild<QLabel *>(QStringLiteral("outboxLabel"))
                        ->text()
                        .contains(QLatin1String("empty")));

        // "Gỡ bài khỏi website": the site is offered, the post goes back to draft.
        QVERIFY(actions->openPublishDialog(ui::PublishDialog::Mode::Unpublish));
        dialog = window.findChild<ui::PublishDialog *>();
        QCOMPARE(dialog->siteList()->count(), 1);
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        QTRY_COMPARE(view->model()->rowCount(), 2);
        const qint64 downId = view->model()->jobAt(0)->id;
        QCOMPARE(cell(view, downId, ui::OutboxModel::ActionColumn), jobActionLabel(JobAction::Unpublish));
        QTRY_COMPARE_WITH_TIMEOUT(cell(view, downId, ui::OutboxModel::StateColumn), jobStateLabel(JobState::Done),
                                  kJobWaitMs);
        const QJsonObject down = wp->get(QStringLiteral("wp/v2/posts/") + where->value().remoteId);
        QCOMPARE(down.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        QCOMPARE(ArticleRepository(n.fx.db()).load(id)->state, WorkflowState::Unpublished);
        QVERIFY(n.notifier.errors.isEmpty());
    }

    void retrySendNowAndCancelChangeTheJobs()
    {
        auto wp = WordPressTarget::local();
        QVERIFY(wp);
        Newsroom n;
        n.fx.pointSiteAt(wp->url, SiteKind::WordPressRest, wp->user);
        QVERIFY(n.publishing.secrets().write(n.fx.site, QStringLiteral("mat khau cu")).ok());
        QVERIFY(n.publishing.startWorker(fastWorker()));
        ui::OutboxView view(n.publishing, n.approver, n.notifier);
        view.setConfirmQuestion(&n.confirm);
        view.resize(1000, 300);
        view.show();

        // A wrong password: the job fails and waits for a person.
        auto job = n.publishing.outbox().publish(n.fx.article.id, n.fx.site.id, n.approver.id);
        QVERIFY(job.ok());
        QTRY_COMPARE_WITH_TIMEOUT(cell(&view, job->id, ui::OutboxModel::StateColumn), jobStateLabel(JobState::Failed),
                                  kJobWaitMs);
        QVERIFY2(cell(&view, job->id, ui::OutboxModel::ErrorColumn).contains(QLatin1String("refused the user name")),
                 qPrintable(cell(&view, job->id, ui::OutboxModel::ErrorColumn)));
        QVERIFY(view.selectJob(job->id));
        // The whole message shows under the list for the selected job.
        QVERIFY(view.detailsLabel()->text().contains(QLatin1String("Create a new application password")));
        QVERIFY(button(&view, "retryButton")->isEnabled());
        QVERIFY(button(&view, "cancelJobButton")->isEnabled());
        QVERIFY(!button(&view, "sendNowButton")->isEnabled());
        screenshot(&view, QStringLiteral("outbox-failed"));

        // "Thử lại" after the password was fixed: done.
        QVERIFY(n.publishing.secrets().write(n.fx.site, wp->secret).ok());
        QTest::mouseClick(button(&view, "retryButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(cell(&view, job->id, ui::OutboxModel::StateColumn), jobStateLabel(JobState::Done),
                                  kJobWaitMs);
        QCOMPARE(wp->fake->postsCreated(), 1);

        // The site asks to come back in an hour: the job waits with its time; "Đăng ngay" sends it.
        Fault busy;
        busy.kind = Fault::Kind::Status;
        busy.method = "POST";
        busy.pathContains = QStringLiteral("wp/v2/posts");
        busy.status = 503;
        busy.retryAfter = 3600;
        wp->fake->addFault(busy);
        auto update = n.publishing.outbox().publish(n.fx.article.id, n.fx.site.id, n.approver.id);
        QVERIFY(update.ok());
        QTRY_VERIFY_WITH_TIMEOUT(OutboxRepository(n.fx.db()).load(update->id)->attempts == 1 &&
                                     OutboxRepository(n.fx.db()).load(update->id)->state == JobState::Queued,
                                 kJobWaitMs);
        view.reload();
        const OutboxJob waiting = *OutboxRepository(n.fx.db()).load(update->id);
        QVERIFY(waiting.nextAttemptAt > QDateTime::currentDateTimeUtc().addSecs(3000));
        QCOMPARE(cell(&view, update->id, ui::OutboxModel::StateColumn), jobStateLabel(JobState::Queued));
        QCOMPARE(cell(&view, update->id, ui::OutboxModel::NextAttemptColumn),
                 waiting.nextAttemptAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")));
        QVERIFY(view.selectJob(update->id));
        QVERIFY(button(&view, "sendNowButton")->isEnabled());
        QTest::mouseClick(button(&view, "sendNowButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(cell(&view, update->id, ui::OutboxModel::StateColumn), jobStateLabel(JobState::Done),
                                  kJobWaitMs);
        QCOMPARE(wp->fake->postsCreated(), 1); // an update, not a second post

        // The post was deleted on the site: the job asks; "publish as a new post" does.
        wp->fake->deletePost(wp->fake->posts().first().value(QStringLiteral("id")).toInt());
        auto gone = n.publishing.outbox().publish(n.fx.article.id, n.fx.site.id, n.approver.id);
        QVERIFY(gone.ok());
        QTRY_COMPARE_WITH_TIMEOUT(cell(&view, gone->id, ui::OutboxModel::StateColumn),
                                  jobStateLabel(JobState::NeedsDecision), kJobWaitMs);
        QVERIFY(view.selectJob(gone->id));
        QVERIFY(button(&view, "recreateButton")->isVisibleTo(&view));
        QVERIFY(!button(&view, "retryButton")->isEnabled());
        QTest::mouseClick(button(&view, "recreateButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(cell(&view, gone->id, ui::OutboxModel::StateColumn), jobStateLabel(JobState::Done),
                                  kJobWaitMs);
        QCOMPARE(wp->fake->postsCreated(), 2);
        QCOMPARE(wp->fake->posts().size(), 1);

        // A request that hangs: "Hủy" asks first; "keep" keeps it running, "cancel" stops it.
        Fault hang;
        hang.kind = Fault::Kind::StallBeforeBody;
        hang.method = "POST";
        hang.pathContains = QStringLiteral("wp/v2/posts");
        wp->fake->addFault(hang);
        auto stuck = n.publishing.outbox().publish(n.fx.article.id, n.fx.site.id, n.approver.id);
        QVERIFY(stuck.ok());
        QTRY_COMPARE_WITH_TIMEOUT(cell(&view, stuck->id, ui::OutboxModel::StateColumn),
                                  jobStateLabel(JobState::Running), kJobWaitMs);
        QTRY_VERIFY(wp->fake->requests().join(QLatin1Char('|')).contains(QLatin1String("[stalled]")));
        QVERIFY(view.selectJob(stuck->id));
        n.confirm.answer = false;
        QTest::mouseClick(button(&view, "cancelJobButton"), Qt::LeftButton);
        QCOMPARE(n.confirm.asked.size(), 1);
        QCOMPARE(OutboxRepository(n.fx.db()).load(stuck->id)->state, JobState::Running);
        n.confirm.answer = true;
        QTest::mouseClick(button(&view, "cancelJobButton"), Qt::LeftButton);
        QCOMPARE(n.confirm.asked.size(), 2);
        QTRY_COMPARE(cell(&view, stuck->id, ui::OutboxModel::StateColumn), jobStateLabel(JobState::Cancelled));
        QVERIFY(!button(&view, "cancelJobButton")->isEnabled());
        // The worker is free again and the state stays cancelled.
        QTRY_COMPARE_WITH_TIMEOUT(n.publishing.worker()->runningCount(), 0, kJobWaitMs);
        QCOMPARE(OutboxRepository(n.fx.db()).load(stuck->id)->state, JobState::Cancelled);
        QVERIFY(n.notifier.errors.isEmpty());
    }

    // Offline (the site's name does not resolve): the queue pauses instead of failing the job,
    // says so, probes now and then, and goes on by itself once the site can be reached.
    void pausesWhileOffline()
    {
        auto wp = WordPressTarget::local();
        QVERIFY(wp);
        Newsroom n;
        n.fx.pointSiteAt(QUrl(QStringLiteral("http://khong-ton-tai.invalid/")), SiteKind::WordPressRest, wp->user);
        QVERIFY(n.publishing.secrets().write(n.fx.site, wp->secret).ok());
        WorkerOptions options = fastWorker();
        options.offlineProbeMs = 1000;
        QVERIFY(n.publishing.startWorker(options));
        ui::OutboxView view(n.publishing, n.approver, n.notifier);
        view.show();
        auto job = n.publishing.outbox().publish(n.fx.article.id, n.fx.site.id, n.approver.id);
        QVERIFY(job.ok());
        auto *status = view.findChild<QLabel *>(QStringLiteral("outboxStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(n.publishing.isOffline(), kJobWaitMs);
        QTRY_VERIFY(status->text().startsWith(QLatin1String("Offline")));
        QTRY_COMPARE(cell(&view, job->id, ui::OutboxModel::StateColumn), jobStateLabel(JobState::Queued));
        QVERIFY2(cell(&view, job->id, ui::OutboxModel::ErrorColumn).contains(QLatin1String("could not be found")),
                 qPrintable(cell(&view, job->id, ui::OutboxModel::ErrorColumn)));
        screenshot(&view, QStringLiteral("outbox-offline"));

        // The site is reachable again (here: its address fixed): the next probe sends the job.
        n.fx.pointSiteAt(wp->url, SiteKind::WordPressRest, wp->user);
        QVERIFY(n.publishing.secrets().write(n.fx.site, wp->secret).ok());
        QTRY_COMPARE_WITH_TIMEOUT(cell(&view, job->id, ui::OutboxModel::StateColumn), jobStateLabel(JobState::Done),
                                  kJobWaitMs);
        QTRY_VERIFY(!n.publishing.isOffline());
        QVERIFY(!status->text().startsWith(QLatin1String("Offline")));
        QCOMPARE(wp->fake->postsCreated(), 1);
    }

    // The publish dialog says when images have no description (alt text) before they go out.
    void warnsAboutImagesWithoutDescription()
    {
        Newsroom n;
        auto missing = [&n](Article &article) -> QString {
            auto saved = ArticleRepository(n.fx.db()).save(article, n.fx.editor);
            if (!saved) {
                return QStringLiteral("not saved: ") + saved.error().message;
            }
            article = *saved;
            ui::PublishDialog dialog(n.publishing, n.approver, article.id, ui::PublishDialog::Mode::Publish, false);
            auto *note = dialog.findChild<QLabel *>(QStringLiteral("missingAltNote"));
            return note ? note->text() : QString();
        };
        Article article = *ArticleRepository(n.fx.db()).load(n.fx.article.id);
        QString said = missing(article);
        QVERIFY2(said.isEmpty(), qPrintable(said)); // both images are described
        article.body.replace(QStringLiteral("alt=\"Cắt băng\""), QStringLiteral("alt=\"\""));
        QVERIFY(!article.body.contains(QStringLiteral("Cắt băng\"")));
        said = missing(article);
        QVERIFY2(said.startsWith(QLatin1String("1 image")) && said.contains(QLatin1String("no description")),
                 qPrintable(said));
        article.featuredImageCaption.clear();
        said = missing(article);
        QVERIFY2(said.startsWith(QLatin1String("2 image")) && said.contains(QLatin1String("no description")),
                 qPrintable(said));
        // Taking off says nothing about it.
        ui::PublishDialog off(n.publishing, n.approver, article.id, ui::PublishDialog::Mode::Unpublish, false);
        QVERIFY(!off.findChild<QLabel *>(QStringLiteral("missingAltNote")));
    }

    void onlyPublishersControlTheQueue()
    {
        Newsroom n;
        auto job = n.publishing.outbox().publish(n.fx.article.id, n.fx.site.id, n.approver.id);
        QVERIFY(job.ok());
        const User editor = UserRepository(n.fx.db()).load(n.fx.editor).value();
        ui::OutboxView view(n.publishing, editor, n.notifier);
        view.setConfirmQuestion(&n.confirm);
        view.show();
        QVERIFY(view.selectJob(job->id));
        QCOMPARE(cell(&view, job->id, ui::OutboxModel::StateColumn), jobStateLabel(JobState::Queued));
        for (const char *name : {"sendNowButton", "retryButton", "cancelJobButton", "recreateButton"}) {
            QVERIFY2(!button(&view, name)->isEnabled(), name);
        }
        // Pressed anyway (a crafted path): the core refuses and the job stays.
        view.cancel();
        QCOMPARE(n.notifier.errors.size(), 1);
        QCOMPARE(n.notifier.errors.first().error.code, ErrorCode::Forbidden);
        QCOMPARE(OutboxRepository(n.fx.db()).load(job->id)->state, JobState::Queued);
        // Without a worker here, the queue says why nothing is sent.
        QVERIFY(
            view.findChild<QLabel *>(QStringLiteral("outboxStatus"))->text().contains(QLatin1String("not started")));
    }
};

QTEST_MAIN(TestOutboxView)
#include "tst_outbox_view.moc"
