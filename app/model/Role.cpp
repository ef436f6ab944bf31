#include "app/model/Role.h"

#include <QCoreApplication>

namespace toasoan {

namespace {
struct RoleInfo
{
    Role role;
    const char *key;
    const char *label;
};

constexpr RoleInfo kRoles[] = {
    {Role::Reporter, "reporter", QT_TRANSLATE_NOOP("toasoan::Role", "Reporter")},
    {Role::Editor, "editor", QT_TRANSLATE_NOOP("toasoan::Role", "Editor")},
    {Role::Approver, "approver", QT_TRANSLATE_NOOP("toasoan::Role", "Approver")},
    {Role::Admin, "admin", QT_TRANSLATE_NOOP("toasoan::Role", "Administrator")},
};
} // namespace

QString roleKey(Role role)
{
    for (const auto &info : kRoles) {
        if (info.role == role) {
            return QString::fromLatin1(info.key);
        }
    }
    return {};
}

std::optional<Role> roleFromKey(const QString &key)
{
    for (const auto &info : kRoles) {
        if (key == QLatin1String(info.key)) {
            return info.role;
        }
    }
    return std::nullopt;
}

QString roleLabel(Role role)
{
    for (const auto &info : kRoles) {
        if (info.role == role) {
            return QCoreApplication::translate("toasoan::Role", info.label);
        }
    }
    return {};
}

} // namespace toasoan
