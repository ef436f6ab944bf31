#pragma once

#include "app/publish/HttpTransport.h"
#include "app/publish/SiteClient.h"

#include <QJsonObject>
#include <QJsonValue>

namespace toasoan {

/// The WordPress REST API (wp/v2) with an application password (HTTP Basic).
/// Discovers the API root on first use: /wp-json/, else ?rest_route=/ (plain permalinks).
class WordPressRestClient final : public SiteClient
{
public:
    WordPressRestClient(HttpTransport &transport, Site site, const QString &secret, int timeoutMs = 30000);

    RemoteResult<SiteInfo> testConnection() override;
    RemoteResult<QList<RemoteCategory>> categories() override;
    RemoteResult<RemoteCategory> createCategory(const QString &name, const QString &parentId) override;
    RemoteResult<QString> ensureTag(const QString &name) override;
    RemoteResult<std::optional<RemoteMedia>> findMedia(const MediaUpload &media) override;
    RemoteResult<RemoteMedia> uploadMedia(const MediaUpload &media) override;
    RemoteResult<std::optional<RemotePost>> findPost(const QString &slug, const QString &marker) override;
    RemoteResult<RemotePost> getPost(const QString &id) override;
    RemoteResult<RemotePost> createPost(const PostData &post) override;
    RemoteResult<RemotePost> updatePost(const QString &id, const PostData &post) override;
    RemoteResult<RemotePost> unpublishPost(const QString &id, UnpublishAction action) override;
    void abort() override { m_transport.abortCurrent(); }

    /// The REST root in use once discovered (empty before).
    QUrl apiRoot() const { return m_root; }
    /// The value of Content-Disposition for an upload: a quoted UTF-8 filename (what WordPress
    /// reads) and an RFC 5987 filename* (what standards-following servers read).
    static QByteArray contentDisposition(const QString &fileName);
    /// The slug an upload asks for ("le-khanh-thanh-<20 hex of its SHA-256>"): how an interrupted
    /// upload is found again, without a trace in the image's title, caption or description.
    static QString mediaSlug(const MediaUpload &media);

private:
    struct Call
    {
        Call() = default;
        Call(QByteArray m, QString r, QList<QPair<QString, QString>> q = {}, QByteArray b = {})
            : method(std::move(m)), route(std::move(r)), query(std::move(q)), body(std::move(b))
        {
        }

        QByteArray method = "GET";
        QString route; ///< e.g. "wp/v2/posts"
        QList<QPair<QString, QString>> query;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<QPair<QByteArray, QByteArray>> headers;
        int timeoutMs = 0; ///< 0 = the client's
    };
    struct Reply
    {
        HttpResponse http;
        QJsonValue json;
    };

    RemoteResult<Reply> call(const Call &call);
    /// An answered request's reply, or what the site's answer means.
    RemoteResult<Reply> interpret(const Call &call, const HttpResponse &http) const;
    RemoteResult<QJsonValue> json(const Call &c);
    RemoteResult<QJsonObject> discover();
    QUrl endpoint(const QString &route, const QList<QPair<QString, QString>> &query) const;
    RemoteError diagnoseNotLoggedIn(const RemoteError &restError, bool appPasswordsAdvertised);
    RemoteError wordPressError(const HttpResponse &http, const QJsonObject &error) const;
    QJsonObject postBody(const PostData &post) const;

    HttpTransport &m_transport;
    Site m_site;
    QString m_secret;
    QByteArray m_authorization;
    int m_timeoutMs;
    QUrl m_root;
    bool m_queryStyle = false;
    QJsonObject m_index; ///< the root document, once discovered
};

/// An id as a wp/v2 reply gives it (a number, or a string), as text; empty for 0 or no usable id.
QString remoteIdFromJson(const QJsonValue &value);

/// Reads a post from its wp/v2 JSON (edit context).
RemotePost remotePostFromJson(const QJsonObject &json);

} // namespace toasoan
