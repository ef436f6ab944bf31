#pragma once

#include "app/core/Result.h"
#include "app/model/Media.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace toasoan {

class Database;

/// Images and files kept inside the workspace database. Identical bytes are stored once
/// (keyed by SHA-256): adding them again gives the existing row.
class MediaRepository final
{
public:
    explicit MediaRepository(Database &db) : m_db(db) {}

    /// The largest file accepted (a press photo is a few MB; this keeps the database sane).
    static constexpr qint64 kMaxSize = 64 * 1024 * 1024;

    /// Stores `bytes` under `fileName` (NFC, path stripped). The MIME type is sniffed from the
    /// content when `mimeType` is empty. Invalid for empty or oversized content.
    Result<Media> addFromBytes(const QByteArray &bytes, const QString &fileName, const QString &mimeType = {});
    /// Reads a file from disk and stores it as addFromBytes() does.
    Result<Media> addFromFile(const QString &path);

    /// The media with its bytes.
    Result<Media> load(qint64 id);
    /// The media without its bytes (lists, sizes, hashes).
    Result<Media> metadata(qint64 id);
    /// The media with these bytes (lowercase hex SHA-256), NotFound otherwise; without bytes.
    Result<Media> findBySha256(const QByteArray &sha256Hex);

    /// Lowercase hex SHA-256 of `bytes`, the key used for deduplication and on remote sites.
    static QByteArray sha256Hex(const QByteArray &bytes);

private:
    Result<Media> select(const QString &where, const QVariant &key, bool withData);

    Database &m_db;
};

} // namespace toasoan
