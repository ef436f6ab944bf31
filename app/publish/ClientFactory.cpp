#include "app/publish/ClientFactory.h"

#include "app/publish/RemoteCache.h"
#include "app/publish/WordPressRestClient.h"
#include "app/publish/XmlRpcClient.h"

namespace toasoan {

std::unique_ptr<SiteClient> makeSiteClient(HttpTransport &transport, const Site &site, const QString &secret,
                                           int timeoutMs)
{
    if (site.kind == SiteKind::XmlRpc) {
        return std::make_unique<XmlRpcClient>(transport, site, secret, timeoutMs);
    }
    return std::make_unique<WordPressRestClient>(transport, site, secret, timeoutMs);
}

RemoteResult<SiteInfo> testSiteConnection(const Site &site, const QString &secret, int timeoutMs)
{
    HttpTransport transport;
    return makeSiteClient(transport, site, secret, timeoutMs)->testConnection();
}

RemoteResult<QList<RemoteCategory>> fetchSiteCategories(const Site &site, const QString &secret, int timeoutMs)
{
    HttpTransport transport;
    return makeSiteClient(transport, site, secret, timeoutMs)->categories();
}

RemoteResult<QList<RemoteCategory>> syncSiteCategories(Database &db, const Site &site, const QString &secret,
                                                       int timeoutMs)
{
    TOASOAN_TRY(tree, fetchSiteCategories(site, secret, timeoutMs));
    if (auto stored = RemoteCache(db, site.id).replaceCategories(*tree); !stored) {
        RemoteError e;
        e.kind = RemoteError::Kind::Server;
        e.error = stored.error();
        return e;
    }
    return tree;
}

} // namespace toasoan
