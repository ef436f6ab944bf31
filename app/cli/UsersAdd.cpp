// toasoan users add LOGIN --name NAME --role ROLE --as ADMIN
// (without users in the workspace: toasoan users add LOGIN --name NAME --role admin, the first administrator)
#include "app/cli/Commands.h"
#include "app/cli/PasswordPrompt.h"
#include "app/storage/UserRepository.h"
#include "app/users/UserAdmin.h"

#include <QCoreApplication>

namespace toasoan::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::cli)
};

int created(CommandContext &context, const Result<User> &user)
{
    if (!user) {
        return context.fail(user.error());
    }
    context.out() << Text::tr("Created user %1 (%2, %3).").arg(user->login, user->displayName, roleLabel(user->role))
                  << Qt::endl;
    return ExitOk;
}

// An empty workspace: its first administrator proves nothing (there is nobody to prove it to). The
// password comes from TOASOAN_NEW_PASSWORD, or TOASOAN_PASSWORD as scripts of earlier versions set it.
int firstAdministrator(CommandContext &context, const QString &login, Role role)
{
    if (role != Role::Admin) {
        return context.fail(makeError(ErrorCode::Invalid, Text::tr("The workspace has no users yet: the first one "
                                                                   "must be an administrator (--role admin).")));
    }
    auto password = newPasswordFromCommandLine(
        context, login, {QStringLiteral("TOASOAN_NEW_PASSWORD"), QStringLiteral("TOASOAN_PASSWORD")});
    if (!password) {
        return context.fail(password.error());
    }
    return created(context,
                   UserAdmin(context.database()).createFirstAdministrator(login, context.option("name"), *password));
}

int usersAdd(CommandContext &context)
{
    const QString login = context.arguments().constFirst();
    const QString roleText = context.option("role").trimmed().toLower();
    const auto role = roleFromKey(roleText);
    if (!role) {
        return context.fail(makeError(
            ErrorCode::Invalid,
            Text::tr("Unknown role \"%1\". Use reporter, editor, approver or admin.").arg(context.option("role"))));
    }
    UserRepository users(context.database());
    auto count = users.count();
    if (!count) {
        return context.fail(count.error());
    }
    if (*count == 0 && !context.hasOption("as")) {
        return firstAdministrator(context, login, *role);
    }
    return runAs(
        context, context.option("as"), Text::tr("Name the administrator who creates the user: --as LOGIN."),
        [&](const User &admin) {
            // Checked before the new password is asked, so nobody types one twice for nothing.
            if (auto allowed = UserAdmin(context.database()).check(admin.id); !allowed) {
                return context.fail(allowed.error());
            }
            if (auto existing = users.findByLogin(login); existing) {
                return context.fail(
                    makeError(ErrorCode::Invalid, Text::tr("The login \"%1\" is already taken.").arg(existing->login)));
            }
            auto password = newPasswordFromCommandLine(context, login, {QStringLiteral("TOASOAN_NEW_PASSWORD")});
            if (!password) {
                return context.fail(password.error());
            }
            return created(
                context,
                UserAdmin(context.database()).create(admin.id, login, context.option("name"), *role, *password));
        });
}

} // namespace

Command usersAddCommand()
{
    return Command{
        "users add",
        "LOGIN",
        QT_TRANSLATE_NOOP("toasoan::cli",
                          "Create a user. The administrator named by --as logs in with their password "
                          "(TOASOAN_PASSWORD or asked on the terminal); the new user's password comes from "
                          "TOASOAN_NEW_PASSWORD or is asked twice. In a workspace without users, the first "
                          "administrator is created without --as (--role admin; password from "
                          "TOASOAN_NEW_PASSWORD, TOASOAN_PASSWORD or asked twice)."),
        {
            {"name", "NAME", QT_TRANSLATE_NOOP("toasoan::cli", "Full name, e.g. \"Nguyễn Thị Lan\""), true},
            {"role", "ROLE", QT_TRANSLATE_NOOP("toasoan::cli", "reporter, editor, approver or admin"), true},
            {"as", "LOGIN",
             QT_TRANSLATE_NOOP("toasoan::cli", "The administrator who creates the user (logs in with their password)")},
        },
        1,
        1,
        true,
        &usersAdd,
    };
}

} // namespace toasoan::cli
