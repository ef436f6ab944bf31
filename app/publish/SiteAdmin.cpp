#include "app/publish/SiteAdmin.h"

#include "app/model/Event.h"
#include "app/publish/SecretStore.h"
#include "app/storage/Database.h"
#include "app/storage/EventLog.h"
#include "app/storage/ServerLink.h"
#include "app/storage/SiteRepository.h"
#include "app/storage/UserRepository.h"
#include "app/workflow/ActingUser.h"
#include "app/workflow/Permissions.h"

namespace toasoan {

SiteAdmin::SiteAdmin(Database &db, SecretStore &secrets) : m_db(db), m_secrets(secrets) {}

namespace {

// Settings changes name who made them, as user and category changes do.
Result<void> logChange(Database &db, qint64 actorId, const QString &action, const Site &site)
{
    Event event;
    event.userId = actorId;
    event.action = action;
    event.comment = site.name + QStringLiteral(" <") + site.baseUrl.toDisplayString() + QStringLiteral(">");
    return EventLog(db).append(event).discard();
}

QString offlineReason()
{
    return SiteAdmin::tr("This computer is working offline: the websites are set up on the office server. Try again "
                         "when the connection is back.");
}

/// The server's id of the copy's site `siteId`, for `fn`.
template <typename F>
auto withServerSite(const Database &copy, qint64 siteId, F &&fn)
{
    return online::serverId(copy, QStringLiteral("sites"), siteId).and_then(std::forward<F>(fn));
}

} // namespace

Result<void> SiteAdmin::checkAllowed(qint64 actorId)
{
    TOASOAN_TRY(user, actingUser(m_db, actorId));
    if (auto allowed = checkPermission(*user, Action::ManageSettings); !allowed) {
        return makeError(ErrorCode::Forbidden, tr("Only administrators can manage the website connections."),
                         allowed.error().message);
    }
    return {};
}

Result<QList<Site>> SiteAdmin::sites()
{
    return SiteRepository(m_db).list();
}

Result<Site> SiteAdmin::save(qint64 actorId, const Site &site, const QString &secret)
{
    if (m_db.isWorkingCopy()) {
        // An online command (storage/ServerLink.h); the secret stays in this PC's keyring, as it would anyway.
        return online::runAs<Site>(m_db, offlineReason(), actorId,
                                   [&](Database &server, qint64 actor) {
                                       return withServerSite(m_db, site.id, [&](qint64 id) {
                                           Site atServer = site;
                                           atServer.id = id;
                                           return SiteAdmin(server, m_secrets).save(actor, atServer, secret);
                                       });
                                   })
            .and_then([&](const Site &saved) {
                return online::localId(m_db, QStringLiteral("sites"), saved.id).and_then([&](qint64 id) {
                    return SiteRepository(m_db).load(id);
                });
            });
    }
    TOASOAN_CHECK(checkAllowed(actorId));
    SiteRepository repository(m_db);
    std::optional<Site> before;
    if (site.id != 0) {
        TOASOAN_TRY(loaded, repository.load(site.id));
        before = *loaded;
    }
    Result<Site> saved = Site{};
    auto done = m_db.transaction([&]() -> Result<void> {
        saved = before ? repository.update(site) : repository.create(site);
        if (!saved) {
            return saved.error();
        }
        return logChange(m_db, actorId, before ? QStringLiteral("site_edit") : QStringLiteral("site_add"), *saved);
    });
    if (!done) {
        return done.error();
    }
    QString toStore = secret;
    const bool moved = before && SecretStore::keyFor(*before) != SecretStore::keyFor(*saved);
    if (toStore.isEmpty() && moved) {
        // The secret is filed under user@host/path: carry it over to the new key.
        if (auto old = m_secrets.read(*before)) {
            toStore = *old;
        }
    }
    if (!toStore.isEmpty()) {
        TOASOAN_CHECK(m_secrets.write(*saved, toStore));
    }
    if (moved) {
        (void)m_secrets.remove(*before);
    }
    return saved;
}

Result<void> SiteAdmin::remove(qint64 actorId, qint64 siteId)
{
    if (m_db.isWorkingCopy()) {
        return online::runAs<bool>(
                   m_db, offlineReason(), actorId,
                   [&](Database &server, qint64 actor) {
                       return withServerSite(m_db, siteId, [&](qint64 id) {
                           return SiteAdmin(server, m_secrets).remove(actor, id).and_then([]() -> Result<bool> {
                               return true;
                           });
                       });
                   })
            .discard();
    }
    if (auto allowed = checkAllowed(actorId); !allowed) {
        return allowed;
    }
    SiteRepository repository(m_db);
    TOASOAN_TRY(site, repository.load(siteId));
    auto removed = m_db.transaction([&]() -> Result<void> {
        TOASOAN_CHECK(repository.remove(siteId));
        return logChange(m_db, actorId, QStringLiteral("site_remove"), *site);
    });
    if (!removed) {
        return removed;
    }
    // Another connection may use the same account on the same site: keep its secret then.
    auto others = repository.list();
    if (others) {
        for (const Site &other : std::as_const(*others)) {
            if (SecretStore::keyFor(other) == SecretStore::keyFor(*site)) {
                return {};
            }
        }
    }
    (void)m_secrets.remove(*site);
    return {};
}

bool SiteAdmin::hasSecret(const Site &site)
{
    return m_secrets.read(site).ok();
}

Result<void> SiteAdmin::storeCategories(qint64 actorId, qint64 siteId, const QList<RemoteCategory> &tree)
{
    if (auto allowed = checkAllowed(actorId); !allowed) {
        return allowed;
    }
    return RemoteCache(m_db, siteId).replaceCategories(tree);
}

Result<void> SiteAdmin::mapCategory(qint64 actorId, qint64 siteId, qint64 categoryId, const QString &remoteId)
{
    if (auto allowed = checkAllowed(actorId); !allowed) {
        return allowed;
    }
    return RemoteCache(m_db, siteId).mapCategory(categoryId, remoteId);
}

} // namespace toasoan
