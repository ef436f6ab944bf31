// toasoan compact; the schema update's lines on stderr (SchemaUpdateLines).
#include "app/cli/DatabaseUpkeep.h"

#include "app/cli/Commands.h"
#include "app/storage/Compaction.h"
#include "app/storage/Migrations.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace toasoan::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::cli)
};

// A step that starts this late into the update makes it a long one.
constexpr qint64 kLongUpdateMs = 1000;

QString bytes(qint64 count)
{
    return QLocale().formattedDataSize(count);
}

int compactWorkspace(CommandContext &context)
{
    Database &db = context.database();
    auto before = compaction::space(db);
    if (!before) {
        return context.fail(before.error());
    }
    auto after = compaction::compact(db);
    if (!after) {
        return context.fail(after.error());
    }
    context.out() << Text::tr("Compacted %1: %2 before, %3 now (%4 given back).")
                         .arg(db.displayName(), bytes(before->bytes), bytes(after->bytes),
                              bytes(std::max<qint64>(0, before->bytes - after->bytes)))
                  << Qt::endl;
    return ExitOk;
}

} // namespace

DatabaseOptions SchemaUpdateLines::options()
{
    DatabaseOptions options;
    options.onMigrationProgress = [this](const MigrationProgress &progress) { report(progress); };
    return options;
}

void SchemaUpdateLines::report(const MigrationProgress &progress)
{
    if (progress.fromVersion == 0) {
        return; // a new workspace: its schema is created, nothing is converted
    }
    if (progress.done == 0) {
        m_clock.start();
    }
    if (progress.done == progress.total) {
        if (m_printed) {
            m_err << Text::tr("The database is up to date (schema %1, %2 s).")
                         .arg(Database::latestSchemaVersion())
                         .arg(QLocale().toString(double(m_clock.elapsed()) / 1000.0, 'f', 1))
                  << Qt::endl;
        }
        return;
    }
    if (!m_printed && !m_verbose && progress.databaseBytes < compaction::kLargeDatabaseBytes &&
        m_clock.elapsed() < kLongUpdateMs) {
        return;
    }
    if (!m_printed) {
        m_err << Text::tr("Updating the database (%1) from schema %2 to %3; it may take a while. Do not stop "
                          "ToaSoan.")
                     .arg(bytes(progress.databaseBytes))
                     .arg(progress.fromVersion)
                     .arg(Database::latestSchemaVersion())
              << Qt::endl;
        m_printed = true;
    }
    m_err << Text::tr("Step %1 of %2: %3…").arg(progress.done + 1).arg(progress.total).arg(progress.description)
          << Qt::endl;
}

void SchemaUpdateLines::finish(const Database &db)
{
    if (!m_printed || db.isShared() || !migrationsFreeSpace(db.openedAtVersion(), db.schemaVersion())) {
        return;
    }
    if (auto space = compaction::space(db); space && space->freeBytes > 0) {
        m_err << Text::tr("The update left %1 unused in the file; \"toasoan compact\" gives it back.")
                     .arg(bytes(space->freeBytes))
              << Qt::endl;
    }
}

Command compactCommand()
{
    return Command{
        "compact",
        "",
        QT_TRANSLATE_NOOP("toasoan::cli",
                          "Compact an SQLite workspace: the space freed by deleted articles and by schema updates "
                          "is given back to the disk (VACUUM). It changes nothing in the workspace, takes about as "
                          "long as copying the file, and other programs using the workspace wait meanwhile. The "
                          "office's shared PostgreSQL database reuses its free space by itself."),
        {},
        0,
        0,
        true,
        &compactWorkspace,
    };
}

} // namespace toasoan::cli
