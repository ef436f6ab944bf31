#pragma once

#include "app/model/Site.h"
#include "app/publish/RemoteCache.h"
#include "app/publish/RemoteError.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace toasoan {

/// What "test connection" learnt about a site.
struct SiteInfo
{
    QString siteName;
    QUrl apiUrl;      ///< REST root or xmlrpc.php actually used
    QString timeZone; ///< e.g. "Asia/Ho_Chi_Minh"; empty when the site does not say
    double gmtOffsetHours = 0;
    QString userName; ///< display name of the account
    bool canPublish = false;
    bool canUpload = false;
    QStringList notes; ///< translated remarks (e.g. "pretty permalinks are off; using ?rest_route=")
};

/// A post as the site reports it.
struct RemotePost
{
    QString id;
    QString status; ///< publish, future, draft, pending, private, trash
    QString slug;
    QUrl link;
    QString title;
    QString content; ///< raw content (as sent)
    QString excerpt;
    QStringList categoryIds;
    QStringList tagIds;
    QString featuredMediaId;
    QDateTime dateGmt;
};

/// What a push sends.
struct PostData
{
    QString title;
    QString excerpt;
    QString slug;
    QString content;
    QStringList categoryIds;
    QStringList tagIds;
    QString featuredMediaId; ///< empty = none
    QString status;          ///< publish, future or draft
    QDateTime dateGmt;       ///< for future (scheduled) posts; invalid = now
    QString author;          ///< byline, for XML-RPC sites that show it in a custom field; may be empty
};

/// An image to upload.
struct MediaUpload
{
    QByteArray data;
    QString fileName; ///< as people named it (Vietnamese allowed)
    QString mimeType;
    QString title;
    QString caption;
    QString altText;
    QByteArray sha256Hex; ///< stored on the site so an interrupted upload can be found again
};

/// One website API. Calls are synchronous (see HttpTransport) and give precise, translated
/// errors. Implementations: WordPressRestClient, XmlRpcClient.
class SiteClient
{
public:
    virtual ~SiteClient() = default;

    /// Checks address, credentials and rights; the error explains exactly what is wrong.
    virtual RemoteResult<SiteInfo> testConnection() = 0;

    /// The site's whole category tree.
    virtual RemoteResult<QList<RemoteCategory>> categories() = 0;
    /// Creates a category (or finds the existing one with that name under that parent).
    virtual RemoteResult<RemoteCategory> createCategory(const QString &name, const QString &parentId) = 0;
    /// The id of the tag with this name, created if missing.
    virtual RemoteResult<QString> ensureTag(const QString &name) = 0;

    /// The image uploaded earlier with these bytes, if the site has it (exactly-once after a
    /// lost answer).
    virtual RemoteResult<std::optional<RemoteMedia>> findMedia(const MediaUpload &media) = 0;
    virtual RemoteResult<RemoteMedia> uploadMedia(const MediaUpload &media) = 0;

    /// The post carrying `marker` (looked up by slug, any status, then by the marker itself).
    virtual RemoteResult<std::optional<RemotePost>> findPost(const QString &slug, const QString &marker) = 0;
    /// A post by id; Kind::NotFound when it was deleted.
    virtual RemoteResult<RemotePost> getPost(const QString &id) = 0;
    virtual RemoteResult<RemotePost> createPost(const PostData &post) = 0;
    virtual RemoteResult<RemotePost> updatePost(const QString &id, const PostData &post) = 0;
    /// Back to draft or into the trash; Kind::NotFound when the post no longer exists.
    virtual RemoteResult<RemotePost> unpublishPost(const QString &id, UnpublishAction action) = 0;

    /// Stops the request in flight (thread-safe); the call returns a Network error.
    virtual void abort() = 0;
};

} // namespace toasoan
