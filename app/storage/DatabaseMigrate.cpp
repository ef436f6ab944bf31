#include "app/storage/Compaction.h"
#include "app/storage/Database.h"
#include "app/storage/Migrations.h"
#include "app/storage/SqliteErrors.h"
#include "app/storage/WorkspaceFileCheck.h"

#include <QCoreApplication>
#include <QDir>

// The migration runner: a new or older database brought to this version's schema in one
// transaction (on a shared database, under an advisory lock: two PCs may open it at once).

namespace toasoan {

int Database::latestSchemaVersion()
{
    return migrations().constLast().version;
}

int Database::schemaVersion() const
{
    auto query = exec(QStringLiteral("SELECT version FROM schema_version"));
    if (!query || !query->next()) {
        return 0;
    }
    return query->value(0).toInt();
}

Result<void> Database::migrate(const DatabaseOptions &options)
{
    if (!isShared()) {
        return migrateSteps(options);
    }
    // Two PCs opening a new office database at once: the second waits here, then finds it migrated.
    return transaction([&]() -> Result<void> {
        TOASOAN_CHECK(exec(QStringLiteral("SELECT pg_advisory_xact_lock(7235001301)")));
        return migrateSteps(options);
    });
}

Result<void> Database::migrateSteps(const DatabaseOptions &options)
{
    const int latest = latestSchemaVersion();
    const int target = options.targetVersion < 0 ? latest : options.targetVersion;

    const QString tablesSql = isShared()
                                  ? QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")
                                  : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'");
    auto tables = exec(tablesSql);
    if (!tables) {
        return makeError(
            ErrorCode::Corrupt,
            QCoreApplication::translate(
                "toasoan::Database", "The database %1 is damaged or is not a ToaSoan database. It was left untouched.")
                .arg(displayName()),
            tables.error().detail);
    }
    tables->next();
    const int tableCount = tables->value(0).toInt();
    tables->finish();

    const QString versionSql =
        isShared() ? QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND "
                                    "tablename = 'schema_version'")
                   : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'schema_version'");
    TOASOAN_TRY(hasVersion, exec(versionSql));
    hasVersion->next();
    const bool versioned = hasVersion->value(0).toInt() > 0;
    hasVersion->finish();
    if (!versioned && tableCount > 0) {
        if (!isShared()) {
            return workspacefile::foreignFile(m_path, QStringLiteral("no schema_version table"));
        }
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("toasoan::Database",
                                                     "The database %1 holds tables of another program: it is not a "
                                                     "ToaSoan database. It was left untouched.")
                             .arg(displayName()),
                         QStringLiteral("no schema_version table"));
    }

    const int current = versioned ? schemaVersion() : 0;
    m_openedAtVersion = current;
    if (current > latest) {
        if (!isShared()) {
            return workspacefile::newerFile(m_path, current, latest);
        }
        return makeError(
            ErrorCode::TooNew,
            QCoreApplication::translate("toasoan::Database",
                                        "The database %1 was updated by a newer version of ToaSoan (schema %2; "
                                        "this version understands up to %3). Please update ToaSoan on this "
                                        "computer. The database was left untouched.")
                .arg(displayName())
                .arg(current)
                .arg(latest),
            QStringLiteral("schema %1 > %2").arg(current).arg(latest));
    }
    if (current >= target) {
        return {};
    }
    if (m_connectionPrefix.startsWith(sqliteerrors::kReadOnlyPrefix)) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("toasoan::Database",
                                                     "The database %1 must be updated for this version of ToaSoan, "
                                                     "but it is read-only. It was left untouched.")
                             .arg(QDir::toNativeSeparators(m_path)),
                         QStringLiteral("schema %1 < %2, read-only").arg(current).arg(target));
    }

    QList<const Migration *> steps;
    for (const Migration &migration : migrations()) {
        if (migration.version > current && migration.version <= target) {
            steps.append(&migration);
        }
    }
    MigrationProgress progress;
    progress.total = int(steps.size());
    progress.fromVersion = current;
    if (options.onMigrationProgress) {
        auto space = compaction::space(*this);
        progress.databaseBytes = space ? space->bytes : 0;
    }
    const auto report = [&](int done) {
        if (!options.onMigrationProgress) {
            return;
        }
        progress.done = done;
        progress.version = done < progress.total ? steps.at(done)->version : 0;
        progress.description = done < progress.total ? migrationDescription(*steps.at(done)) : QString();
        options.onMigrationProgress(progress);
    };

    auto updated = transaction([&]() -> Result<void> {
        if (!versioned) {
            TOASOAN_CHECK(exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")));
            TOASOAN_CHECK(exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (0)")));
        }
        for (int done = 0; done < progress.total; ++done) {
            const Migration &migration = *steps.at(done);
            report(done);
            for (const QString &statement : migration.statements) {
                const QString sql = m_dialect.expand(statement);
                if (sql.isEmpty()) {
                    continue; // a statement of the other backend
                }
                if (auto r = exec(sql); !r) {
                    return makeError(
                        ErrorCode::Storage,
                        QCoreApplication::translate("toasoan::Database",
                                                    "Updating the database to schema %1 failed; nothing was changed.")
                            .arg(migration.version),
                        r.error().detail);
                }
            }
            TOASOAN_CHECK(exec(QStringLiteral("UPDATE schema_version SET version = ?"), {migration.version}));
        }
        return {};
    });
    if (!updated) {
        return updated.error();
    }
    report(progress.total);
    return {};
}

} // namespace toasoan
