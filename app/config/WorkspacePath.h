#pragma once

#include <QString>

namespace toasoan::config {

/// Sets organizationName "ToaSoan" and applicationName "toasoan" (and the version) on the
/// running QCoreApplication; both faces call it first so QStandardPaths agree.
void setApplicationIdentity();

/// The workspace file to open: `cliValue` (--database) when given, else env TOASOAN_DB, else
/// QStandardPaths::AppDataLocation + "/toasoan.sqlite". Call after setApplicationIdentity().
QString resolveDatabasePath(const QString &cliValue);

} // namespace toasoan::config
