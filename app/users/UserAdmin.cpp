#include "app/users/UserAdmin.h"

#include "app/model/Event.h"
#include "app/storage/Database.h"
#include "app/storage/EventLog.h"
#include "app/storage/ServerLink.h"
#include "app/storage/UserRepository.h"
#include "app/text/Normalize.h"
#include "app/workflow/ActingUser.h"
#include "app/workflow/AuthService.h"
#include "app/workflow/Permissions.h"

namespace toasoan {

Result<User> UserAdmin::actor(qint64 actorId)
{
    return actingUser(m_db, actorId, Action::ManageUsers);
}

Result<User> UserAdmin::onServer(qint64 actorId,
                                 const std::function<Result<QString>(UserAdmin &server, qint64 actor)> &command)
{
    return online::runAs<QString>(m_db,
                                  tr("This computer is working offline: users are managed on the office server. Try "
                                     "again when the connection is back."),
                                  actorId,
                                  [&](Database &server, qint64 actor) {
                                      UserAdmin remote(server);
                                      return command(remote, actor);
                                  })
        .and_then([&](const QString &login) { return UserRepository(m_db).findByLogin(login); });
}

/// The server's id of the copy's user `userId`, for `fn`.
template <typename F>
static auto withServerUser(Database &copy, qint64 userId, F &&fn)
{
    return online::serverId(copy, QStringLiteral("users"), userId).and_then(std::forward<F>(fn));
}

Result<void> UserAdmin::check(qint64 actorId)
{
    return actor(actorId).discard();
}

Result<QList<User>> UserAdmin::list(qint64 actorId)
{
    TOASOAN_CHECK(check(actorId));
    return UserRepository(m_db).list();
}

Result<User> UserAdmin::create(qint64 actorId, const QString &login, const QString &displayName, Role role,
                               const QString &password)
{
    if (m_db.isWorkingCopy()) {
        return onServer(actorId, [&](UserAdmin &server, qint64 actor) {
            return server.create(actor, login, displayName, role, password).transform([](const User &u) {
                return u.login;
            });
        });
    }
    TOASOAN_CHECK(check(actorId));
    // Passwords are compared as NFC at log-in (LoginDialog): store them the same way. The event log
    // names the administrator.
    return UserRepository(m_db).create(login, displayName, role, text::normalize(password), actorId);
}

Result<User> UserAdmin::createFirstAdministrator(const QString &login, const QString &displayName,
                                                 const QString &password)
{
    std::optional<User> created;
    auto done = m_db.transaction([&]() -> Result<void> {
        UserRepository users(m_db);
        TOASOAN_TRY(count, users.count());
        if (*count > 0) {
            return makeError(ErrorCode::Forbidden,
                             tr("This workspace already has users: only an administrator can add one."));
        }
        // Nobody created it: the event log names no one.
        TOASOAN_TRY(user, users.create(login, displayName, Role::Admin, text::normalize(password)));
        created = *user;
        return Result<void>();
    });
    if (!done) {
        return done.error();
    }
    return *created;
}

Result<void> UserAdmin::keepAnAdministrator(const User &target, bool staysAdmin)
{
    if (target.role != Role::Admin || !target.active || staysAdmin) {
        return {};
    }
    TOASOAN_TRY(others,
                m_db.exec(QStringLiteral("SELECT count(*) FROM users WHERE role = ? AND active = 1 AND id <> ?"),
                          {roleKey(Role::Admin), target.id}));
    others->next();
    if (others->value(0).toInt() > 0) {
        return {};
    }
    // Only an active administrator gets here, so the last one is the actor: nobody could manage
    // users any more.
    return makeError(ErrorCode::Forbidden,
                     UserAdmin::tr("You are the only active administrator. Make another user an administrator "
                                   "first, otherwise nobody could manage users any more."),
                     target.login);
}

Result<void> UserAdmin::log(qint64 actorId, const QString &action, const QString &comment)
{
    Event event;
    event.userId = actorId;
    event.action = action;
    event.comment = comment;
    auto appended = EventLog(m_db).append(event);
    return appended ? Result<void>() : Result<void>(appended.error());
}

Result<User> UserAdmin::setActive(qint64 actorId, qint64 userId, bool active)
{
    if (m_db.isWorkingCopy()) {
        return onServer(actorId, [&](UserAdmin &server, qint64 actor) {
            return withServerUser(m_db, userId, [&](qint64 target) {
                return server.setActive(actor, target, active).transform([](const User &u) { return u.login; });
            });
        });
    }
    UserRepository users(m_db);
    std::optional<User> changed;
    Result<void> done = m_db.transaction([&]() -> Result<void> {
        if (auto allowed = check(actorId); !allowed) {
            return allowed;
        }
        TOASOAN_TRY(target, users.load(userId));
        changed = *target;
        if (target->active == active) {
            return {};
        }
        if (!active) {
            if (auto kept = keepAnAdministrator(*target, false); !kept) {
                return kept;
            }
        }
        if (auto set = users.setActive(userId, active); !set) {
            return set;
        }
        changed->active = active;
        return log(actorId, active ? QStringLiteral("user_activate") : QStringLiteral("user_deactivate"),
                   target->login);
    });
    if (!done) {
        return done.error();
    }
    return *changed;
}

Result<User> UserAdmin::setRole(qint64 actorId, qint64 userId, Role role)
{
    if (m_db.isWorkingCopy()) {
        return onServer(actorId, [&](UserAdmin &server, qint64 actor) {
            return withServerUser(m_db, userId, [&](qint64 target) {
                return server.setRole(actor, target, role).transform([](const User &u) { return u.login; });
            });
        });
    }
    UserRepository users(m_db);
    std::optional<User> changed;
    Result<void> done = m_db.transaction([&]() -> Result<void> {
        if (auto allowed = check(actorId); !allowed) {
            return allowed;
        }
        TOASOAN_TRY(target, users.load(userId));
        changed = *target;
        if (target->role == role) {
            return {};
        }
        if (auto kept = keepAnAdministrator(*target, role == Role::Admin); !kept) {
            return kept;
        }
        if (auto set = users.setRole(userId, role); !set) {
            return set;
        }
        changed->role = role;
        return log(actorId, QStringLiteral("user_role"),
                   target->login + QStringLiteral(": ") + roleKey(target->role) + QStringLiteral(" -> ") +
                       roleKey(role));
    });
    if (!done) {
        return done.error();
    }
    return *changed;
}

Result<void> UserAdmin::resetPassword(qint64 actorId, qint64 userId, const QString &password)
{
    if (m_db.isWorkingCopy()) {
        return onServer(actorId,
                        [&](UserAdmin &server, qint64 actor) {
                            return withServerUser(m_db, userId, [&](qint64 target) -> Result<QString> {
                                TOASOAN_CHECK(server.resetPassword(actor, target, password));
                                return UserRepository(server.m_db).load(target).transform([](const User &u) {
                                    return u.login;
                                });
                            });
                        })
            .discard();
    }
    UserRepository users(m_db);
    return m_db.transaction([&]() -> Result<void> {
        if (auto allowed = check(actorId); !allowed) {
            return allowed;
        }
        TOASOAN_TRY(target, users.load(userId));
        if (auto set = users.setPassword(userId, text::normalize(password)); !set) {
            return set;
        }
        // A new password is a fresh start: forget the failed attempts that may lock the login.
        if (auto cleared = AuthService(m_db).clearFailures(target->login); !cleared) {
            return cleared;
        }
        return log(actorId, QStringLiteral("user_password"), target->login);
    });
}

} // namespace toasoan
