#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>
#include <optional>

namespace toasoan {

/// The API a website connection speaks.
enum class SiteKind
{
    WordPressRest, ///< WordPress REST API with an application password
    XmlRpc,        ///< metaWeblog + wp.* methods (legacy portals)
};

/// What "unpublish" does to the remote post.
enum class UnpublishAction
{
    Draft, ///< back to draft: the post stays on the site, hidden
    Trash, ///< into the site's trash
};

/// A website connection. The secret is not here: it lives in the SecretStore.
struct Site
{
    qint64 id = 0;
    QString name;
    SiteKind kind = SiteKind::WordPressRest;
    QUrl baseUrl; ///< the site's home, e.g. https://huyen.gov.vn/ (no /wp-json, no /xmlrpc.php)
    QString username;
    UnpublishAction unpublishAction = UnpublishAction::Draft;
    QDateTime createdAt;
};

/// Stable keys stored in the database and typed on the command line: "wordpress", "xmlrpc".
QString siteKindKey(SiteKind kind);
std::optional<SiteKind> siteKindFromKey(const QString &key);
/// Translated name of the kind for lists and dialogs.
QString siteKindLabel(SiteKind kind);

QString unpublishActionKey(UnpublishAction action);
std::optional<UnpublishAction> unpublishActionFromKey(const QString &key);

} // namespace toasoan
