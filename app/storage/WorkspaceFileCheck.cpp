#include "app/storage/WorkspaceFileCheck.h"

#include "app/storage/Database.h"
#include "app/storage/SqliteErrors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace toasoan::workspacefile {

Result<void> checkSqliteHeader(const QString &path)
{
    QFileInfo info(path);
    if (!info.exists() || info.size() == 0) {
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("toasoan::Database", "Cannot read the database file %1.")
                             .arg(QDir::toNativeSeparators(path)),
                         file.errorString());
    }
    const QByteArray header = file.read(16);
    if (header != QByteArray("SQLite format 3\0", 16)) {
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("toasoan::Database",
                                                     "The file %1 is not a ToaSoan database. It was left untouched.")
                             .arg(QDir::toNativeSeparators(path)),
                         QStringLiteral("missing SQLite header"));
    }
    return {};
}

Error foreignFile(const QString &path, const QString &detail)
{
    return makeError(
        ErrorCode::Corrupt,
        QCoreApplication::translate("toasoan::Database",
                                    "The file %1 is an SQLite database of another program. It was left untouched.")
            .arg(QDir::toNativeSeparators(path)),
        detail);
}

Error damagedFile(const QString &path, const QString &detail)
{
    return makeError(
        ErrorCode::Corrupt,
        QCoreApplication::translate("toasoan::Database",
                                    "The database %1 is damaged or is not a ToaSoan database. It was left untouched.")
            .arg(QDir::toNativeSeparators(path)),
        detail);
}

Error newerFile(const QString &path, int version, int latest)
{
    return makeError(ErrorCode::TooNew,
                     QCoreApplication::translate(
                         "toasoan::Database",
                         "The database %1 was written by a newer version of ToaSoan (schema %2; this version "
                         "understands up to %3). Please update ToaSoan. The file was left untouched.")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(version)
                         .arg(latest),
                     QStringLiteral("schema %1 > %2").arg(version).arg(latest));
}

Result<void> checkIdentity(const QString &path)
{
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0) {
        return {};
    }
    const QString name = QStringLiteral("toasoan-identity-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<void> verdict;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        const sqliteerrors::ReadOnlyTarget target = sqliteerrors::readOnlyTarget(path);
        db.setDatabaseName(target.databaseName);
        db.setConnectOptions(target.connectOptions);
        if (db.open()) {
            QSqlQuery q(db);
            bool readable = true;
            auto number = [&](const QString &sql) -> qint64 {
                if (!readable || !q.exec(sql) || !q.next()) {
                    readable = readable && !q.lastError().isValid();
                    return 0;
                }
                return q.value(0).toLongLong();
            };
            const qint64 applicationId = number(QStringLiteral("PRAGMA application_id"));
            const qint64 tables = number(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"));
            const bool versioned =
                number(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'schema_version'")) > 0;
            const int version = versioned ? int(number(QStringLiteral("SELECT max(version) FROM schema_version"))) : 0;
            const int nativeCode = q.lastError().nativeErrorCode().toInt() & 0xff;
            if (!readable && (nativeCode == 26 || nativeCode == 11)) { // SQLITE_NOTADB, SQLITE_CORRUPT
                verdict = damagedFile(path, q.lastError().text());
            } else if (!readable) {
                // Not known: the usual opening reports it.
            } else if (applicationId != 0 && applicationId != Database::kApplicationId) {
                verdict = foreignFile(path, QStringLiteral("application_id %1").arg(applicationId));
            } else if (tables > 0 && !versioned) {
                verdict = foreignFile(path, QStringLiteral("no schema_version table"));
            } else if (version > Database::latestSchemaVersion()) {
                verdict = newerFile(path, version, Database::latestSchemaVersion());
            }
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return verdict;
}

} // namespace toasoan::workspacefile
