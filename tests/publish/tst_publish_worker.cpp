// The outbox worker: parallel jobs, backoff with Retry-After, giving up, offline pause and
// resume, cancel while sending, and a worker process killed in the middle of a job (the job
// resumes in the next process and the post exists once).
#include "app/publish/Outbox.h"
#include "app/publish/PublishWorker.h"
#include "app/publish/RemoteCache.h"
#include "app/publish/SecretStore.h"
#include "tests/publish/FakeWordPress.h"
#include "tests/publish/PublishFixture.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace toasoan;
using namespace toasoan::test;

namespace {

WorkerOptions fastOptions()
{
    WorkerOptions o;
    o.parallelJobs = 3;
    o.requestTimeoutMs = 2000;
    o.backoffBaseMs = 20;
    o.backoffMaxMs = 200;
    o.offlineProbeMs = 150;
    o.maxAttempts = 4;
    o.useSystemReachability = false; // the test machine's reachability is not what is tested here
    return o;
}

JobState stateOf(Database &db, qint64 jobId)
{
    auto job = OutboxRepository(db).load(jobId);
    return job ? job->state : JobState::Failed;
}

// A worker process (named `identity` when given) starts the job; the site creates the post and never
// answers; the process is killed there, leaving the job running. Gives the job's id (0 on failure).
qint64 killAWorkerMidPost(FakeWordPress &wp, PublishFixture &fx, const QString &identity = {})
{
    // The site creates the post, then never answers: the worker waits until it is killed.
    Fault stall;
    stall.kind = Fault::Kind::StallAfterBody;
    stall.process = true;
    stall.method = "POST";
    stall.pathContains = QStringLiteral("wp/v2/posts");
    wp.addFault(stall);
    fx.pointSiteAt(wp.baseUrl());
    auto job = Outbox(fx.db()).publish(fx.article.id, fx.site.id, 0);
    if (!job) {
        return 0;
    }
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    QStringList arguments{QStringLiteral("--child-worker"), fx.dbPath(), wp.password};
    if (!identity.isEmpty()) {
        arguments.append(identity);
    }
    child.start(QCoreApplication::applicationFilePath(), arguments);
    if (!child.waitForStarted() || !QTest::qWaitFor([&] { return wp.postsCreated() == 1; }, 20000) ||
        stateOf(fx.db(), job->id) != JobState::Running) {
        return 0;
    }
    child.kill();
    child.waitForFinished();
    return job->id;
}

// The child process: sends the outbox of the workspace at argv[2] until the job is done.
int runChildWorker(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    auto db = Database::open(QString::fromLocal8Bit(argv[2]));
    if (!db) {
        return 3;
    }
    MemorySecretStore secrets;
    auto sites = SiteRepository(**db).list();
    for (const Site &site : *sites) {
        (void)secrets.write(site, QString::fromLocal8Bit(argv[3]));
    }
    WorkerOptions options = fastOptions();
    options.requestTimeoutMs = 600000; // hang on the stalled request until killed
    options.leaseMs = 1500;            // argv[4]: a worker "on another computer", with a short lease
    if (argc >= 5) {
        options.identity = QString::fromLocal8Bit(argv[4]);
    }
    PublishWorker worker(**db, secrets, options);
    QObject::connect(&worker, &PublishWorker::jobFinished, &app, [&app](qint64, JobState state) {
        if (state == JobState::Done) {
            app.quit();
        }
    });
    if (!worker.start()) {
        return 4;
    }
    return app.exec();
}

} // namespace

class TestPublishWorker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TOASOAN_REQUIRE_TEST_BACKEND(); }
    void sendsJobsInParallelUploadingSharedImagesOnce()
    {
        FakeWordPress wp;
        QVERIFY(wp.listen());
        PublishFixture fx;
        fx.pointSiteAt(wp.baseUrl());
        MemorySecretStore secrets;
        QVERIFY(secrets.write(fx.site, wp.password).ok());
        QList<qint64> articles{fx.article.id};
        for (int i = 1; i < 6; ++i) {
            auto a = fx.makeArticle(QStringLiteral("Tin số %1").arg(i), fx.article.categoryId);
            QVERIFY(a.ok());
            articles.append(a->id);
        }
        Outbox outbox(fx.db());
        PublishWorker worker(fx.db(), secrets, fastOptions());
        outbox.setWorker(&worker);
        QSignalSpy changed(&outbox, &Outbox::changed);
        QList<qint64> jobs;
        for (qint64 id : articles) {
            auto job = outbox.publish(id, fx.site.id, 0);
            QVERIFY2(job.ok(), job.ok() ? "" : qPrintable(job.error().message));
            jobs.append(job->id);
        }
        QVERIFY(worker.start().ok());
        for (qint64 job : jobs) {
            QTRY_COMPARE_WITH_TIMEOUT(stateOf(fx.db(), job), JobState::Done, 20000);
        }
        QVERIFY(changed.count() > 0);
        QCOMPARE(wp.postsCreated(), 6);
        QCOMPARE(wp.mediaCreated(), 2); // every article uses the same two images
        QCOMPARE(wp.tagsCreated(), 2);
        QCOMPARE(wp.categoriesCreated(), 1);
    }

    void backsOffHonouringRetryAfterThenSucceeds()
    {
        FakeWordPress wp;
        QVERIFY(wp.listen());
        Fault busy;
        busy.kind = Fault::Kind::Status;
        busy.status = 503;
        busy.retryAfter = 2;
        busy.method = "POST";
        busy.pathContains = QStringLiteral("wp/v2/posts");
        wp.addFault(busy);
        PublishFixture fx;
        fx.pointSiteAt(wp.baseUrl());
        MemorySecretStore secrets;
        QVERIFY(secrets.write(fx.site, wp.password).ok());
        PublishWorker worker(fx.db(), secrets, fastOptions());
        auto job = Outbox(fx.db()).publish(fx.article.id, fx.site.id, 0);
        QVERIFY(job.ok());
        QSignalSpy finished(&worker, &PublishWorker::jobFinished);
        QVERIFY(worker.start().ok());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
        const OutboxJob waiting = *OutboxRepository(fx.db()).load(job->id);
        QCOMPARE(waiting.state, JobState::Queued);
        QCOMPARE(waiting.attempts, 1);
        QVERIFY(waiting.lastError.contains(QLatin1String("busy")));
        // The next attempt is not due before the delay the site asked for.
        QVERIFY(waiting.updatedAt.msecsTo(waiting.nextAttemptAt) >= 1900);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(fx.db(), job->id), JobState::Done, 15000);
        QCOMPARE(wp.postsCreated(), 1);
    }

    void givesUpAfterMaxAttempts()
    {
        FakeWordPress wp;
        QVERIFY(wp.listen());
        Fault broken;
        broken.kind = Fault::Kind::Status;
        broken.status = 500;
        broken.method = "POST";
        broken.pathContains = QStringLiteral("wp/v2/posts");
        broken.times = 1000;
        wp.addFault(broken);
        PublishFixture fx;
        fx.pointSiteAt(wp.baseUrl());
        MemorySecretStore secrets;
        QVERIFY(secrets.write(fx.site, wp.password).ok());
        PublishWorker worker(fx.db(), secrets, fastOptions());
        auto job = Outbox(fx.db()).publish(fx.article.id, fx.site.id, 0);
        QVERIFY(worker.start().ok());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(fx.db(), job->id), JobState::Failed, 15000);
        const OutboxJob failed = *OutboxRepository(fx.db()).load(job->id);
        QCOMPARE(failed.attempts, fastOptions().maxAttempts);
        QVERIFY(failed.lastError.contains(QLatin1String("internal error")));
        QCOMPARE(wp.postsCreated(), 0);
        // "Retry" starts again and, once the site is fixed, succeeds.
        wp.clearFaults();
        Outbox outbox(fx.db());
        outbox.setWorker(&worker);
        QVERIFY(outbox.retry(job->id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(fx.db(), job->id), JobState::Done, 15000);
        QCOMPARE(wp.postsCreated(), 1);
    }

    void pausesWhileOfflineAndResumes()
    {
        FakeWordPress wp;
        QVERIFY(wp.listen());
        PublishFixture fx;
        fx.pointSiteAt(QUrl(QStringLiteral("http://khong-co-mang.invalid/")));
        MemorySecretStore secrets;
        QVERIFY(secrets.write(fx.site, wp.password).ok());
        PublishWorker worker(fx.db(), secrets, fastOptions());
        QSignalSpy offline(&worker, &PublishWorker::offlineChanged);
        auto job = Outbox(fx.db()).publish(fx.article.id, fx.site.id, 0);
        QVERIFY(worker.start().ok());
        QTRY_VERIFY_WITH_TIMEOUT(worker.isOffline(), 10000);
        QCOMPARE(offline.first().first().toBool(), true);
        QCOMPARE(stateOf(fx.db(), job->id), JobState::Queued);
        // The network "comes back": the site resolves again. Probes find it without any help.
        SiteRepository sites(fx.db());
        Site back = fx.site;
        back.baseUrl = wp.baseUrl();
        QVERIFY(secrets.write(back, wp.password).ok());
        QVERIFY(sites.update(back).ok());
        auto describe = [&]() -> QString {
            const OutboxJob j = *OutboxRepository(fx.db()).load(job->id);
            return jobStateKey(j.state) + QLatin1Char(' ') + j.lastErrorDetail;
        };
        QTRY_COMPARE_WITH_TIMEOUT(describe(), QStringLiteral("done "), 15000);
        QVERIFY(!worker.isOffline());
        QCOMPARE(offline.last().first().toBool(), false);
        QCOMPARE(wp.postsCreated(), 1);
    }

    void cancelsWhileSending()
    {
        FakeWordPress wp;
        QVERIFY(wp.listen());
        Fault stall;
        stall.kind = Fault::Kind::StallBeforeBody;
        stall.method = "POST";
        stall.pathContains = QStringLiteral("wp/v2/posts");
        wp.addFault(stall);
        PublishFixture fx;
        fx.pointSiteAt(wp.baseUrl());
        MemorySecretStore secrets;
        QVERIFY(secrets.write(fx.site, wp.password).ok());
        WorkerOptions options = fastOptions();
        options.requestTimeoutMs = 60000;
        PublishWorker worker(fx.db(), secrets, options);
        Outbox outbox(fx.db());
        outbox.setWorker(&worker);
        auto job = outbox.publish(fx.article.id, fx.site.id, 0);
        QSignalSpy finished(&worker, &PublishWorker::jobFinished);
        QVERIFY(worker.start().ok());
        QTRY_VERIFY_WITH_TIMEOUT(wp.requests().join(QLatin1Char('\n')).contains(QLatin1String("[stalled]")), 10000);
        QCOMPARE(stateOf(fx.db(), job->id), JobState::Running);
        QVERIFY(outbox.cancel(job->id).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 5000); // the stalled request was aborted
        QCOMPARE(finished.first().at(1).value<JobState>(), JobState::Cancelled);
        QCOMPARE(stateOf(fx.db(), job->id), JobState::Cancelled);
        QCOMPARE(worker.runningCount(), 0);
        QCOMPARE(wp.postsCreated(), 0);
    }

    // Two workers, each with its own connection (two processes, or two PCs of the office), send one
    // outbox at once: every job is claimed by one of them, and every post is created once.
    void twoWorkersShareTheOutboxEachPostOnce()
    {
        FakeWordPress wp;
        QVERIFY(wp.listen());
        PublishFixture fx;
        fx.pointSiteAt(wp.baseUrl());
        QList<qint64> jobs;
        Outbox outbox(fx.db());
        for (int i = 0; i < 12; ++i) {
            auto a = i == 0 ? Result<Article>(fx.article)
                            : fx.makeArticle(QStringLiteral("Tin số %1").arg(i), fx.article.categoryId);
            QVERIFY(a.ok());
            auto job = outbox.publish(a->id, fx.site.id, 0);
            QVERIFY(job.ok());
            jobs.append(job->id);
        }
        auto otherPc = Database::open(fx.dbPath());
        QVERIFY(otherPc);
        MemorySecretStore secrets;
        QVERIFY(secrets.write(fx.site, wp.password).ok());
        PublishWorker first(fx.db(), secrets, fastOptions());
        PublishWorker second(**otherPc, secrets, fastOptions());
        QVERIFY(first.identity() != second.identity());
        QSet<qint64> byFirst, bySecond;
        QHash<qint64, int> runningNow; // a job is never sent by both at once (a retry may go to the other)
        int overlaps = 0;
        for (PublishWorker *worker : {&first, &second}) {
            connect(worker, &PublishWorker::jobStarted, this, [&, worker](qint64 id) {
                (worker == &first ? byFirst : bySecond).insert(id);
                overlaps += ++runningNow[id] > 1 ? 1 : 0;
            });
            connect(worker, &PublishWorker::jobFinished, this, [&](qint64 id) { --runningNow[id]; });
        }
        QVERIFY(first.start().ok());
        QVERIFY(second.start().ok());
        for (qint64 job : jobs) {
            QTRY_COMPARE_WITH_TIMEOUT(stateOf(fx.db(), job), JobState::Done, 30000);
        }
        QCOMPARE(wp.postsCreated(), 12);
        QCOMPARE(wp.posts().size(), 12);
        QCOMPARE(wp.mediaCreated(), 2); // the same two images: uploaded once to the site
        QVERIFY2(!byFirst.isEmpty() && !bySecond.isEmpty(), "both workers took jobs");
        QCOMPARE(overlaps, 0);
        QCOMPARE((byFirst + bySecond).size(), 12);
        first.stop();
        second.stop();
    }

    // A worker without the site's secret leaves the site's jobs alone; one that has it sends them.
    void aWorkerWithoutTheSecretLeavesTheJob()
    {
        FakeWordPress wp;
        QVERIFY(wp.listen());
        PublishFixture fx;
        fx.pointSiteAt(wp.baseUrl());
        auto job = Outbox(fx.db()).publish(fx.article.id, fx.site.id, 0);
        QVERIFY(job.ok());
        MemorySecretStore none;
        PublishWorker blind(fx.db(), none, fastOptions());
        QSignalSpy idle(&blind, &PublishWorker::idle);
        QVERIFY(blind.start().ok());
        QTRY_VERIFY_WITH_TIMEOUT(!idle.isEmpty(), 5000);
        QTest::qWait(300);
        QCOMPARE(stateOf(fx.db(), job->id), JobState::Queued);
        QCOMPARE(OutboxRepository(fx.db()).load(job->id)->attempts, 0);
        // Whoever looks at the outbox is told why it waits.
        QVERIFY2(OutboxRepository(fx.db()).load(job->id)->lastError.contains(fx.site.name),
                 qPrintable(OutboxRepository(fx.db()).load(job->id)->lastError));
        QVERIFY(wp.requests().isEmpty());
        QVERIFY(blind.siteIds().isEmpty());

        auto otherPc = Database::open(fx.dbPath());
        QVERIFY(otherPc);
        MemorySecretStore secrets;
        QVERIFY(secrets.write(fx.site, wp.password).ok());
        PublishWorker sighted(**otherPc, secrets, fastOptions());
        QVERIFY(sighted.start().ok());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(fx.db(), job->id), JobState::Done, 20000);
        QCOMPARE(wp.postsCreated(), 1);
        QCOMPARE(sighted.siteIds(), QList<qint64>{fx.site.id});
        QVERIFY(OutboxRepository(fx.db()).load(job->id)->lastError.isEmpty());
    }

    // A worker on another computer dies in the middle of a job (after the site created the post):
    // nobody here can see its process, so the job waits for the lease to run out, then resumes and
    // finds the post instead of creating a second one.
    void takesOverAJobWhoseLeaseRanOut()
    {
        FakeWordPress wp;
        QVERIFY(wp.listen());
        PublishFixture fx;
        const QString otherPc = QStringLiteral("pc-khac 0000#1/x");
        const qint64 jobId = killAWorkerMidPost(wp, fx, otherPc);
        QVERIFY(jobId != 0);
        auto job = OutboxRepository(fx.db()).load(jobId);
        QCOMPARE(job->claimedBy, otherPc);

        MemorySecretStore secrets;
        QVERIFY(secrets.write(fx.site, wp.password).ok());
        WorkerOptions options = fastOptions();
        options.leaseMs = 1500;
        PublishWorker worker(fx.db(), secrets, options);
        QElapsedTimer waited;
        waited.start();
        QVERIFY(worker.start().ok());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(fx.db(), job->id), JobState::Done, 20000);
        QVERIFY2(waited.elapsed() >= 400, "the job was taken before its lease ran out");
        QCOMPARE(wp.postsCreated(), 1);
        QCOMPARE(wp.posts().size(), 1);
        QCOMPARE(OutboxRepository(fx.db()).load(job->id)->claimedBy, worker.identity());
    }

    void resumesAfterTheWorkerProcessIsKilled()
    {
        FakeWordPress wp;
        QVERIFY(wp.listen());
        PublishFixture fx;
        const qint64 jobId = killAWorkerMidPost(wp, fx);
        QVERIFY(jobId != 0);
        auto job = OutboxRepository(fx.db()).load(jobId);

        // A new worker (a restarted ToaSoan) takes the abandoned job over and completes it once.
        MemorySecretStore secrets;
        QVERIFY(secrets.write(fx.site, wp.password).ok());
        PublishWorker worker(fx.db(), secrets, fastOptions());
        QVERIFY(worker.start().ok());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(fx.db(), job->id), JobState::Done, 20000);
        QCOMPARE(wp.postsCreated(), 1);
        QCOMPARE(wp.posts().size(), 1);
        QCOMPARE(wp.mediaCreated(), 2);
        const QString remoteId = RemoteCache(fx.db(), fx.site.id).publication(fx.article.id)->value().remoteId;
        QCOMPARE(remoteId, QString::number(wp.posts().first().value(QStringLiteral("id")).toInt()));
        QCOMPARE(ArticleRepository(fx.db()).load(fx.article.id)->state, WorkflowState::Published);
    }

    void backoffGrowsWithJitter()
    {
        WorkerOptions o;
        o.backoffBaseMs = 1000;
        o.backoffMaxMs = 60000;
        for (int attempt = 1; attempt <= 8; ++attempt) {
            const qint64 base = std::min<qint64>(60000, 1000LL << (attempt - 1));
            const qint64 d = PublishWorker::backoffMs(attempt, 0, o);
            QVERIFY2(d >= base * 8 / 10 && d <= base * 12 / 10, qPrintable(QString::number(d)));
        }
        QCOMPARE(PublishWorker::backoffMs(1, 120, o) >= 120000, true);
    }
};

int main(int argc, char **argv)
{
    if (argc >= 4 && qstrcmp(argv[1], "--child-worker") == 0) {
        return runChildWorker(argc, argv);
    }
    QCoreApplication app(argc, argv);
    TestPublishWorker test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_publish_worker.moc"
