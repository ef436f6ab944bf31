#include "app/storage/SqliteErrors.h"

#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QUrl>
#include <unistd.h>

namespace toasoan::sqliteerrors {

namespace {

// The messages belong with Database's own.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::Database)
};

// eaccess() asks the system, so that a read-only medium counts as well as permissions (which
// root ignores).
bool writable(const QString &path)
{
    // With the effective user, as SQLite opens files.
    return ::eaccess(QFile::encodeName(path).constData(), W_OK) == 0;
}

} // namespace

int resultCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    // Extended codes carry the primary code in their low byte.
    return ok ? (code & 0xff) : 0;
}

std::optional<Error> errorFor(const QSqlError &error, const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    const QString detail = error.text();
    switch (resultCode(error)) {
    // The codes stay the coarse ones callers already branch on; the message says which failure it is.
    case kReadOnly:
        return makeError(
            ErrorCode::Io,
            Text::tr("The database %1 is open read-only, so the change was not saved. Reading still works.").arg(file),
            detail);
    case kFull:
        return makeError(
            ErrorCode::Io,
            Text::tr("The disk holding the database %1 is full, so the change was not saved. Free some space and try "
                     "again.")
                .arg(file),
            detail);
    case kIoErr:
        return makeError(ErrorCode::Io,
                         Text::tr("The disk could not read or write the database %1. Check the disk or the network "
                                  "drive and try again.")
                             .arg(file),
                         detail);
    case kBusy:
    case kLocked:
        return makeError(ErrorCode::Storage,
                         Text::tr("The database is busy with another user's change. Please try again."), detail);
    case kCorrupt:
    case kNotADb:
        return makeError(ErrorCode::Corrupt, Text::tr("The database file %1 is damaged.").arg(file), detail);
    case kCantOpen:
        return makeError(ErrorCode::Io,
                         Text::tr("Cannot open the database file %1: check that it exists and that you may read "
                                  "its folder.")
                             .arg(file),
                         detail);
    default:
        return std::nullopt;
    }
}

bool canWrite(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && !writable(info.absoluteFilePath())) {
        return false;
    }
    // SQLite creates its -wal and -shm files (and a new database) next to the file.
    return writable(info.absolutePath());
}

bool openedReadOnly(const Database &db)
{
    return db.dialect().backend() == SqlDialect::Backend::SQLite &&
           db.connection().connectionName().startsWith(kReadOnlyPrefix);
}

ReadOnlyTarget readOnlyTarget(const QString &path)
{
    const QFileInfo info(path);
    if (writable(info.absolutePath()) || QFileInfo::exists(path + QStringLiteral("-shm"))) {
        return {path, QStringLiteral("QSQLITE_OPEN_READONLY")};
    }
    // The only way SQLite reads a WAL database without its -shm file. Someone allowed to write the
    // folder could change the file meanwhile; this reader would then see the file as it was.
    QString uri = QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded);
    uri += QStringLiteral("?immutable=1");
    return {uri, QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI")};
}

} // namespace toasoan::sqliteerrors
