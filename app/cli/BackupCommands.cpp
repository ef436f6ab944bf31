// toasoan backup --out FILE --user ADMIN; toasoan restore FILE --to PATH [--force] --as ADMIN
#include "app/backup/WorkspaceBackup.h"
#include "app/cli/Commands.h"
#include "app/cli/PasswordPrompt.h"
#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>

namespace toasoan::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::cli)
};

QString describe(const backup::BackupInfo &info)
{
    return Text::tr("%1: %2, %n article(s), schema %3, integrity check ok.", nullptr, int(info.articles))
        .arg(QDir::toNativeSeparators(info.path), QLocale().formattedDataSize(info.bytes))
        .arg(info.schemaVersion);
}

int backupWorkspace(CommandContext &context)
{
    Database &db = context.database();
    if (auto sqlite = backup::checkSqliteWorkspace(db); !sqlite) {
        return context.fail(sqlite.error());
    }
    // A backup changes nothing in the workspace, but it carries every account's password hash.
    return runAs(context, actingLogin(context), Text::tr("Name the administrator who makes the backup: --user LOGIN."),
                 [&](const User &admin) {
                     if (auto allowed = backup::checkMayBackUp(admin); !allowed) {
                         return context.fail(allowed.error());
                     }
                     auto made = backup::backUp(db, context.option("out"));
                     if (!made) {
                         return context.fail(made.error());
                     }
                     context.out() << Text::tr("Backed up %1").arg(describe(*made)) << Qt::endl;
                     return int(ExitOk);
                 });
}

int restoreWorkspace(CommandContext &context)
{
    const QString file = context.arguments().at(0);
    const QString target = context.option("to");
    const bool force = context.hasOption("force");
    auto info = backup::inspect(file);
    if (!info) {
        return context.fail(info.error());
    }
    const bool replaces = QFileInfo::exists(target);
    if (replaces && !force) {
        return context.fail(makeError(
            ErrorCode::Conflict, Text::tr("There is already a workspace at %1. Add --force to replace it (it is kept "
                                          "as %1.before-restore).")
                                     .arg(QDir::toNativeSeparators(target))));
    }
    // Who restores proves to be an administrator of the workspace replaced, or, when there is none, of the
    // backup (read from a scratch copy: the backup itself is never opened for writing).
    QTemporaryDir scratch;
    const QString proofLocation = replaces ? target : scratch.filePath(QStringLiteral("backup.sqlite"));
    if (!replaces && (!scratch.isValid() || !QFile::copy(file, proofLocation))) {
        return context.fail(makeError(ErrorCode::Io, Text::tr("Cannot read the backup file %1.").arg(file)));
    }
    auto proof = Database::open(proofLocation);
    if (!proof) {
        return context.fail(proof.error());
    }
    std::unique_ptr<Database> proving = std::move(proof).value();
    CommandContext asAdmin(context.command(), context.arguments(), {}, context.verbose(), proving.get(), context.out(),
                           context.err());
    return runAs(asAdmin, context.option("as"),
                 replaces ? Text::tr("Name an administrator of the workspace to replace: --as LOGIN.")
                          : Text::tr("Name an administrator of the backup: --as LOGIN."),
                 [&](const User &admin) {
                     proving.reset(); // closed: the restore replaces the file
                     auto restored = backup::restore(admin, file, target, force);
                     if (!restored) {
                         return context.fail(restored.error());
                     }
                     context.out() << Text::tr("Restored %1").arg(describe(restored->restored)) << Qt::endl;
                     if (!restored->previousKeptAs.isEmpty()) {
                         context.out() << Text::tr("The workspace it replaced is kept as %1.")
                                              .arg(QDir::toNativeSeparators(restored->previousKeptAs))
                                       << Qt::endl;
                     }
                     return int(ExitOk);
                 });
}

} // namespace

Command backupCommand()
{
    return Command{
        "backup",
        "",
        QT_TRANSLATE_NOOP("toasoan::cli",
                          "Back up the workspace into one file while ToaSoan may be running. The copy is checked "
                          "(integrity and schema) and written under a temporary name first, so FILE is never left "
                          "half written. It holds every account's password: only an administrator makes it (the "
                          "password comes from TOASOAN_PASSWORD or is asked). The office's shared PostgreSQL "
                          "database is backed up with pg_dump instead (see the README)."),
        {
            {"out", "FILE", QT_TRANSLATE_NOOP("toasoan::cli", "The backup file to write (replaced if it exists)"),
             true},
            {"user", "LOGIN", QT_TRANSLATE_NOOP("toasoan::cli", "The administrator who makes the backup")},
            asOption(),
        },
        0,
        0,
        true,
        &backupWorkspace,
    };
}

Command restoreCommand()
{
    return Command{
        "restore",
        "FILE",
        QT_TRANSLATE_NOOP("toasoan::cli",
                          "Restore a backup into a workspace file. The backup is checked first (integrity, a "
                          "ToaSoan workspace, not from a newer version). An existing workspace is replaced only "
                          "with --force, never while it is open, and is kept as PATH.before-restore; the "
                          "replacement is atomic. The administrator's password comes from TOASOAN_PASSWORD or is "
                          "asked."),
        {
            {"to", "PATH", QT_TRANSLATE_NOOP("toasoan::cli", "The workspace file to restore into"), true},
            {"force", nullptr, QT_TRANSLATE_NOOP("toasoan::cli", "Replace an existing workspace")},
            {"as", "LOGIN",
             QT_TRANSLATE_NOOP("toasoan::cli",
                               "An administrator of the workspace replaced (of the backup when there is none)")},
        },
        1,
        1,
        false,
        &restoreWorkspace,
    };
}

} // namespace toasoan::cli
