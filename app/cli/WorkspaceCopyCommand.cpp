// toasoan workspace copy --from LOCATION --to LOCATION --as ADMIN
#include "app/cli/Commands.h"
#include "app/cli/PasswordPrompt.h"
#include "app/core/DatabaseLocation.h"
#include "app/storage/Database.h"
#include "app/storage/WorkspaceCopy.h"
#include "app/workflow/Permissions.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace toasoan::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::cli)
};

int workspaceCopy(CommandContext &context)
{
    const QString fromLocation = context.option("from");
    const QString toLocation = context.option("to");
    if (fromLocation == toLocation) {
        return context.usageError(Text::tr("--from and --to name the same database."));
    }
    // Opening a missing file would create an empty workspace, and copy nothing.
    if (!isPostgresLocation(fromLocation) && !QFileInfo(fromLocation).isFile()) {
        return context.fail(
            makeError(ErrorCode::NotFound, Text::tr("There is no workspace file %1.").arg(fromLocation)));
    }
    auto from = Database::open(fromLocation);
    if (!from) {
        return context.fail(from.error());
    }
    // The copy carries every account's password hash: only an administrator of the source may make it,
    // proven against the source's accounts.
    CommandContext source(context.command(), context.arguments(), {{QStringLiteral("as"), context.option("as")}},
                          context.verbose(), from->get(), context.out(), context.err());
    return runAs(source, context.option("as"), Text::tr("Name an administrator of the source workspace: --as LOGIN."),
                 [&](const User &admin) {
                     if (auto allowed = checkPermission(admin, Action::ManageUsers); !allowed) {
                         return context.fail(allowed.error());
                     }
                     auto to = Database::open(toLocation);
                     if (!to) {
                         return context.fail(to.error());
                     }
                     auto counts = workspacecopy::copy(**from, **to);
                     if (!counts) {
                         return context.fail(counts.error());
                     }
                     const QString table = Text::tr("Table");
                     const QString sourceHeader = Text::tr("Source", "workspace copy: the database copied from");
                     const QString targetHeader = Text::tr("Copy", "workspace copy: the database copied into");
                     context.out() << table.leftJustified(24) << sourceHeader.rightJustified(10)
                                   << targetHeader.rightJustified(10) << Qt::endl;
                     qint64 rows = 0;
                     for (const workspacecopy::TableCount &count : std::as_const(*counts)) {
                         context.out() << count.table.leftJustified(24)
                                       << QString::number(count.source).rightJustified(10)
                                       << QString::number(count.target).rightJustified(10) << Qt::endl;
                         rows += count.target;
                     }
                     context.out() << Text::tr("Copied %1 rows in %2 tables from %3 to %4; the counts above were "
                                               "verified on both sides. Website passwords are not in the database: "
                                               "enter them again on the PCs that publish.")
                                          .arg(rows)
                                          .arg(counts->size())
                                          .arg((*from)->displayName(), (*to)->displayName())
                                   << Qt::endl;
                     return int(ExitOk);
                 });
}

} // namespace

Command workspaceCopyCommand()
{
    return Command{
        "workspace copy",
        "",
        QT_TRANSLATE_NOOP("toasoan::cli",
                          "Copy a whole workspace into an empty database: from this PC's file to the office's "
                          "PostgreSQL database (postgresql://USER@HOST/DATABASE), or back for a backup. Accounts keep "
                          "their passwords, ids stay the same; website passwords are not copied. The administrator's "
                          "password comes from TOASOAN_PASSWORD or is asked. Refuses a database that holds data."),
        {
            {"from", "LOCATION", QT_TRANSLATE_NOOP("toasoan::cli", "The workspace to copy (a file or postgresql://…)"),
             true},
            {"to", "LOCATION", QT_TRANSLATE_NOOP("toasoan::cli", "The empty database to copy into"), true},
            {"as", "LOGIN", QT_TRANSLATE_NOOP("toasoan::cli", "An administrator of the source workspace")},
        },
        0,
        0,
        false,
        &workspaceCopy,
    };
}

} // namespace toasoan::cli
