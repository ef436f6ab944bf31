#include "app/sync/SyncEngine.h"

#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace toasoan::sync {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::SyncEngine)
};

/// A table of the copy as the pull writes it (from SQLite's own description of the schema).
struct TableInfo
{
    QStringList columns;
    QStringList keys;                   ///< the primary key's columns
    QHash<QString, QString> references; ///< column → the table its foreign key names
    qsizetype idColumn = -1;
    bool hasUuid = false;
};

Result<TableInfo> describe(Database &copy, const QString &table)
{
    TableInfo info;
    TOASOAN_TRY(columns, copy.exec(QStringLiteral("SELECT name, pk FROM pragma_table_info(?) ORDER BY cid"), {table}));
    while (columns->next()) {
        const QString name = columns->value(0).toString();
        info.columns.append(name);
        if (columns->value(1).toInt() > 0) {
            info.keys.append(name);
        }
    }
    info.idColumn = info.columns.indexOf(QStringLiteral("id"));
    info.hasUuid = info.columns.contains(QStringLiteral("uuid"));
    TOASOAN_TRY(keys, copy.exec(QStringLiteral("SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?)"), {table}));
    while (keys->next()) {
        info.references.insert(keys->value(0).toString(), keys->value(1).toString());
    }
    return info;
}

/// Writes server rows and tombstones into the copy, translating ids through server_ids.
class Applier
{
public:
    explicit Applier(Database &copy) : m_copy(copy) {}

    Result<const TableInfo *> info(const QString &table)
    {
        if (!m_tables.contains(table)) {
            TOASOAN_TRY(described, describe(m_copy, table));
            m_tables.insert(table, *described);
        }
        return &m_tables[table];
    }

    Result<std::optional<qint64>> localId(const QString &table, qint64 serverId)
    {
        TOASOAN_TRY(found, m_copy.value(QStringLiteral("SELECT local_id FROM server_ids WHERE table_name = ? AND "
                                                       "server_id = ?"),
                                        {table, serverId}));
        if (!found->isValid()) {
            return std::optional<qint64>();
        }
        return std::optional<qint64>(found->toLongLong());
    }

    /// One server row (values in the order of info(table)->columns).
    Result<void> applyRow(const QString &table, QVariantList values)
    {
        TOASOAN_TRY(described, info(table));
        const TableInfo &t = **described;
        qint64 serverId = t.idColumn >= 0 ? values.at(t.idColumn).toLongLong() : 0;
        for (auto it = t.references.cbegin(); it != t.references.cend(); ++it) {
            const qsizetype column = t.columns.indexOf(it.key());
            if (column < 0 || !values.at(column).isValid()) {
                continue;
            }
            TOASOAN_TRY(mapped, localId(it.value(), values.at(column).toLongLong()));
            if (mapped->has_value()) {
                values[column] = **mapped;
            } else if (it.value() == table) {
                // A parent later in this pull: written once the table is done.
                m_later.append({table, it.key(), serverId, values.at(column).toLongLong()});
                values[column] = QVariant();
            } else {
                return makeError(ErrorCode::Storage,
                                 Text::tr("The working copy could not take a change from the server."),
                                 QStringLiteral("%1.%2 names %3 %4, not in the copy")
                                     .arg(table, it.key(), it.value())
                                     .arg(values.at(column).toLongLong()));
            }
        }
        if (t.idColumn < 0) {
            return upsert(table, t, values);
        }
        TOASOAN_TRY(mapped, localId(table, serverId));
        std::optional<qint64> local = *mapped;
        if (!local && t.hasUuid && values.at(t.columns.indexOf(QStringLiteral("uuid"))).isValid()) {
            TOASOAN_TRY(byUuid,
                        m_copy.value(QStringLiteral("SELECT id FROM ") + table + QStringLiteral(" WHERE uuid = ?"),
                                     {values.at(t.columns.indexOf(QStringLiteral("uuid")))}));
            if (byUuid->isValid()) {
                local = byUuid->toLongLong();
            }
        }
        if (!local && table == QLatin1String("tags")) {
            // A tag made here offline, back from the server under its id: the same name.
            TOASOAN_TRY(byName,
                        m_copy.value(QStringLiteral("SELECT id FROM tags WHERE name = ? AND NOT EXISTS (SELECT 1 FROM "
                                                    "server_ids s WHERE s.table_name = 'tags' AND s.local_id = "
                                                    "tags.id)"),
                                     {values.at(t.columns.indexOf(QStringLiteral("name")))}));
            if (byName->isValid()) {
                local = byName->toLongLong();
            }
        }
        bool inserted = false;
        if (local && table == QLatin1String("articles")) {
            TOASOAN_CHECK(replaceLocalHistory(*local, values.at(t.columns.indexOf(QStringLiteral("uuid")))));
        }
        if (local) {
            QStringList sets;
            QVariantList bound;
            for (qsizetype i = 0; i < t.columns.size(); ++i) {
                if (i != t.idColumn) {
                    sets.append(t.columns.at(i) + QStringLiteral(" = ?"));
                    bound.append(values.at(i));
                }
            }
            bound.append(*local);
            TOASOAN_CHECK(m_copy.exec(QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ") +
                                          sets.join(QStringLiteral(", ")) + QStringLiteral(" WHERE id = ?"),
                                      bound));
        } else {
            TOASOAN_TRY(taken, m_copy.value(QStringLiteral("SELECT 1 FROM ") + table + QStringLiteral(" WHERE id = ?"),
                                            {serverId}));
            QStringList columns = t.columns;
            QVariantList bound = values;
            if (taken->isValid()) { // the copy gave this id to a row of its own: a new one here
                columns.removeAt(t.idColumn);
                bound.removeAt(t.idColumn);
            }
            TOASOAN_TRY(id,
                        m_copy.insert(QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") +
                                          columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (") +
                                          QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")) +
                                          QStringLiteral(") RETURNING id"),
                                      bound));
            local = *id;
            inserted = true;
        }
        TOASOAN_CHECK(m_copy.exec(QStringLiteral("INSERT OR REPLACE INTO server_ids (table_name, server_id, local_id) "
                                                 "VALUES (?, ?, ?)"),
                                  {table, serverId, *local}));
        if (table == QLatin1String("articles")) {
            if (inserted) {
                // ArticleRepository counts the articles it creates (the triggers count changes only).
                const QVariant state = values.at(t.columns.indexOf(QStringLiteral("state")));
                const bool trashed = values.at(t.columns.indexOf(QStringLiteral("deleted_at"))).isValid();
                TOASOAN_CHECK(
                    m_copy.exec(QStringLiteral("INSERT INTO article_counts (state, trashed, n) VALUES (?, ?, 1) "
                                               "ON CONFLICT (state, trashed) DO UPDATE SET n = article_counts.n + 1"),
                                {state, trashed ? 1 : 0}));
            }
            TOASOAN_CHECK(toSearchBacklog(*local));
        }
        return {};
    }

    /// The server's version of an article this copy holds replaces what was written here (pushed by now: a
    /// pull waits for the queue to be empty): the revisions and log lines made here, which the server has
    /// under its own ids and numbers, and the base of the edits made here.
    Result<void> replaceLocalHistory(qint64 localId, const QVariant &uuid)
    {
        for (const char *table : {"revisions", "events"}) {
            TOASOAN_CHECK(m_copy.exec(QStringLiteral("DELETE FROM %1 WHERE article_id = ? AND NOT EXISTS (SELECT 1 "
                                                     "FROM server_ids s WHERE s.table_name = '%1' AND s.local_id = "
                                                     "%1.id)")
                                          .arg(QLatin1String(table)),
                                      {localId}));
        }
        return m_copy.exec(QStringLiteral("DELETE FROM article_bases WHERE article_uuid = ?"), {uuid}).discard();
    }

    /// One tombstone: the row named by `key` (its id, uuid or natural key, as the server's trigger wrote it).
    Result<bool> applyTombstone(const QString &table, const QJsonObject &key)
    {
        TOASOAN_TRY(described, info(table));
        const TableInfo &t = **described;
        if (t.idColumn >= 0) {
            const qint64 serverId = key.value(QStringLiteral("id")).toInteger();
            TOASOAN_TRY(mapped, localId(table, serverId));
            std::optional<qint64> local = *mapped;
            if (!local && key.contains(QStringLiteral("uuid"))) {
                TOASOAN_TRY(byUuid,
                            m_copy.value(QStringLiteral("SELECT id FROM ") + table + QStringLiteral(" WHERE uuid = ?"),
                                         {key.value(QStringLiteral("uuid")).toString()}));
                if (byUuid->isValid()) {
                    local = byUuid->toLongLong();
                }
            }
            TOASOAN_CHECK(m_copy.exec(QStringLiteral("DELETE FROM server_ids WHERE table_name = ? AND server_id = ?"),
                                      {table, serverId}));
            if (!local) {
                return false;
            }
            // Rows naming it without ON DELETE CASCADE / SET NULL: the server changed them before it could delete
            // it (its foreign keys allow nothing else), so this pull brings them again; until then they let go.
            static const QHash<QString, QString> letGo = {
                {QStringLiteral("tags"), QStringLiteral("DELETE FROM article_tags WHERE tag_id = ?")},
                {QStringLiteral("comments"),
                 QStringLiteral("UPDATE comments SET parent_id = NULL WHERE parent_id = ?")},
                {QStringLiteral("media"),
                 QStringLiteral("UPDATE articles SET featured_media_id = NULL WHERE featured_media_id = ?")},
            };
            if (const auto release = letGo.constFind(table); release != letGo.constEnd()) {
                TOASOAN_CHECK(m_copy.exec(*release, {*local}));
            }
            TOASOAN_TRY(
                gone, m_copy.exec(QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE id = ?"), {*local}));
            return gone->numRowsAffected() > 0;
        }
        QStringList where;
        QVariantList bound;
        for (const QString &column : t.keys) {
            const QJsonValue value = key.value(column);
            QVariant local = value.isString() ? QVariant(value.toString()) : QVariant(value.toInteger());
            if (t.references.contains(column)) {
                TOASOAN_TRY(mapped, localId(t.references.value(column), value.toInteger()));
                if (!mapped->has_value()) {
                    return false; // never in this copy
                }
                local = **mapped;
            }
            where.append(column + QStringLiteral(" = ?"));
            bound.append(local);
        }
        TOASOAN_TRY(gone, m_copy.exec(QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE ") +
                                          where.join(QStringLiteral(" AND ")),
                                      bound));
        return gone->numRowsAffected() > 0;
    }

    /// The parents that came after their children in `table`.
    Result<void> finishTable(const QString &table)
    {
        const QList<Later> later = std::exchange(m_later, {});
        for (const Later &l : later) {
            if (l.table != table) {
                continue;
            }
            TOASOAN_TRY(child, localId(table, l.serverId));
            TOASOAN_TRY(parent, localId(table, l.parentServerId));
            if (child->has_value() && parent->has_value()) {
                TOASOAN_CHECK(m_copy.exec(QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ") + l.column +
                                              QStringLiteral(" = ? WHERE id = ?"),
                                          {**parent, **child}));
            }
        }
        return {};
    }

    bool hasLater() const { return !m_later.isEmpty(); }

private:
    struct Later
    {
        QString table;
        QString column;
        qint64 serverId;
        qint64 parentServerId;
    };

    Result<void> upsert(const QString &table, const TableInfo &t, const QVariantList &values)
    {
        QStringList sets;
        for (const QString &column : t.columns) {
            if (!t.keys.contains(column)) {
                sets.append(column + QStringLiteral(" = excluded.") + column);
            }
        }
        TOASOAN_CHECK(m_copy.exec(
            QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + t.columns.join(QStringLiteral(", ")) +
                QStringLiteral(") VALUES (") +
                QStringList(t.columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")) +
                QStringLiteral(") ON CONFLICT (") + t.keys.join(QStringLiteral(", ")) + QStringLiteral(") DO ") +
                (sets.isEmpty() ? QStringLiteral("NOTHING")
                                : QStringLiteral("UPDATE SET ") + sets.join(QStringLiteral(", "))),
            values));
        if (table == QLatin1String("article_tags")) {
            TOASOAN_CHECK(toSearchBacklog(values.at(t.columns.indexOf(QStringLiteral("article_id"))).toLongLong()));
        }
        return {};
    }

    // The copy's search index takes the article at the next catch-up (searchindex::catchUp()).
    Result<void> toSearchBacklog(qint64 articleId)
    {
        return m_copy
            .exec(QStringLiteral("INSERT INTO search_backlog (article_id) VALUES (?) ON CONFLICT DO NOTHING"),
                  {articleId})
            .discard();
    }

    Database &m_copy;
    QHash<QString, TableInfo> m_tables;
    QList<Later> m_later;
};

constexpr int kMediaBatch = 16;

QVariantList rowValues(const QSqlQuery &rows, qsizetype columns)
{
    QVariantList row;
    row.reserve(columns);
    for (int i = 0; i < columns; ++i) {
        // NULL as an invalid QVariant: Database binds a null QString as an empty text.
        row.append(rows.isNull(i) ? QVariant() : rows.value(i));
    }
    return row;
}

} // namespace

QString workingCopyPath(const QString &serverIdentity)
{
    const QByteArray hash = QCryptographicHash::hash(serverIdentity.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/copies/") +
           QString::fromLatin1(hash) + QStringLiteral(".sqlite");
}

const QStringList &pulledTables()
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
        QStringLiteral("sites"),
        QStringLiteral("article_publications"),
        QStringLiteral("settings"),
        QStringLiteral("spell_words"),
    };
    return tables;
}

SyncEngine::SyncEngine(Database &server, Database &copy, Clock clock)
    : m_server(server), m_copy(copy), m_clock(std::move(clock))
{
}

Result<PullReport> SyncEngine::pull()
{
    if (!m_server.isShared() || m_copy.isShared()) {
        return makeError(ErrorCode::Invalid, Text::tr("Only a shared database has working copies."));
    }
    const QString server = m_server.identity();
    TOASOAN_TRY(queued, m_copy.value(QStringLiteral("SELECT count(*) FROM pending_ops")));
    if (queued->toLongLong() > 0) {
        return makeError(ErrorCode::Conflict,
                         Text::tr("Changes made on this computer wait to be sent to the server first."),
                         QStringLiteral("%1 pending operations").arg(queued->toLongLong()));
    }
    TOASOAN_CHECK(
        m_copy.exec(QStringLiteral("INSERT INTO sync_meta (server) VALUES (?) ON CONFLICT DO NOTHING"), {server}));
    m_copy.setWorkingCopy(true); // from now on its changes are queued for the server
    TOASOAN_TRY(last, m_copy.value(QStringLiteral("SELECT last_version FROM sync_meta WHERE server = ?"), {server}));
    PullReport report;
    report.fromVersion = last->toLongLong();
    Applier applier(m_copy);
    qint64 done = 0;

    // Runs `select` (rows newer than the copy) through a cursor of the snapshot, `batchSize` rows per FETCH
    // and per local transaction.
    auto inBatches = [&](const QString &cursor, const QString &select, int batchSize,
                         const std::function<Result<void>(const QSqlQuery &)> &apply) -> Result<void> {
        TOASOAN_CHECK(m_server.exec(QStringLiteral("DECLARE %1 NO SCROLL CURSOR FOR %2").arg(cursor, select)));
        for (;;) {
            TOASOAN_TRY(rows, m_server.exec(QStringLiteral("FETCH %1 FROM %2").arg(batchSize).arg(cursor)));
            int n = 0;
            auto written = m_copy.transaction([&]() -> Result<void> {
                while (rows->next()) {
                    ++n;
                    TOASOAN_CHECK(apply(*rows));
                }
                return {};
            });
            if (!written) {
                return written.error();
            }
            if (n == 0) {
                break;
            }
            ++report.batches;
            done += n;
            if (m_progress) {
                m_progress(done);
            }
            if (n < batchSize) {
                break;
            }
        }
        return m_server.exec(QStringLiteral("CLOSE ") + cursor).discard();
    };

    auto pulled = m_server.transaction([&]() -> Result<void> {
        TOASOAN_CHECK(m_server.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")));
        const qint64 before = m_clock().toMSecsSinceEpoch();
        TOASOAN_TRY(head, m_server.exec(QStringLiteral("SELECT version, (extract(epoch FROM clock_timestamp()) * "
                                                       "1000)::bigint FROM sync_state WHERE id = 1")));
        const qint64 after = m_clock().toMSecsSinceEpoch();
        if (!head->next()) {
            return makeError(ErrorCode::Corrupt, Text::tr("The shared database has no change counter."));
        }
        report.toVersion = head->value(0).toLongLong();
        report.clockSkewMs = head->value(1).toLongLong() - (before + after) / 2;
        const QString newer = QStringLiteral(" WHERE row_version > %1 ORDER BY row_version").arg(report.fromVersion);

        TOASOAN_CHECK(inBatches(
            QStringLiteral("pull_tombstones"),
            QStringLiteral("SELECT table_name, row_key::text FROM tombstones") + newer + QStringLiteral(", id"),
            m_batchSize, [&](const QSqlQuery &row) -> Result<void> {
                const QJsonObject key = QJsonDocument::fromJson(row.value(1).toString().toUtf8()).object();
                TOASOAN_TRY(gone, applier.applyTombstone(row.value(0).toString(), key));
                report.deleted += *gone ? 1 : 0;
                return {};
            }));
        for (const QString &table : pulledTables()) {
            TOASOAN_TRY(described, applier.info(table));
            const QStringList columns = (*described)->columns;
            TOASOAN_CHECK(inBatches(QStringLiteral("pull_") + table,
                                    QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) +
                                        QStringLiteral(" FROM ") + table + newer,
                                    // Images: a few per batch, not hundreds of megabytes in memory at once.
                                    table == QLatin1String("media") ? std::min(m_batchSize, kMediaBatch) : m_batchSize,
                                    [&](const QSqlQuery &row) -> Result<void> {
                                        ++report.rows;
                                        return applier.applyRow(table, rowValues(row, columns.size()));
                                    }));
            if (applier.hasLater()) {
                TOASOAN_CHECK(m_copy.transaction([&] { return applier.finishTable(table); }));
            }
        }
        // Only now is every row up to the snapshot's version in the copy.
        return m_copy.transaction([&]() -> Result<void> {
            return m_copy
                .exec(
                    QStringLiteral("UPDATE sync_meta SET last_version = ?, last_sync_ms = ?, server_clock_skew_ms = ? "
                                   "WHERE server = ?"),
                    {report.toVersion, m_clock().toMSecsSinceEpoch(), report.clockSkewMs, server})
                .discard();
        });
    });
    if (!pulled) {
        return pulled.error();
    }
    return report;
}

Result<CopyStatus> SyncEngine::status(Database &copy, const QString &serverIdentity)
{
    CopyStatus status;
    TOASOAN_TRY(meta, copy.exec(QStringLiteral("SELECT last_version, last_sync_ms, server_clock_skew_ms FROM sync_meta "
                                               "WHERE server = ?"),
                                {serverIdentity}));
    if (meta->next()) {
        status.lastVersion = meta->value(0).toLongLong();
        if (!meta->isNull(1)) {
            status.lastSync = QDateTime::fromMSecsSinceEpoch(meta->value(1).toLongLong(), Qt::UTC);
        }
        if (!meta->isNull(2)) {
            status.clockSkewMs = meta->value(2).toLongLong();
        }
    }
    TOASOAN_TRY(pending, copy.value(QStringLiteral("SELECT count(*) FROM pending_ops")));
    status.pending = pending->toLongLong();
    TOASOAN_TRY(conflicts, copy.value(QStringLiteral("SELECT count(*) FROM revisions WHERE conflict = 1")));
    status.conflicts = conflicts->toLongLong();
    return status;
}

} // namespace toasoan::sync
