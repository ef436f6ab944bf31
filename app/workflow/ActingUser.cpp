#include "app/workflow/ActingUser.h"

#include "app/storage/UserRepository.h"

#include <QCoreApplication>

namespace toasoan {

Result<User> actingUser(Database &db, qint64 actorId)
{
    auto user = UserRepository(db).load(actorId);
    if (!user && user.error().code == ErrorCode::NotFound) {
        return makeError(ErrorCode::Forbidden,
                         QCoreApplication::translate("toasoan::ActingUser", "Unknown user: please log in again."),
                         QStringLiteral("user %1").arg(actorId));
    }
    return user;
}

Result<User> actingUser(Database &db, qint64 actorId, Action action)
{
    return actingUser(db, actorId).and_then([&](const User &user) -> Result<User> {
        TOASOAN_CHECK(checkPermission(user, action));
        return user;
    });
}

} // namespace toasoan
