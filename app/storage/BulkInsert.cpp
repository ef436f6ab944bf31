#include "app/storage/BulkInsert.h"

#include "app/storage/Database.h"
#include "app/storage/SqliteHandle.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>
#include <sqlite3.h>

namespace toasoan {

class BulkInsert::Impl
{
public:
    virtual ~Impl() = default;
    virtual Result<qint64> insert(const QVariantList &values) = 0;
    /// `wait` false: the rows may still be on their way when it returns (Database::copyIn).
    virtual Result<void> flush(bool /*wait*/) { return {}; }
    /// True when enough rows are kept for flush() to run by itself.
    virtual bool full() const { return false; }
};

namespace {
// Rows per multi-row INSERT on PostgreSQL, where all values travel inside the statement's text.
constexpr int kBatchRows = 256;
// Rows per COPY: the data streams, so only the client's memory bounds it (a revision row of a long
// article is some 10 KB).
constexpr int kCopyRows = 1024;
// Bytes per COPY sent by itself (a full batch): the server stores one while the client prepares the next
// (Database::copyIn without waiting), so the batches are kept small enough for that to overlap.
constexpr qsizetype kCopyBytes = 512 * 1024;
} // namespace

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

/// Appends `value` to a row of COPY's text format: NULL is \N; in a text, backslash, tab, newline
/// and carriage return are escaped (a tab ends a field, a newline a row). The bytes are UTF-8, as the
/// connection's client_encoding is: no byte of a multi-byte sequence is one of those four.
void appendCopyField(QByteArray &out, const QVariant &value)
{
    if (value.isNull()) {
        out += "\\N";
        return;
    }
    const auto appendText = [&out](const char *data, qsizetype size) {
        qsizetype plain = 0; // start of the run not yet copied
        for (qsizetype i = 0; i < size; ++i) {
            char escaped = 0;
            switch (data[i]) {
            case '\\':
                escaped = '\\';
                break;
            case '\t':
                escaped = 't';
                break;
            case '\n':
                escaped = 'n';
                break;
            case '\r':
                escaped = 'r';
                break;
            default:
                continue;
            }
            out.append(data + plain, i - plain);
            out += '\\';
            out += escaped;
            plain = i + 1;
        }
        out.append(data + plain, size - plain);
    };
    switch (value.typeId()) {
    case QMetaType::QByteArray: {
        const QByteArray &bytes = *static_cast<const QByteArray *>(value.constData());
        appendText(bytes.constData(), bytes.size());
        return;
    }
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool: // flags are INTEGER 0/1 columns
        out += QByteArray::number(value.toLongLong());
        return;
    default: {
        const QByteArray text = value.toString().toUtf8();
        appendText(text.constData(), text.size());
        return;
    }
    }
}

/// The column types BulkInsert writes in COPY's binary format.
enum class ColumnKind
{
    Int2,
    Int4,
    Int8,
    Text
};

/// The start of COPY's binary format: signature, flags, header extension length.
constexpr char kBinaryHeader[] = "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0";

template <typename T>
void appendBinary(QByteArray &out, T value)
{
    const auto big = qToBigEndian(value);
    out.append(reinterpret_cast<const char *>(&big), sizeof big);
}

/// Appends `value` as one field of COPY's binary format: its length, then its bytes (an integer as the
/// column's type in network order, a text as UTF-8); NULL is the length -1.
void appendBinaryField(QByteArray &out, ColumnKind kind, const QVariant &value)
{
    if (value.isNull()) {
        appendBinary<qint32>(out, -1);
        return;
    }
    switch (kind) {
    case ColumnKind::Int2:
        appendBinary<qint32>(out, 2);
        appendBinary<qint16>(out, qint16(value.toLongLong()));
        return;
    case ColumnKind::Int4:
        appendBinary<qint32>(out, 4);
        appendBinary<qint32>(out, qint32(value.toLongLong()));
        return;
    case ColumnKind::Int8:
        appendBinary<qint32>(out, 8);
        appendBinary<qint64>(out, value.toLongLong());
        return;
    case ColumnKind::Text:
        break;
    }
    const auto appendText = [&out](const char *data, qsizetype size) {
        appendBinary<qint32>(out, qint32(size));
        out.append(data, size);
    };
    if (value.typeId() == QMetaType::QByteArray) {
        const QByteArray &bytes = *static_cast<const QByteArray *>(value.constData());
        appendText(bytes.constData(), bytes.size());
    } else if (value.typeId() == QMetaType::Bool) {
        appendText(value.toBool() ? "1" : "0", 1);
    } else {
        const QByteArray text = value.toString().toUtf8();
        appendText(text.constData(), text.size());
    }
}

// PostgreSQL: rows kept and written together, with the ids taken ahead from the table's sequence (a
// multi-row INSERT's RETURNING promises no order). Without a conflict clause they go by COPY, kCopyRows
// at a time, as data the server does not parse as SQL (Database::copyIn); with one, kBatchRows at a time
// in one INSERT … VALUES (…), (…) … ON CONFLICT.
class PostgresInsert final : public BulkInsert::Impl
{
public:
    PostgresInsert(const Database &db, const QString &sql, bool withId) : m_db(db), m_sql(sql), m_withId(withId)
    {
        static const QRegularExpression shape(
            QStringLiteral("^INSERT INTO (\\w+) \\(([^)]*)\\) VALUES \\(([^)]*)\\)(.*)$"),
            QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch parts = shape.match(sql);
        Q_ASSERT_X(parts.hasMatch(), "BulkInsert", "not an INSERT INTO table (columns) VALUES (...)");
        m_table = parts.captured(1);
        m_head = QStringLiteral("INSERT INTO ") + m_table + QStringLiteral(" (") +
                 (withId ? QStringLiteral("id, ") : QString()) + parts.captured(2) + QStringLiteral(") VALUES ");
        m_row = QLatin1Char('(') + (withId ? QStringLiteral("?, ") : QString()) + parts.captured(3) + QLatin1Char(')');
        m_tail = parts.captured(4);
        m_copy = m_tail.trimmed().isEmpty();
        if (m_copy) {
            if (withId) {
                m_columns.append(QStringLiteral("id"));
            }
            for (const QString &column : parts.captured(2).split(QLatin1Char(','))) {
                m_columns.append(column.trimmed());
            }
            m_copySql = QStringLiteral("COPY ") + m_table + QStringLiteral(" (") +
                        (withId ? QStringLiteral("id, ") : QString()) + parts.captured(2) +
                        QStringLiteral(") FROM STDIN");
        }
    }
    ~PostgresInsert() override
    {
        if (m_rows > 0) {
            qWarning("BulkInsert: %d rows of %s were never flushed", m_rows, qPrintable(m_table));
        }
    }

    Result<qint64> insert(const QVariantList &values) override
    {
        qint64 id = 0;
        if (m_withId) {
            if (m_ids.isEmpty()) {
                TOASOAN_CHECK(takeIds());
            }
            id = m_ids.takeFirst();
        }
        if (m_copy && m_kinds.isEmpty()) {
            TOASOAN_CHECK(lookUpColumns());
        }
        if (m_copy && m_binary) {
            if (m_rowsText.isEmpty()) {
                m_rowsText.append(kBinaryHeader, sizeof(kBinaryHeader) - 1);
            }
            appendBinary<qint16>(m_rowsText, qint16(m_kinds.size()));
            qsizetype column = 0;
            if (m_withId) {
                appendBinaryField(m_rowsText, m_kinds.at(column++), id);
            }
            for (const QVariant &value : values) {
                appendBinaryField(m_rowsText, m_kinds.value(column++, ColumnKind::Text), value);
            }
            ++m_rows;
            return id;
        }
        if (m_copy) {
            if (m_withId) {
                m_rowsText += QByteArray::number(id);
            }
            for (qsizetype i = 0; i < values.size(); ++i) {
                if (i > 0 || m_withId) {
                    m_rowsText += '\t';
                }
                appendCopyField(m_rowsText, values.at(i));
            }
            m_rowsText += '\n';
            ++m_rows;
            return id;
        }
        if (m_withId) {
            m_values.append(id);
        }
        for (const QVariant &value : values) {
            // Texts come as UTF-8 bytes (see the header); bound as bytes they would be bytea.
            m_values.append(value.typeId() == QMetaType::QByteArray && !value.isNull()
                                ? QVariant(QString::fromUtf8(value.toByteArray()))
                                : value);
        }
        ++m_rows;
        return id;
    }

    bool full() const override { return m_rows >= batchRows() || m_rowsText.size() >= kCopyBytes; }

    Result<void> flush(bool wait) override
    {
        if (m_rows == 0) {
            return wait ? m_db.settleCopy() : Result<void>();
        }
        if (m_copy) {
            if (m_binary) {
                appendBinary<qint16>(m_rowsText, -1); // the trailer
            }
            auto done = m_db.copyIn(m_copySql, m_rowsText, wait);
            m_rowsText.clear();
            m_rows = 0;
            return done;
        }
        QString sql = m_head;
        sql.reserve(m_head.size() + m_rows * (m_row.size() + 2) + m_tail.size());
        for (int i = 0; i < m_rows; ++i) {
            if (i > 0) {
                sql += QStringLiteral(", ");
            }
            sql += m_row;
        }
        sql += m_tail;
        auto done = m_db.exec(sql, m_values);
        m_values.clear();
        m_rows = 0;
        return done ? Result<void>() : Result<void>(done.error());
    }

private:
    int batchRows() const { return m_copy ? kCopyRows : kBatchRows; }

    /// The types of the COPY's columns: COPY's binary format when each is an integer or a text (the server
    /// then neither scans the rows for escapes nor parses numbers), its text format otherwise.
    Result<void> lookUpColumns()
    {
        TOASOAN_TRY(types, m_db.exec(QStringLiteral("SELECT attname, atttypid::bigint FROM pg_attribute WHERE attrelid "
                                                    "= ?::regclass AND attnum > 0 AND NOT attisdropped"),
                                     {m_table}));
        QHash<QString, qint64> byName;
        while (types->next()) {
            byName.insert(types->value(0).toString(), types->value(1).toLongLong());
        }
        m_binary = true;
        for (const QString &column : std::as_const(m_columns)) {
            switch (byName.value(column)) {
            case 20: // int8
                m_kinds.append(ColumnKind::Int8);
                break;
            case 23: // int4
                m_kinds.append(ColumnKind::Int4);
                break;
            case 21: // int2
                m_kinds.append(ColumnKind::Int2);
                break;
            case 25:   // text
            case 1043: // varchar
                m_kinds.append(ColumnKind::Text);
                break;
            default:
                m_kinds.append(ColumnKind::Text);
                m_binary = false;
            }
        }
        if (m_binary) {
            m_copySql += QStringLiteral(" (FORMAT binary)");
        }
        return {};
    }

    /// The next batchRows() ids of the table's sequence, in one row: asked row by row (the driver reads
    /// forward-only results one row at a time) and with the sequence looked up per id, taking them cost
    /// as much as a fifth of the rows' COPY.
    Result<void> takeIds()
    {
        if (m_sequence == 0) {
            TOASOAN_TRY(sequence,
                        m_db.exec(QStringLiteral("SELECT pg_get_serial_sequence(?, 'id')::regclass::oid"), {m_table}));
            m_sequence = sequence->next() ? sequence->value(0).toLongLong() : 0;
            if (m_sequence == 0) {
                return failure(m_sql, QStringLiteral("no sequence for the id"), false, false);
            }
        }
        TOASOAN_TRY(taken, m_db.exec(QStringLiteral("SELECT string_agg(nextval(%1::oid::regclass)::text, ',') FROM "
                                                    "generate_series(1, %2)")
                                         .arg(m_sequence)
                                         .arg(batchRows())));
        const QString ids = taken->next() ? taken->value(0).toString() : QString();
        for (QStringView id : QStringView(ids).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            m_ids.append(id.toLongLong());
        }
        if (m_ids.isEmpty()) {
            return failure(m_sql, QStringLiteral("no id from the sequence"), false, false);
        }
        return {};
    }

    const Database &m_db;
    QString m_sql;
    bool m_withId;
    bool m_copy = false;
    QString m_copySql;
    QStringList m_columns;     ///< the COPY's columns
    QList<ColumnKind> m_kinds; ///< their types, once looked up
    bool m_binary = false;     ///< COPY's binary format (else its text format)
    QByteArray m_rowsText;     ///< COPY's data: one line per row
    QString m_table;
    QString m_head;
    QString m_row;
    QString m_tail;
    qint64 m_sequence = 0; ///< the oid of the table's id sequence, once looked up
    QList<qint64> m_ids;
    QVariantList m_values;
    int m_rows = 0;
};

} // namespace

BulkInsert::BulkInsert(const Database &db, const QString &sql, bool withId)
{
    sqlite3 *handle = db.dialect().backend() == SqlDialect::Backend::SQLite ? sqliteHandle(db.connection()) : nullptr;
    if (handle) {
        m_impl = std::make_unique<SqliteInsert>(handle, sql);
    } else {
        m_impl = std::make_unique<PostgresInsert>(db, sql, withId);
    }
}

BulkInsert::~BulkInsert() = default;

Result<qint64> BulkInsert::insert(const QVariantList &values)
{
    TOASOAN_TRY(id, m_impl->insert(values));
    if (m_impl->full()) {
        TOASOAN_CHECK(flush(false));
    }
    return *id;
}

Result<void> BulkInsert::flush()
{
    return flush(true);
}

Result<void> BulkInsert::flush(bool wait)
{
    for (BulkInsert *before : std::as_const(m_before)) {
        TOASOAN_CHECK(before->flush(false));
    }
    return m_impl->flush(wait);
}

} // namespace toasoan
