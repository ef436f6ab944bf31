#pragma once

#include <QString>
#include <optional>

namespace toasoan {

/// What a user may do; enforced by the core (workflow/Permissions), not by the UI.
enum class Role
{
    Reporter, ///< phóng viên
    Editor,   ///< biên tập viên
    Approver, ///< lãnh đạo duyệt
    Admin,    ///< quản trị
};

QString roleKey(Role role); ///< "reporter", "editor", "approver", "admin"
std::optional<Role> roleFromKey(const QString &key);
QString roleLabel(Role role); ///< translated

} // namespace toasoan
