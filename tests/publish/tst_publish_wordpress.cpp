// Integration against a real WordPress started by scripts/test-servers/wordpress.sh (it exports
// TOASOAN_TEST_WP_*): create, update, schedule, unpublish, categories, tags, featured and inline
// images with Vietnamese file names, through REST and XML-RPC; then read back and compare.
#include "app/publish/ClientFactory.h"
#include "app/publish/HttpTransport.h"
#include "app/publish/Outbox.h"
#include "app/publish/PostComposer.h"
#include "app/publish/RemoteCache.h"
#include "app/publish/WordPressRestClient.h"
#include "tests/publish/PublishFixture.h"
#include "tests/publish/PublishTestSupport.h"
#include "tests/publish/RealWordPress.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

using namespace toasoan;
using namespace toasoan::test;

class TestPublishWordPress : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!server()) {
            QSKIP(kNoWordPress);
        }
    }

    void diagnosesRealSite()
    {
        const Server srv = *server();
        PublishFixture fx;
        fx.pointSiteAt(srv.url, SiteKind::WordPressRest, srv.user);
        auto ok = testSiteConnection(fx.site, srv.appPassword);
        QVERIFY2(ok.ok(),
                 ok.ok() ? "" : qPrintable(ok.error().error.message + QLatin1String(" | ") + ok.error().error.detail));
        QVERIFY(ok->canPublish);
        QCOMPARE(ok->timeZone, QStringLiteral("Asia/Ho_Chi_Minh"));

        auto wrong = testSiteConnection(fx.site, QStringLiteral("AAAA BBBB CCCC DDDD EEEE FFFF"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().kind, RemoteError::Kind::Auth);
        QCOMPARE(wrong.error().remoteCode, QStringLiteral("incorrect_password"));

        if (!srv.contributor.isEmpty()) {
            Site contributor = fx.site;
            contributor.username = srv.contributor;
            auto denied = testSiteConnection(contributor, srv.contributorPassword);
            QVERIFY(!denied.ok());
            QCOMPARE(denied.error().kind, RemoteError::Kind::Forbidden);
            QVERIFY(denied.error().error.message.contains(QLatin1String("may not publish")));
        }
        fx.pointSiteAt(srv.url, SiteKind::XmlRpc, srv.user);
        auto xml = testSiteConnection(fx.site, srv.appPassword);
        QVERIFY2(xml.ok(),
                 xml.ok() ? ""
                          : qPrintable(xml.error().error.message + QLatin1String(" | ") + xml.error().error.detail));
        QVERIFY(xml->canPublish);
    }

    void publishesUpdatesSchedulesUnpublishes_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("nominal: REST") << int(SiteKind::WordPressRest);
        QTest::newRow("nominal: XML-RPC") << int(SiteKind::XmlRpc);
    }

    void publishesUpdatesSchedulesUnpublishes()
    {
        QFETCH(int, kind);
        const Server srv = *server();
        PublishFixture fx;
        fx.pointSiteAt(srv.url, SiteKind(kind), srv.user);
        // Unique texts: the site keeps what earlier runs published.
        const QString run = QUuid::createUuid().toString(QUuid::Id128).left(8);
        auto category = TaxonomyRepository(fx.db()).createCategory(QStringLiteral("Thời sự ") + run);
        QVERIFY(category.ok());
        Article article = *ArticleRepository(fx.db()).load(fx.article.id);
        article.categoryId = category->id;
        article.title = QStringLiteral("Khánh thành cầu Đồng Tâm ") + run;
        article.slug.clear();
        article.tags = {QStringLiteral("Giao thông ") + run, QStringLiteral("Nông thôn mới")};
        auto saved = ArticleRepository(fx.db()).save(article, fx.editor);
        QVERIFY(saved.ok());
        // Distinct images per run so uploads really happen.
        auto featured = MediaRepository(fx.db()).addFromBytes(tinyPng(1000 + kind * 100 + int(run.at(0).unicode())),
                                                              QStringLiteral("Ảnh đại diện cầu mới.png"));
        auto inlineImage =
            MediaRepository(fx.db()).addFromBytes(tinyPng(2000 + run.at(1).unicode() + kind * 7),
                                                  QStringLiteral("Lễ khánh thành ") + run + QStringLiteral(".png"));
        QVERIFY(featured.ok() && inlineImage.ok());
        article = *saved;
        article.featuredImageId = featured->id;
        article.body.replace(QStringLiteral("media:%1").arg(fx.inlineId),
                             QStringLiteral("media:%1").arg(inlineImage->id));
        saved = ArticleRepository(fx.db()).save(article, fx.editor);
        QVERIFY(saved.ok());
        article = *saved;

        HttpTransport transport;
        auto client = makeSiteClient(transport, fx.site, srv.appPassword, 60000);
        Outbox outbox(fx.db());
        auto job = outbox.publish(article.id, fx.site.id, 0);
        QVERIFY(job.ok());
        RunResult r = runToEnd(fx.db(), *client, fx.site, job->id, 3);
        QVERIFY2(r.outcome == RunResult::Outcome::Done,
                 r.error ? qPrintable(r.error->error.message + QLatin1String(" | ") + r.error->error.detail) : "");

        const QString postId = RemoteCache(fx.db(), fx.site.id).publication(article.id)->value().remoteId;
        ReadBack site(srv);
        QJsonObject post = site.get(QStringLiteral("wp/v2/posts/") + postId).toObject();
        QCOMPARE(raw(post, "title"), article.title);
        QCOMPARE(post.value(QStringLiteral("status")).toString(), QStringLiteral("publish"));
        QVERIFY(raw(post, "excerpt").contains(article.sapo));
        const QString content = raw(post, "content");
        QVERIFY2(content.startsWith(QString::fromUtf8("<p>(NTL) Sáng ngày 9/11")), qPrintable(content));
        QVERIFY(content.contains(QString::fromUtf8("<strong>Trần Hòa</strong> (Nguồn: Trung tâm Văn hóa)")));
        QVERIFY(!content.contains(QLatin1String("<script")));
        QVERIFY(!content.contains(QLatin1String("media:")));

        // Category and tags, by name.
        const QJsonArray categories = post.value(QStringLiteral("categories")).toArray();
        QCOMPARE(categories.size(), 1);
        QCOMPARE(site.get(QStringLiteral("wp/v2/categories/%1").arg(categories.at(0).toInt()))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 category->name);
        QStringList tagNames;
        for (const QJsonValue &t : post.value(QStringLiteral("tags")).toArray()) {
            tagNames.append(site.get(QStringLiteral("wp/v2/tags/%1").arg(t.toInt()))
                                .toObject()
                                .value(QStringLiteral("name"))
                                .toString());
        }
        tagNames.sort();
        QStringList expectedTags = article.tags;
        expectedTags.sort();
        QCOMPARE(tagNames, expectedTags);

        // Featured image: the same bytes, served by the site.
        const int featuredMedia = post.value(QStringLiteral("featured_media")).toInt();
        QVERIFY(featuredMedia > 0);
        const QJsonObject media = site.get(QStringLiteral("wp/v2/media/%1").arg(featuredMedia)).toObject();
        QCOMPARE(site.raw(QUrl(media.value(QStringLiteral("source_url")).toString())),
                 MediaRepository(fx.db()).load(featured->id)->data);
        // Inline image: uploaded, src rewritten to it, file reachable, caption kept.
        const RemoteMedia inlineRemote = RemoteCache(fx.db(), fx.site.id).media(inlineImage->sha256)->value();
        QVERIFY(content.contains(inlineRemote.url.toString(QUrl::FullyEncoded)) ||
                content.contains(inlineRemote.url.toString()));
        QCOMPARE(site.raw(inlineRemote.url), MediaRepository(fx.db()).load(inlineImage->id)->data);
        const QJsonObject inlineMedia = site.get(QStringLiteral("wp/v2/media/") + inlineRemote.remoteId).toObject();
        QCOMPARE(raw(inlineMedia, "caption"), QString::fromUtf8("Các đại biểu cắt băng"));
        qInfo("uploaded as %s", qPrintable(QUrl::fromPercentEncoding(inlineRemote.url.toString().toUtf8())));

        // The public page shows it.
        const QByteArray page = site.raw(QUrl(post.value(QStringLiteral("link")).toString()));
        QVERIFY(QString::fromUtf8(page).contains(QStringLiteral("Khánh thành cầu Đồng Tâm")));

        // No trace of ToaSoan's bookkeeping on the site: the rendered post has no empty paragraph
        // and no marker outside a comment; the images carry the article's caption and alt text.
        const QString rendered =
            post.value(QStringLiteral("content")).toObject().value(QStringLiteral("rendered")).toString();
        static const QRegularExpression emptyParagraph(QStringLiteral("<p[^>]*>\\s*(<!--.*?-->\\s*)*</p>"),
                                                       QRegularExpression::DotMatchesEverythingOption);
        QVERIFY2(!rendered.contains(emptyParagraph), qPrintable(rendered));
        static const QRegularExpression comment(QStringLiteral("<!--.*?-->"),
                                                QRegularExpression::DotMatchesEverythingOption);
        QVERIFY2(!QString(rendered).remove(comment).contains(QLatin1String("toasoan"), Qt::CaseInsensitive),
                 qPrintable(rendered));
        QVERIFY2(rendered.contains(PostComposer::marker(article)), qPrintable(rendered)); // still findable
        const QString publicPage = QString::fromUtf8(page).remove(comment);
        QVERIFY(!publicPage.contains(QLatin1String("toasoan:")));
        QVERIFY(!publicPage.contains(QLatin1String("toasoan-sha256")));
        for (const QJsonObject &item : {media, inlineMedia}) {
            const QString sha = QString::fromLatin1(
                MediaRepository(fx.db()).load(item == media ? featured->id : inlineImage->id)->sha256.left(12));
            for (const char *field : {"caption", "description", "title"}) {
                // What shows: the raw field, and the rendered one's text (its tags hold the file's URL).
                static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
                const QString text = raw(item, field) + QLatin1Char(' ') +
                                     item.value(QLatin1String(field))
                                         .toObject()
                                         .value(QStringLiteral("rendered"))
                                         .toString()
                                         .remove(tag);
                QVERIFY2(!text.contains(QLatin1String("toasoan"), Qt::CaseInsensitive), qPrintable(text));
                QVERIFY2(!text.contains(sha), qPrintable(text));
            }
            QVERIFY(!item.value(QStringLiteral("alt_text")).toString().contains(QLatin1String("toasoan")));
        }
        QCOMPARE(raw(media, "caption"), QString::fromUtf8("Cầu Đồng Tâm"));
        QCOMPARE(raw(inlineMedia, "title"), QString::fromUtf8("Các đại biểu cắt băng"));
        if (SiteKind(kind) == SiteKind::WordPressRest) {
            QCOMPARE(inlineMedia.value(QStringLiteral("alt_text")).toString(), QString::fromUtf8("Cắt băng"));
            QCOMPARE(media.value(QStringLiteral("alt_text")).toString(), QString::fromUtf8("Cầu Đồng Tâm"));
        }
        // An upload whose answer was lost is found again all the same.
        const Media inlineRow = *MediaRepository(fx.db()).load(inlineImage->id);
        MediaUpload again;
        again.data = inlineRow.data;
        again.fileName = inlineRow.fileName;
        again.mimeType = inlineRow.mimeType;
        again.sha256Hex = inlineRow.sha256;
        auto refound = client->findMedia(again);
        QVERIFY2(refound.ok(), refound.ok() ? "" : qPrintable(refound.error().error.message));
        QVERIFY(refound->has_value());
        QCOMPARE((*refound)->remoteId, inlineRemote.remoteId);

        // Update: same post, no new upload.
        const int mediaBefore = site.get(QStringLiteral("wp/v2/media"), QStringLiteral("per_page=1")).toArray().size();
        Q_UNUSED(mediaBefore);
        article = *ArticleRepository(fx.db()).load(article.id);
        article.title += QStringLiteral(" (cập nhật)");
        QVERIFY(ArticleRepository(fx.db()).save(article, fx.editor).ok());
        auto update = outbox.publish(article.id, fx.site.id, 0);
        QVERIFY(update.ok());
        QCOMPARE(update->action, JobAction::Update);
        r = runToEnd(fx.db(), *client, fx.site, update->id, 3);
        QVERIFY2(r.outcome == RunResult::Outcome::Done,
                 r.error ? qPrintable(r.error->error.message + QLatin1String(" | ") + r.error->error.detail) : "");
        post = site.get(QStringLiteral("wp/v2/posts/") + postId).toObject();
        QCOMPARE(raw(post, "title"), article.title);
        const QJsonArray same = site.get(QStringLiteral("wp/v2/posts"),
                                         QStringLiteral("status=any&search=") + PostComposer::marker(article))
                                    .toArray();
        QCOMPARE(same.size(), 1);

        // Unpublish: back to draft.
        auto down = outbox.unpublish(article.id, fx.site.id, 0);
        QVERIFY(down.ok());
        QCOMPARE(outcomeName(runToEnd(fx.db(), *client, fx.site, down->id, 3).outcome), "Done");
        QCOMPARE(
            site.get(QStringLiteral("wp/v2/posts/") + postId).toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("draft"));

        // Scheduled: a second article, two days ahead, in the site's future.
        auto second = fx.makeArticle(QStringLiteral("Hẹn giờ đăng ") + run, category->id);
        QVERIFY(second.ok());
        Article scheduled = *second;
        const QDateTime when = QDateTime::currentDateTimeUtc().addDays(2).addSecs(-QTime::currentTime().second());
        scheduled.scheduledAt = QDateTime(when.date(), QTime(when.time().hour(), when.time().minute()), Qt::UTC);
        QVERIFY(ArticleRepository(fx.db()).save(scheduled, fx.editor).ok());
        auto future = outbox.publish(scheduled.id, fx.site.id, 0);
        QVERIFY(future.ok());
        r = runToEnd(fx.db(), *client, fx.site, future->id, 3);
        QVERIFY2(r.outcome == RunResult::Outcome::Done, r.error ? qPrintable(r.error->error.message) : "");
        const QString futureId = RemoteCache(fx.db(), fx.site.id).publication(scheduled.id)->value().remoteId;
        const QJsonObject futurePost = site.get(QStringLiteral("wp/v2/posts/") + futureId).toObject();
        QCOMPARE(futurePost.value(QStringLiteral("status")).toString(), QStringLiteral("future"));
        QCOMPARE(futurePost.value(QStringLiteral("date_gmt")).toString(),
                 scheduled.scheduledAt.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")));
        // Shown in the site's time zone (UTC+7).
        QCOMPARE(
            QDateTime::fromString(futurePost.value(QStringLiteral("date")).toString(), Qt::ISODate),
            QDateTime(scheduled.scheduledAt.addSecs(7 * 3600).date(), scheduled.scheduledAt.addSecs(7 * 3600).time()));
    }

    // The site's "trash" setting: unpublishing moves the post into the site's trash, where an
    // administrator can still restore it; reading the post back shows it there.
    void unpublishesToTrash_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("nominal: REST") << int(SiteKind::WordPressRest);
        QTest::newRow("nominal: XML-RPC") << int(SiteKind::XmlRpc);
    }

    void unpublishesToTrash()
    {
        QFETCH(int, kind);
        const Server srv = *server();
        PublishFixture fx;
        fx.site.unpublishAction = UnpublishAction::Trash;
        fx.pointSiteAt(srv.url, SiteKind(kind), srv.user);
        QCOMPARE(SiteRepository(fx.db()).load(fx.site.id)->unpublishAction, UnpublishAction::Trash);
        const QString run = QUuid::createUuid().toString(QUuid::Id128).left(8);
        Article article = *ArticleRepository(fx.db()).load(fx.article.id);
        article.title = QStringLiteral("Gỡ vào thùng rác ") + run;
        article.slug.clear();
        article.featuredImageId = 0;
        article.body = QStringLiteral("<p>Bài thử gỡ bài %1.</p>").arg(run);
        auto saved = ArticleRepository(fx.db()).save(article, fx.editor);
        QVERIFY(saved.ok());

        HttpTransport transport;
        auto client = makeSiteClient(transport, fx.site, srv.appPassword, 60000);
        Outbox outbox(fx.db());
        auto up = outbox.publish(article.id, fx.site.id, 0);
        QVERIFY(up.ok());
        RunResult r = runToEnd(fx.db(), *client, fx.site, up->id, 3);
        QVERIFY2(r.outcome == RunResult::Outcome::Done, r.error ? qPrintable(r.error->error.message) : "");
        const QString postId = RemoteCache(fx.db(), fx.site.id).publication(article.id)->value().remoteId;
        ReadBack site(srv);
        QCOMPARE(
            site.get(QStringLiteral("wp/v2/posts/") + postId).toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("publish"));

        auto down = outbox.unpublish(article.id, fx.site.id, 0);
        QVERIFY(down.ok());
        r = runToEnd(fx.db(), *client, fx.site, down->id, 3);
        QVERIFY2(r.outcome == RunResult::Outcome::Done, r.error ? qPrintable(r.error->error.message) : "");
        const QJsonObject post = site.get(QStringLiteral("wp/v2/posts/") + postId).toObject();
        QCOMPARE(post.value(QStringLiteral("status")).toString(), QStringLiteral("trash"));
        QCOMPARE(raw(post, "title"), article.title); // in the trash, not deleted for good
        QCOMPARE(ArticleRepository(fx.db()).load(article.id)->state, WorkflowState::Unpublished);
        // Gone from the public listing.
        const QJsonArray listed = site.get(QStringLiteral("wp/v2/posts"), QStringLiteral("search=") + run).toArray();
        QVERIFY(listed.isEmpty());
    }

    // A body still showing a picture from the author's disk (or a plain http:// one) is refused with
    // its name, when queued and by a job queued before the body changed: nothing reaches the site.
    // Once it shows an https:// image instead, it publishes with that image.
    void refusesImagesTheSiteCannotShow_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("src");
        QTest::newRow("robustness: REST, relative path")
            << int(SiteKind::WordPressRest) << QStringLiteral("anh-%1.png");
        QTest::newRow("robustness: XML-RPC, file URL")
            << int(SiteKind::XmlRpc) << QStringLiteral("file:///home/phongvien/anh-%1.png");
        QTest::newRow("robustness: REST, plain http")
            << int(SiteKind::WordPressRest) << QStringLiteral("http://namtuliem.hanoi.gov.vn/anh-%1.png");
    }

    void refusesImagesTheSiteCannotShow()
    {
        QFETCH(int, kind);
        QFETCH(QString, src);
        const Server srv = *server();
        PublishFixture fx;
        fx.pointSiteAt(srv.url, SiteKind(kind), srv.user);
        const QString run = QUuid::createUuid().toString(QUuid::Id128).left(8);
        src = src.arg(run);
        Article article = *ArticleRepository(fx.db()).load(fx.article.id);
        article.title = QStringLiteral("Ảnh chưa tải lên ") + run;
        article.slug.clear();
        article.body = QStringLiteral("<p>Bài thử ảnh %1.</p><figure><img src=\"%2\" alt=\"\"></figure>").arg(run, src);
        QVERIFY(ArticleRepository(fx.db()).save(article, fx.editor).ok());

        Outbox outbox(fx.db());
        auto refused = outbox.publish(article.id, fx.site.id, 0);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(src), qPrintable(refused.error().message));

        HttpTransport transport;
        auto client = makeSiteClient(transport, fx.site, srv.appPassword, 60000);
        auto queued = OutboxRepository(fx.db()).enqueue(article.id, fx.site.id, JobAction::Publish, fx.editor);
        QVERIFY(queued.ok());
        RunResult r = runToEnd(fx.db(), *client, fx.site, queued->id, 3);
        QCOMPARE(outcomeName(r.outcome), outcomeName(RunResult::Outcome::Failed));
        QVERIFY2(r.error && r.error->error.message.contains(src), r.error ? qPrintable(r.error->error.message) : "");
        ReadBack site(srv);
        QCOMPARE(site.get(QStringLiteral("wp/v2/posts"), QStringLiteral("status=any&search=") + run).toArray().size(),
                 0);
        QVERIFY(!RemoteCache(fx.db(), fx.site.id).publication(article.id)->has_value());

        const QString https = QStringLiteral("https://namtuliem.hanoi.gov.vn/anh-%1.png").arg(run);
        article = *ArticleRepository(fx.db()).load(article.id);
        article.body.replace(src, https);
        QVERIFY(ArticleRepository(fx.db()).save(article, fx.editor).ok());
        auto job = outbox.publish(article.id, fx.site.id, 0);
        QVERIFY2(job.ok(), job.ok() ? "" : qPrintable(job.error().message));
        r = runToEnd(fx.db(), *client, fx.site, job->id, 3);
        QVERIFY2(r.outcome == RunResult::Outcome::Done, r.error ? qPrintable(r.error->error.message) : "");
        const QString postId = RemoteCache(fx.db(), fx.site.id).publication(article.id)->value().remoteId;
        const QString content = raw(site.get(QStringLiteral("wp/v2/posts/") + postId).toObject(), "content");
        QVERIFY2(content.contains(QStringLiteral("src=\"") + https + QLatin1Char('"')), qPrintable(content));
    }
};

QTEST_GUILESS_MAIN(TestPublishWordPress)
#include "tst_publish_wordpress.moc"
