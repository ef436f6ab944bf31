#include "app/publish/RemoteCache.h"

#include "app/storage/Database.h"
#include "app/text/Normalize.h"

namespace toasoan {

namespace {

Result<void> done(const Result<QSqlQuery> &q)
{
    return q ? Result<void>() : Result<void>(q.error());
}

} // namespace

Result<std::optional<RemoteMedia>> RemoteCache::media(const QByteArray &sha256Hex)
{
    TOASOAN_TRY(q, m_db.exec(QStringLiteral("SELECT remote_id, url FROM remote_media WHERE site_id = ? AND sha256 = ?"),
                             {m_siteId, QString::fromLatin1(sha256Hex)}));
    if (!q->next()) {
        return std::optional<RemoteMedia>();
    }
    return std::optional<RemoteMedia>(RemoteMedia{q->value(0).toString(), QUrl(q->value(1).toString())});
}

Result<void> RemoteCache::rememberMedia(const QByteArray &sha256Hex, const RemoteMedia &media)
{
    return m_db.transaction([&]() -> Result<void> {
        if (auto gone = forgetMedia(sha256Hex); !gone) {
            return gone;
        }
        return done(m_db.exec(QStringLiteral("INSERT INTO remote_media (site_id, sha256, remote_id, url, uploaded_at) "
                                             "VALUES (?, ?, ?, ?, ?)"),
                              {m_siteId, QString::fromLatin1(sha256Hex), media.remoteId, media.url.toString(),
                               toDbTime(QDateTime::currentDateTimeUtc())}));
    });
}

Result<void> RemoteCache::forgetMedia(const QByteArray &sha256Hex)
{
    return done(m_db.exec(QStringLiteral("DELETE FROM remote_media WHERE site_id = ? AND sha256 = ?"),
                          {m_siteId, QString::fromLatin1(sha256Hex)}));
}

Result<QList<RemoteCategory>> RemoteCache::categories()
{
    TOASOAN_TRY(q, m_db.exec(QStringLiteral("SELECT remote_id, parent_remote_id, name, slug FROM remote_categories "
                                            "WHERE site_id = ? ORDER BY name"),
                             {m_siteId}));
    QList<RemoteCategory> list;
    while (q->next()) {
        list.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString()});
    }
    return list;
}

Result<void> RemoteCache::replaceCategories(const QList<RemoteCategory> &tree)
{
    return m_db.transaction([&]() -> Result<void> {
        if (auto r = done(m_db.exec(QStringLiteral("DELETE FROM remote_categories WHERE site_id = ?"), {m_siteId}));
            !r) {
            return r;
        }
        QStringList ids;
        for (const RemoteCategory &c : tree) {
            TOASOAN_TRY(r,
                        m_db.exec(QStringLiteral("INSERT INTO remote_categories (site_id, remote_id, parent_remote_id, "
                                                 "name, slug) VALUES (?, ?, ?, ?, ?)"),
                                  {m_siteId, c.remoteId, c.parentRemoteId, text::normalize(c.name), c.slug}));
            ids.append(c.remoteId);
        }
        TOASOAN_TRY(map, categoryMap());
        for (auto it = map->cbegin(); it != map->cend(); ++it) {
            if (!ids.contains(it.value())) {
                if (auto r = mapCategory(it.key(), QString()); !r) {
                    return r;
                }
            }
        }
        return {};
    });
}

Result<QHash<qint64, QString>> RemoteCache::categoryMap()
{
    TOASOAN_TRY(
        q, m_db.exec(QStringLiteral("SELECT category_id, remote_id FROM category_map WHERE site_id = ?"), {m_siteId}));
    QHash<qint64, QString> map;
    while (q->next()) {
        map.insert(q->value(0).toLongLong(), q->value(1).toString());
    }
    return map;
}

Result<void> RemoteCache::mapCategory(qint64 categoryId, const QString &remoteId)
{
    return m_db.transaction([&]() -> Result<void> {
        auto r = done(m_db.exec(QStringLiteral("DELETE FROM category_map WHERE site_id = ? AND category_id = ?"),
                                {m_siteId, categoryId}));
        if (!r || remoteId.isEmpty()) {
            return r;
        }
        return done(
            m_db.exec(QStringLiteral("INSERT INTO category_map (site_id, category_id, remote_id) VALUES (?, ?, ?)"),
                      {m_siteId, categoryId, remoteId}));
    });
}

QString RemoteCache::tagKey(const QString &name)
{
    return text::normalize(name).simplified().toLower();
}

Result<std::optional<QString>> RemoteCache::tag(const QString &name)
{
    TOASOAN_TRY(q, m_db.exec(QStringLiteral("SELECT remote_id FROM remote_tags WHERE site_id = ? AND name_key = ?"),
                             {m_siteId, tagKey(name)}));
    if (!q->next()) {
        return std::optional<QString>();
    }
    return std::optional<QString>(q->value(0).toString());
}

Result<void> RemoteCache::rememberTag(const QString &name, const QString &remoteId)
{
    return m_db.transaction([&]() -> Result<void> {
        auto r = done(m_db.exec(QStringLiteral("DELETE FROM remote_tags WHERE site_id = ? AND name_key = ?"),
                                {m_siteId, tagKey(name)}));
        if (!r) {
            return r;
        }
        return done(m_db.exec(QStringLiteral("INSERT INTO remote_tags (site_id, name_key, remote_id) VALUES (?, ?, ?)"),
                              {m_siteId, tagKey(name), remoteId}));
    });
}

Result<std::optional<RemotePublication>> RemoteCache::publication(qint64 articleId)
{
    TOASOAN_TRY(q, m_db.exec(QStringLiteral("SELECT remote_id, url, last_published_at FROM article_publications "
                                            "WHERE article_id = ? AND site_id = ?"),
                             {articleId, m_siteId}));
    if (!q->next()) {
        return std::optional<RemotePublication>();
    }
    return std::optional<RemotePublication>(
        RemotePublication{m_siteId, q->value(0).toString(), QUrl(q->value(1).toString()), fromDbTime(q->value(2))});
}

Result<void> RemoteCache::recordPublication(qint64 articleId, const QString &remoteId, const QUrl &url,
                                            const QDateTime &publishedAt)
{
    return m_db.transaction([&]() -> Result<void> {
        TOASOAN_TRY(existing, publication(articleId));
        if (*existing) {
            const QDateTime when = publishedAt.isValid() ? publishedAt : (*existing)->lastPublishedAt;
            return done(m_db.exec(QStringLiteral("UPDATE article_publications SET remote_id = ?, url = ?, "
                                                 "last_published_at = ? WHERE article_id = ? AND site_id = ?"),
                                  {remoteId, url.toString(), toDbTime(when), articleId, m_siteId}));
        }
        return done(m_db.exec(QStringLiteral("INSERT INTO article_publications (article_id, site_id, remote_id, url, "
                                             "last_published_at) VALUES (?, ?, ?, ?, ?)"),
                              {articleId, m_siteId, remoteId, url.toString(), toDbTime(publishedAt)}));
    });
}

Result<void> RemoteCache::forgetPublication(qint64 articleId)
{
    return done(m_db.exec(QStringLiteral("DELETE FROM article_publications WHERE article_id = ? AND site_id = ?"),
                          {articleId, m_siteId}));
}

} // namespace toasoan
