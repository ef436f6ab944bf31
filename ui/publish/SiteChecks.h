#pragma once

#include "app/publish/RemoteCache.h"
#include "app/publish/RemoteError.h"
#include "app/publish/SiteClient.h"

#include <QCoreApplication>
#include <QFuture>
#include <memory>

namespace toasoan {
class SecretStore;
}

namespace toasoan::ui {

/// What "Kiểm tra kết nối" found.
struct ConnectionCheck
{
    bool ok = false;
    SiteInfo info;
    RemoteError error;
};

/// The site's category tree, or why it could not be read.
struct CategoryFetch
{
    bool ok = false;
    QList<RemoteCategory> tree;
    RemoteError error;
};

/// The core's connection test and category read are synchronous network calls: these run them in
/// the global thread pool (never on the GUI thread) with a transport of their own. The secret is
/// `typed` when given, else the stored one, read in that thread too. No database is touched.
class SiteChecks final
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::ui::SiteChecks)

public:
    static QFuture<ConnectionCheck> testConnection(std::shared_ptr<SecretStore> secrets, const Site &site,
                                                   const QString &typed, int timeoutMs = 20000);
    static QFuture<CategoryFetch> fetchCategories(std::shared_ptr<SecretStore> secrets, const Site &site,
                                                  int timeoutMs = 20000);

    /// The outcome in the interface's language: what works, or exactly what is wrong.
    static QString describe(const ConnectionCheck &check, const QString &siteName);
    /// For "Details": the technical detail of a failure and the site's reply as it was sent.
    static QString details(const ConnectionCheck &check);
};

} // namespace toasoan::ui
