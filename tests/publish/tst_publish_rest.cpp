// Publishing through the WordPress REST API against a local fake that misbehaves on purpose:
// the connection diagnosis, a full push, updates, and every fault ending in a clear state with
// nothing lost and nothing duplicated (the fake counts what it really created).
#include "app/publish/ClientFactory.h"
#include "app/publish/HttpTransport.h"
#include "app/publish/Outbox.h"
#include "app/publish/PostComposer.h"
#include "app/publish/RemoteCache.h"
#include "app/publish/WordPressRestClient.h"
#include "app/publish/XmlRpcClient.h"
#include "tests/publish/FakeWordPress.h"
#include "tests/publish/PublishFixture.h"
#include "tests/publish/PublishTestSupport.h"
#include "tests/publish/TestCertificate.h"

#include <QJsonArray>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
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
    std::unique_ptr<WordPressRestClient> client;

    bool start()
    {
        if (!wp.listen()) {
            return false;
        }
        fx.pointSiteAt(wp.baseUrl());
        makeClient(wp.password);
        return true;
    }
    void makeClient(const QString &secret)
    {
        client = std::make_unique<WordPressRestClient>(transport, fx.site, secret, kTimeoutMs);
    }
    qint64 queue(JobAction action = JobAction::Publish)
    {
        auto job = OutboxRepository(fx.db()).enqueue(fx.article.id, fx.site.id, action, fx.editor);
        return job ? job->id : 0;
    }
};

} // namespace

class TestPublishRest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TOASOAN_REQUIRE_TEST_BACKEND(); }
    void diagnosesConnections_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("remoteCode");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("nominal: works") << "ok" << true << ""
                                        << "";
        QTest::newRow("nominal: plain permalinks use ?rest_route=") << "plain" << true << ""
                                                                    << "rest_route";
        QTest::newRow("robustness: wrong password") << "wrong" << false << "incorrect_password"
                                                    << "refused the user";
        QTest::newRow("robustness: wrong password reported as not logged in")
            << "wrong-not-logged-in" << false << "incorrect_password"
            << "refused the user";
        QTest::newRow("robustness: Authorization header stripped")
            << "stripped" << false << "authorization_header_stripped"
            << "Authorization header";
        QTest::newRow("robustness: application passwords unavailable")
            << "no-app-passwords" << false << "application_passwords_unavailable"
            << "Application passwords";
        QTest::newRow("robustness: REST API disabled") << "disabled" << false << ""
                                                       << "REST API is not available";
        QTest::newRow("robustness: not allowed to publish") << "contributor" << false << "rest_cannot_publish"
                                                            << "may not publish";
        QTest::newRow("robustness: firewall 403 page") << "waf" << false << ""
                                                       << "blocks the REST API";
        QTest::newRow("robustness: connection refused") << "refused" << false << ""
                                                        << "refused the connection";
        QTest::newRow("robustness: timeout") << "timeout" << false << ""
                                             << "did not answer within";
        QTest::newRow("robustness: TLS to a server speaking plain HTTP") << "tls-plain" << false << ""
                                                                         << "secure connection (TLS)";
        QTest::newRow("robustness: self-signed certificate") << "tls-self-signed" << false << ""
                                                             << "self-signed";
        QTest::newRow("robustness: name not resolved") << "dns" << false << ""
                                                       << "could not be found";
    }

    void diagnosesConnections()
    {
        QFETCH(QString, scenario);
        QFETCH(bool, ok);
        QFETCH(QString, remoteCode);
        QFETCH(QString, messagePart);
        Setup s;
        QVERIFY(s.start());
        QTcpServer plainServer;
        QSslServer sslServer;
        QString secret = s.wp.password;
        if (scenario == QLatin1String("plain")) {
            s.wp.prettyPermalinks = false;
        } else if (scenario == QLatin1String("wrong")) {
            secret = QStringLiteral("wrong wrong wrong");
        } else if (scenario == QLatin1String("wrong-not-logged-in")) {
            secret = QStringLiteral("wrong wrong wrong");
            s.wp.wrongPasswordCode = "rest_not_logged_in";
        } else if (scenario == QLatin1String("stripped")) {
            s.wp.stripAuthorization = true;
        } else if (scenario == QLatin1String("no-app-passwords")) {
            s.wp.stripAuthorization = true;
            s.wp.advertiseAppPasswords = false;
        } else if (scenario == QLatin1String("disabled")) {
            s.wp.restDisabled = true;
        } else if (scenario == QLatin1String("contributor")) {
            s.wp.canPublish = false;
        } else if (scenario == QLatin1String("waf")) {
            Fault f;
            f.kind = Fault::Kind::Status;
            f.status = 403;
            f.body = "<html><body>Access denied by ModSecurity</body></html>";
            f.times = 10;
            s.wp.addFault(f);
        } else if (scenario == QLatin1String("refused")) {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            const quint16 port = closed.serverPort();
            closed.close();
            s.fx.pointSiteAt(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
        } else if (scenario == QLatin1String("timeout")) {
            Fault f;
            f.kind = Fault::Kind::StallBeforeBody;
            s.wp.addFault(f);
        } else if (scenario == QLatin1String("tls-plain")) {
            // What a plain web server says to a TLS hello.
            QObject::connect(&plainServer, &QTcpServer::newConnection, &plainServer, [&plainServer] {
                QTcpSocket *socket = plainServer.nextPendingConnection();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
            });
            QVERIFY(plainServer.listen(QHostAddress::LocalHost));
            s.fx.pointSiteAt(QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(plainServer.serverPort())));
        } else if (scenario == QLatin1String("tls-self-signed")) {
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.setLocalCertificate(QSslCertificate(kSelfSignedCertificate));
            tls.setPrivateKey(QSslKey(kSelfSignedKey, QSsl::Rsa));
            sslServer.setSslConfiguration(tls);
            QVERIFY(sslServer.listen(QHostAddress::LocalHost));
            s.fx.pointSiteAt(QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(sslServer.serverPort())));
        } else if (scenario == QLatin1String("dns")) {
            s.fx.pointSiteAt(QUrl(QStringLiteral("http://khong-ton-tai.invalid/")));
        }
        s.makeClient(secret);
        auto result = s.client->testConnection();
        QCOMPARE(result.ok(), ok);
        if (ok) {
            QCOMPARE(result->timeZone, QStringLiteral("Asia/Ho_Chi_Minh"));
            QVERIFY(result->canPublish);
            if (!messagePart.isEmpty()) {
                QVERIFY2(result->notes.join(QLatin1Char(' ')).contains(messagePart),
                         qPrintable(result->notes.join(QLatin1Char('|'))));
            }
            return;
        }
        QVERIFY2(result.error().error.message.contains(messagePart), qPrintable(result.error().error.message));
        if (!remoteCode.isEmpty()) {
            QCOMPARE(result.error().remoteCode, remoteCode);
        }
        QVERIFY(!result.error().error.detail.contains(secret) || secret.isEmpty());
    }

    void diagnosesXmlRpc_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("nominal: works") << "ok" << true << 0 << "";
        QTest::newRow("robustness: wrong password")
            << "wrong" << false << int(RemoteError::Kind::Auth) << "refused the user name";
        QTest::newRow("robustness: xmlrpc.php blocked (403)")
            << "403" << false << int(RemoteError::Kind::Forbidden) << "xmlrpc.php is blocked";
        QTest::newRow("robustness: xmlrpc.php blocked (405)")
            << "405" << false << int(RemoteError::Kind::Forbidden) << "xmlrpc.php is blocked";
        QTest::newRow("robustness: XML-RPC turned off")
            << "off" << false << int(RemoteError::Kind::Forbidden) << "XML-RPC is turned off";
        QTest::newRow("robustness: not allowed to publish")
            << "contributor" << false << int(RemoteError::Kind::Forbidden) << "may not publish";
        QTest::newRow("robustness: HTML page instead of XML")
            << "html" << false << int(RemoteError::Kind::Server) << "not the website's interface";
    }

    void diagnosesXmlRpc()
    {
        QFETCH(QString, scenario);
        QFETCH(bool, ok);
        QFETCH(int, kind);
        QFETCH(QString, messagePart);
        FakeWordPress wp;
        QVERIFY(wp.listen());
        PublishFixture fx;
        fx.pointSiteAt(wp.baseUrl(), SiteKind::XmlRpc);
        QString secret = wp.password;
        Fault f;
        f.pathContains = QStringLiteral("xmlrpc");
        f.times = 10;
        if (scenario == QLatin1String("wrong")) {
            secret = QStringLiteral("sai");
        } else if (scenario == QLatin1String("403") || scenario == QLatin1String("405")) {
            f.kind = Fault::Kind::Status;
            f.status = scenario.toInt();
            f.body = "<html><body>Forbidden</body></html>";
            wp.addFault(f);
        } else if (scenario == QLatin1String("off")) {
            wp.xmlRpcEnabled = false;
        } else if (scenario == QLatin1String("contributor")) {
            wp.canPublish = false;
        } else if (scenario == QLatin1String("html")) {
            f.kind = Fault::Kind::HtmlPage;
            wp.addFault(f);
        }
        HttpTransport transport;
        XmlRpcClient client(transport, fx.site, secret, kTimeoutMs);
        auto result = client.testConnection();
        QCOMPARE(result.ok(), ok);
        if (ok) {
            QVERIFY(result->canPublish);
            QCOMPARE(result->gmtOffsetHours, 7.0);
            return;
        }
        QCOMPARE(int(result.error().kind), kind);
        QVERIFY2(result.error().error.message.contains(messagePart), qPrintable(result.error().error.message));
    }

    void publishesAndUpdates()
    {
        Setup s;
        QVERIFY(s.start());
        const qint64 jobId = s.queue();
        const RunResult first = runToEnd(s.fx.db(), *s.client, s.fx.site, jobId, 1);
        QVERIFY2(first.outcome == RunResult::Outcome::Done,
                 first.error ? qPrintable(first.error->error.message + first.error->error.detail) : "");
        QCOMPARE(s.wp.postsCreated(), 1);
        QCOMPARE(s.wp.mediaCreated(), 2);
        QCOMPARE(s.wp.tagsCreated(), 2);
        QCOMPARE(s.wp.categoriesCreated(), 1);

        const QJsonObject post = s.wp.posts().first();
        const QString content =
            post.value(QStringLiteral("content")).toObject().value(QStringLiteral("raw")).toString();
        QVERIFY2(content.startsWith(QString::fromUtf8("<p>(NTL) Sáng ngày 9/11")), qPrintable(content));
        QVERIFY(!content.contains(QLatin1String("script")));
        QVERIFY(!content.contains(QLatin1String("media:")));
        QVERIFY(content.contains(QLatin1String("class=\"wp-image-")));
        // The marker closes the last paragraph: never a paragraph of its own on the site.
        QVERIFY2(content.endsWith(QString::fromUtf8("<strong>Trần Hòa</strong> (Nguồn: Trung tâm Văn hóa)<!-- ") +
                                  PostComposer::marker(s.fx.article) + QStringLiteral(" --></p>")),
                 qPrintable(content));
        QCOMPARE(post.value(QStringLiteral("status")).toString(), QStringLiteral("publish"));
        QCOMPARE(post.value(QStringLiteral("slug")).toString(), QStringLiteral("khanh-thanh-cau-dong-tam"));
        QCOMPARE(post.value(QStringLiteral("tags")).toArray().size(), 2);
        QCOMPARE(post.value(QStringLiteral("categories")).toArray().size(), 1);

        QJsonObject featured, inlineImage;
        for (const QJsonObject &m : s.wp.media()) {
            (m.value(QStringLiteral("file_name")).toString().startsWith(QString::fromUtf8("Ảnh")) ? featured
                                                                                                  : inlineImage) = m;
        }
        QCOMPARE(post.value(QStringLiteral("featured_media")).toInt(), featured.value(QStringLiteral("id")).toInt());
        QCOMPARE(inlineImage.value(QStringLiteral("file_name")).toString(), QString::fromUtf8("Lễ khánh thành.png"));
        QCOMPARE(inlineImage.value(QStringLiteral("caption")).toObject().value(QStringLiteral("raw")).toString(),
                 QString::fromUtf8("Các đại biểu cắt băng"));
        QVERIFY(content.contains(inlineImage.value(QStringLiteral("source_url")).toString()));

        auto article = ArticleRepository(s.fx.db()).load(s.fx.article.id);
        QCOMPARE(article->state, WorkflowState::Published);
        QCOMPARE(article->publications.size(), 1);
        QCOMPARE(article->publications.first().remoteId, QString::number(post.value(QStringLiteral("id")).toInt()));

        // An update edits the same post and uploads nothing again.
        Article changed = *article;
        changed.title = QStringLiteral("Khánh thành cầu Đồng Tâm (cập nhật)");
        QVERIFY(ArticleRepository(s.fx.db()).save(changed, s.fx.editor).ok());
        Outbox outbox(s.fx.db());
        auto update = outbox.publish(s.fx.article.id, s.fx.site.id, 0);
        QVERIFY2(update.ok(), update.ok() ? "" : qPrintable(update.error().message));
        QCOMPARE(update->action, JobAction::Update);
        QCOMPARE(runToEnd(s.fx.db(), *s.client, s.fx.site, update->id, 1).outcome, RunResult::Outcome::Done);
        QCOMPARE(s.wp.postsCreated(), 1);
        QCOMPARE(s.wp.mediaCreated(), 2);
        QCOMPARE(s.wp.posts().first().value(QStringLiteral("title")).toObject().value(QStringLiteral("raw")).toString(),
                 changed.title);
    }

    void faultsNeverDuplicate_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<int>("retryAfter");
        auto row = [](const char *name, Fault::Kind kind, const char *method, const char *route, bool process,
                      int status = 500, int retryAfter = 0) {
            Fault f;
            f.kind = kind;
            f.method = method;
            f.pathContains = QLatin1String(route);
            f.process = process;
            f.status = status;
            f.retryAfter = retryAfter;
            QTest::newRow(name) << f << retryAfter;
        };
        using K = Fault::Kind;
        row("robustness: post timeout before the body", K::StallBeforeBody, "POST", "wp/v2/posts", false);
        row("robustness: post timeout after the body, post created", K::StallAfterBody, "POST", "wp/v2/posts", true);
        row("robustness: post reset mid-reply after creating", K::ResetMidReply, "POST", "wp/v2/posts", true);
        row("robustness: post 500 after creating", K::Status, "POST", "wp/v2/posts", true, 500);
        row("robustness: post 502 bad gateway", K::Status, "POST", "wp/v2/posts", false, 502);
        row("robustness: post 503 with Retry-After", K::Status, "POST", "wp/v2/posts", false, 503, 7);
        row("robustness: post truncated JSON after creating", K::MalformedJson, "POST", "wp/v2/posts", true);
        row("robustness: post HTML error page", K::HtmlPage, "POST", "wp/v2/posts", false);
        row("robustness: post 100 MB reply after creating", K::Huge, "POST", "wp/v2/posts", true);
        row("robustness: media timeout after upload", K::StallAfterBody, "POST", "wp/v2/media", true);
        row("robustness: media reset after upload", K::ResetMidReply, "POST", "wp/v2/media", true);
        row("robustness: media truncated JSON after upload", K::MalformedJson, "POST", "wp/v2/media", true);
        row("robustness: tag 500 after creating", K::Status, "POST", "wp/v2/tags", true, 500);
        row("robustness: category list HTML page", K::HtmlPage, "GET", "wp/v2/categories", false);
        row("robustness: index timeout", K::StallBeforeBody, "GET", "", false);
    }

    void faultsNeverDuplicate()
    {
        QFETCH(Fault, fault);
        QFETCH(int, retryAfter);
        Setup s;
        QVERIFY(s.start());
        s.wp.addFault(fault);
        const qint64 jobId = s.queue();
        QList<RunResult> runs;
        const RunResult last = runToEnd(s.fx.db(), *s.client, s.fx.site, jobId, 4, &runs);
        QVERIFY2(last.outcome == RunResult::Outcome::Done,
                 last.error ? qPrintable(last.error->error.message + QLatin1String(" | ") + last.error->error.detail)
                            : outcomeName(last.outcome));
        QCOMPARE(runs.first().outcome, RunResult::Outcome::Retry);
        QVERIFY(runs.first().error.has_value());
        QVERIFY(!runs.first().error->error.message.isEmpty());
        if (retryAfter > 0) {
            QCOMPARE(runs.first().error->retryAfterSeconds, retryAfter);
        }
        QCOMPARE(s.wp.postsCreated(), 1);
        QCOMPARE(s.wp.posts().size(), 1);
        QCOMPARE(s.wp.mediaCreated(), 2);
        QCOMPARE(s.wp.tagsCreated(), 2);
        auto job = OutboxRepository(s.fx.db()).load(jobId);
        QCOMPARE(job->state, JobState::Done);
        QVERIFY(!job->steps.contains(QLatin1String("post_intent")));
        QVERIFY(!job->steps.contains(QLatin1String("media_intents")));
    }

    void permanentFailuresStop_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("kind");
        QTest::newRow("robustness: 401 wrong password") << "401" << int(RemoteError::Kind::Auth);
        QTest::newRow("robustness: 403 not allowed to publish") << "403" << int(RemoteError::Kind::Forbidden);
        QTest::newRow("robustness: redirect loop") << "redirect" << int(RemoteError::Kind::Invalid);
        QTest::newRow("robustness: 400 refused data") << "400" << int(RemoteError::Kind::Invalid);
    }

    void permanentFailuresStop()
    {
        QFETCH(QString, scenario);
        QFETCH(int, kind);
        Setup s;
        QVERIFY(s.start());
        if (scenario == QLatin1String("401")) {
            s.makeClient(QStringLiteral("not the password"));
        } else if (scenario == QLatin1String("403")) {
            s.wp.canPublish = false;
        } else if (scenario == QLatin1String("redirect")) {
            Fault f;
            f.kind = Fault::Kind::RedirectLoop;
            f.pathContains = QStringLiteral("wp/v2/categories");
            f.times = 100;
            s.wp.addFault(f);
        } else {
            Fault f;
            f.kind = Fault::Kind::Status;
            f.status = 400;
            f.method = "POST";
            f.pathContains = QStringLiteral("wp/v2/posts");
            f.body =
                R"({"code":"rest_invalid_param","message":"Invalid parameter(s): date_gmt","data":{"status":400}})";
            s.wp.addFault(f);
        }
        const qint64 jobId = s.queue();
        const RunResult r = attempt(s.fx.db(), *s.client, s.fx.site, jobId);
        QVERIFY2(r.outcome == RunResult::Outcome::Failed,
                 r.error ? qPrintable(r.error->error.message + QLatin1String(" / ") + r.error->error.detail)
                         : "no error");
        QCOMPARE(int(r.error->kind), kind);
        QVERIFY(!r.error->error.message.isEmpty());
        QCOMPARE(s.wp.postsCreated(), 0);
        auto job = OutboxRepository(s.fx.db()).load(jobId);
        QCOMPARE(job->state, JobState::Failed);
        QCOMPARE(job->lastError, r.error->error.message);
    }

    void syncsTheCategoryTree()
    {
        Setup s;
        QVERIFY(s.start());
        s.wp.addCategory(50, QStringLiteral("Kinh tế"), QStringLiteral("kinh-te"));
        s.wp.addCategory(51, QStringLiteral("Nông nghiệp"), QStringLiteral("nong-nghiep"), 50);
        for (int i = 0; i < 120; ++i) { // more than one page of 100
            s.wp.addCategory(100 + i, QStringLiteral("Mục %1").arg(i), QStringLiteral("muc-%1").arg(i));
        }
        auto tree = syncSiteCategories(s.fx.db(), s.fx.site, s.wp.password, kTimeoutMs);
        QVERIFY(tree.ok());
        QCOMPARE(tree->size(), 123);
        auto stored = RemoteCache(s.fx.db(), s.fx.site.id).categories();
        QCOMPARE(stored->size(), 123);
        // The article's local "Kinh tế" maps to the site's one by name: nothing is created.
        QCOMPARE(runToEnd(s.fx.db(), *s.client, s.fx.site, s.queue(), 1).outcome, RunResult::Outcome::Done);
        QCOMPARE(s.wp.categoriesCreated(), 0);
        QCOMPARE(s.wp.posts().first().value(QStringLiteral("categories")).toArray().first().toInt(), 50);
    }

    void followsASiteThatMoved()
    {
        // The configured address answers 301 to the new one: requests go straight there, so no
        // POST is ever turned into a GET by a redirection.
        Setup s;
        QVERIFY(s.start());
        FakeWordPress old;
        QVERIFY(old.listen());
        old.redirectTo = s.wp.baseUrl();
        s.fx.pointSiteAt(old.baseUrl());
        s.makeClient(s.wp.password);
        auto info = s.client->testConnection();
        QVERIFY(info.ok());
        QVERIFY(info->notes.join(QLatin1Char(' ')).contains(QLatin1String("redirects to")));
        QCOMPARE(runToEnd(s.fx.db(), *s.client, s.fx.site, s.queue(), 1).outcome, RunResult::Outcome::Done);
        QCOMPARE(s.wp.postsCreated(), 1);
        QCOMPARE(old.count("POST", QString()), 0);
    }

    void deletedRemotePostAsksToRecreate()
    {
        Setup s;
        QVERIFY(s.start());
        QCOMPARE(runToEnd(s.fx.db(), *s.client, s.fx.site, s.queue(), 1).outcome, RunResult::Outcome::Done);
        const int firstId = s.wp.posts().first().value(QStringLiteral("id")).toInt();
        s.wp.deletePost(firstId);

        Outbox outbox(s.fx.db());
        auto job = outbox.publish(s.fx.article.id, s.fx.site.id, 0);
        QVERIFY(job.ok());
        const RunResult asked = attempt(s.fx.db(), *s.client, s.fx.site, job->id);
        QCOMPARE(outcomeName(asked.outcome), "NeedsDecision");
        QVERIFY(asked.error->error.message.contains(QLatin1String("Recreate")));
        QCOMPARE(outbox.job(job->id)->state, JobState::NeedsDecision);
        QCOMPARE(s.wp.postsCreated(), 1);

        QVERIFY(outbox.recreate(job->id).ok());
        QCOMPARE(runToEnd(s.fx.db(), *s.client, s.fx.site, job->id, 1).outcome, RunResult::Outcome::Done);
        QCOMPARE(s.wp.postsCreated(), 2);
        QCOMPARE(s.wp.posts().size(), 1);
        auto pub = RemoteCache(s.fx.db(), s.fx.site.id).publication(s.fx.article.id);
        QCOMPARE(pub->value().remoteId, QString::number(s.wp.posts().first().value(QStringLiteral("id")).toInt()));
    }

    void unpublishes_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("remoteStatus");
        QTest::newRow("nominal: back to draft") << int(UnpublishAction::Draft) << "draft";
        QTest::newRow("nominal: into the trash") << int(UnpublishAction::Trash) << "trash";
    }

    void unpublishes()
    {
        QFETCH(int, action);
        QFETCH(QString, remoteStatus);
        Setup s;
        QVERIFY(s.start());
        s.fx.site.unpublishAction = UnpublishAction(action);
        QCOMPARE(runToEnd(s.fx.db(), *s.client, s.fx.site, s.queue(), 1).outcome, RunResult::Outcome::Done);
        auto job = Outbox(s.fx.db()).unpublish(s.fx.article.id, s.fx.site.id, 0);
        QVERIFY(job.ok());
        QCOMPARE(runToEnd(s.fx.db(), *s.client, s.fx.site, job->id, 1).outcome, RunResult::Outcome::Done);
        QCOMPARE(s.wp.posts().first().value(QStringLiteral("status")).toString(), remoteStatus);
        QCOMPARE(ArticleRepository(s.fx.db()).load(s.fx.article.id)->state, WorkflowState::Unpublished);
        // Published again: the same post comes back.
        auto again = Outbox(s.fx.db()).publish(s.fx.article.id, s.fx.site.id, 0);
        QVERIFY(again.ok());
        QCOMPARE(runToEnd(s.fx.db(), *s.client, s.fx.site, again->id, 1).outcome, RunResult::Outcome::Done);
        QCOMPARE(s.wp.postsCreated(), 1);
        QCOMPARE(s.wp.posts().first().value(QStringLiteral("status")).toString(), QStringLiteral("publish"));
    }

    void schedulesInTheFuture()
    {
        Setup s;
        QVERIFY(s.start());
        Article a = *ArticleRepository(s.fx.db()).load(s.fx.article.id);
        const QDateTime when = QDateTime(QDate::currentDate().addDays(3), QTime(7, 30), Qt::UTC);
        a.scheduledAt = when;
        QVERIFY(ArticleRepository(s.fx.db()).save(a, s.fx.editor).ok());
        QCOMPARE(runToEnd(s.fx.db(), *s.client, s.fx.site, s.queue(), 1).outcome, RunResult::Outcome::Done);
        const QJsonObject post = s.wp.posts().first();
        QCOMPARE(post.value(QStringLiteral("status")).toString(), QStringLiteral("future"));
        QCOMPARE(post.value(QStringLiteral("date_gmt")).toString(),
                 when.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")));
    }

    // A body image that is neither the workspace's media nor an https:// address: queueing refuses it,
    // and a job queued before the body changed fails before it sends anything, naming the image.
    void refusesForeignReferences_data()
    {
        QTest::addColumn<QString>("src");
        QTest::addColumn<QString>("named");
        QTest::newRow("robustness: relative path") << QStringLiteral("anh.png") << QStringLiteral("\"anh.png\"");
        QTest::newRow("robustness: relative path in a folder")
            << QStringLiteral("images/a b.png") << QStringLiteral("\"images/a b.png\"");
        QTest::newRow("robustness: file URL")
            << QStringLiteral("file:///home/phongvien/anh.png") << QStringLiteral("file:///home/phongvien/anh.png");
        QTest::newRow("robustness: plain http") << QStringLiteral("http://namtuliem.hanoi.gov.vn/anh.png")
                                                << QStringLiteral("http://namtuliem.hanoi.gov.vn/anh.png");
        QTest::newRow("robustness: data URL")
            << QStringLiteral("data:image/png;base64,") + QString::fromLatin1(tinyPng(5).toBase64())
            << QStringLiteral("data:image/png;base64,");
        QTest::newRow("robustness: media not in the workspace")
            << QStringLiteral("media:987654") << QStringLiteral("media:987654");
    }

    void refusesForeignReferences()
    {
        QFETCH(QString, src);
        QFETCH(QString, named);
        Setup s;
        QVERIFY(s.start());
        Article article = *ArticleRepository(s.fx.db()).load(s.fx.article.id);
        article.body += QStringLiteral("<p><img src=\"") + src + QStringLiteral("\" alt=\"\"></p>");
        QVERIFY(ArticleRepository(s.fx.db()).save(article, s.fx.editor).ok());

        auto refused = Outbox(s.fx.db()).publish(s.fx.article.id, s.fx.site.id, 0);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Invalid);
        QVERIFY2(refused.error().message.contains(named), qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(article.title), qPrintable(refused.error().message));

        const qint64 jobId = s.queue();
        const RunResult r = attempt(s.fx.db(), *s.client, s.fx.site, jobId);
        QCOMPARE(outcomeName(r.outcome), outcomeName(RunResult::Outcome::Failed));
        QVERIFY(r.error);
        QVERIFY2(r.error->error.message.contains(named), qPrintable(r.error->error.message));
        QCOMPARE(s.wp.requests(), QStringList());
        QCOMPARE(OutboxRepository(s.fx.db()).load(jobId)->state, JobState::Failed);
    }

    // What a site can be given is published: the workspace's media and https:// images.
    void publishesHttpsImages()
    {
        Setup s;
        QVERIFY(s.start());
        Article article = *ArticleRepository(s.fx.db()).load(s.fx.article.id);
        article.body += QStringLiteral("<p><img src=\"https://namtuliem.hanoi.gov.vn/anh.png\" alt=\"\"></p>");
        QVERIFY(ArticleRepository(s.fx.db()).save(article, s.fx.editor).ok());
        auto job = Outbox(s.fx.db()).publish(s.fx.article.id, s.fx.site.id, 0);
        QVERIFY2(job.ok(), job.ok() ? "" : qPrintable(job.error().message));
        QCOMPARE(outcomeName(runToEnd(s.fx.db(), *s.client, s.fx.site, job->id, 1).outcome),
                 outcomeName(RunResult::Outcome::Done));
        QCOMPARE(s.wp.posts().size(), 1);
        const QString content = s.wp.posts()
                                    .constFirst()
                                    .value(QStringLiteral("content"))
                                    .toObject()
                                    .value(QStringLiteral("raw"))
                                    .toString();
        QVERIFY2(content.contains(QStringLiteral("src=\"https://namtuliem.hanoi.gov.vn/anh.png\"")),
                 qPrintable(content));
    }

    void refusesUnapprovedArticles()
    {
        Setup s;
        QVERIFY(s.start());
        auto draft = ArticleRepository(s.fx.db()).transition(s.fx.article.id, WorkflowState::Draft, s.fx.editor);
        QVERIFY(draft.ok());
        auto job = Outbox(s.fx.db()).publish(s.fx.article.id, s.fx.site.id, 0);
        QVERIFY(!job.ok());
        QCOMPARE(job.error().code, ErrorCode::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestPublishRest)
#include "tst_publish_rest.moc"
