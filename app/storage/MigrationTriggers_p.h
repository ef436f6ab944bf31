#pragma once

#include <QStringList>

// The statements of the migrations that build triggers table by table (see Migrations.cpp).
namespace toasoan::migrationtriggers {

/// Migration 18: row versions, tombstones and the working copy's tables (issue 14).
QStringList rowVersions();
/// Migration 23: the bulk tables' foreign keys checked per statement on PostgreSQL (issue 13).
QStringList statementForeignKeys();
/// Migration 24: the search documents keep no copy of the body's text on SQLite (issue 17).
QStringList searchBodiesByReference();

} // namespace toasoan::migrationtriggers
