#pragma once

#include "app/core/Result.h"
#include "app/model/Article.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace toasoan {

class Database;

/// An image as it exists on a site.
struct RemoteMedia
{
    QString remoteId;
    QUrl url;
};

/// A category of the site's tree, as last synced.
struct RemoteCategory
{
    QString remoteId;
    QString parentRemoteId; ///< empty = top level
    QString name;
    QString slug;
};

/// What ToaSoan remembers about one site: uploaded images by content hash, the synced category
/// tree and the local → remote mapping, tag ids, and where each article was published.
class RemoteCache final
{
public:
    RemoteCache(Database &db, qint64 siteId) : m_db(db), m_siteId(siteId) {}

    Result<std::optional<RemoteMedia>> media(const QByteArray &sha256Hex);
    Result<void> rememberMedia(const QByteArray &sha256Hex, const RemoteMedia &media);
    Result<void> forgetMedia(const QByteArray &sha256Hex);

    Result<QList<RemoteCategory>> categories();
    /// Replaces the synced tree. Mappings to categories that disappeared are dropped.
    Result<void> replaceCategories(const QList<RemoteCategory> &tree);
    /// Local category id → remote id.
    Result<QHash<qint64, QString>> categoryMap();
    /// Maps a local category; an empty remoteId removes the mapping.
    Result<void> mapCategory(qint64 categoryId, const QString &remoteId);

    Result<std::optional<QString>> tag(const QString &name);
    Result<void> rememberTag(const QString &name, const QString &remoteId);
    /// The folded form tags are compared by on sites: NFC, simplified spaces, lower-case.
    static QString tagKey(const QString &name);

    Result<std::optional<RemotePublication>> publication(qint64 articleId);
    /// Upserts where the article lives on this site; an invalid `publishedAt` keeps the old one.
    Result<void> recordPublication(qint64 articleId, const QString &remoteId, const QUrl &url,
                                   const QDateTime &publishedAt);
    Result<void> forgetPublication(qint64 articleId);

private:
    Database &m_db;
    qint64 m_siteId;
};

} // namespace toasoan
