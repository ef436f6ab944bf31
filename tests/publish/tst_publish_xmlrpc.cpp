// Publishing through XML-RPC (legacy portals) against the local fake that misbehaves on purpose:
// malformed XML, fault responses, HTML error pages, timeouts, and 401/403/405 on xmlrpc.php. Every
// fault ends in a clear state with a translated message, nothing lost and nothing duplicated.
#include "app/publish/HttpTransport.h"
#include "app/publish/Outbox.h"
#include "app/publish/RemoteCache.h"
#include "app/publish/XmlRpcClient.h"
#include "tests/publish/FakeWordPress.h"
#include "tests/publish/PublishFixture.h"
#include "tests/publish/PublishTestSupport.h"

#include <QJsonArray>
#include <QTest>

using namespace toasoan;
using namespace toasoan::test;

Q_DECLARE_METATYPE(toasoan::test::Fault)

namespace {

constexpr int kTimeoutMs = 1500;

struct Setup
{
    FakeWordPress wp;
    PublishFixture fx;
    HttpTransport transport;
    std::unique_ptr<XmlRpcClient> client;

    bool start()
    {
        if (!wp.listen()) {
            return false;
        }
        fx.pointSiteAt(wp.baseUrl(), SiteKind::XmlRpc);
        makeClient(wp.password);
        return true;
    }
    void makeClient(const QString &secret)
    {
        client = std::make_unique<XmlRpcClient>(transport, fx.site, secret, kTimeoutMs);
    }
    qint64 queue(JobAction action = JobAction::Publish)
    {
        auto job = OutboxRepository(fx.db()).enqueue(fx.article.id, fx.site.id, action, fx.editor);
        return job ? job->id : 0;
    }
};

Fault fault(Fault::Kind kind, const char *route, bool process = false, int status = 500, const char *body = "")
{
    Fault f;
    f.kind = kind;
    f.pathContains = QLatin1String(route);
    f.process = process;
    f.status = status;
    f.body = body;
    return f;
}

QString describe(const RunResult &r)
{
    return r.error ? r.error->error.message + QStringLiteral(" | ") + r.error->error.detail
                   : QString::fromLatin1(outcomeName(r.outcome));
}

} // namespace

class TestPublishXmlRpc : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TOASOAN_REQUIRE_TEST_BACKEND(); }
    void diagnosesFaults_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("messagePart");
        using K = Fault::Kind;
        const char *blogs = "xmlrpc/wp.getUsersBlogs";
        QTest::newRow("robustness: 401 on xmlrpc.php")
            << fault(K::Status, blogs, false, 401, "<html>Unauthorized</html>") << int(RemoteError::Kind::Forbidden)
            << "xmlrpc.php is blocked";
        QTest::newRow("robustness: 403 on xmlrpc.php") << fault(K::Status, blogs, false, 403, "<html>Forbidden</html>")
                                                       << int(RemoteError::Kind::Forbidden) << "xmlrpc.php is blocked";
        QTest::newRow("robustness: 405 on xmlrpc.php")
            << fault(K::Status, blogs, false, 405, "<html>Method Not Allowed</html>")
            << int(RemoteError::Kind::Forbidden) << "xmlrpc.php is blocked";
        QTest::newRow("robustness: truncated XML")
            << fault(K::MalformedXml, blogs) << int(RemoteError::Kind::Server) << "";
        QTest::newRow("robustness: JSON instead of XML")
            << fault(K::MalformedJson, blogs) << int(RemoteError::Kind::Server) << "";
        QTest::newRow("robustness: HTML error page")
            << fault(K::HtmlPage, blogs) << int(RemoteError::Kind::Server) << "not the website's interface";
        QTest::newRow("robustness: fault 403 wrong password")
            << fault(K::XmlRpcFault, blogs, false, 403, "Incorrect username or password.")
            << int(RemoteError::Kind::Auth) << "refused the user name";
        QTest::newRow("robustness: fault 405 XML-RPC off")
            << fault(K::XmlRpcFault, blogs, false, 405, "XML-RPC services are disabled on this site.")
            << int(RemoteError::Kind::Forbidden) << "XML-RPC is turned off";
        QTest::newRow("robustness: fault -32700 parse error")
            << fault(K::XmlRpcFault, blogs, false, -32700, "parse error. not well formed")
            << int(RemoteError::Kind::Invalid) << "parse error. not well formed";
        QTest::newRow("robustness: 500 with a PHP fatal error page")
            << fault(K::Status, blogs, false, 500, "<html><body><b>Fatal error</b>: Allowed memory size</body></html>")
            << int(RemoteError::Kind::Server) << "";
        QTest::newRow("robustness: timeout")
            << fault(K::StallBeforeBody, "xmlrpc") << int(RemoteError::Kind::Network) << "did not answer within";
    }

    void diagnosesFaults()
    {
        QFETCH(Fault, fault);
        QFETCH(int, kind);
        QFETCH(QString, messagePart);
        Setup s;
        QVERIFY(s.start());
        fault.times = 10;
        s.wp.addFault(fault);
        auto result = s.client->testConnection();
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().kind), kind);
        QVERIFY(!result.error().error.message.isEmpty());
        QVERIFY2(result.error().error.message.contains(messagePart), qPrintable(result.error().error.message));
        QVERIFY(!result.error().error.detail.contains(s.wp.password));
        // Not a single request reached wp.getProfile: the first answer decided.
        QCOMPARE(s.wp.count("POST", QStringLiteral("wp.getProfile")), 0);
    }

    void publishesOverXmlRpc()
    {
        Setup s;
        QVERIFY(s.start());
        s.wp.addCategory(50, QStringLiteral("Kinh tế"), QStringLiteral("kinh-te"));
        const RunResult r = runToEnd(s.fx.db(), *s.client, s.fx.site, s.queue(), 1);
        QVERIFY2(r.outcome == RunResult::Outcome::Done, qPrintable(describe(r)));
        QCOMPARE(s.wp.postsCreated(), 1);
        QCOMPARE(s.wp.mediaCreated(), 2);
        const QJsonObject post = s.wp.posts().first();
        QCOMPARE(post.value(QStringLiteral("status")).toString(), QStringLiteral("publish"));
        QCOMPARE(post.value(QStringLiteral("title")).toObject().value(QStringLiteral("raw")).toString(),
                 s.fx.article.title);
        QCOMPARE(post.value(QStringLiteral("categories")).toArray().first().toInt(), 50);
        QCOMPARE(post.value(QStringLiteral("tags")).toArray().size(), 2);
        QCOMPARE(ArticleRepository(s.fx.db()).load(s.fx.article.id)->state, WorkflowState::Published);
    }

    // A fault in the middle of a push: the job is retried and completes without a second post or
    // a second upload, whether or not the site had carried the request out.
    void transientFaultsNeverDuplicate_data()
    {
        QTest::addColumn<Fault>("fault");
        using K = Fault::Kind;
        const char *post = "xmlrpc/metaWeblog.newPost";
        const char *media = "xmlrpc/metaWeblog.newMediaObject";
        QTest::newRow("robustness: post truncated XML after creating") << fault(K::MalformedXml, post, true);
        QTest::newRow("robustness: post HTML error page after creating") << fault(K::HtmlPage, post, true);
        QTest::newRow("robustness: post timeout after creating") << fault(K::StallAfterBody, post, true);
        QTest::newRow("robustness: post timeout before the body") << fault(K::StallBeforeBody, "xmlrpc");
        QTest::newRow("robustness: post fault 500 after creating")
            << fault(K::XmlRpcFault, post, true, 500, "Database error");
        QTest::newRow("robustness: post 502 bad gateway") << fault(K::Status, post, false, 502, "<html>Bad</html>");
        QTest::newRow("robustness: post reset mid-reply after creating") << fault(K::ResetMidReply, post, true);
        QTest::newRow("robustness: media truncated XML after upload") << fault(K::MalformedXml, media, true);
        QTest::newRow("robustness: media timeout after upload") << fault(K::StallAfterBody, media, true);
        QTest::newRow("robustness: category list HTML page") << fault(K::HtmlPage, "xmlrpc/wp.getTerms", false);
        QTest::newRow("robustness: category list truncated XML") << fault(K::MalformedXml, "xmlrpc/wp.getTerms");
    }

    void transientFaultsNeverDuplicate()
    {
        QFETCH(Fault, fault);
        Setup s;
        QVERIFY(s.start());
        s.wp.addFault(fault);
        const qint64 jobId = s.queue();
        QList<RunResult> runs;
        const RunResult last = runToEnd(s.fx.db(), *s.client, s.fx.site, jobId, 4, &runs);
        QVERIFY2(last.outcome == RunResult::Outcome::Done, qPrintable(describe(last)));
        QVERIFY2(runs.size() >= 2 || s.wp.requests().join(QLatin1Char(' ')).contains(QLatin1String("getPost")),
                 qPrintable(s.wp.requests().join(QLatin1Char(' '))));
        QCOMPARE(runs.first().outcome, RunResult::Outcome::Retry);
        QVERIFY(!runs.first().error->error.message.isEmpty());
        QVERIFY(runs.first().error->retryable());
        QCOMPARE(s.wp.postsCreated(), 1);
        QCOMPARE(s.wp.mediaCreated(), 2);
        auto job = OutboxRepository(s.fx.db()).load(jobId);
        QCOMPARE(job->state, JobState::Done);
        QVERIFY(!job->steps.contains(QLatin1String("post_intent")));
        QVERIFY(!job->steps.contains(QLatin1String("media_intents")));
    }

    // The post was created but reading it back failed: it exists, so the job is done (and
    // nothing is created again); the next update fills in what the read-back would have given.
    void lostReadBackIsDone()
    {
        Setup s;
        QVERIFY(s.start());
        s.wp.addFault(fault(Fault::Kind::MalformedXml, "xmlrpc/metaWeblog.getPost"));
        const RunResult r = runToEnd(s.fx.db(), *s.client, s.fx.site, s.queue(), 1);
        QVERIFY2(r.outcome == RunResult::Outcome::Done, qPrintable(describe(r)));
        QCOMPARE(s.wp.postsCreated(), 1);
        auto where = RemoteCache(s.fx.db(), s.fx.site.id).publication(s.fx.article.id);
        QVERIFY(where.ok() && where->has_value());
        QCOMPARE(where->value().remoteId, QString::number(s.wp.posts().first().value(QStringLiteral("id")).toInt()));
        QCOMPARE(runToEnd(s.fx.db(), *s.client, s.fx.site, s.queue(), 1).outcome, RunResult::Outcome::Done);
        QCOMPARE(s.wp.postsCreated(), 1);
    }

    // Faults a person must act on stop the job at once, with the reason in their words.
    void permanentFaultsStop_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("messagePart");
        using K = Fault::Kind;
        const char *post = "xmlrpc/metaWeblog.newPost";
        QTest::newRow("robustness: 401 on xmlrpc.php while posting")
            << fault(K::Status, post, false, 401, "<html>Unauthorized</html>") << int(RemoteError::Kind::Forbidden)
            << "xmlrpc.php is blocked";
        QTest::newRow("robustness: 403 on xmlrpc.php while posting")
            << fault(K::Status, post, false, 403, "<html>Forbidden</html>") << int(RemoteError::Kind::Forbidden)
            << "xmlrpc.php is blocked";
        QTest::newRow("robustness: 405 on xmlrpc.php while posting")
            << fault(K::Status, post, false, 405, "") << int(RemoteError::Kind::Forbidden) << "xmlrpc.php is blocked";
        QTest::newRow("robustness: fault 401 not allowed to publish")
            << fault(K::XmlRpcFault, post, false, 401, "Sorry, you are not allowed to publish posts on this site.")
            << int(RemoteError::Kind::Forbidden) << "does not allow the account";
        QTest::newRow("robustness: fault 403 password changed meanwhile")
            << fault(K::XmlRpcFault, post, false, 403, "Incorrect username or password.")
            << int(RemoteError::Kind::Auth) << "refused the user name";
        QTest::newRow("robustness: fault refusing the data")
            << fault(K::XmlRpcFault, post, false, 400, "Invalid post type.") << int(RemoteError::Kind::Invalid)
            << "Invalid post type.";
    }

    void permanentFaultsStop()
    {
        QFETCH(Fault, fault);
        QFETCH(int, kind);
        QFETCH(QString, messagePart);
        Setup s;
        QVERIFY(s.start());
        s.wp.addFault(fault);
        const qint64 jobId = s.queue();
        const RunResult r = attempt(s.fx.db(), *s.client, s.fx.site, jobId);
        QVERIFY2(r.outcome == RunResult::Outcome::Failed, qPrintable(describe(r)));
        QCOMPARE(int(r.error->kind), kind);
        QVERIFY2(r.error->error.message.contains(messagePart), qPrintable(r.error->error.message));
        QCOMPARE(s.wp.postsCreated(), 0);
        auto job = OutboxRepository(s.fx.db()).load(jobId);
        QCOMPARE(job->state, JobState::Failed);
        QCOMPARE(job->lastError, r.error->error.message);
        QCOMPARE(ArticleRepository(s.fx.db()).load(s.fx.article.id)->state, WorkflowState::Approved);
    }

    void unpublishes_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("status");
        QTest::newRow("nominal: back to draft") << int(UnpublishAction::Draft) << "draft";
        QTest::newRow("nominal: into the trash") << int(UnpublishAction::Trash) << "trash";
    }

    void unpublishes()
    {
        QFETCH(int, action);
        QFETCH(QString, status);
        Setup s;
        QVERIFY(s.start());
        s.fx.site.unpublishAction = UnpublishAction(action);
        s.fx.pointSiteAt(s.wp.baseUrl(), SiteKind::XmlRpc);
        s.makeClient(s.wp.password);
        QCOMPARE(runToEnd(s.fx.db(), *s.client, s.fx.site, s.queue(), 1).outcome, RunResult::Outcome::Done);
        const RunResult r = runToEnd(s.fx.db(), *s.client, s.fx.site, s.queue(JobAction::Unpublish), 1);
        QVERIFY2(r.outcome == RunResult::Outcome::Done, qPrintable(describe(r)));
        QCOMPARE(s.wp.posts().first().value(QStringLiteral("status")).toString(), status);
        QCOMPARE(ArticleRepository(s.fx.db()).load(s.fx.article.id)->state, WorkflowState::Unpublished);
    }

    void deletedPostAsksOrIsDone()
    {
        Setup s;
        QVERIFY(s.start());
        QCOMPARE(runToEnd(s.fx.db(), *s.client, s.fx.site, s.queue(), 1).outcome, RunResult::Outcome::Done);
        s.wp.deletePost(s.wp.posts().first().value(QStringLiteral("id")).toInt());
        // Updating a post deleted on the site asks the user (fault 404 from metaWeblog.getPost).
        const RunResult update = runToEnd(s.fx.db(), *s.client, s.fx.site, s.queue(), 1);
        QVERIFY2(update.outcome == RunResult::Outcome::NeedsDecision, qPrintable(describe(update)));
        QVERIFY(update.error->error.message.contains(QLatin1String("was deleted")));
        // Taking it down is already done.
        s.fx.site.unpublishAction = UnpublishAction::Trash;
        s.fx.pointSiteAt(s.wp.baseUrl(), SiteKind::XmlRpc);
        s.makeClient(s.wp.password);
        const RunResult down = runToEnd(s.fx.db(), *s.client, s.fx.site, s.queue(JobAction::Unpublish), 1);
        QVERIFY2(down.outcome == RunResult::Outcome::Done, qPrintable(describe(down)));
        QVERIFY(!RemoteCache(s.fx.db(), s.fx.site.id).publication(s.fx.article.id)->has_value());
    }
};

QTEST_GUILESS_MAIN(TestPublishXmlRpc)
#include "tst_publish_xmlrpc.moc"
