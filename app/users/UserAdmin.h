#pragma once

#include "app/core/Result.h"
#include "app/model/User.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>

namespace toasoan {

class Database;

/// Administering the workspace's people: listing, creating, deactivating and reactivating
/// users, resetting passwords and changing roles. Every call checks that `actorId` may
/// ManageUsers (the actor is reloaded from the database, so a caller cannot grant itself a
/// role), and no change may leave the workspace without an active administrator. Each change
/// is written to the event log with the administrator who made it.
class UserAdmin final
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::UserAdmin)

public:
    explicit UserAdmin(Database &db) : m_db(db) {}

    /// Ok when `actorId` may manage users, else the translated reason (Forbidden).
    Result<void> check(qint64 actorId);
    /// Every user, sorted by name (Vietnamese collation).
    Result<QList<User>> list(qint64 actorId);
    /// The rules of UserRepository::create apply (login form, name, password length).
    Result<User> create(qint64 actorId, const QString &login, const QString &displayName, Role role,
                        const QString &password);
    /// The one change nobody has to prove: the first administrator of a workspace without users
    /// (first start, `toasoan users add … --role admin`). Refused (Forbidden) once any user exists:
    /// from then on only an administrator creates users (create()).
    Result<User> createFirstAdministrator(const QString &login, const QString &displayName, const QString &password);
    /// Deactivated users cannot log in; their articles and history stay. Refused for the last
    /// active administrator.
    Result<User> setActive(qint64 actorId, qint64 userId, bool active);
    /// Refused when it would demote the last active administrator.
    Result<User> setRole(qint64 actorId, qint64 userId, Role role);
    /// Sets a new password (at least UserRepository::kMinPasswordLength characters).
    Result<void> resetPassword(qint64 actorId, qint64 userId, const QString &password);

private:
    /// On an offline working copy: `command` with the server's UserAdmin and the server's id of the actor (an
    /// online command, storage/ServerLink.h); it gives the login of the user it changed, given back as the copy
    /// holds them once it pulled.
    Result<User> onServer(qint64 actorId,
                          const std::function<Result<QString>(UserAdmin &server, qint64 actor)> &command);
    Result<User> actor(qint64 actorId);
    Result<void> keepAnAdministrator(const User &target, bool staysAdmin);
    Result<void> log(qint64 actorId, const QString &action, const QString &comment);

    Database &m_db;
};

} // namespace toasoan
