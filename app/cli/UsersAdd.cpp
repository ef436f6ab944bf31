// toasoan users add LOGIN --name NAME --role ROLE
#include "app/cli/Commands.h"
#include "app/cli/PasswordPrompt.h"
#include "app/storage/UserRepository.h"

#include <QCoreApplication>

namespace toasoan::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::cli)
};

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
    // Check before asking for a password, so nobody types one twice for nothing.
    if (auto existing = users.findByLogin(login); existing) {
        return context.fail(
            makeError(ErrorCode::Invalid, Text::tr("The login \"%1\" is already taken.").arg(existing->login)));
    }
    auto password = obtainNewPassword(context, login);
    if (!password) {
        return context.fail(password.error());
    }
    auto user = users.create(login, context.option("name"), *role, *password);
    if (!user) {
        return context.fail(user.error());
    }
    context.out() << Text::tr("Created user %1 (%2, %3).").arg(user->login, user->displayName, roleLabel(user->role))
                  << Qt::endl;
    return ExitOk;
}

} // namespace

Command usersAddCommand()
{
    return Command{
        "users add",
        "LOGIN",
        QT_TRANSLATE_NOOP("toasoan::cli", "Create a user. The password comes from the TOASOAN_PASSWORD environment "
                                          "variable or is asked twice on the terminal."),
        {
            {"name", "NAME", QT_TRANSLATE_NOOP("toasoan::cli", "Full name, e.g. \"Nguyễn Thị Lan\""), true},
            {"role", "ROLE", QT_TRANSLATE_NOOP("toasoan::cli", "reporter, editor, approver or admin"), true},
        },
        1,
        1,
        true,
        &usersAdd,
    };
}

} // namespace toasoan::cli
