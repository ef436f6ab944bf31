#pragma once

#include "app/core/Result.h"

#include <QString>
#include <optional>

class QSqlError;

namespace toasoan {
class Database;
}

namespace toasoan::sqliteerrors {

/// SQLite's primary result codes that have a message of their own.
enum : int
{
    kBusy = 5,
    kLocked = 6,
    kReadOnly = 8,
    kIoErr = 10,
    kCorrupt = 11,
    kFull = 13,
    kCantOpen = 14,
    kNotADb = 26,
};

/// The primary SQLite result code of a failed request (0 when the driver gave none).
int resultCode(const QSqlError &error);

/// A translated error for a failed request on the database at `path`, chosen by SQLite's result
/// code (READONLY, FULL, IOERR, BUSY/LOCKED, CORRUPT/NOTADB, CANTOPEN); nullopt for other codes.
std::optional<Error> errorFor(const QSqlError &error, const QString &path);

/// False when this process cannot write the database at `path`: the file or its folder is
/// read-only (permissions, a read-only medium).
bool canWrite(const QString &path);

/// True when `db` was opened for reading only because its file, folder or disk is read-only:
/// reads work, writes fail with the read-only message.
bool openedReadOnly(const Database &db);

/// The connection names of a database opened read-only start with this.
inline const QString kReadOnlyPrefix = QStringLiteral("toasoan-ro-");

/// How to open `path` for reading only: the database name and the driver's connect options.
struct ReadOnlyTarget
{
    QString databaseName;
    QString connectOptions;
};

/// The read-only way to open `path`. A WAL database needs its -shm file even to be read; in a folder
/// where it cannot be created (and does not exist) the file is opened as immutable instead.
ReadOnlyTarget readOnlyTarget(const QString &path);

} // namespace toasoan::sqliteerrors
