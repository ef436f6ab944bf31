#pragma once

#include "app/publish/HttpTransport.h"
#include "app/publish/SiteClient.h"

#include <memory>

namespace toasoan {

class Database;

/// The client for the site's kind, sending through `transport`.
std::unique_ptr<SiteClient> makeSiteClient(HttpTransport &transport, const Site &site, const QString &secret,
                                           int timeoutMs = 30000);

/// "Test connection": a transport and client of its own, synchronous. Run it off the GUI thread
/// (QtConcurrent::run) or from the command line.
RemoteResult<SiteInfo> testSiteConnection(const Site &site, const QString &secret, int timeoutMs = 20000);

/// The site's category tree, read with a transport of its own (nothing is stored): for a worker
/// thread that has no database connection. Synchronous like testSiteConnection().
RemoteResult<QList<RemoteCategory>> fetchSiteCategories(const Site &site, const QString &secret, int timeoutMs = 20000);

/// For the category mapping dialog: reads the site's category tree and stores it in the
/// workspace (RemoteCache::categories()); mappings to categories that vanished are dropped.
/// Synchronous like testSiteConnection().
RemoteResult<QList<RemoteCategory>> syncSiteCategories(Database &db, const Site &site, const QString &secret,
                                                       int timeoutMs = 20000);

} // namespace toasoan
