#pragma once

// Backups of an SQLite workspace: a consistent copy made while the workspace is in use (SQLite's online
// backup API, through the connection the core already has), checked, and written so that a power cut never
// leaves half a file under the final name; and the restore of such a copy, checked first and swapped in
// atomically. The shared PostgreSQL database is backed up with pg_dump/pg_restore (README, "Office set-up").

#include "app/core/Result.h"
#include "app/model/User.h"

#include <QDateTime>
#include <QString>

namespace toasoan {
class Database;
}

namespace toasoan::backup {

/// What a backup file holds, as checked.
struct BackupInfo
{
    QString path;
    qint64 bytes = 0;
    qint64 articles = 0; ///< every article, the trashed ones included
    qint64 users = 0;
    int schemaVersion = 0;
    QDateTime made; ///< when the file was written (its modification time)
};

/// What a restore did.
struct RestoreOutcome
{
    BackupInfo restored;
    /// Where the workspace that was replaced is kept; empty when there was none.
    QString previousKeptAs;
};

/// Ok for an administrator (backups copy every account's password hash; a restore replaces the
/// workspace), else a Forbidden error saying so.
Result<void> checkMayBackUp(const User &actor);

/// Invalid, with the pg_dump/pg_restore hint, on the shared database; ok on an SQLite workspace.
Result<void> checkSqliteWorkspace(const Database &db);

/// Copies the workspace `db` to `outPath` while other connections keep writing: one consistent snapshot,
/// checked (integrity_check, a ToaSoan workspace of this schema or older) in a temporary file of the same
/// folder, flushed to disk and only then renamed to `outPath` (replacing a file there). The copy is a
/// single file (no write-ahead log). Uses the calling thread's connection: a worker thread releases it after.
Result<BackupInfo> backUp(Database &db, const QString &outPath);

/// Checks a backup without changing it: a readable SQLite file, a ToaSoan workspace whose schema this
/// version knows (not newer), integrity_check ok; gives what it holds.
Result<BackupInfo> inspect(const QString &path);

/// Replaces the workspace file `target` with the backup `backupPath` (checked first, by inspect()). A
/// workspace already at `target` is replaced only with `force` (else Conflict), never while a program has
/// it open (Conflict), and is kept next to it as `target`.before-restore (with a date when that exists).
/// The backup is copied to a temporary file beside `target` and renamed over it: `target` is at every
/// moment the old workspace or the new one, never half of either. Only an administrator may restore.
Result<RestoreOutcome> restore(const User &actor, const QString &backupPath, const QString &target, bool force);

/// The window cannot swap the workspace it has open: it checks the backup and copies it next to the
/// workspace (`target`.restore-pending), and the next start swaps it in (applyPendingRestore()) before
/// opening. Only an administrator may ask for it.
Result<BackupInfo> stageRestore(const User &actor, const QString &backupPath, const QString &target);
/// The file stageRestore() leaves for `target`.
QString pendingRestorePath(const QString &target);
/// Swaps a staged restore in before `target` is opened; nullopt-like empty outcome (restored.path empty)
/// when none is pending.
Result<RestoreOutcome> applyPendingRestore(const QString &target);

} // namespace toasoan::backup
