#include "app/backup/WorkspaceBackup.h"

#include "app/storage/Database.h"
#include "app/storage/SqliteHandle.h"
#include "app/workflow/Permissions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <fcntl.h>
#include <filesystem>
#include <sqlite3.h>
#include <unistd.h>

namespace toasoan::backup {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::backup)
};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// A raw SQLite connection, closed when it goes.
struct Connection
{
    sqlite3 *handle = nullptr;
    ~Connection() { sqlite3_close_v2(handle); }
    QString lastError() const { return QString::fromUtf8(sqlite3_errmsg(handle)); }
};

Error writeError(const QString &path, int code, const QString &detail)
{
    const int primary = code & 0xff;
    if (primary == SQLITE_FULL) {
        return makeError(ErrorCode::Io,
                         Text::tr("There is not enough space on the disk for the backup %1. Nothing was "
                                  "changed in the workspace; free some space or choose another folder.")
                             .arg(native(path)),
                         detail);
    }
    if (primary == SQLITE_CANTOPEN || primary == SQLITE_READONLY || primary == SQLITE_PERM || primary == SQLITE_IOERR) {
        return makeError(ErrorCode::Io,
                         Text::tr("The backup %1 could not be written (the folder may be read-only or missing). "
                                  "Nothing was changed in the workspace.")
                             .arg(native(path)),
                         detail);
    }
    return makeError(ErrorCode::Storage, Text::tr("The backup %1 could not be made.").arg(native(path)), detail);
}

/// Flushes a file (or a folder's entries, after a rename) to the disk.
void syncPath(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd >= 0) {
        (void)::fsync(fd);
        ::close(fd);
    }
}

/// A temporary name in the folder of `path` (a rename within one file system is atomic).
QString temporaryBeside(const QString &path, const char *what)
{
    return path + QLatin1Char('.') + QLatin1String(what) + QLatin1Char('-') +
           QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

Result<void> renameOver(const QString &from, const QString &to)
{
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(from).toStdString(), QFile::encodeName(to).toStdString(), error);
    if (error) {
        return makeError(ErrorCode::Io, Text::tr("The file %1 could not be put in place.").arg(native(to)),
                         QString::fromStdString(error.message()));
    }
    syncPath(QFileInfo(to).absolutePath());
    return {};
}

/// The workspace at `path` with its write-ahead log folded in and closed: false when another program still
/// has it open (its log stays).
Result<void> quiesce(const QString &path)
{
    {
        Connection connection;
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &connection.handle, SQLITE_OPEN_READWRITE, nullptr) ==
            SQLITE_OK) {
            sqlite3_busy_timeout(connection.handle, 2000);
            (void)sqlite3_exec(connection.handle, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
        }
    }
    // The last connection to close removes the log: one left means someone else has the workspace open.
    if (QFileInfo::exists(path + QStringLiteral("-wal"))) {
        return makeError(ErrorCode::Conflict,
                         Text::tr("The workspace %1 is open in ToaSoan (here or on another program). Close it "
                                  "first, then restore.")
                             .arg(native(path)),
                         QStringLiteral("%1-wal still exists after the last own connection closed").arg(path));
    }
    return {};
}

QString previousName(const QString &target)
{
    QString name = target + QStringLiteral(".before-restore");
    if (QFileInfo::exists(name)) {
        name += QLatin1Char('-') + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    }
    return name;
}

/// Puts the checked file `prepared` (beside `target`) in place of `target`, keeping an existing workspace.
Result<RestoreOutcome> swapIn(const QString &prepared, const QString &target, bool force, BackupInfo info)
{
    RestoreOutcome outcome;
    if (QFileInfo::exists(target)) {
        if (!force) {
            return makeError(
                ErrorCode::Conflict,
                Text::tr("There is already a workspace at %1. Restoring would replace it.").arg(native(target)));
        }
        TOASOAN_CHECK(quiesce(target));
        outcome.previousKeptAs = previousName(target);
        // A second name for the old file (a hard link; a copy where links are not possible): the rename
        // below then replaces `target` in one step and the old workspace stays whole under the new name.
        std::error_code error;
        std::filesystem::create_hard_link(QFile::encodeName(target).toStdString(),
                                          QFile::encodeName(outcome.previousKeptAs).toStdString(), error);
        if (error && !QFile::copy(target, outcome.previousKeptAs)) {
            return makeError(ErrorCode::Io,
                             Text::tr("The current workspace could not be kept as %1; nothing was restored.")
                                 .arg(native(outcome.previousKeptAs)),
                             QString::fromStdString(error.message()));
        }
        QFile::remove(target + QStringLiteral("-shm"));
    }
    TOASOAN_CHECK(renameOver(prepared, target));
    info.path = target;
    outcome.restored = info;
    return outcome;
}

/// Copies the checked backup next to `target` under `to` and checks the copy again.
Result<BackupInfo> copyChecked(const QString &backupPath, const QString &to)
{
    TOASOAN_TRY(info, inspect(backupPath));
    QFile::remove(to);
    if (!QDir().mkpath(QFileInfo(to).absolutePath()) || !QFile::copy(backupPath, to)) {
        QFile::remove(to);
        return makeError(ErrorCode::Io,
                         Text::tr("The backup could not be copied to %1 (full disk or read-only folder?). Nothing "
                                  "was changed.")
                             .arg(native(QFileInfo(to).absolutePath())));
    }
    syncPath(to);
    auto copied = inspect(to);
    if (!copied) {
        QFile::remove(to);
        return copied.error();
    }
    return info;
}

} // namespace

Result<void> checkMayBackUp(const User &actor)
{
    if (!checkPermission(actor, Action::ManageUsers)) {
        return makeError(ErrorCode::Forbidden,
                         Text::tr("Only an administrator may back up or restore the workspace: a backup holds "
                                  "every account's password."));
    }
    return {};
}

Result<void> checkSqliteWorkspace(const Database &db)
{
    if (db.isShared()) {
        return makeError(ErrorCode::Invalid,
                         Text::tr("The office's shared database (PostgreSQL) is backed up on the server with "
                                  "pg_dump and restored with pg_restore (see \"Office set-up\" in the README), "
                                  "not by ToaSoan."));
    }
    return {};
}

Result<BackupInfo> inspect(const QString &path)
{
    const QFileInfo file(path);
    if (!file.isFile()) {
        return makeError(ErrorCode::NotFound, Text::tr("There is no backup file %1.").arg(native(path)));
    }
    TOASOAN_CHECK(Database::checkFile(path));
    Connection connection;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &connection.handle, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        return makeError(ErrorCode::Io, Text::tr("Cannot read the backup file %1.").arg(native(path)),
                         connection.lastError());
    }
    const auto damaged = [&](const QString &detail) {
        return makeError(ErrorCode::Corrupt,
                         Text::tr("The backup %1 is damaged or is not a ToaSoan workspace. It cannot be restored.")
                             .arg(native(path)),
                         detail);
    };
    QStringList problems;
    const auto rows = [&](const char *sql, QStringList *texts) -> std::optional<qint64> {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(connection.handle, sql, -1, &statement, nullptr) != SQLITE_OK) {
            return std::nullopt;
        }
        qint64 first = 0;
        bool any = false;
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            if (!any) {
                first = sqlite3_column_int64(statement, 0);
                any = true;
            }
            if (texts) {
                texts->append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))));
            }
        }
        sqlite3_finalize(statement);
        return rc == SQLITE_DONE && any ? std::optional<qint64>(first) : std::nullopt;
    };
    if (!rows("PRAGMA integrity_check", &problems) || problems != QStringList{QStringLiteral("ok")}) {
        return damaged(problems.isEmpty() ? connection.lastError() : problems.mid(0, 5).join(QLatin1Char('\n')));
    }
    const auto version = rows("SELECT max(version) FROM schema_version", nullptr);
    const auto articles = rows("SELECT count(*) FROM articles", nullptr);
    const auto users = rows("SELECT count(*) FROM users", nullptr);
    if (!version || *version <= 0 || !articles || !users) {
        return damaged(QStringLiteral("no schema_version, articles or users: %1").arg(connection.lastError()));
    }
    BackupInfo info;
    info.path = path;
    info.bytes = file.size();
    info.articles = *articles;
    info.users = *users;
    info.schemaVersion = int(*version);
    info.made = file.lastModified();
    return info;
}

Result<BackupInfo> backUp(Database &db, const QString &outPath)
{
    TOASOAN_CHECK(checkSqliteWorkspace(db));
    const QFileInfo out(outPath);
    if (out.isDir()) {
        return makeError(ErrorCode::Io, Text::tr("%1 is a folder; name the backup file.").arg(native(outPath)));
    }
    if (QFileInfo(out.absoluteFilePath()) == QFileInfo(db.path())) {
        return makeError(ErrorCode::Invalid, Text::tr("The backup cannot replace the workspace itself."));
    }
    if (!QDir().mkpath(out.absolutePath())) {
        return writeError(outPath, SQLITE_CANTOPEN, QStringLiteral("mkpath %1").arg(out.absolutePath()));
    }
    sqlite3 *source = sqliteHandle(db.connection());
    if (!source) {
        return makeError(ErrorCode::Storage, Text::tr("The workspace is not open."), QStringLiteral("no handle"));
    }
    const QString temporary = temporaryBeside(out.absoluteFilePath(), "part");
    const auto fail = [&](const Error &error) {
        QFile::remove(temporary);
        QFile::remove(temporary + QStringLiteral("-journal"));
        return error;
    };
    {
        Connection target;
        int rc = sqlite3_open_v2(QFile::encodeName(temporary).constData(), &target.handle,
                                 SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
        if (rc != SQLITE_OK) {
            return fail(writeError(outPath, rc, target.lastError()));
        }
        // One step for the whole file: one read transaction, so one snapshot, however the other connections
        // write meanwhile (in WAL mode they are not blocked).
        sqlite3_backup *copy = sqlite3_backup_init(target.handle, "main", source, "main");
        if (!copy) {
            return fail(writeError(outPath, sqlite3_errcode(target.handle), target.lastError()));
        }
        rc = sqlite3_backup_step(copy, -1);
        const int finished = sqlite3_backup_finish(copy);
        if (rc != SQLITE_DONE || finished != SQLITE_OK) {
            return fail(writeError(outPath, rc != SQLITE_DONE ? rc : finished, target.lastError()));
        }
        // A single self-contained file: the copy's header no longer asks for a write-ahead log.
        rc = sqlite3_exec(target.handle, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK) {
            return fail(writeError(outPath, rc, target.lastError()));
        }
    }
    syncPath(temporary);
    auto checked = inspect(temporary);
    if (!checked) {
        return fail(checked.error());
    }
    if (auto placed = renameOver(temporary, out.absoluteFilePath()); !placed) {
        return fail(placed.error());
    }
    BackupInfo info = *checked;
    info.path = out.absoluteFilePath();
    info.made = QFileInfo(info.path).lastModified();
    return info;
}

Result<RestoreOutcome> restore(const User &actor, const QString &backupPath, const QString &target, bool force)
{
    TOASOAN_CHECK(checkMayBackUp(actor));
    if (QFileInfo(backupPath).absoluteFilePath() == QFileInfo(target).absoluteFilePath()) {
        return makeError(ErrorCode::Invalid, Text::tr("The backup and the workspace are the same file."));
    }
    if (QFileInfo::exists(target) && !force) {
        return makeError(
            ErrorCode::Conflict,
            Text::tr("There is already a workspace at %1. Restoring would replace it.").arg(native(target)));
    }
    const QString prepared = temporaryBeside(QFileInfo(target).absoluteFilePath(), "restoring");
    TOASOAN_TRY(info, copyChecked(backupPath, prepared));
    auto swapped = swapIn(prepared, target, force, *info);
    if (!swapped) {
        QFile::remove(prepared);
    }
    return swapped;
}

QString pendingRestorePath(const QString &target)
{
    return target + QStringLiteral(".restore-pending");
}

Result<BackupInfo> stageRestore(const User &actor, const QString &backupPath, const QString &target)
{
    TOASOAN_CHECK(checkMayBackUp(actor));
    const QString pending = pendingRestorePath(target);
    const QString part = temporaryBeside(pending, "part");
    TOASOAN_TRY(info, copyChecked(backupPath, part));
    if (auto placed = renameOver(part, pending); !placed) {
        QFile::remove(part);
        return placed.error();
    }
    return info;
}

Result<RestoreOutcome> applyPendingRestore(const QString &target)
{
    const QString pending = pendingRestorePath(target);
    if (!QFileInfo::exists(pending)) {
        return RestoreOutcome{};
    }
    TOASOAN_TRY(info, inspect(pending));
    return swapIn(pending, target, true, *info);
}

} // namespace toasoan::backup
