#include "app/publish/XmlRpcClient.h"

#include "app/publish/NetworkDiagnosis.h"
#include "app/publish/RemoteCache.h"
#include "app/publish/SiteFields.h"
#include "app/publish/XmlRpc.h"
#include "app/text/Normalize.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace toasoan {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::XmlRpcClient)
};

using xmlrpc::memberString;

RemoteError remoteError(RemoteError::Kind kind, const QString &message, const QString &detail)
{
    RemoteError e;
    e.kind = kind;
    e.error = makeError(kind == RemoteError::Kind::Auth ? ErrorCode::Auth : ErrorCode::Network, message, detail);
    return e;
}

RemotePost postFromStruct(const QVariantMap &m)
{
    RemotePost p;
    p.id = memberString(m, "postid");
    p.status = memberString(m, "post_status");
    p.slug = QUrl::fromPercentEncoding(memberString(m, "wp_slug").toUtf8());
    p.link = QUrl(memberString(m, "permaLink").isEmpty() ? memberString(m, "link") : memberString(m, "permaLink"));
    p.title = textFromSite(memberString(m, "title"));
    p.content = text::normalize(memberString(m, "description"));
    p.excerpt = textFromSite(memberString(m, "mt_excerpt"));
    p.categoryIds = m.value(QStringLiteral("categories")).toStringList();
    p.tagIds = memberString(m, "mt_keywords").split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &t : p.tagIds) {
        t = textFromSite(t.trimmed()); // names as WordPress stores them, & < > escaped
    }
    p.featuredMediaId = memberString(m, "wp_post_thumbnail");
    p.dateGmt = m.value(QStringLiteral("date_created_gmt")).toDateTime();
    return p;
}

} // namespace

XmlRpcClient::XmlRpcClient(HttpTransport &transport, Site site, const QString &secret, int timeoutMs)
    : m_transport(transport), m_site(std::move(site)), m_secret(secret), m_timeoutMs(timeoutMs)
{
}

QUrl XmlRpcClient::endpoint() const
{
    return m_site.baseUrl.resolved(QUrl(QStringLiteral("xmlrpc.php")));
}

QString XmlRpcClient::uploadName(const MediaUpload &media)
{
    const QFileInfo info(text::normalize(media.fileName));
    QString base = info.completeBaseName();
    if (base.isEmpty()) {
        base = QStringLiteral("image");
    }
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix().toLower();
    return base + QLatin1Char('-') + QString::fromLatin1(media.sha256Hex.left(12)) + suffix;
}

RemoteResult<QVariant> XmlRpcClient::call(const QString &method, const QVariantList &params, bool writes)
{
    HttpRequest r;
    r.method = "POST";
    r.url = endpoint();
    r.headers = {{"Content-Type", "text/xml; charset=utf-8"}, {"Accept", "text/xml"}};
    r.body = xmlrpc::encodeCall(method, params);
    r.timeoutMs = m_timeoutMs;
    const HttpResponse http = m_transport.send(r);
    if (!http.answered()) {
        RemoteError e = describeTransportFailure(http, m_timeoutMs);
        e.ambiguous = e.ambiguous && writes;
        return e;
    }
    const QString host = m_site.baseUrl.host();
    const QString detail = method + QStringLiteral(": ") + responseSummary("POST", http);
    if (http.status == 403 || http.status == 405 || http.status == 401) {
        RemoteError e =
            remoteError(RemoteError::Kind::Forbidden,
                        Text::tr("xmlrpc.php is blocked on %1 (HTTP %2): a security plugin or the host refuses "
                                 "XML-RPC. Ask the site's administrator to allow it, or use the WordPress REST "
                                 "connection type.")
                            .arg(host)
                            .arg(http.status),
                        detail);
        e.httpStatus = http.status;
        e.reply = rawReply(http);
        return e;
    }
    if (http.status == 404) {
        RemoteError e = remoteError(
            RemoteError::Kind::NotFound,
            Text::tr("There is no XML-RPC interface at %1 (HTTP 404).").arg(endpoint().toDisplayString()), detail);
        e.reply = rawReply(http);
        return e;
    }
    if (http.status != 200) {
        RemoteError e = describeHttpFailure(http);
        e.ambiguous = e.ambiguous && writes;
        return e;
    }
    xmlrpc::Response response;
    QString parseError;
    if (!xmlrpc::decodeResponse(http.body, response, parseError)) {
        RemoteError e = describeHttpFailure(http);
        e.ambiguous = writes;
        e.error.detail = detail + QStringLiteral(" (") + parseError + QLatin1Char(')');
        e.reply = rawReply(http);
        return e;
    }
    if (!response.fault) {
        return response.value;
    }
    RemoteError e;
    e.reply = rawReply(http);
    const QString faultString = remoteText(response.faultString);
    e.remoteCode = QString::number(response.faultCode);
    e.error.detail = method + QStringLiteral(" → fault ") + e.remoteCode + QStringLiteral(": ") + faultString;
    e.error.code = ErrorCode::Network;
    switch (response.faultCode) {
    case 403:
        e.kind = RemoteError::Kind::Auth;
        e.error.code = ErrorCode::Auth;
        e.error.message = Text::tr("%1 refused the user name %2 or its password.").arg(host, m_site.username);
        break;
    case 405:
        e.kind = RemoteError::Kind::Forbidden;
        e.error.message = Text::tr("XML-RPC is turned off on %1.").arg(host);
        break;
    case 401:
        e.kind = RemoteError::Kind::Forbidden;
        e.error.message =
            Text::tr("%1 does not allow the account %2 to do this: %3").arg(host, m_site.username, faultString);
        break;
    case 404:
        e.kind = RemoteError::Kind::NotFound;
        e.error.message = Text::tr("%1 no longer has this item: it was deleted on the site.").arg(host);
        break;
    case 500:
        e.kind = RemoteError::Kind::Server;
        e.ambiguous = writes;
        e.error.message = Text::tr("%1 failed: %2").arg(host, faultString);
        break;
    case -32601:
        e.kind = RemoteError::Kind::NotFound;
        e.error.message = Text::tr("%1 does not know the method %2.").arg(host, method);
        break;
    default:
        e.kind = RemoteError::Kind::Invalid;
        e.error.message = Text::tr("%1 refused the request: %2").arg(host, faultString);
        break;
    }
    return e;
}

RemoteResult<SiteInfo> XmlRpcClient::testConnection()
{
    auto blogs = call(QStringLiteral("wp.getUsersBlogs"), {m_site.username, m_secret}, false);
    if (!blogs) {
        if (blogs.error().remoteCode == QLatin1String("-32601")) {
            // Not WordPress: a plain metaWeblog server.
            TOASOAN_TRY(recent, call(QStringLiteral("metaWeblog.getRecentPosts"),
                                     {QStringLiteral("1"), m_site.username, m_secret, 1}, false));
            SiteInfo info;
            info.apiUrl = endpoint();
            info.canPublish = true;
            info.canUpload = true;
            info.notes.append(Text::tr("The site is not WordPress; categories and rights cannot be checked."));
            return info;
        }
        return blogs.error();
    }
    SiteInfo info;
    info.apiUrl = endpoint();
    const QVariantList list = blogs->toList();
    if (!list.isEmpty()) {
        info.siteName = memberString(list.first().toMap(), "blogName");
    }
    TOASOAN_TRY(profile,
                call(QStringLiteral("wp.getProfile"), {QStringLiteral("1"), m_site.username, m_secret}, false));
    const QVariantMap p = profile->toMap();
    info.userName = memberString(p, "display_name");
    const QStringList roles = p.value(QStringLiteral("roles")).toStringList();
    for (const QString &role : roles) {
        if (role == QLatin1String("administrator") || role == QLatin1String("editor") ||
            role == QLatin1String("author")) {
            info.canPublish = true;
            info.canUpload = true;
        }
    }
    auto options =
        call(QStringLiteral("wp.getOptions"),
             {QStringLiteral("1"), m_site.username, m_secret, QStringList{QStringLiteral("time_zone")}}, false);
    if (options) {
        info.gmtOffsetHours = options->toMap()
                                  .value(QStringLiteral("time_zone"))
                                  .toMap()
                                  .value(QStringLiteral("value"))
                                  .toString()
                                  .toDouble();
    }
    if (!info.canPublish) {
        RemoteError e = remoteError(RemoteError::Kind::Forbidden,
                                    Text::tr("The account %1 may not publish posts on %2 (role: %3). Ask the site's "
                                             "administrator for the Author or Editor role.")
                                        .arg(m_site.username, m_site.baseUrl.host(),
                                             roles.isEmpty() ? Text::tr("none") : roles.join(QStringLiteral(", "))),
                                    QStringLiteral("wp.getProfile roles: ") + roles.join(QLatin1Char(',')));
        e.remoteCode = QStringLiteral("rest_cannot_publish");
        return e;
    }
    return info;
}

RemoteResult<QList<RemoteCategory>> XmlRpcClient::categories()
{
    auto terms = call(QStringLiteral("wp.getTerms"),
                      {QStringLiteral("1"), m_site.username, m_secret, QStringLiteral("category")}, false);
    QList<RemoteCategory> list;
    if (terms) {
        for (const QVariant &v : terms->toList()) {
            const QVariantMap t = v.toMap();
            const QString parent = memberString(t, "parent");
            list.append({memberString(t, "term_id"), parent == QLatin1String("0") ? QString() : parent,
                         textFromSite(memberString(t, "name")), memberString(t, "slug")});
        }
    } else if (terms.error().remoteCode == QLatin1String("-32601")) {
        auto cats =
            call(QStringLiteral("metaWeblog.getCategories"), {QStringLiteral("1"), m_site.username, m_secret}, false);
        if (!cats) {
            return cats.error();
        }
        for (const QVariant &v : cats->toList()) {
            const QVariantMap c = v.toMap();
            const QString parent = memberString(c, "parentId");
            list.append({memberString(c, "categoryId"), parent == QLatin1String("0") ? QString() : parent,
                         textFromSite(memberString(c, "categoryName")), QString()});
        }
    } else {
        return terms.error();
    }
    m_categoryNames.clear();
    for (const RemoteCategory &c : std::as_const(list)) {
        m_categoryNames.insert(c.remoteId, c.name);
    }
    return list;
}

RemoteResult<QHash<QString, QString>> XmlRpcClient::categoryNames()
{
    if (m_categoryNames.isEmpty()) {
        TOASOAN_TRY(synced, categories());
    }
    return m_categoryNames;
}

RemoteResult<RemoteCategory> XmlRpcClient::createCategory(const QString &name, const QString &parentId)
{
    QVariantMap term{{QStringLiteral("taxonomy"), QStringLiteral("category")},
                     {QStringLiteral("name"), siteName(name)}};
    if (!parentId.isEmpty()) {
        term.insert(QStringLiteral("parent"), parentId.toLongLong());
    }
    auto created = call(QStringLiteral("wp.newTerm"), {QStringLiteral("1"), m_site.username, m_secret, term}, true);
    if (!created) {
        // "A term with the name provided already exists": find it.
        if (created.error().kind == RemoteError::Kind::Server || created.error().kind == RemoteError::Kind::Invalid) {
            auto tree = categories();
            if (tree) {
                for (const RemoteCategory &c : std::as_const(*tree)) {
                    if (RemoteCache::tagKey(c.name) == RemoteCache::tagKey(name) && c.parentRemoteId == parentId) {
                        return c;
                    }
                }
            }
        }
        return created.error();
    }
    RemoteCategory c{created->toString(), parentId, text::normalize(name), QString()};
    m_categoryNames.insert(c.remoteId, c.name);
    return c;
}

RemoteResult<QString> XmlRpcClient::ensureTag(const QString &name)
{
    // metaWeblog takes tags by name (mt_keywords) and creates missing ones itself; a comma
    // would split the name.
    QString clean = text::normalize(name).simplified();
    clean.replace(QLatin1Char(','), QLatin1Char(' '));
    return clean.simplified();
}

RemoteResult<std::optional<RemoteMedia>> XmlRpcClient::findMedia(const MediaUpload &media)
{
    auto library = call(QStringLiteral("wp.getMediaLibrary"),
                        {QStringLiteral("1"), m_site.username, m_secret,
                         QVariantMap{{QStringLiteral("number"), 100}, {QStringLiteral("mime_type"), media.mimeType}}},
                        false);
    if (!library) {
        if (library.error().remoteCode == QLatin1String("-32601")) {
            return std::optional<RemoteMedia>(); // not WordPress: cannot look, upload again
        }
        return library.error();
    }
    const QString tag = QString::fromLatin1(media.sha256Hex.left(12));
    for (const QVariant &v : library->toList()) {
        const QVariantMap item = v.toMap();
        const QString link = memberString(item, "link");
        if (memberString(item, "title").contains(tag) || QUrl::fromPercentEncoding(link.toUtf8()).contains(tag)) {
            return std::optional<RemoteMedia>(RemoteMedia{memberString(item, "attachment_id"), QUrl(link)});
        }
    }
    return std::optional<RemoteMedia>();
}

RemoteResult<RemoteMedia> XmlRpcClient::uploadMedia(const MediaUpload &media)
{
    const QVariantMap file{{QStringLiteral("name"), uploadName(media)},
                           {QStringLiteral("type"), media.mimeType},
                           {QStringLiteral("bits"), media.data},
                           {QStringLiteral("overwrite"), false}};
    auto uploaded =
        call(QStringLiteral("metaWeblog.newMediaObject"), {QStringLiteral("1"), m_site.username, m_secret, file}, true);
    if (!uploaded) {
        return uploaded.error();
    }
    const QVariantMap m = uploaded->toMap();
    RemoteMedia result{memberString(m, "id"), QUrl(memberString(m, "url"))};
    if (!result.remoteId.isEmpty()) {
        // WordPress titles the image after its file name, which carries the hash that finds an
        // interrupted upload again: the title (and the caption = the attachment's excerpt) become
        // the article's. Best effort: the image is there either way.
        const MediaUpload sent = siteFields(media);
        QVariantMap fields{{QStringLiteral("post_title"), sent.title}};
        if (!sent.caption.isEmpty()) {
            fields.insert(QStringLiteral("post_excerpt"), sent.caption);
        }
        (void)call(QStringLiteral("wp.editPost"),
                   {QStringLiteral("1"), m_site.username, m_secret, result.remoteId.toLongLong(), fields}, true);
    }
    return result;
}

RemoteResult<std::optional<RemotePost>> XmlRpcClient::findPost(const QString &slug, const QString &marker)
{
    auto recent =
        call(QStringLiteral("metaWeblog.getRecentPosts"), {QStringLiteral("1"), m_site.username, m_secret, 50}, false);
    if (!recent) {
        return recent.error();
    }
    for (const QVariant &v : recent->toList()) {
        RemotePost p = postFromStruct(v.toMap());
        if (p.content.contains(marker) || (!slug.isEmpty() && p.slug == slug && p.content.contains(marker))) {
            return std::optional<RemotePost>(p);
        }
    }
    return std::optional<RemotePost>();
}

RemoteResult<RemotePost> XmlRpcClient::getPost(const QString &id)
{
    TOASOAN_TRY(post, call(QStringLiteral("metaWeblog.getPost"), {id, m_site.username, m_secret}, false));
    return postFromStruct(post->toMap());
}

QVariantMap XmlRpcClient::postStruct(const PostData &data)
{
    const PostData post = siteFields(data);
    QStringList tags; // metaWeblog takes tags by name
    for (const QString &name : post.tagIds) {
        tags.append(siteName(name));
    }
    QVariantMap s{{QStringLiteral("title"), post.title},
                  {QStringLiteral("description"), post.content},
                  {QStringLiteral("mt_excerpt"), post.excerpt},
                  {QStringLiteral("post_status"), post.status},
                  {QStringLiteral("mt_keywords"), tags.join(QStringLiteral(", "))}};
    if (!post.slug.isEmpty()) {
        s.insert(QStringLiteral("wp_slug"), post.slug);
    }
    QStringList names;
    if (!post.categoryIds.isEmpty()) {
        auto known = categoryNames();
        if (known) {
            for (const QString &id : post.categoryIds) {
                if (known->contains(id)) {
                    names.append(siteName(known->value(id))); // WordPress finds the category by name
                }
            }
        }
    }
    s.insert(QStringLiteral("categories"), names);
    if (!post.featuredMediaId.isEmpty()) {
        s.insert(QStringLiteral("wp_post_thumbnail"), post.featuredMediaId.toLongLong());
    }
    if (post.dateGmt.isValid()) {
        s.insert(QStringLiteral("date_created_gmt"), post.dateGmt.toUTC());
    }
    return s;
}

RemoteResult<RemotePost> XmlRpcClient::createPost(const PostData &post)
{
    const bool publish = post.status != QLatin1String("draft");
    TOASOAN_TRY(id, call(QStringLiteral("metaWeblog.newPost"),
                         {QStringLiteral("1"), m_site.username, m_secret, postStruct(post), publish}, true));
    auto created = getPost(id->toString());
    if (!created) {
        RemotePost minimal;
        minimal.id = id->toString();
        minimal.status = post.status;
        return minimal; // the post exists; its link is filled on the next update
    }
    return created;
}

RemoteResult<RemotePost> XmlRpcClient::updatePost(const QString &id, const PostData &post)
{
    TOASOAN_TRY(current, getPost(id));
    QVariantMap s = postStruct(post);
    if (current->featuredMediaId == post.featuredMediaId) {
        // WordPress answers "Invalid attachment ID" when the thumbnail does not change
        // (set_post_thumbnail() is false for an unchanged value), after saving the post.
        s.remove(QStringLiteral("wp_post_thumbnail"));
    }
    const bool publish = post.status != QLatin1String("draft");
    TOASOAN_TRY(done, call(QStringLiteral("metaWeblog.editPost"), {id, m_site.username, m_secret, s, publish}, true));
    return getPost(id);
}

RemoteResult<RemotePost> XmlRpcClient::unpublishPost(const QString &id, UnpublishAction action)
{
    if (action == UnpublishAction::Trash) {
        TOASOAN_TRY(done, call(QStringLiteral("blogger.deletePost"),
                               {QStringLiteral("toasoan"), id, m_site.username, m_secret, true}, true));
        RemotePost p;
        p.id = id;
        p.status = QStringLiteral("trash");
        return p;
    }
    TOASOAN_TRY(current, getPost(id));
    // metaWeblog.editPost replaces what it is given: send the post back as it is, as a draft.
    PostData draft;
    draft.title = current->title;
    draft.content = current->content;
    draft.excerpt = current->excerpt;
    draft.slug = current->slug;
    draft.tagIds = current->tagIds;
    draft.status = QStringLiteral("draft");
    QVariantMap s = postStruct(draft);
    s.insert(QStringLiteral("categories"), current->categoryIds); // names, as metaWeblog gave them
    TOASOAN_TRY(done, call(QStringLiteral("metaWeblog.editPost"), {id, m_site.username, m_secret, s, false}, true));
    return getPost(id);
}

} // namespace toasoan
