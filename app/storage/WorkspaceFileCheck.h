#pragma once

#include "app/core/Result.h"

#include <QString>

namespace toasoan::workspacefile {

// What an SQLite file must be before ToaSoan opens it as a workspace, and the errors that say what
// it is instead (Database's opening and its migration runner).

/// An existing, non-empty file that does not start with SQLite's header is refused.
Result<void> checkSqliteHeader(const QString &path);
/// Refuses an existing file that is not a ToaSoan workspace this version can open, reading it
/// read-only: the connection that writes switches the file to WAL first, which changes its header,
/// so a refused file must never reach it. A file that cannot be read here (locked, say) passes on
/// to the usual opening, which reports what is wrong.
Result<void> checkIdentity(const QString &path);

Error foreignFile(const QString &path, const QString &detail);
Error damagedFile(const QString &path, const QString &detail);
Error newerFile(const QString &path, int version, int latest);

} // namespace toasoan::workspacefile
