#include "app/config/WorkspacePath.h"

#include "app/core/DatabaseLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace toasoan::config {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ToaSoan"));
    QCoreApplication::setApplicationName(QStringLiteral("toasoan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOASOAN_VERSION));
}

QString resolveDatabasePath(const QString &cliValue)
{
    // A PostgreSQL location is not a path: it stays as written.
    if (isPostgresLocation(cliValue)) {
        return cliValue.trimmed();
    }
    if (!cliValue.isEmpty()) {
        return QDir::cleanPath(QDir::current().absoluteFilePath(cliValue));
    }
    const QString fromEnv = qEnvironmentVariable("TOASOAN_DB");
    if (isPostgresLocation(fromEnv)) {
        return fromEnv.trimmed();
    }
    if (!fromEnv.isEmpty()) {
        return QDir::cleanPath(QDir::current().absoluteFilePath(fromEnv));
    }
    return defaultDatabasePath();
}

QString defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/toasoan.sqlite");
}

bool databaseNamedByUser(const QString &cliValue)
{
    return !cliValue.trimmed().isEmpty() || !qEnvironmentVariableIsEmpty("TOASOAN_DB");
}

} // namespace toasoan::config
