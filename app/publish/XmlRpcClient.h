#pragma once

#include "app/publish/HttpTransport.h"
#include "app/publish/SiteClient.h"

#include <QHash>
#include <QVariant>

namespace toasoan {

/// XML-RPC at <site>/xmlrpc.php for legacy portals: metaWeblog.newPost/editPost/getPost/
/// getRecentPosts/newMediaObject for content (any metaWeblog server), wp.getTerms/wp.newTerm and
/// wp.getProfile/wp.getMediaLibrary where the server is WordPress. Categories travel by name
/// and tags as mt_keywords, as metaWeblog wants; ensureTag() therefore gives the tag's name.
class XmlRpcClient final : public SiteClient
{
public:
    XmlRpcClient(HttpTransport &transport, Site site, const QString &secret, int timeoutMs = 30000);

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

    QUrl endpoint() const;
    /// The file name sent for an upload: the original name with the first 12 hex digits of the
    /// content hash before the extension, which is how an interrupted upload is found again.
    static QString uploadName(const MediaUpload &media);

private:
    RemoteResult<QVariant> call(const QString &method, const QVariantList &params, bool writes);
    QVariantMap postStruct(const PostData &post);
    RemoteResult<QHash<QString, QString>> categoryNames();

    HttpTransport &m_transport;
    Site m_site;
    QString m_secret;
    int m_timeoutMs;
    QHash<QString, QString> m_categoryNames; ///< remote id → name, from the last sync
};

} // namespace toasoan
