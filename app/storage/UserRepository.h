#pragma once

#include "app/core/Result.h"
#include "app/model/User.h"

#include <QList>

namespace toasoan {

class Database;

/// Users of the workspace. Logins are stored lower-case NFC; passwords only as Argon2id hashes.
class UserRepository final
{
public:
    /// The shortest password create() and setPassword() accept.
    static constexpr int kMinPasswordLength = 8;

    explicit UserRepository(Database &db) : m_db(db) {}

    /// Creates a user with `password` hashed by auth/PasswordHasher. Invalid when the login is
    /// taken or malformed, the name is empty or the password shorter than 8 characters. The event
    /// log names `actorId` as who created it (0 = nobody: the first administrator, the demo).
    Result<User> create(const QString &login, const QString &displayName, Role role, const QString &password,
                        qint64 actorId = 0);
    Result<User> load(qint64 id);
    Result<User> findByLogin(const QString &login);
    Result<QList<User>> list(); ///< sorted by display name, Vietnamese collation
    Result<int> count();
    Result<void> setActive(qint64 id, bool active);
    Result<void> setRole(qint64 id, Role role);
    Result<void> setPassword(qint64 id, const QString &password);
    /// Checks login and password; Auth error (same message for both) when wrong or inactive.
    Result<User> authenticate(const QString &login, const QString &password);

private:
    Database &m_db;
};

} // namespace toasoan
