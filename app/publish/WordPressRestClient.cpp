// WordPress REST: requests, API discovery, error translation and the connection test.
// The content calls (taxonomies, media, posts) are in WordPressRestContent.cpp.
#include "app/publish/WordPressRestClient.h"

#include "app/publish/NetworkDiagnosis.h"
#include "app/publish/XmlRpc.h"
#include "app/text/Normalize.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace toasoan {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::WordPressRestClient)
};

RemoteError remoteError(RemoteError::Kind kind, const QString &message, const QString &detail, int status = 0)
{
    RemoteError e;
    e.kind = kind;
    e.error = makeError(kind == RemoteError::Kind::Auth ? ErrorCode::Auth : ErrorCode::Network, message, detail);
    e.httpStatus = status;
    return e;
}

QString encodeQuery(const QList<QPair<QString, QString>> &items)
{
    // By hand: QUrlQuery leaves '+' alone, which PHP reads as a space.
    QStringList parts;
    for (const auto &item : items) {
        parts.append(QString::fromLatin1(QUrl::toPercentEncoding(item.first)) + QLatin1Char('=') +
                     QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
    }
    return parts.join(QLatin1Char('&'));
}

} // namespace

WordPressRestClient::WordPressRestClient(HttpTransport &transport, Site site, const QString &secret, int timeoutMs)
    : m_transport(transport), m_site(std::move(site)), m_secret(secret), m_timeoutMs(timeoutMs)
{
    m_authorization = "Basic " + (m_site.username + QLatin1Char(':') + secret).toUtf8().toBase64();
}

QByteArray WordPressRestClient::contentDisposition(const QString &fileName)
{
    QString plain = text::normalize(fileName);
    for (const QChar bad :
         {QLatin1Char('"'), QLatin1Char(';'), QLatin1Char('\\'), QLatin1Char('\r'), QLatin1Char('\n')}) {
        plain.replace(bad, QLatin1Char('_'));
    }
    return "attachment; filename=\"" + plain.toUtf8() + "\"; filename*=UTF-8''" + QUrl::toPercentEncoding(plain);
}

QUrl WordPressRestClient::endpoint(const QString &route, const QList<QPair<QString, QString>> &query) const
{
    QUrl url;
    QList<QPair<QString, QString>> items = query;
    if (m_queryStyle) {
        url = m_root;
        items.prepend({QStringLiteral("rest_route"), QLatin1Char('/') + route});
    } else {
        url = m_root.resolved(QUrl(route));
    }
    if (!items.isEmpty()) {
        url.setQuery(encodeQuery(items), QUrl::StrictMode);
    }
    return url;
}

RemoteResult<QJsonObject> WordPressRestClient::discover()
{
    if (!m_index.isEmpty()) {
        return m_index;
    }
    const QList<QPair<QByteArray, QByteArray>> headers{{"Authorization", m_authorization},
                                                       {"Accept", "application/json"}};
    auto fetch = [&](const QUrl &url) {
        HttpRequest r;
        r.url = url;
        r.headers = headers;
        r.timeoutMs = m_timeoutMs;
        return m_transport.send(r);
    };
    auto readIndex = [](const HttpResponse &r) {
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        return r.answered() && r.status == 200 && doc.isObject() && doc.object().contains(QLatin1String("namespaces"))
                   ? doc.object()
                   : QJsonObject();
    };

    const HttpResponse pretty = fetch(m_site.baseUrl.resolved(QUrl(QStringLiteral("wp-json/"))));
    if (!pretty.answered()) {
        RemoteError e = describeTransportFailure(pretty, m_timeoutMs);
        e.ambiguous = false;
        return e;
    }
    QJsonObject index = readIndex(pretty);
    bool queryStyle = false;
    HttpResponse plain;
    if (index.isEmpty()) {
        QUrl url = m_site.baseUrl;
        url.setQuery(QStringLiteral("rest_route=/"));
        plain = fetch(url);
        index = readIndex(plain);
        queryStyle = true;
    }
    if (index.isEmpty()) {
        auto withReply = [&pretty](RemoteError e) {
            e.reply = rawReply(pretty);
            return e;
        };
        const QJsonObject error = QJsonDocument::fromJson(pretty.body).object();
        if (pretty.status >= 400 && error.contains(QLatin1String("code"))) {
            return withReply(wordPressError(pretty, error));
        }
        if (pretty.status == 401 || pretty.status == 403) {
            return withReply(
                remoteError(RemoteError::Kind::Forbidden,
                            Text::tr("The web server or a security plugin of %1 blocks the REST API (HTTP %2 at %3). "
                                     "Ask the site's administrator to allow it, or use the XML-RPC connection type.")
                                .arg(m_site.baseUrl.host())
                                .arg(pretty.status)
                                .arg(pretty.url.toDisplayString()),
                            responseSummary("GET", pretty), pretty.status));
        }
        if (pretty.status >= 500 || pretty.status == 429) {
            RemoteError e = describeHttpFailure(pretty);
            e.ambiguous = false;
            return withReply(e);
        }
        return withReply(remoteError(
            RemoteError::Kind::NotFound,
            Text::tr("The WordPress REST API is not available at %1: neither /wp-json/ nor ?rest_route=/ "
                     "answered (HTTP %2). It may be turned off by a plugin, or the address is not a "
                     "WordPress site. Check the address, or use the XML-RPC connection type.")
                .arg(m_site.baseUrl.toDisplayString())
                .arg(plain.status ? plain.status : pretty.status),
            responseSummary("GET", pretty) + QStringLiteral(" | ") + responseSummary("GET", plain), pretty.status));
    }
    if (!index.value(QLatin1String("namespaces")).toArray().contains(QStringLiteral("wp/v2"))) {
        return remoteError(
            RemoteError::Kind::NotFound,
            Text::tr("The REST API of %1 does not offer the WordPress routes (wp/v2); a plugin has "
                     "probably removed them.")
                .arg(m_site.baseUrl.host()),
            QString::fromUtf8(
                QJsonDocument(index.value(QLatin1String("namespaces")).toArray()).toJson(QJsonDocument::Compact)));
    }
    m_queryStyle = queryStyle;
    // Where the index really answered: a site that moved (http → https, a new host) is then
    // asked directly, so no request body is ever lost to a redirection.
    const HttpResponse &found = queryStyle ? plain : pretty;
    m_root = found.finalUrl.isValid() ? found.finalUrl : found.url;
    if (queryStyle) {
        m_root.setQuery(QString());
    }
    m_index = index;
    return m_index;
}

RemoteResult<WordPressRestClient::Reply> WordPressRestClient::call(const Call &c)
{
    TOASOAN_CHECK(discover());
    HttpRequest r;
    r.method = c.method;
    r.url = endpoint(c.route, c.query);
    r.body = c.body;
    r.timeoutMs = c.timeoutMs > 0 ? c.timeoutMs : m_timeoutMs;
    r.headers = {{"Authorization", m_authorization}, {"Accept", "application/json"}};
    if (c.method != "GET") {
        r.headers.append({"Content-Type", c.contentType});
    }
    r.headers.append(c.headers);
    const HttpResponse http = m_transport.send(r);
    if (!http.answered()) {
        RemoteError e = describeTransportFailure(http, r.timeoutMs);
        e.ambiguous = e.ambiguous && c.method != "GET";
        return e;
    }
    auto reply = interpret(c, http);
    if (!reply) {
        RemoteError e = reply.error();
        e.reply = rawReply(http);
        return e;
    }
    return reply;
}

RemoteResult<WordPressRestClient::Reply> WordPressRestClient::interpret(const Call &c, const HttpResponse &http) const
{
    const bool safe = c.method == "GET";
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(http.body, &parseError);
    const bool valid = parseError.error == QJsonParseError::NoError && !doc.isNull();
    if (http.status >= 200 && http.status < 300) {
        if (!valid) {
            RemoteError e = describeHttpFailure(http);
            e.ambiguous = !safe;
            e.error.detail = QStringLiteral("%1 (%2)").arg(e.error.detail, parseError.errorString());
            return e;
        }
        return Reply{http, doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object())};
    }
    if (valid && doc.isObject() && doc.object().contains(QLatin1String("code"))) {
        RemoteError e = wordPressError(http, doc.object());
        e.ambiguous = e.ambiguous && !safe;
        return e;
    }
    const QString detail = responseSummary(c.method, http);
    switch (http.status) {
    case 401:
        return remoteError(
            RemoteError::Kind::Auth,
            Text::tr("%1 asks for a login that is not WordPress's (HTTP 401 without a WordPress answer): a "
                     "password-protected folder or a proxy is in the way.")
                .arg(m_site.baseUrl.host()),
            detail, 401);
    case 403:
    case 405:
        return remoteError(RemoteError::Kind::Forbidden,
                           Text::tr("The web server or a security plugin of %1 refused the request (HTTP %2).")
                               .arg(m_site.baseUrl.host())
                               .arg(http.status),
                           detail, http.status);
    case 404:
    case 410:
        return remoteError(
            RemoteError::Kind::NotFound,
            Text::tr("%1 does not have this address (HTTP %2).").arg(m_site.baseUrl.host()).arg(http.status), detail,
            http.status);
    default: {
        RemoteError e = describeHttpFailure(http);
        e.ambiguous = e.ambiguous && !safe;
        return e;
    }
    }
}

RemoteResult<QJsonValue> WordPressRestClient::json(const Call &c)
{
    TOASOAN_TRY(reply, call(c));
    return reply->json;
}

RemoteError WordPressRestClient::wordPressError(const HttpResponse &http, const QJsonObject &error) const
{
    using K = RemoteError::Kind;
    const QString code = error.value(QLatin1String("code")).toString();
    const QString rawMessage = error.value(QLatin1String("message")).toString();
    const QString wpMessage = remoteText(text::normalize(rawMessage));
    // An error page inside the JSON (WordPress's "critical error" text, a plugin's <h1>…): said in
    // our words with the status; its text stays in the detail.
    const bool pageMessage = rawMessage.contains(QLatin1Char('<')) && rawMessage.contains(QLatin1Char('>'));
    const QJsonObject data = error.value(QLatin1String("data")).toObject();
    const QString user = m_site.username;
    const QString host = m_site.baseUrl.host();
    K kind = K::Invalid;
    QString message;
    if (code == QLatin1String("incorrect_password") || code == QLatin1String("invalid_username") ||
        code == QLatin1String("invalid_email") || code == QLatin1String("authentication_failed")) {
        kind = K::Auth;
        message = Text::tr("%1 refused the user name %2 or its application password. Create a new application password "
                           "in the user's profile on the site and enter it again.")
                      .arg(host, user);
    } else if (code == QLatin1String("application_passwords_disabled")) {
        kind = K::Auth;
        message = Text::tr("Application passwords are turned off on %1 (by a plugin, the host, or because the site is "
                           "not served over HTTPS).")
                      .arg(host);
    } else if (code == QLatin1String("application_passwords_disabled_for_user")) {
        kind = K::Auth;
        message = Text::tr("Application passwords are turned off for the account %1 on %2.").arg(user, host);
    } else if (code == QLatin1String("rest_not_logged_in")) {
        kind = K::Auth;
        message = Text::tr("%1 did not accept the credentials: the application password is wrong, or the web server "
                           "strips the Authorization header. \"Test connection\" tells which.")
                      .arg(host);
    } else if (code == QLatin1String("rest_cannot_publish")) {
        kind = K::Forbidden;
        message = Text::tr("The account %1 may write but not publish posts on %2. Ask the site's administrator for the "
                           "Author or Editor role.")
                      .arg(user, host);
    } else if (code == QLatin1String("rest_cannot_create") && http.url.path().contains(QLatin1String("/media"))) {
        kind = K::Forbidden;
        message = Text::tr("The account %1 may not upload images on %2.").arg(user, host);
    } else if (code.startsWith(QLatin1String("rest_cannot_")) || code == QLatin1String("rest_forbidden") ||
               code == QLatin1String("rest_login_required") || code == QLatin1String("rest_disabled")) {
        kind = K::Forbidden;
        message =
            pageMessage
                ? Text::tr("%1 does not allow the account %2 to do this (HTTP %3).").arg(host, user).arg(http.status)
                : Text::tr("%1 does not allow the account %2 to do this: %3").arg(host, user, wpMessage);
    } else if (code == QLatin1String("rest_post_invalid_id") || code == QLatin1String("rest_term_invalid") ||
               code == QLatin1String("rest_no_route") || http.status == 404 || http.status == 410) {
        kind = K::NotFound;
        message = code == QLatin1String("rest_no_route")
                      ? Text::tr("%1 does not offer this part of the REST API (it may be turned off).").arg(host)
                      : Text::tr("%1 no longer has this item: it was deleted on the site.").arg(host);
    } else if (http.status == 429 || (http.status == 503 && http.retryAfterSeconds() > 0)) {
        kind = K::RateLimited;
        message = Text::tr("%1 is busy and asks to come back later.").arg(host);
    } else if (http.status >= 500) {
        kind = K::Server;
        message = pageMessage
                      ? Text::tr("%1 had an internal error (HTTP %2).").arg(host).arg(http.status)
                      : Text::tr("%1 had an internal error (HTTP %2): %3").arg(host).arg(http.status).arg(wpMessage);
    } else {
        message = pageMessage ? Text::tr("%1 refused the request (HTTP %2).").arg(host).arg(http.status)
                              : Text::tr("%1 refused the request: %2").arg(host, wpMessage);
    }
    RemoteError e;
    e.kind = kind;
    e.remoteCode = code;
    e.httpStatus = http.status;
    e.retryAfterSeconds = http.retryAfterSeconds();
    e.ambiguous = http.status >= 500;
    e.reply = rawReply(http);
    if (code == QLatin1String("term_exists")) {
        e.existingId = remoteIdFromJson(data.value(QLatin1String("term_id")));
    }
    e.error = makeError(kind == K::Auth ? ErrorCode::Auth : ErrorCode::Network, message,
                        http.url.toDisplayString(QUrl::RemoveQuery) + QStringLiteral(" → ") +
                            QString::number(http.status) + QLatin1Char(' ') + code + QStringLiteral(": ") + wpMessage);
    return e;
}

RemoteResult<SiteInfo> WordPressRestClient::testConnection()
{
    m_index = QJsonObject(); // always look again
    TOASOAN_TRY(index, discover());
    SiteInfo info;
    info.siteName = text::normalize(index->value(QLatin1String("name")).toString());
    info.apiUrl = m_queryStyle ? endpoint(QString(), {}) : m_root;
    info.timeZone = index->value(QLatin1String("timezone_string")).toString();
    info.gmtOffsetHours = index->value(QLatin1String("gmt_offset")).toVariant().toDouble();
    if (m_queryStyle) {
        info.notes.append(Text::tr("Pretty permalinks are off on this site; ToaSoan uses the ?rest_route= form."));
    }
    if (m_root.scheme() != m_site.baseUrl.scheme() || m_root.host() != m_site.baseUrl.host() ||
        m_root.port() != m_site.baseUrl.port()) {
        info.notes.append(Text::tr("The site redirects to %1: update the connection's address to it.")
                              .arg(m_root.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toDisplayString()));
    }
    const bool appPasswords =
        index->value(QLatin1String("authentication")).toObject().contains(QLatin1String("application-passwords"));
    auto me = json({"GET", QStringLiteral("wp/v2/users/me"), {{QStringLiteral("context"), QStringLiteral("edit")}}});
    if (!me) {
        if (me.error().remoteCode == QLatin1String("rest_not_logged_in")) {
            return diagnoseNotLoggedIn(me.error(), appPasswords);
        }
        return me.error();
    }
    const QJsonObject user = me->toObject();
    const QJsonObject caps = user.value(QLatin1String("capabilities")).toObject();
    info.userName = text::normalize(user.value(QLatin1String("name")).toString());
    info.canPublish = caps.value(QLatin1String("publish_posts")).toBool();
    info.canUpload = caps.value(QLatin1String("upload_files")).toBool();
    if (!info.canPublish) {
        QStringList roles;
        for (const QJsonValue &r : user.value(QLatin1String("roles")).toArray()) {
            roles.append(r.toString());
        }
        RemoteError e = remoteError(RemoteError::Kind::Forbidden,
                                    Text::tr("The account %1 may not publish posts on %2 (role: %3). Ask the site's "
                                             "administrator for the Author or Editor role.")
                                        .arg(m_site.username, m_site.baseUrl.host(),
                                             roles.isEmpty() ? Text::tr("none") : roles.join(QStringLiteral(", "))),
                                    QStringLiteral("users/me: publish_posts is false"));
        e.remoteCode = QStringLiteral("rest_cannot_publish");
        return e;
    }
    if (!info.canUpload) {
        info.notes.append(Text::tr("The account may not upload images: articles with images will fail."));
    }
    return info;
}

RemoteError WordPressRestClient::diagnoseNotLoggedIn(const RemoteError &restError, bool appPasswordsAdvertised)
{
    const QString host = m_site.baseUrl.host();
    RemoteError e = restError;
    if (!appPasswordsAdvertised) {
        e.error.message =
            Text::tr("Application passwords are not available on %1: WordPress is older than 5.6, a plugin "
                     "turns them off, or the site is not served over HTTPS.")
                .arg(host);
        e.remoteCode = QStringLiteral("application_passwords_unavailable");
        return e;
    }
    // WordPress gives the same answer for a wrong password and for a header the server stripped.
    // XML-RPC carries the password in the body, so it tells the two apart.
    HttpRequest r;
    r.method = "POST";
    r.url = m_site.baseUrl.resolved(QUrl(QStringLiteral("xmlrpc.php")));
    r.headers = {{"Content-Type", "text/xml; charset=utf-8"}};
    r.body = xmlrpc::encodeCall(QStringLiteral("wp.getUsersBlogs"), {m_site.username, m_secret});
    r.timeoutMs = m_timeoutMs;
    const HttpResponse http = m_transport.send(r);
    xmlrpc::Response response;
    QString parseError;
    const bool decoded =
        http.answered() && http.status == 200 && xmlrpc::decodeResponse(http.body, response, parseError);
    if (decoded && !response.fault) {
        e.error.message = Text::tr("The web server of %1 removes the Authorization header before WordPress sees it, so "
                                   "the password never arrives. On Apache, add to .htaccess: SetEnvIf Authorization "
                                   "\"(.*)\" HTTP_AUTHORIZATION=$1 — or ask the host to pass the header on.")
                              .arg(host);
        e.remoteCode = QStringLiteral("authorization_header_stripped");
    } else if (decoded && response.faultCode == 403) {
        e.error.message = Text::tr("%1 refused the user name %2 or its application password. Create a new application "
                                   "password in the user's profile on the site and enter it again.")
                              .arg(host, m_site.username);
        e.remoteCode = QStringLiteral("incorrect_password");
    }
    return e;
}

} // namespace toasoan
