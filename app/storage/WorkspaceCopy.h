#pragma once

// `toasoan workspace copy`: a whole workspace from one database to another (an office's SQLite file to
// the shared PostgreSQL database, or back for a backup), table by table from the schema.

#include "app/core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace toasoan {

class Database;

namespace workspacecopy {

/// Rows of one table, counted on both sides after the copy (inside the copy's transactions).
struct TableCount
{
    QString table;
    qint64 source = 0;
    qint64 target = 0;
};

/// The tables the copy knows, in the order it writes them (a row's references come before it). Every
/// table of the schema is here: a migration that adds one must add it here too, or copy() refuses.
/// The full-text index tables of SQLite (FTS5) are not: they are rebuilt from search_docs by its triggers,
/// and PostgreSQL's tsvector columns are generated. On SQLite search_docs is a view over search_fields
/// (migration 24), which is copied through it.
const QStringList &knownTables();

/// The data tables of `db`'s schema (without SQLite's own and FTS5's tables), sorted.
Result<QStringList> schemaTables(const Database &db);

/// Copies every row of every table of `from` into `to`, ids included, in one transaction on `to` (nothing
/// stays of a failed copy) while reading `from` in one snapshot. Refuses (Conflict) a target that holds
/// any data, and (Invalid) a schema table the copy does not know or schemas that differ. On PostgreSQL
/// the id sequences are set past the copied ids. Secrets are not in the database, so none are copied.
/// Gives the counts it verified on both sides, per table, in copy order.
Result<QList<TableCount>> copy(Database &from, Database &to);

} // namespace workspacecopy
} // namespace toasoan
