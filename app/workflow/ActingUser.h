#pragma once

#include "app/core/Result.h"
#include "app/model/User.h"
#include "app/workflow/Permissions.h"

namespace toasoan {

class Database;

/// The one preamble of every permission-checked change: who acts, read fresh from the database.
/// An id that names nobody (a deleted account, a stale session) is Forbidden, "please log in again".
Result<User> actingUser(Database &db, qint64 actorId);

/// actingUser(), allowed to do the workspace-wide `action` (ManageUsers, ManageSettings).
Result<User> actingUser(Database &db, qint64 actorId, Action action);

} // namespace toasoan
