#pragma once

#include "app/core/Result.h"

#include <QList>
#include <QString>
#include <QVariant>
#include <memory>

namespace toasoan {

class Database;

/// One INSERT run many times in the calling thread's connection, for bulk writes
/// (ArticleRepository::createMany). On SQLite it uses the driver's own statement: Qt's binding
/// of positional values costs more than SQLite's whole insert of a small row. On PostgreSQL, where
/// each statement is a round trip to the server, rows are kept and written by flush() as one COPY
/// (Database::copyIn; COPY's binary format when every column is an integer or a text), or as one multi-row INSERT when
/// `sql` has a conflict clause (new ids are taken from the table's sequence ahead, a batch at a time): call flush()
/// before anything reads or references the rows, and before the transaction ends.
///
/// Values: an invalid QVariant binds NULL; a QByteArray is UTF-8 *text* (not a blob), so callers
/// can convert on another thread; integers, QString as usual. The statement is kept for the
/// object's lifetime: destroy it before the connection's thread releases it.
class BulkInsert final
{
public:
    /// `sql` is "INSERT INTO table (columns) VALUES (?, …)", optionally followed by a conflict clause,
    /// without RETURNING. `withId`: the table has an `id`
    /// column whose new value insert() gives (otherwise it gives 0).
    BulkInsert(const Database &db, const QString &sql, bool withId = true);
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    /// Inserts one row (on PostgreSQL: keeps it for flush()); gives its new id (the rowid / the
    /// table's id column).
    Result<qint64> insert(const QVariantList &values);
    /// Writes the rows kept since the last flush (nothing to do on SQLite), after those of the inserts
    /// given to flushesAfter(), and waits until the server has stored them (its error, if any, comes back
    /// here). Also runs by itself when a batch is full, without waiting: the server stores that batch while
    /// the caller prepares the next rows, and the connection's next statement reports its error.
    Result<void> flush();
    /// Rows of this insert reference rows of `other` (article_tags → articles): whenever this one
    /// flushes, `other` flushes first. `other` must outlive this object.
    void flushesAfter(BulkInsert &other) { m_before.append(&other); }

    class Impl; ///< the SQLite or the Qt way (BulkInsert.cpp)

private:
    /// `wait` false (a full batch): on PostgreSQL the server may still be storing the rows when it returns.
    Result<void> flush(bool wait);

    std::unique_ptr<Impl> m_impl;
    QList<BulkInsert *> m_before;
};

} // namespace toasoan
