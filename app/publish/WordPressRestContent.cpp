// WordPress REST: categories, tags, media and posts.
#include "app/publish/SiteFields.h"
#include "app/publish/WordPressRestClient.h"
#include "app/text/Normalize.h"
#include "app/text/Slug.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace toasoan {

namespace {

// WordPress escapes &, < and > in the term names it returns.
QString siteText(const QJsonValue &v)
{
    return textFromSite(v.isObject() ? v.toObject().value(QLatin1String("raw")).toString() : v.toString());
}

QString rawField(const QJsonObject &json, const char *name)
{
    const QJsonValue v = json.value(QLatin1String(name));
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        return o.contains(QLatin1String("raw")) ? o.value(QLatin1String("raw")).toString()
                                                : o.value(QLatin1String("rendered")).toString();
    }
    return v.toString();
}

QJsonArray idArray(const QStringList &ids)
{
    QJsonArray array;
    for (const QString &id : ids) {
        array.append(id.toLongLong());
    }
    return array;
}

// What uploads made before the marker moved into the slug carry in their description.
QString legacyMediaMarker(const QByteArray &sha256Hex)
{
    return QStringLiteral("toasoan-sha256:") + QString::fromLatin1(sha256Hex);
}

RemoteCategory categoryFromJson(const QJsonObject &o)
{
    return RemoteCategory{remoteIdFromJson(o.value(QLatin1String("id"))),
                          remoteIdFromJson(o.value(QLatin1String("parent"))), siteText(o.value(QLatin1String("name"))),
                          o.value(QLatin1String("slug")).toString()};
}

// A create or update that "worked" must give the object back; anything else (an array after a
// POST turned into a GET by a redirection, an empty object) may hide a created post.
RemoteError missingId(bool image)
{
    RemoteError e;
    e.kind = RemoteError::Kind::Server;
    e.ambiguous = true;
    e.error = makeError(ErrorCode::Network,
                        image ? QCoreApplication::translate("toasoan::WordPressRestClient",
                                                            "The site answered the upload without the image's id. "
                                                            "ToaSoan will check and try again.")
                              : QCoreApplication::translate("toasoan::WordPressRestClient",
                                                            "The site answered without the post's id. ToaSoan will "
                                                            "check and try again."),
                        QStringLiteral("no id in the reply"));
    return e;
}

} // namespace

QString remoteIdFromJson(const QJsonValue &v)
{
    if (v.isDouble()) {
        // JSON numbers are doubles: converting one beyond qint64 is undefined behaviour (a hostile
        // reply's 1e300), and no WordPress id is zero, negative or past 2^53.
        const double id = v.toDouble();
        return id >= 1.0 && id <= 9007199254740992.0 ? QString::number(qint64(id)) : QString();
    }
    return text::withoutLoneSurrogates(v.toString()); // a hostile "\ude19" is no character
}

RemotePost remotePostFromJson(const QJsonObject &json)
{
    RemotePost p;
    p.id = remoteIdFromJson(json.value(QLatin1String("id")));
    p.status = json.value(QLatin1String("status")).toString();
    p.slug = QUrl::fromPercentEncoding(json.value(QLatin1String("slug")).toString().toUtf8());
    p.link = QUrl(json.value(QLatin1String("link")).toString());
    p.title = textFromSite(rawField(json, "title"));
    p.content = text::normalize(rawField(json, "content"));
    p.excerpt = textFromSite(rawField(json, "excerpt"));
    for (const QJsonValue &v : json.value(QLatin1String("categories")).toArray()) {
        p.categoryIds.append(remoteIdFromJson(v));
    }
    for (const QJsonValue &v : json.value(QLatin1String("tags")).toArray()) {
        p.tagIds.append(remoteIdFromJson(v));
    }
    p.featuredMediaId = remoteIdFromJson(json.value(QLatin1String("featured_media")));
    p.dateGmt = QDateTime::fromString(json.value(QLatin1String("date_gmt")).toString(), Qt::ISODate);
    p.dateGmt.setTimeSpec(Qt::UTC);
    return p;
}

RemoteResult<QList<RemoteCategory>> WordPressRestClient::categories()
{
    QList<RemoteCategory> all;
    for (int page = 1; page <= 100; ++page) {
        TOASOAN_TRY(reply, call({"GET",
                                 QStringLiteral("wp/v2/categories"),
                                 {{QStringLiteral("per_page"), QStringLiteral("100")},
                                  {QStringLiteral("page"), QString::number(page)},
                                  {QStringLiteral("orderby"), QStringLiteral("id")},
                                  {QStringLiteral("_fields"), QStringLiteral("id,name,slug,parent")}}}));
        const QJsonArray items = reply->json.toArray();
        for (const QJsonValue &v : items) {
            all.append(categoryFromJson(v.toObject()));
        }
        const int pages = reply->http.header("x-wp-totalpages").toInt();
        if (items.size() < 100 || page >= pages) {
            break;
        }
    }
    return all;
}

RemoteResult<RemoteCategory> WordPressRestClient::createCategory(const QString &name, const QString &parentId)
{
    QJsonObject body{{QStringLiteral("name"), siteName(name)}};
    if (!parentId.isEmpty()) {
        body.insert(QStringLiteral("parent"), parentId.toLongLong());
    }
    auto created = json({"POST", QStringLiteral("wp/v2/categories"), {}, QJsonDocument(body).toJson()});
    if (created) {
        return categoryFromJson(created->toObject());
    }
    if (created.error().remoteCode == QLatin1String("term_exists") && !created.error().existingId.isEmpty()) {
        return RemoteCategory{created.error().existingId, parentId, text::normalize(name), QString()};
    }
    return created.error();
}

RemoteResult<QString> WordPressRestClient::ensureTag(const QString &name)
{
    const QString clean = text::normalize(name).simplified();
    const QString key = RemoteCache::tagKey(clean);
    TOASOAN_TRY(found, json({"GET",
                             QStringLiteral("wp/v2/tags"),
                             {{QStringLiteral("search"), siteName(clean)},
                              {QStringLiteral("per_page"), QStringLiteral("100")},
                              {QStringLiteral("_fields"), QStringLiteral("id,name")}}}));
    for (const QJsonValue &v : found->toArray()) {
        const QJsonObject tag = v.toObject();
        if (RemoteCache::tagKey(siteText(tag.value(QLatin1String("name")))) == key) {
            return remoteIdFromJson(tag.value(QLatin1String("id")));
        }
    }
    auto created = json({"POST",
                         QStringLiteral("wp/v2/tags"),
                         {},
                         QJsonDocument(QJsonObject{{QStringLiteral("name"), siteName(clean)}}).toJson()});
    if (created) {
        return remoteIdFromJson(created->toObject().value(QLatin1String("id")));
    }
    // Someone (or our own lost request) created it meanwhile, or it differs only in accents/case.
    if (created.error().remoteCode == QLatin1String("term_exists") && !created.error().existingId.isEmpty()) {
        return created.error().existingId;
    }
    return created.error();
}

QString WordPressRestClient::mediaSlug(const MediaUpload &media)
{
    QString base = text::slugify(QFileInfo(text::normalize(media.fileName)).completeBaseName()).left(60);
    while (base.endsWith(QLatin1Char('-'))) {
        base.chop(1);
    }
    if (base.isEmpty()) {
        base = QStringLiteral("anh");
    }
    return base + QLatin1Char('-') + QString::fromLatin1(media.sha256Hex.left(20)).toLower();
}

RemoteResult<std::optional<RemoteMedia>> WordPressRestClient::findMedia(const MediaUpload &media)
{
    auto fromJson = [](const QJsonObject &item) {
        return std::optional<RemoteMedia>(RemoteMedia{remoteIdFromJson(item.value(QLatin1String("id"))),
                                                      QUrl(item.value(QLatin1String("source_url")).toString())});
    };
    TOASOAN_TRY(bySlug, json({"GET",
                              QStringLiteral("wp/v2/media"),
                              {{QStringLiteral("slug"), mediaSlug(media)},
                               {QStringLiteral("context"), QStringLiteral("edit")},
                               {QStringLiteral("_fields"), QStringLiteral("id,source_url,slug")}}}));
    for (const QJsonValue &v : bySlug->toArray()) {
        if (v.toObject().value(QLatin1String("slug")).toString() == mediaSlug(media)) {
            return fromJson(v.toObject());
        }
    }
    TOASOAN_TRY(found, json({"GET",
                             QStringLiteral("wp/v2/media"),
                             {{QStringLiteral("search"), QString::fromLatin1(media.sha256Hex)},
                              {QStringLiteral("context"), QStringLiteral("edit")},
                              {QStringLiteral("per_page"), QStringLiteral("20")},
                              {QStringLiteral("_fields"), QStringLiteral("id,source_url,description")}}}));
    for (const QJsonValue &v : found->toArray()) {
        if (rawField(v.toObject(), "description").contains(legacyMediaMarker(media.sha256Hex))) {
            return fromJson(v.toObject());
        }
    }
    return std::optional<RemoteMedia>();
}

RemoteResult<RemoteMedia> WordPressRestClient::uploadMedia(const MediaUpload &media)
{
    Call c;
    c.method = "POST";
    c.route = QStringLiteral("wp/v2/media");
    // One request carries the file and its fields (WordPress reads them from the query when the
    // body is the raw file), so the slug that finds an interrupted upload again can never be
    // missing. It is the only trace: title, caption and alt text are the article's own.
    const MediaUpload sent = siteFields(media);
    c.query = {{QStringLiteral("title"), sent.title},
               {QStringLiteral("caption"), sent.caption},
               {QStringLiteral("alt_text"), sent.altText},
               {QStringLiteral("slug"), mediaSlug(media)}};
    c.body = media.data;
    c.contentType = media.mimeType.toLatin1();
    c.headers = {{"Content-Disposition", contentDisposition(media.fileName)}};
    TOASOAN_TRY(uploaded, json(c));
    const QJsonObject item = uploaded->toObject();
    const RemoteMedia uploadedMedia{remoteIdFromJson(item.value(QLatin1String("id"))),
                                    QUrl(item.value(QLatin1String("source_url")).toString())};
    if (uploadedMedia.remoteId.isEmpty() || !uploadedMedia.url.isValid()) {
        return missingId(true);
    }
    return uploadedMedia;
}

RemoteResult<std::optional<RemotePost>> WordPressRestClient::findPost(const QString &slug, const QString &marker)
{
    const QList<QPair<QString, QString>> common{{QStringLiteral("status"), QStringLiteral("any")},
                                                {QStringLiteral("context"), QStringLiteral("edit")},
                                                {QStringLiteral("per_page"), QStringLiteral("20")}};
    QList<QList<QPair<QString, QString>>> lookups;
    if (!slug.isEmpty()) {
        lookups.append(common + QList<QPair<QString, QString>>{{QStringLiteral("slug"), slug}});
    }
    // WordPress changes the slug when another post has it: the marker finds ours anyway.
    lookups.append(common + QList<QPair<QString, QString>>{{QStringLiteral("search"), marker}});
    for (const auto &query : lookups) {
        TOASOAN_TRY(found, json({"GET", QStringLiteral("wp/v2/posts"), query}));
        for (const QJsonValue &v : found->toArray()) {
            RemotePost post = remotePostFromJson(v.toObject());
            if (post.content.contains(marker)) {
                return std::optional<RemotePost>(post);
            }
        }
    }
    return std::optional<RemotePost>();
}

RemoteResult<RemotePost> WordPressRestClient::getPost(const QString &id)
{
    auto post =
        json({"GET", QStringLiteral("wp/v2/posts/") + id, {{QStringLiteral("context"), QStringLiteral("edit")}}});
    if (!post) {
        return post.error();
    }
    return remotePostFromJson(post->toObject());
}

QJsonObject WordPressRestClient::postBody(const PostData &data) const
{
    const PostData post = siteFields(data);
    QJsonObject body{
        {QStringLiteral("title"), post.title},
        {QStringLiteral("content"), post.content},
        {QStringLiteral("excerpt"), post.excerpt},
        {QStringLiteral("status"), post.status},
        {QStringLiteral("categories"), idArray(post.categoryIds)},
        {QStringLiteral("tags"), idArray(post.tagIds)},
        {QStringLiteral("featured_media"), post.featuredMediaId.toLongLong()},
    };
    if (!post.slug.isEmpty()) {
        body.insert(QStringLiteral("slug"), post.slug);
    }
    if (post.dateGmt.isValid()) {
        // date_gmt avoids any guess about the site's time zone.
        body.insert(QStringLiteral("date_gmt"), post.dateGmt.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")));
    }
    return body;
}

RemoteResult<RemotePost> WordPressRestClient::createPost(const PostData &post)
{
    TOASOAN_TRY(created, json({"POST", QStringLiteral("wp/v2/posts"), {}, QJsonDocument(postBody(post)).toJson()}));
    RemotePost p = remotePostFromJson(created->toObject());
    if (p.id.isEmpty()) {
        return missingId(false);
    }
    return p;
}

RemoteResult<RemotePost> WordPressRestClient::updatePost(const QString &id, const PostData &post)
{
    TOASOAN_TRY(updated,
                json({"POST", QStringLiteral("wp/v2/posts/") + id, {}, QJsonDocument(postBody(post)).toJson()}));
    RemotePost p = remotePostFromJson(updated->toObject());
    if (p.id.isEmpty()) {
        return missingId(false);
    }
    return p;
}

RemoteResult<RemotePost> WordPressRestClient::unpublishPost(const QString &id, UnpublishAction action)
{
    RemoteResult<QJsonValue> done =
        action == UnpublishAction::Trash
            ? json({"DELETE", QStringLiteral("wp/v2/posts/") + id})
            : json({"POST",
                    QStringLiteral("wp/v2/posts/") + id,
                    {},
                    QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("draft")}}).toJson()});
    if (!done) {
        if (done.error().remoteCode == QLatin1String("rest_already_trashed")) {
            RemotePost p;
            p.id = id;
            p.status = QStringLiteral("trash");
            return p;
        }
        return done.error();
    }
    return remotePostFromJson(done->toObject());
}

} // namespace toasoan
