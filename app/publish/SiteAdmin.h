#pragma once

#include "app/core/Result.h"
#include "app/model/Site.h"
#include "app/publish/RemoteCache.h"

#include <QCoreApplication>
#include <QList>

namespace toasoan {

class Database;
class SecretStore;

/// The website connections as people manage them ("Kết nối website", category mapping). Every
/// change needs ManageSettings (administrators), checked here whoever calls; the actor is
/// reloaded from the database. Secrets go to the SecretStore only, never to the database. Each
/// change is written to the event log with the administrator who made it (the window and the
/// command line, `toasoan sites add … --as ADMIN`, both come through here).
class SiteAdmin final
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::SiteAdmin)

public:
    SiteAdmin(Database &db, SecretStore &secrets);

    /// Ok when `actorId` may manage the website connections, else the translated reason.
    Result<void> checkAllowed(qint64 actorId);

    /// Every connection, by name (anyone may list them: publishing asks where to).
    Result<QList<Site>> sites();

    /// Creates (`site.id` 0) or updates a connection. A non-empty `secret` replaces the stored
    /// one; when the user name or address changes, the stored secret follows the connection.
    Result<Site> save(qint64 actorId, const Site &site, const QString &secret = {});
    /// Removes the connection, its stored secret and what ToaSoan remembered about the site
    /// (queued jobs, uploads, mappings). The posts stay on the site.
    Result<void> remove(qint64 actorId, qint64 siteId);
    /// Whether a secret is stored for the connection (the dialog shows "stored" instead of it).
    bool hasSecret(const Site &site);

    /// Stores the category tree read from the site (see fetchSiteCategories()).
    Result<void> storeCategories(qint64 actorId, qint64 siteId, const QList<RemoteCategory> &tree);
    /// Maps a local category to a category of the site; an empty `remoteId` removes the mapping.
    Result<void> mapCategory(qint64 actorId, qint64 siteId, qint64 categoryId, const QString &remoteId);

private:
    Database &m_db;
    SecretStore &m_secrets;
};

} // namespace toasoan
