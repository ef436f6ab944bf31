#include "app/storage/SqliteHandle.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <mutex>
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

Result<void> checkSameSqlite(const QString &driverSourceId)
{
    const QString linked = QString::fromLatin1(sqlite3_sourceid());
    if (driverSourceId == linked) {
        return {};
    }
    return makeError(
        ErrorCode::Storage,
        QCoreApplication::translate("toasoan::Database",
                                    "This copy of ToaSoan does not match the SQLite library of the "
                                    "system's Qt. Reinstall ToaSoan for this system."),
        QStringLiteral("Qt's SQLite driver uses SQLite %1, ToaSoan is linked with %2").arg(driverSourceId, linked));
}

Result<void> checkSameSqlite(const QSqlDatabase &connection)
{
    static std::once_flag once;
    static Result<void> verdict;
    std::call_once(once, [&] {
        QSqlQuery query(connection);
        if (!query.exec(QStringLiteral("SELECT sqlite_source_id()")) || !query.next()) {
            verdict =
                makeError(ErrorCode::Storage,
                          QCoreApplication::translate("toasoan::Database", "The SQLite library could not be checked."),
                          query.lastError().text());
            return;
        }
        verdict = checkSameSqlite(query.value(0).toString());
    });
    return verdict;
}

} // namespace toasoan
