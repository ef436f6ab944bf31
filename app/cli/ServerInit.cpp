// toasoan server init --database postgresql://… --admin LOGIN --name NAME
#include "app/cli/Commands.h"
#include "app/cli/PasswordPrompt.h"
#include "app/storage/Database.h"
#include "app/storage/UserRepository.h"
#include "app/users/UserAdmin.h"

#include <QCoreApplication>

namespace toasoan::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::cli)
};

// Opening the database (before this runs) created the schema in an empty one; what is left is the
// first administrator, who then adds everyone else (users add, or the window).
int serverInit(CommandContext &context)
{
    Database &db = context.database();
    UserRepository users(db);
    const auto count = users.count();
    if (!count) {
        return context.fail(count.error());
    }
    if (*count > 0) {
        return context.fail(
            makeError(ErrorCode::Conflict, Text::tr("The database %1 already has users: it was set up before. Nothing "
                                                    "was changed; add people with \"toasoan users add\".")
                                               .arg(db.displayName())));
    }
    const QString login = context.option("admin").trimmed();
    // As `users add` on an empty workspace (TOASOAN_NEW_PASSWORD first), through the core's one rule
    // for a first administrator.
    auto password = newPasswordFromCommandLine(
        context, login, {QStringLiteral("TOASOAN_NEW_PASSWORD"), QStringLiteral("TOASOAN_PASSWORD")});
    if (!password) {
        return context.fail(password.error());
    }
    auto admin = UserAdmin(db).createFirstAdministrator(login, context.option("name"), *password);
    if (!admin) {
        return context.fail(admin.error());
    }
    context.out() << Text::tr("The database %1 is ready (schema %2). Administrator: %3 (%4).")
                         .arg(db.displayName())
                         .arg(db.schemaVersion())
                         .arg(admin->login, admin->displayName)
                  << Qt::endl;
    return ExitOk;
}

} // namespace

Command serverInitCommand()
{
    return Command{
        "server init",
        "",
        QT_TRANSLATE_NOOP(
            "toasoan::cli",
            "Set up the office's shared database: create the schema and the first administrator. "
            "Give the database with --database postgresql://USER@HOST/DATABASE; the administrator's "
            "password comes from the TOASOAN_NEW_PASSWORD or TOASOAN_PASSWORD environment variable or is asked twice. "
            "Refuses a database that already has users."),
        {
            {"admin", "LOGIN", QT_TRANSLATE_NOOP("toasoan::cli", "Login of the first administrator"), true},
            {"name", "NAME", QT_TRANSLATE_NOOP("toasoan::cli", "Full name of the administrator"), true},
        },
        0,
        0,
        true,
        &serverInit,
    };
}

} // namespace toasoan::cli
