#include "publish/ClientFactory.h"

#include "publish/WordPressRestClient.h"
#include "publish/XmlRpcClient.h"

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

} // namespace toasoan
