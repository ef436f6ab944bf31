#pragma once

#include "app/core/Result.h"
#include "app/model/Site.h"

#include <QList>

namespace toasoan {

class Database;

/// Website connections (the `sites` table). Never stores a secret: see publish/SecretStore.h.
class SiteRepository final
{
public:
    explicit SiteRepository(Database &db) : m_db(db) {}

    /// Stores a new connection. Invalid when the name is empty or taken, the URL is not http(s)
    /// or the user name is empty. The URL is cleaned (no query, no /wp-json or /xmlrpc.php tail).
    Result<Site> create(Site site);
    /// Saves name, kind, URL, user name and unpublish action of an existing connection.
    Result<Site> update(const Site &site);
    Result<void> remove(qint64 id);

    Result<Site> load(qint64 id);
    /// The connection with this name (case-insensitive), NotFound otherwise.
    Result<Site> loadByName(const QString &name);
    /// Every connection, by name.
    Result<QList<Site>> list();

    /// The site's home URL from what people paste: adds https:// when no scheme is given and
    /// drops a trailing /wp-json/..., /xmlrpc.php, /wp-admin/..., query and fragment.
    static QUrl cleanBaseUrl(const QString &typed);

private:
    Result<void> validate(const Site &site);

    Database &m_db;
};

} // namespace toasoan
