#pragma once

#include "app/core/Result.h"
#include "app/model/User.h"

#include <optional>

namespace toasoan {
class Database;
class Settings;
} // namespace toasoan

namespace toasoan::ui {

/// Who opens the window next. On a workspace without users the first administrator is created,
/// logged straight in (no second password prompt) and offered the first-start wizard; otherwise,
/// and after "Đăng xuất", the log-in dialog asks. nullopt when the person quits; an error when the
/// workspace cannot be read.
Result<std::optional<User>> signIn(Database &db, Settings &settings);

} // namespace toasoan::ui
