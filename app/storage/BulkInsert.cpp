#include "app/storage/BulkInsert.h"

#include "app/storage/Database.h"
#include "app/storage/SqliteHandle.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace toasoan {

class BulkInsert::Impl
{
public:
    virtual ~Impl() = default;
    virtual Result<qint64> insert(const QVariantList &values) = 0;
};

namespace {

Error failure(const QString &sql, const QString &text, bool corrupt, bool busy)
{
    if (corrupt) {
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("toasoan::Database", "The database file is damaged."), text);
    }
    if (busy) {
        return Database::storageError(
            QCoreApplication::translate("toasoan::Database",
                                        "The database is busy with another user's change. Please try again."),
            text);
    }
    return Database::storageError(
        QCoreApplication::translate("toasoan::Database", "The database could not complete the request."),
        text + QStringLiteral(" — ") + sql);
}

// The handle belongs to Qt's SQLite driver, which Debian links against the same libsqlite3 as we
// do (one copy in the process), and stays open while the connection does.
class SqliteInsert final : public BulkInsert::Impl
{
public:
    SqliteInsert(sqlite3 *handle, const QString &sql) : m_handle(handle), m_sql(sql)
    {
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(m_handle, text.constData(), int(text.size()), &m_statement, nullptr) != SQLITE_OK) {
            m_prepareError = QString::fromUtf8(sqlite3_errmsg(m_handle));
            m_statement = nullptr;
        }
    }
    ~SqliteInsert() override { sqlite3_finalize(m_statement); }

    Result<qint64> insert(const QVariantList &values) override
    {
        if (!m_statement) {
            return failure(m_sql, m_prepareError, false, false);
        }
        for (int i = 0; i < values.size(); ++i) {
            if (int rc = bind(i + 1, values.at(i)); rc != SQLITE_OK) {
                sqlite3_reset(m_statement);
                return error(rc);
            }
        }
        const int rc = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        if (rc != SQLITE_DONE) {
            return error(rc);
        }
        return qint64(sqlite3_last_insert_rowid(m_handle));
    }

private:
    int bind(int index, const QVariant &value)
    {
        if (value.isNull()) {
            return sqlite3_bind_null(m_statement, index);
        }
        switch (value.typeId()) {
        case QMetaType::QByteArray: {
            // Texts are NOT NULL: a null QByteArray still means an empty text here.
            const QByteArray &bytes = *static_cast<const QByteArray *>(value.constData());
            return sqlite3_bind_text(m_statement, index, bytes.constData() ? bytes.constData() : "", int(bytes.size()),
                                     SQLITE_STATIC);
        }
        case QMetaType::QString: {
            const QString &text = *static_cast<const QString *>(value.constData());
            return sqlite3_bind_text16(m_statement, index,
                                       text.isNull() ? static_cast<const void *>(u"")
                                                     : static_cast<const void *>(text.utf16()),
                                       int(text.size() * sizeof(QChar)), SQLITE_STATIC);
        }
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
        case QMetaType::Bool:
            return sqlite3_bind_int64(m_statement, index, value.toLongLong());
        case QMetaType::Double:
            return sqlite3_bind_double(m_statement, index, value.toDouble());
        default: {
            const QByteArray text = value.toString().toUtf8();
            return sqlite3_bind_text(m_statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
        }
    }

    Error error(int rc) const
    {
        const int primary = rc & 0xff;
        return failure(m_sql, QString::fromUtf8(sqlite3_errmsg(m_handle)),
                       primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB,
                       primary == SQLITE_BUSY || primary == SQLITE_LOCKED);
    }

    sqlite3 *m_handle;
    QString m_sql;
    sqlite3_stmt *m_statement = nullptr;
    QString m_prepareError;
};

// Any other database: Qt's statements, with the id from RETURNING.
class QtInsert final : public BulkInsert::Impl
{
public:
    QtInsert(const Database &db, const QString &sql, bool withId)
        : m_db(db), m_sql(withId ? sql + QStringLiteral(" RETURNING id") : sql), m_withId(withId)
    {
    }

    Result<qint64> insert(const QVariantList &values) override
    {
        QVariantList converted;
        converted.reserve(values.size());
        for (const QVariant &value : values) {
            converted.append(value.typeId() == QMetaType::QByteArray && !value.isNull()
                                 ? QVariant(QString::fromUtf8(value.toByteArray()))
                                 : value);
        }
        if (m_withId) {
            return m_db.insert(m_sql, converted);
        }
        auto q = m_db.exec(m_sql, converted);
        return q ? Result<qint64>(qint64(0)) : Result<qint64>(q.error());
    }

private:
    const Database &m_db;
    QString m_sql;
    bool m_withId;
};

} // namespace

BulkInsert::BulkInsert(const Database &db, const QString &sql, bool withId)
{
    sqlite3 *handle = db.dialect().backend() == SqlDialect::Backend::SQLite ? sqliteHandle(db.connection()) : nullptr;
    if (handle) {
        m_impl = std::make_unique<SqliteInsert>(handle, sql);
    } else {
        m_impl = std::make_unique<QtInsert>(db, sql, withId);
    }
}

BulkInsert::~BulkInsert() = default;

Result<qint64> BulkInsert::insert(const QVariantList &values)
{
    return m_impl->insert(values);
}

} // namespace toasoan
