#pragma once

#include <QStringList>

// The statements of the migrations that build triggers table by table (see Migrations.cpp).
namespace toasoan::migrationtriggers {

/// Migration 18: row versions, tombstones and the working copy's tables (issue 14).
QStringList rowVersions();
/// Migration 23: the bulk tables' foreign keys checked per statement on PostgreSQL (issue 13).
QStringList statementForeignKeys();

} // namespace toasoan::migrationtriggers
