#pragma once

#include "app/core/Result.h"

#include <QCoreApplication>

namespace toasoan {
class Database;
}

namespace toasoan::compaction {

/// A database's size and what compacting it would give back.
struct Space
{
    qint64 bytes = 0;     ///< SQLite: the pages of the file; PostgreSQL: pg_database_size()
    qint64 freeBytes = 0; ///< SQLite: its free pages (PRAGMA freelist_count); PostgreSQL: 0
};

/// From this size on, a window shows a schema update's progress at once and asks before compacting;
/// a smaller workspace is compacted without asking (it takes a moment).
constexpr qint64 kLargeDatabaseBytes = qint64(64) << 20;

/// The database's size and its free space, as compact() would give it back. Pages freed by a schema
/// update that dropped or rewrote tables (Migration::freesSpace) stay in an SQLite file, unused, until
/// it is compacted.
Result<Space> space(const Database &db);

/// Compacts an SQLite workspace (VACUUM, then the write-ahead log copied back and emptied): the file
/// shrinks by its free pages. Takes about as long as copying the file; other connections wait. Refused
/// (Invalid) on the shared PostgreSQL database, whose autovacuum reuses space by itself (a VACUUM FULL
/// would lock every PC out). Returns the space after.
Result<Space> compact(Database &db);

} // namespace toasoan::compaction
