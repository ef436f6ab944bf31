// toasoan users list [--json]
#include "app/cli/Commands.h"
#include "app/cli/Output.h"
#include "app/io/ArticleExport.h"
#include "app/storage/UserRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace toasoan::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::cli)
};

int usersList(CommandContext &context)
{
    auto users = UserRepository(context.database()).list();
    if (!users) {
        return context.fail(users.error());
    }
    if (context.hasOption("json")) {
        QJsonArray array;
        for (const User &user : std::as_const(*users)) {
            array.append(QJsonObject{
                {QStringLiteral("id"), user.id},
                {QStringLiteral("login"), user.login},
                {QStringLiteral("display_name"), user.displayName},
                {QStringLiteral("role"), roleKey(user.role)},
                {QStringLiteral("active"), user.active},
                {QStringLiteral("created_at"), io::timeToJson(user.createdAt)},
            });
        }
        printJson(context.out(), array);
        return ExitOk;
    }
    if (users->isEmpty()) {
        context.out() << Text::tr("No users yet. Add one with \"toasoan users add\" or try --demo.") << Qt::endl;
        return ExitOk;
    }
    TextTable table({Text::tr("Login"), Text::tr("Role"), Text::tr("Status"), Text::tr("Created"), Text::tr("Name")});
    for (const User &user : std::as_const(*users)) {
        table.addRow({user.login, roleLabel(user.role), user.active ? Text::tr("active") : Text::tr("deactivated"),
                      formatTime(user.createdAt), user.displayName});
    }
    table.print(context.out());
    return ExitOk;
}

} // namespace

Command usersListCommand()
{
    return Command{
        "users list",
        "",
        QT_TRANSLATE_NOOP("toasoan::cli", "List the users of the workspace."),
        {{"json", nullptr, QT_TRANSLATE_NOOP("toasoan::cli", "Print JSON instead of a table")}},
        0,
        0,
        true,
        &usersList,
    };
}

} // namespace toasoan::cli
