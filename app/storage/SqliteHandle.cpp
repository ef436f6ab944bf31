#include "app/storage/SqliteHandle.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace toasoan {

sqlite3 *sqliteHandle(const QSqlDatabase &connection)
{
    if (!connection.isOpen() || !connection.driver()) {
        return nullptr;
    }
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace toasoan
