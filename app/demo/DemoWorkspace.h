#pragma once

#include "app/core/Result.h"

namespace toasoan {
class Database;
}

namespace toasoan::demo {

/// The password of every demo account.
inline constexpr char kDemoPassword[] = "toasoan-demo";

/// When the workspace has no users, fills it with the demo newsroom: four users (phongvien,
/// bientap, lanhdao, quantri), the category tree of a district site, tags and a dozen articles in
/// every workflow state. Gives true when it filled, false when the workspace already had users.
/// All or nothing: one transaction.
Result<bool> fillDemoWorkspaceIfEmpty(Database &db);

} // namespace toasoan::demo
