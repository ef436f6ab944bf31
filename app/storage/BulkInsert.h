#pragma once

#include "app/core/Result.h"

#include <QString>
#include <QVariant>
#include <memory>

namespace toasoan {

class Database;

/// One INSERT run many times in the calling thread's connection, for bulk writes
/// (ArticleRepository::createMany). On SQLite it uses the driver's own statement: Qt's binding
/// of positional values costs more than SQLite's whole insert of a small row.
///
/// Values: an invalid QVariant binds NULL; a QByteArray is UTF-8 *text* (not a blob), so callers
/// can convert on another thread; integers, QString as usual. The statement is kept for the
/// object's lifetime: destroy it before the connection's thread releases it.
class BulkInsert final
{
public:
    /// `sql` is an INSERT with `?` placeholders and no RETURNING. `withId`: the table has an `id`
    /// column whose new value insert() gives (otherwise it gives 0).
    BulkInsert(const Database &db, const QString &sql, bool withId = true);
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    /// Inserts one row; gives its new id (the rowid / the table's id column).
    Result<qint64> insert(const QVariantList &values);

    class Impl; ///< the SQLite or the Qt way (BulkInsert.cpp)

private:
    std::unique_ptr<Impl> m_impl;
};

} // namespace toasoan
