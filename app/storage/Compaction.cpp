#include "app/storage/Compaction.h"

#include "app/storage/Database.h"

namespace toasoan::compaction {

namespace {

class Text final
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::compaction)
};

Result<qint64> pragma(const Database &db, const char *name)
{
    TOASOAN_TRY(value, db.value(QStringLiteral("PRAGMA ") + QLatin1String(name)));
    return value->toLongLong();
}

} // namespace

Result<Space> space(const Database &db)
{
    Space space;
    if (db.isShared()) {
        TOASOAN_TRY(bytes, db.value(QStringLiteral("SELECT pg_database_size(current_database())")));
        space.bytes = bytes->toLongLong();
        return space;
    }
    TOASOAN_TRY(pageSize, pragma(db, "page_size"));
    TOASOAN_TRY(pages, pragma(db, "page_count"));
    TOASOAN_TRY(freePages, pragma(db, "freelist_count"));
    space.bytes = *pages * *pageSize;
    space.freeBytes = *freePages * *pageSize;
    return space;
}

Result<Space> compact(Database &db)
{
    if (db.isShared()) {
        return makeError(ErrorCode::Invalid,
                         Text::tr("The office's PostgreSQL server reuses free space by itself (autovacuum): ToaSoan "
                                  "does not compact the shared database."));
    }
    if (db.inTransaction()) {
        return makeError(ErrorCode::Invalid, Text::tr("The workspace cannot be compacted during a change."),
                         QStringLiteral("VACUUM inside a transaction"));
    }
    if (auto vacuum = db.exec(QStringLiteral("VACUUM")); !vacuum) {
        return Database::storageError(Text::tr("The workspace %1 could not be compacted.").arg(db.displayName()),
                                      vacuum.error().detail);
    }
    // VACUUM wrote the new pages through the log: the file shrinks when they are copied back.
    (void)db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return space(db);
}

} // namespace toasoan::compaction
