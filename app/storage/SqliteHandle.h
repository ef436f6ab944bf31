#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace toasoan {

/// The SQLite connection behind a Qt connection, or nullptr (another driver, or closed). Qt's
/// SQLite driver on Debian uses the system libsqlite3, the one the core links: one copy in the
/// process, so the handle can be used with its functions directly.
sqlite3 *sqliteHandle(const QSqlDatabase &connection);

} // namespace toasoan
