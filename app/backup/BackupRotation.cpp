#include "app/backup/BackupRotation.h"

#include "app/storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace toasoan::backup {

namespace {

const QString kDateFormat = QStringLiteral("yyyy-MM-dd");

QString prefixOf(const QString &workspacePath)
{
    const QString base = QFileInfo(workspacePath).completeBaseName();
    return (base.isEmpty() ? QStringLiteral("toasoan") : base) + QLatin1Char('-');
}

} // namespace

QString automaticBackupPath(const QString &folder, const QString &workspacePath, const QDate &date)
{
    return QDir(folder).filePath(prefixOf(workspacePath) + date.toString(kDateFormat) + QStringLiteral(".sqlite"));
}

QList<DatedBackup> automaticBackups(const QString &folder, const QString &workspacePath)
{
    const QRegularExpression name(QLatin1Char('^') + QRegularExpression::escape(prefixOf(workspacePath)) +
                                  QStringLiteral("(\\d{4}-\\d{2}-\\d{2})\\.sqlite$"));
    QList<DatedBackup> found;
    const QFileInfoList files = QDir(folder).entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch match = name.match(file.fileName());
        const QDate date = match.hasMatch() ? QDate::fromString(match.captured(1), kDateFormat) : QDate();
        if (date.isValid()) {
            found.append({file.absoluteFilePath(), date});
        }
    }
    std::sort(found.begin(), found.end(), [](const DatedBackup &a, const DatedBackup &b) { return a.date > b.date; });
    return found;
}

QList<DatedBackup> backupsToDelete(const QList<DatedBackup> &backups)
{
    QList<DatedBackup> sorted = backups;
    std::sort(sorted.begin(), sorted.end(), [](const DatedBackup &a, const DatedBackup &b) { return a.date > b.date; });
    QList<DatedBackup> doomed;
    QSet<int> weeks;
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        if (i < kDailyKept) {
            continue;
        }
        int year = 0;
        const int week = sorted.at(i).date.weekNumber(&year);
        const int key = year * 100 + week;
        if (!weeks.contains(key) && weeks.size() < kWeeklyKept) {
            weeks.insert(key); // the newest of its week, the list being newest first
            continue;
        }
        doomed.append(sorted.at(i));
    }
    return doomed;
}

bool automaticBackupDue(const QString &folder, const QString &workspacePath, const QDate &today)
{
    return !QFileInfo::exists(automaticBackupPath(folder, workspacePath, today));
}

Result<AutomaticBackupOutcome> runAutomaticBackup(Database &db, const QString &folder, const QDate &today,
                                                  bool evenIfDone)
{
    AutomaticBackupOutcome outcome;
    if (!evenIfDone && !automaticBackupDue(folder, db.path(), today)) {
        return outcome;
    }
    auto made = backUp(db, automaticBackupPath(folder, db.path(), today));
    if (!made) {
        return made.error();
    }
    outcome.made = true;
    outcome.info = *made;
    for (const DatedBackup &old : backupsToDelete(automaticBackups(folder, db.path()))) {
        if (QFile::remove(old.path)) {
            ++outcome.deleted;
        }
    }
    return outcome;
}

Result<AutomaticBackupOutcome> backUpNow(const User &actor, Database &db, const QString &folder, const QDate &today)
{
    TOASOAN_CHECK(checkMayBackUp(actor));
    return runAutomaticBackup(db, folder, today, true);
}

} // namespace toasoan::backup
