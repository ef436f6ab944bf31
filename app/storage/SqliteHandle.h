#pragma once

#include "app/core/Result.h"

#include <QSqlDatabase>

struct sqlite3;

namespace toasoan {

/// The SQLite connection behind a Qt connection, or nullptr (another driver, or closed). Qt's
/// SQLite driver on Debian uses the system libsqlite3, the one the core links: one copy in the
/// process, so the handle can be used with its functions directly.
sqlite3 *sqliteHandle(const QSqlDatabase &connection);

/// Checks that the SQLite library behind Qt's driver (its `sqlite_source_id()`, given) is the one
/// the core links: handing a connection from one copy to another's functions would corrupt it.
Result<void> checkSameSqlite(const QString &driverSourceId);

/// The same check for an open connection; run once per process, when the first connection opens.
Result<void> checkSameSqlite(const QSqlDatabase &connection);

} // namespace toasoan
