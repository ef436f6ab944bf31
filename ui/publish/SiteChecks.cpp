#include "ui/publish/SiteChecks.h"

#include "app/publish/ClientFactory.h"
#include "app/publish/SecretStore.h"

#include <QtConcurrent/QtConcurrentRun>

namespace toasoan::ui {

namespace {

std::optional<QString> secretFor(SecretStore &secrets, const Site &site, const QString &typed, RemoteError &error)
{
    if (!typed.isEmpty()) {
        return typed;
    }
    auto stored = secrets.read(site);
    if (!stored) {
        error.kind = RemoteError::Kind::Auth;
        error.error = stored.error();
        return std::nullopt;
    }
    return stored.value();
}

} // namespace

QFuture<ConnectionCheck> SiteChecks::testConnection(std::shared_ptr<SecretStore> secrets, const Site &site,
                                                    const QString &typed, int timeoutMs)
{
    // Everything the task uses is its own: the dialog may close (or the application quit) first.
    return QtConcurrent::run([secrets, site, typed, timeoutMs] {
        ConnectionCheck check;
        const std::optional<QString> secret = secretFor(*secrets, site, typed, check.error);
        if (!secret) {
            return check;
        }
        auto info = testSiteConnection(site, *secret, timeoutMs);
        check.ok = info.ok();
        if (info) {
            check.info = *info;
        } else {
            check.error = info.error();
        }
        return check;
    });
}

QFuture<CategoryFetch> SiteChecks::fetchCategories(std::shared_ptr<SecretStore> secrets, const Site &site,
                                                   int timeoutMs)
{
    return QtConcurrent::run([secrets, site, timeoutMs] {
        CategoryFetch fetch;
        const std::optional<QString> secret = secretFor(*secrets, site, QString(), fetch.error);
        if (!secret) {
            return fetch;
        }
        auto tree = fetchSiteCategories(site, *secret, timeoutMs);
        fetch.ok = tree.ok();
        if (tree) {
            fetch.tree = *tree;
        } else {
            fetch.error = tree.error();
        }
        return fetch;
    });
}

QString SiteChecks::describe(const ConnectionCheck &check, const QString &siteName)
{
    if (!check.ok) {
        return tr("The connection to %1 does not work: %2").arg(siteName, check.error.error.message);
    }
    const SiteInfo &info = check.info;
    QStringList lines;
    lines.append(info.siteName.isEmpty() ? tr("The connection to %1 works.").arg(siteName)
                                         : tr("The connection to %1 works: %2.").arg(siteName, info.siteName));
    if (!info.userName.isEmpty()) {
        lines.append(
            tr("Account: %1 (may publish: %2; may upload images: %3).")
                .arg(info.userName, info.canPublish ? tr("yes") : tr("no"), info.canUpload ? tr("yes") : tr("no")));
    }
    if (!info.timeZone.isEmpty()) {
        lines.append(tr("Time zone of the site: %1.").arg(info.timeZone));
    }
    lines.append(info.notes);
    return lines.join(QLatin1Char('\n'));
}

QString SiteChecks::details(const ConnectionCheck &check)
{
    QStringList parts;
    if (!check.error.error.detail.isEmpty()) {
        parts.append(check.error.error.detail);
    }
    if (check.error.httpStatus != 0) {
        parts.append(tr("HTTP status: %1").arg(check.error.httpStatus));
    }
    if (!check.error.reply.isEmpty()) {
        parts.append(tr("The site's reply:") + QLatin1Char('\n') + check.error.reply);
    }
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace toasoan::ui
