#pragma once

#include <QString>

namespace toasoan::config {

/// Sets organizationName "ToaSoan" and applicationName "toasoan" (and the version) on the
/// running QCoreApplication; both faces call it first so QStandardPaths agree.
void setApplicationIdentity();

/// The workspace to open: `cliValue` (--database) when given, else env TOASOAN_DB, else
/// QStandardPaths::AppDataLocation + "/toasoan.sqlite". A PostgreSQL location (URI or conninfo) is
/// kept as written, a file path made absolute. Call after setApplicationIdentity().
QString resolveDatabasePath(const QString &cliValue);

/// QStandardPaths::AppDataLocation + "/toasoan.sqlite": the workspace of "Chỉ máy này".
QString defaultDatabasePath();

/// True when --database (`cliValue`) or TOASOAN_DB names the workspace.
bool databaseNamedByUser(const QString &cliValue);

} // namespace toasoan::config
