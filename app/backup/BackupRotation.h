#pragma once

// The automatic backups of a workspace: one file a day in the folder chosen on this PC, named
// "<workspace>-YYYY-MM-DD.sqlite", and which of them to keep.

#include "app/backup/WorkspaceBackup.h"

#include <QDate>
#include <QList>
#include <QString>

namespace toasoan::backup {

/// One automatic backup found in the folder.
struct DatedBackup
{
    QString path;
    QDate date;
};

/// How many backups the rotation keeps.
constexpr int kDailyKept = 7;
constexpr int kWeeklyKept = 4;

/// The automatic backup file of the workspace at `workspacePath` for `date`, in `folder`.
QString automaticBackupPath(const QString &folder, const QString &workspacePath, const QDate &date);

/// The automatic backups of the workspace at `workspacePath` in `folder` (other files are ignored), newest
/// first.
QList<DatedBackup> automaticBackups(const QString &folder, const QString &workspacePath);

/// The rotation rule: the 7 newest backups are kept (one a day: the daily ones); of the older ones, the
/// newest of each ISO week (Monday to Sunday) is kept for the 4 most recent such weeks (the weekly ones);
/// everything else goes. Counting backups rather than calendar days means a PC left off for a month still
/// keeps its last 7 days of work. Gives the backups to delete.
QList<DatedBackup> backupsToDelete(const QList<DatedBackup> &backups);

/// True when the folder has no automatic backup of the workspace dated `today` (at most one a day).
bool automaticBackupDue(const QString &folder, const QString &workspacePath, const QDate &today);

/// What runAutomaticBackup() did.
struct AutomaticBackupOutcome
{
    bool made = false; ///< false: one was already there for today
    BackupInfo info;
    int deleted = 0; ///< old backups removed by the rotation
};

/// The daily backup: when due for `today`, backs `db` up into `folder` (backUp(): checked, atomic) and then
/// applies the rotation. A failed backup deletes nothing. Uses the calling thread's connection (a worker releases it
/// after).
Result<AutomaticBackupOutcome> runAutomaticBackup(Database &db, const QString &folder, const QDate &today,
                                                  bool evenIfDone = false);

/// "Sao lưu ngay": today's backup made now by `actor` (an administrator: checkMayBackUp()), replacing an
/// earlier one of the day, then the rotation.
Result<AutomaticBackupOutcome> backUpNow(const User &actor, Database &db, const QString &folder, const QDate &today);

} // namespace toasoan::backup
