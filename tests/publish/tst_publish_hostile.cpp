// Stored cross-site scripting (issue 15): every field ToaSoan sends to a real WordPress (started by
// scripts/test-servers/wordpress.sh) carries hostile markup, through REST and XML-RPC. Read back
// through the REST `rendered` fields and the public pages (the post and the home page): no payload
// becomes a live tag or attribute, and the text a reader sees is exactly what was typed.
#include "app/html/Entities.h"
#include "app/html/HtmlLexer.h"
#include "app/publish/ClientFactory.h"
#include "app/publish/Outbox.h"
#include "app/publish/RemoteCache.h"
#include "tests/publish/PublishFixture.h"
#include "tests/publish/PublishTestSupport.h"
#include "tests/publish/RealWordPress.h"

#include <QTest>
#include <QUuid>

using namespace toasoan;
using namespace toasoan::test;

namespace {

// Every payload calls alert(1515): where that shows up live, a payload got through.
const QString kMarker = QStringLiteral("1515");

// The first payload that is live in `html`: a script running it, an event handler attribute
// calling it, or a javascript: address. Empty when there is none. Text, and attributes that are
// only text (alt, title, content), may carry the payload's characters: that is the point.
QString liveMarkup(const QString &html)
{
    const QList<html::Token> tokens = html::tokenize(html);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const html::Token &t = tokens.at(i);
        if (t.kind != html::Token::Kind::Start) {
            continue;
        }
        if ((t.name == QLatin1String("script") || t.name == QLatin1String("svg")) && i + 1 < tokens.size()) {
            // tokenize() drops their content: read it from the source.
            const QString content = html.mid(t.end, tokens.at(i + 1).begin - t.end);
            if (content.contains(kMarker)) {
                return QStringLiteral("live <%1>: %2").arg(t.name, content.left(200));
            }
        }
        for (const auto &[name, value] : t.attributes) {
            const bool handler = name.startsWith(QLatin1String("on")) && value.contains(kMarker);
            const bool address = (name == QLatin1String("href") || name == QLatin1String("src") ||
                                  name == QLatin1String("action") || name == QLatin1String("formaction")) &&
                                 value.trimmed().startsWith(QLatin1String("javascript:"), Qt::CaseInsensitive);
            if (handler || address) {
                return QStringLiteral("live attribute on <%1>: %2=\"%3\"").arg(t.name, name, value);
            }
        }
    }
    return {};
}

// What a reader sees of `html`: its text, references decoded, white space collapsed.
QString visibleText(const QString &html)
{
    QString text;
    for (const html::Token &t : html::tokenize(html)) {
        text += t.kind == html::Token::Kind::Text ? t.text : QStringLiteral(" ");
    }
    return text.simplified();
}

// The source inside the first element named `name` whose class list holds `cssClass`.
QString elementSource(const QString &html, const QString &name, const QString &cssClass)
{
    const QList<html::Token> tokens = html::tokenize(html);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const html::Token &t = tokens.at(i);
        if (t.kind == html::Token::Kind::Start && t.name == name &&
            t.attribute(QStringLiteral("class")).split(QLatin1Char(' ')).contains(cssClass)) {
            int depth = 0;
            for (qsizetype j = i + 1; j < tokens.size(); ++j) {
                const html::Token &u = tokens.at(j);
                if (u.name == name && u.kind == html::Token::Kind::Start && !u.selfClosing) {
                    ++depth;
                } else if (u.name == name && u.kind == html::Token::Kind::End && depth-- == 0) {
                    return html.mid(t.end, u.begin - t.end);
                }
            }
        }
    }
    return {};
}

QString rendered(const QJsonObject &o, const char *field)
{
    return o.value(QLatin1String(field)).toObject().value(QStringLiteral("rendered")).toString();
}

} // namespace

class TestPublishHostile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!server()) {
            QSKIP(kNoWordPress);
        }
    }

    void everyFieldShowsAsTyped_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("robustness: REST") << int(SiteKind::WordPressRest);
        QTest::newRow("robustness: XML-RPC") << int(SiteKind::XmlRpc);
    }

    void everyFieldShowsAsTyped()
    {
        QFETCH(int, kind);
        const Server srv = *server();
        PublishFixture fx;
        fx.pointSiteAt(srv.url, SiteKind(kind), srv.user);
        const QString run = QUuid::createUuid().toString(QUuid::Id128).left(8);

        const QString title = QStringLiteral("Tin <script>alert(1515)</script> “Đà Nẵng” & \"Hòa\" 'x' "
                                             "&lt;script&gt; ") +
                              run;
        const QString sapo = QStringLiteral("Sapo <img src=x onerror=alert(1515)> Quận ủy & \"dân vận\" "
                                            "<a href=\"javascript:alert(1515)\">bấm</a> &amp; ") +
                             run;
        const QString byline = QStringLiteral("\"><svg onload=alert(1515)> Trần \"Hòa\" & Cộng sự");
        const QString source = QStringLiteral("<a href=javascript:alert(1515)>Báo</a> &lt;b&gt; 'Hà Nội'");
        const QString categoryName = QStringLiteral("Thời sự <b onmouseover=alert(1515)>x</b> & \"A\" ") + run;
        const QStringList tags{QStringLiteral("<script>alert(1515)</script> & \"thẻ\" ") + run,
                               QStringLiteral("\"><svg onload=alert(1515)> ") + run};
        const QString featuredCaption = QStringLiteral("Ảnh <img src=x onerror=alert(1515)> & \"cầu\" ") + run;
        const QString inlineAlt = QStringLiteral("\"><svg onload=alert(1515)> Cắt băng & 'x'");
        const QString inlineCaption = QStringLiteral(
            "<script>alert(1515)</script> Các đại biểu & “khách”"); // body text: WordPress curls straight quotes there

        auto category = TaxonomyRepository(fx.db()).createCategory(categoryName);
        QVERIFY(category.ok());
        auto featured = MediaRepository(fx.db()).addFromBytes(tinyPng(3000 + kind * 100 + int(run.at(0).unicode())),
                                                              QStringLiteral("<img src=x onerror=alert(1515)>.png"));
        auto inlineImage =
            MediaRepository(fx.db()).addFromBytes(tinyPng(4000 + kind * 7 + run.at(1).unicode()),
                                                  QStringLiteral("Lễ khánh thành ") + run + QStringLiteral(".png"));
        QVERIFY(featured.ok() && inlineImage.ok());
        Article article = *ArticleRepository(fx.db()).load(fx.article.id);
        article.title = title;
        article.sapo = sapo;
        article.byline = byline;
        article.source = source;
        article.slug = QStringLiteral("\"><svg onload=alert(1515)> javascript:alert(1) ") + run;
        article.categoryId = category->id;
        article.tags = tags;
        article.featuredImageId = featured->id;
        article.featuredImageCaption = featuredCaption;
        article.dateline.clear();
        // The body as the editor keeps it: the alt text and caption are the typed characters.
        article.body = QStringLiteral("<p>Nội dung %1.</p><figure><img src=\"media:%2\" alt=\"%3\"><figcaption>%4"
                                      "</figcaption></figure>")
                           .arg(run)
                           .arg(inlineImage->id)
                           .arg(html::escapeAttribute(inlineAlt), html::escapeText(inlineCaption));
        auto saved = ArticleRepository(fx.db()).save(article, fx.editor);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().detail));
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
        const QJsonObject post = site.get(QStringLiteral("wp/v2/posts/") + postId).toObject();

        // Title and excerpt, as the REST API renders them.
        for (const char *field : {"title", "excerpt", "content"}) {
            QVERIFY2(liveMarkup(rendered(post, field)).isEmpty(), qPrintable(liveMarkup(rendered(post, field))));
        }
        QCOMPARE(visibleText(rendered(post, "title")), title.simplified());
        QCOMPARE(visibleText(rendered(post, "excerpt")), sapo.simplified());
        const QString content = visibleText(rendered(post, "content"));
        QVERIFY2(content.contains(byline.simplified()), qPrintable(content));
        QVERIFY2(content.contains(QStringLiteral("Nguồn: ") + source), qPrintable(content));
        QVERIFY2(content.contains(inlineCaption), qPrintable(content));
        // The slug: the slug function's, nothing of the markup.
        QCOMPARE(post.value(QStringLiteral("slug")).toString(),
                 QStringLiteral("svg-onload-alert-1515-javascript-alert-1-") + run);

        // Category and tag names: the literal text, stored without a tag.
        const QJsonArray categories = post.value(QStringLiteral("categories")).toArray();
        QCOMPARE(categories.size(), 1);
        const QString storedCategory = site.get(QStringLiteral("wp/v2/categories/%1").arg(categories.at(0).toInt()))
                                           .toObject()
                                           .value(QStringLiteral("name"))
                                           .toString();
        QVERIFY2(!storedCategory.contains(QLatin1Char('<')), qPrintable(storedCategory));
        QCOMPARE(html::decodeEntities(storedCategory), categoryName);
        QStringList tagNames;
        for (const QJsonValue &t : post.value(QStringLiteral("tags")).toArray()) {
            const QString stored = site.get(QStringLiteral("wp/v2/tags/%1").arg(t.toInt()))
                                       .toObject()
                                       .value(QStringLiteral("name"))
                                       .toString();
            QVERIFY2(!stored.contains(QLatin1Char('<')), qPrintable(stored));
            tagNames.append(html::decodeEntities(stored));
        }
        tagNames.sort();
        QStringList expectedTags = tags;
        for (QString &tag : expectedTags) {
            tag = tag.simplified();
        }
        expectedTags.sort();
        QCOMPARE(tagNames, expectedTags);

        // The images: title, caption (and alt text where the API sets it).
        const QJsonObject media =
            site.get(QStringLiteral("wp/v2/media/%1").arg(post.value(QStringLiteral("featured_media")).toInt()))
                .toObject();
        const RemoteMedia inlineRemote = RemoteCache(fx.db(), fx.site.id).media(inlineImage->sha256)->value();
        const QJsonObject inlineMedia = site.get(QStringLiteral("wp/v2/media/") + inlineRemote.remoteId).toObject();
        for (const QJsonObject &item : {media, inlineMedia}) {
            for (const char *field : {"title", "caption", "description"}) {
                QVERIFY2(liveMarkup(rendered(item, field)).isEmpty(), qPrintable(liveMarkup(rendered(item, field))));
            }
        }
        QCOMPARE(visibleText(rendered(media, "title")), featuredCaption);
        QCOMPARE(visibleText(rendered(media, "caption")), featuredCaption);
        QCOMPARE(visibleText(rendered(inlineMedia, "caption")), inlineCaption);
        if (SiteKind(kind) == SiteKind::WordPressRest) {
            QCOMPARE(html::decodeEntities(media.value(QStringLiteral("alt_text")).toString()), featuredCaption);
            QCOMPARE(html::decodeEntities(inlineMedia.value(QStringLiteral("alt_text")).toString()), inlineAlt);
        }

        // The public pages: the post's, and the home page listing it with its excerpt.
        const QString page = QString::fromUtf8(site.raw(QUrl(post.value(QStringLiteral("link")).toString())));
        QVERIFY2(liveMarkup(page).isEmpty(), qPrintable(liveMarkup(page)));
        QCOMPARE(visibleText(elementSource(page, QStringLiteral("h1"), QStringLiteral("wp-block-post-title"))),
                 title.simplified());
        const QString pageText = visibleText(page);
        for (const QString &typed : {byline.simplified(), source, inlineCaption}) {
            QVERIFY2(pageText.contains(typed), qPrintable(typed));
        }
        // Names go in WordPress's own stored form (quotes as they are, as when typed in wp-admin), and
        // the theme's term list curls straight quotes: everything else reads as typed.
        QString curled = pageText;
        curled.replace(QChar(0x201C), QLatin1Char('"')).replace(QChar(0x201D), QLatin1Char('"'));
        for (const QString &typed : {categoryName, tags.at(0), tags.at(1).simplified()}) {
            QVERIFY2(curled.contains(typed), qPrintable(typed));
        }
        // The home page lists it (and what other runs published: only ours is looked at).
        const QString home =
            elementSource(QString::fromUtf8(site.raw(srv.url)), QStringLiteral("li"), QStringLiteral("post-") + postId);
        QVERIFY2(!home.isEmpty(), "the post is not on the home page");
        QVERIFY2(liveMarkup(home).isEmpty(), qPrintable(liveMarkup(home)));
        QCOMPARE(visibleText(elementSource(home, QStringLiteral("h2"), QStringLiteral("wp-block-post-title"))),
                 title.simplified());
        QCOMPARE(
            visibleText(elementSource(home, QStringLiteral("p"), QStringLiteral("wp-block-post-excerpt__excerpt"))),
            sapo.simplified());

        // Taken down and read back (XML-RPC sends the post back as a draft): nothing escaped twice.
        auto down = outbox.unpublish(article.id, fx.site.id, 0);
        QVERIFY(down.ok());
        QCOMPARE(outcomeName(runToEnd(fx.db(), *client, fx.site, down->id, 3).outcome), "Done");
        const QJsonObject draft = site.get(QStringLiteral("wp/v2/posts/") + postId).toObject();
        QCOMPARE(draft.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        QCOMPARE(visibleText(rendered(draft, "title")), title.simplified());
        QCOMPARE(visibleText(rendered(draft, "excerpt")), sapo.simplified());
        QCOMPARE(draft.value(QStringLiteral("tags")).toArray().size(), tags.size());
    }
};

QTEST_GUILESS_MAIN(TestPublishHostile)
#include "tst_publish_hostile.moc"
