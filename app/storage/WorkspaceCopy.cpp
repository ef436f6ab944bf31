#include "app/storage/WorkspaceCopy.h"

#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QSet>

namespace toasoan::workspacecopy {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::WorkspaceCopy)
};

// Rows per INSERT: one statement per batch, not one round trip per row (the shared database is
// across the network), and far below both backends' limits on bound values.
constexpr int kBatchRows = 100;
// A batch also ends after this many bytes of values (images are stored in media).
constexpr qsizetype kBatchBytes = 4 * 1024 * 1024;

/// Tables whose rows may name a row of the same table that comes later in id order (a category moved
/// under a newer one): such a reference is written after the rows, by an UPDATE.
const QHash<QString, QString> &selfReferences()
{
    static const QHash<QString, QString> columns = {
        {QStringLiteral("categories"), QStringLiteral("parent_id")},
        {QStringLiteral("comments"), QStringLiteral("parent_id")},
    };
    return columns;
}

// The change counter row exists in every new database: it is replaced, last (on PostgreSQL the copy's
// own writes bump it once, at their first statement; the source's value then overwrites that).
const QString kSyncState = QStringLiteral("sync_state");

// Tables the migrations fill (the change counter, the example royalty scheme): a new database has their
// rows, which the copy replaces with the source's.
bool seededByMigrations(const QString &table)
{
    return table == kSyncState || table == QLatin1String("royalty_scheme") || table == QLatin1String("royalty_kinds");
}

Result<QStringList> columnsOf(const Database &db, const QString &table)
{
    // Generated columns (none today: search_docs' tsvectors before migration 16) are computed by the target.
    const QString sql = db.isShared() ? QStringLiteral("SELECT column_name FROM information_schema.columns WHERE "
                                                       "table_schema = current_schema() AND table_name = ? AND "
                                                       "is_generated = 'NEVER' ORDER BY ordinal_position")
                                      : QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid");
    TOASOAN_TRY(query, db.exec(sql, {table}));
    QStringList columns;
    while (query->next()) {
        columns.append(query->value(0).toString());
    }
    // The version of the transaction that last wrote a row (migration 18): the shared database stamps its
    // own, a file keeps 0; a copy is a new history.
    columns.removeAll(QStringLiteral("row_version"));
    return columns;
}

Result<qint64> count(const Database &db, const QString &table)
{
    TOASOAN_TRY(n, db.value(QStringLiteral("SELECT count(*) FROM ") + table));
    return n->toLongLong();
}

qsizetype sizeOf(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(value.constData())->size() * 2;
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(value.constData())->size();
    default:
        return 8;
    }
}

/// Rows for one table of the target, written kBatchRows at a time.
class BatchWriter
{
public:
    BatchWriter(Database &db, const QString &table, const QStringList &columns)
        : m_db(db), m_head(QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") +
                           columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES ")),
          m_row(QLatin1Char('(') + QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")) +
                QLatin1Char(')'))
    {
    }

    Result<void> add(QVariantList row)
    {
        for (const QVariant &value : std::as_const(row)) {
            m_bytes += sizeOf(value);
        }
        m_values.append(std::move(row));
        ++m_rows;
        return m_rows >= kBatchRows || m_bytes >= kBatchBytes ? flush() : Result<void>();
    }

    Result<void> flush()
    {
        if (m_rows == 0) {
            return {};
        }
        QString sql = m_head;
        sql.reserve(m_head.size() + m_rows * (m_row.size() + 2));
        for (int i = 0; i < m_rows; ++i) {
            if (i > 0) {
                sql += QStringLiteral(", ");
            }
            sql += m_row;
        }
        auto done = m_db.exec(sql, m_values);
        m_values.clear();
        m_rows = 0;
        m_bytes = 0;
        return done ? Result<void>() : Result<void>(done.error());
    }

private:
    Database &m_db;
    QString m_head;
    QString m_row;
    QVariantList m_values;
    int m_rows = 0;
    qsizetype m_bytes = 0;
};

/// Copies the rows of `table` (the columns both schemas have, which must be the same); gives whether
/// the table has an id column.
Result<bool> copyTable(const Database &from, Database &to, const QString &table)
{
    TOASOAN_TRY(columns, columnsOf(from, table));
    TOASOAN_TRY(targetColumns, columnsOf(to, table));
    if (QSet<QString>(columns->cbegin(), columns->cend()) !=
        QSet<QString>(targetColumns->cbegin(), targetColumns->cend())) {
        return makeError(ErrorCode::Invalid,
                         Text::tr("The two databases do not have the same table %1. Nothing was copied.").arg(table),
                         columns->join(QLatin1Char(',')) + QStringLiteral(" / ") +
                             targetColumns->join(QLatin1Char(',')));
    }
    const bool hasId = columns->contains(QStringLiteral("id"));
    const QString selfReference = selfReferences().value(table);
    const qsizetype selfColumn = selfReference.isEmpty() ? -1 : columns->indexOf(selfReference);
    TOASOAN_TRY(rows,
                from.exec(QStringLiteral("SELECT ") + columns->join(QStringLiteral(", ")) + QStringLiteral(" FROM ") +
                          table + (hasId ? QStringLiteral(" ORDER BY id") : QString())));
    BatchWriter writer(to, table, *columns);
    QSet<qint64> written;
    QList<std::pair<qint64, qint64>> laterReferences; // (id, referenced id)
    const qsizetype idColumn = columns->indexOf(QStringLiteral("id"));
    while (rows->next()) {
        QVariantList row;
        row.reserve(columns->size());
        for (int i = 0; i < columns->size(); ++i) {
            // NULL as an invalid QVariant: Database binds a null QString as an empty text.
            row.append(rows->isNull(i) ? QVariant() : rows->value(i));
        }
        if (selfColumn >= 0 && idColumn >= 0) {
            const qint64 id = row.at(idColumn).toLongLong();
            if (row.at(selfColumn).isValid() && !written.contains(row.at(selfColumn).toLongLong())) {
                laterReferences.append({id, row.at(selfColumn).toLongLong()});
                row[selfColumn] = QVariant();
            }
            written.insert(id);
        }
        TOASOAN_CHECK(writer.add(std::move(row)));
    }
    TOASOAN_CHECK(writer.flush());
    for (const auto &[id, referenced] : std::as_const(laterReferences)) {
        TOASOAN_CHECK(to.exec(QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ") + selfReference +
                                  QStringLiteral(" = ? WHERE id = ?"),
                              {referenced, id}));
    }
    return hasId;
}

/// On PostgreSQL, the table's id sequence continues after the copied ids (and after the source's own
/// sequence, so that an id handed out there and rolled back is not handed out again).
Result<void> continueSequence(const Database &from, Database &to, const QString &table)
{
    TOASOAN_TRY(sequence, to.value(QStringLiteral("SELECT pg_get_serial_sequence(?, 'id')"), {QString(table)}));
    if (sequence->isNull() || sequence->toString().isEmpty()) {
        return {};
    }
    TOASOAN_TRY(maxId, to.value(QStringLiteral("SELECT COALESCE(max(id), 0) FROM ") + table));
    qint64 last = maxId->toLongLong();
    if (from.isShared()) {
        TOASOAN_TRY(sourceSequence,
                    from.value(QStringLiteral("SELECT pg_get_serial_sequence(?, 'id')"), {QString(table)}));
        if (!sourceSequence->isNull() && !sourceSequence->toString().isEmpty()) {
            TOASOAN_TRY(used,
                        from.exec(QStringLiteral("SELECT last_value, is_called FROM ") + sourceSequence->toString()));
            if (used->next() && used->value(1).toBool()) {
                last = qMax(last, used->value(0).toLongLong());
            }
        }
    }
    if (last > 0) {
        TOASOAN_CHECK(to.exec(QStringLiteral("SELECT setval(CAST(? AS regclass), ?, true)"), {*sequence, last}));
    }
    return {};
}

} // namespace

const QStringList &knownTables()
{
    static const QStringList tables = {
        QStringLiteral("users"),
        QStringLiteral("categories"),
        QStringLiteral("tags"),
        QStringLiteral("media"),
        QStringLiteral("articles"),
        QStringLiteral("article_tags"),
        QStringLiteral("revisions"),
        QStringLiteral("events"),
        QStringLiteral("comments"),
        QStringLiteral("recoveries"),
        QStringLiteral("sites"),
        QStringLiteral("article_publications"),
        QStringLiteral("settings"),
        QStringLiteral("outbox_jobs"),
        QStringLiteral("remote_media"),
        QStringLiteral("remote_categories"),
        QStringLiteral("category_map"),
        QStringLiteral("remote_tags"),
        QStringLiteral("edit_locks"),
        QStringLiteral("login_attempts"),
        QStringLiteral("search_docs"),
        QStringLiteral("spell_words"),
        QStringLiteral("search_backlog"),
        QStringLiteral("article_counts"),
        QStringLiteral("royalty_scheme"),
        QStringLiteral("royalty_kinds"),
        QStringLiteral("article_royalties"),
        QStringLiteral("royalty_months"),
        kSyncState,
    };
    return tables;
}

Result<QStringList> schemaTables(const Database &db)
{
    QStringList tables;
    if (db.isShared()) {
        TOASOAN_TRY(query, db.exec(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                                  "table_schema = current_schema() AND table_type = 'BASE TABLE'")));
        while (query->next()) {
            tables.append(query->value(0).toString());
        }
        // search_docs' tsvectors (migration 16): computed from search_docs by the target's trigger.
        tables.removeAll(QStringLiteral("search_vectors"));
    } else {
        TOASOAN_TRY(query, db.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND "
                                                  "name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")));
        QStringList virtualTables;
        while (query->next()) {
            tables.append(query->value(0).toString());
            if (query->value(1).toString().startsWith(QLatin1String("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive)) {
                virtualTables.append(query->value(0).toString());
            }
        }
        // FTS5 tables and their shadow tables (search_fold_data…): derived from search_docs.
        tables.removeIf([&](const QString &table) {
            for (const QString &fts : std::as_const(virtualTables)) {
                if (table == fts || table.startsWith(fts + QLatin1Char('_'))) {
                    return true;
                }
            }
            return false;
        });
        // The stored part of search_docs (migration 24), a view since: copied through it, which gives every
        // body's text.
        if (tables.removeAll(QStringLiteral("search_fields")) > 0) {
            tables.append(QStringLiteral("search_docs"));
        }
    }
    tables.removeAll(QStringLiteral("schema_version")); // the schema's own: equal on both sides
    // Where this database stands with the offline copies (migration 18): the shared database's tombstones
    // and pushed changes, a working copy's sync state, queue, bases and id map. They describe one database's
    // own history and are never copied (each exists on one backend only).
    for (const char *own :
         {"tombstones", "applied_ops", "sync_meta", "pending_ops", "article_bases", "server_ids", "local_opens"}) {
        tables.removeAll(QLatin1String(own));
    }
    tables.sort();
    return tables;
}

Result<QList<TableCount>> copy(Database &from, Database &to)
{
    if (from.schemaVersion() != to.schemaVersion()) {
        return makeError(ErrorCode::Invalid,
                         Text::tr("The two databases have different schema versions (%1 and %2). Nothing was copied.")
                             .arg(from.schemaVersion())
                             .arg(to.schemaVersion()));
    }
    for (const Database *db : {&from, &to}) {
        TOASOAN_TRY(tables, schemaTables(*db));
        for (const QString &table : std::as_const(*tables)) {
            if (!knownTables().contains(table)) {
                return makeError(ErrorCode::Invalid,
                                 Text::tr("The database %1 has a table this version of ToaSoan cannot copy: %2. "
                                          "Nothing was copied.")
                                     .arg(db->displayName(), table));
            }
        }
    }
    QList<TableCount> counts;
    auto done = from.transaction([&]() -> Result<void> {
        if (from.isShared()) {
            // Every table read from one snapshot, as of the copy's start.
            TOASOAN_CHECK(from.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")));
        }
        return to.transaction([&]() -> Result<void> {
            for (const QString &table : knownTables()) {
                if (seededByMigrations(table)) {
                    continue;
                }
                TOASOAN_TRY(any, to.value(QStringLiteral("SELECT 1 FROM ") + table + QStringLiteral(" LIMIT 1")));
                if (any->isValid()) {
                    return makeError(ErrorCode::Conflict,
                                     Text::tr("The database %1 is not empty (its table %2 has rows): a workspace is "
                                              "only copied into an empty database. Nothing was copied.")
                                         .arg(to.displayName(), table));
                }
            }
            for (const QString &table : knownTables()) {
                if (seededByMigrations(table)) {
                    TOASOAN_CHECK(to.exec(QStringLiteral("DELETE FROM ") + table));
                }
                TOASOAN_TRY(hasId, copyTable(from, to, table));
                if (*hasId && to.isShared()) {
                    TOASOAN_CHECK(continueSequence(from, to, table));
                }
                TOASOAN_TRY(source, count(from, table));
                TOASOAN_TRY(target, count(to, table));
                if (*source != *target) {
                    return makeError(ErrorCode::Storage,
                                     Text::tr("The copy of the table %1 has %2 rows instead of %3. Nothing was copied.")
                                         .arg(table)
                                         .arg(*target)
                                         .arg(*source));
                }
                counts.append({table, *source, *target});
            }
            return {};
        });
    });
    if (!done) {
        return done.error();
    }
    return counts;
}

} // namespace toasoan::workspacecopy
