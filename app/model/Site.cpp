#include "app/model/Site.h"

#include <QCoreApplication>

namespace toasoan {

QString siteKindKey(SiteKind kind)
{
    return kind == SiteKind::XmlRpc ? QStringLiteral("xmlrpc") : QStringLiteral("wordpress");
}

std::optional<SiteKind> siteKindFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("wordpress") || k == QLatin1String("rest")) {
        return SiteKind::WordPressRest;
    }
    if (k == QLatin1String("xmlrpc") || k == QLatin1String("xml-rpc")) {
        return SiteKind::XmlRpc;
    }
    return std::nullopt;
}

QString siteKindLabel(SiteKind kind)
{
    return kind == SiteKind::XmlRpc ? QCoreApplication::translate("toasoan::Site", "XML-RPC (legacy portal)")
                                    : QCoreApplication::translate("toasoan::Site", "WordPress REST API");
}

QString unpublishActionKey(UnpublishAction action)
{
    return action == UnpublishAction::Trash ? QStringLiteral("trash") : QStringLiteral("draft");
}

std::optional<UnpublishAction> unpublishActionFromKey(const QString &key)
{
    if (key == QLatin1String("trash")) {
        return UnpublishAction::Trash;
    }
    if (key == QLatin1String("draft")) {
        return UnpublishAction::Draft;
    }
    return std::nullopt;
}

} // namespace toasoan
