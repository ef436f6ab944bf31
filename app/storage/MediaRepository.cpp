#include "app/storage/MediaRepository.h"

#include "app/storage/Database.h"
#include "app/storage/PendingOps.h"
#include "app/text/Normalize.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>

namespace toasoan {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::MediaRepository)
};

QString cleanFileName(const QString &fileName)
{
    // Only the last path component: names come from drag-and-drop, clipboards and other OSes.
    QString name = text::normalize(fileName.trimmed());
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    name = name.section(QLatin1Char('/'), -1);
    QString out;
    for (const QChar c : name) {
        if (c.unicode() >= 0x20 && c.unicode() != 0x7F) {
            out.append(c);
        }
    }
    return out.isEmpty() ? QStringLiteral("image") : out;
}

} // namespace

QByteArray MediaRepository::sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

Result<Media> MediaRepository::addFromBytes(const QByteArray &bytes, const QString &fileName, const QString &mimeType)
{
    if (bytes.isEmpty()) {
        return makeError(ErrorCode::Invalid, Text::tr("The file %1 is empty.").arg(cleanFileName(fileName)));
    }
    if (bytes.size() > kMaxSize) {
        return makeError(ErrorCode::Invalid,
                         Text::tr("The file %1 is too large (%2); the limit is %3.")
                             .arg(cleanFileName(fileName), QLocale().formattedDataSize(bytes.size()),
                                  QLocale().formattedDataSize(kMaxSize)));
    }
    const QByteArray hash = sha256Hex(bytes);
    if (auto existing = findBySha256(hash); existing.ok() || existing.error().code != ErrorCode::NotFound) {
        return existing;
    }
    // A working copy does not push media (articles would name a picture the server does not have).
    TOASOAN_CHECK(pendingops::requireServer(m_db, Text::tr("New pictures and files are stored on the shared database "
                                                           "server: add them when it can be reached.")));

    Media media;
    media.sha256 = hash;
    media.fileName = cleanFileName(fileName);
    media.mimeType = mimeType.trimmed().toLower();
    if (media.mimeType.isEmpty()) {
        media.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(media.fileName, bytes).name();
    }
    media.size = bytes.size();
    media.createdAt = QDateTime::currentDateTimeUtc();
    auto id = m_db.insert(
        QStringLiteral("INSERT INTO media (sha256, mime_type, file_name, size, data, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        {QString::fromLatin1(hash), media.mimeType, media.fileName, media.size, bytes, toDbTime(media.createdAt)});
    if (!id) {
        // Another connection may have stored the same bytes in between: that row is the answer.
        if (auto raced = findBySha256(hash); raced.ok()) {
            return raced;
        }
        return id.error();
    }
    media.id = *id;
    return media;
}

Result<Media> MediaRepository::addFromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, Text::tr("Cannot read the file %1.").arg(QDir::toNativeSeparators(path)),
                         file.errorString());
    }
    if (file.size() > kMaxSize) {
        return makeError(ErrorCode::Invalid,
                         Text::tr("The file %1 is too large (%2); the limit is %3.")
                             .arg(QFileInfo(path).fileName(), QLocale().formattedDataSize(file.size()),
                                  QLocale().formattedDataSize(kMaxSize)));
    }
    return addFromBytes(file.readAll(), QFileInfo(path).fileName());
}

Result<Media> MediaRepository::select(const QString &where, const QVariant &key, bool withData)
{
    const QString columns = QStringLiteral("id, sha256, mime_type, file_name, size, created_at") +
                            (withData ? QStringLiteral(", data") : QString());
    TOASOAN_TRY(q,
                m_db.exec(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM media WHERE ") + where, {key}));
    if (!q->next()) {
        return makeError(ErrorCode::NotFound,
                         Text::tr("The image or file %1 is not in the workspace.").arg(key.toString()));
    }
    Media m;
    m.id = q->value(0).toLongLong();
    m.sha256 = q->value(1).toString().toLatin1();
    m.mimeType = q->value(2).toString();
    m.fileName = q->value(3).toString();
    m.size = q->value(4).toLongLong();
    m.createdAt = fromDbTime(q->value(5));
    if (withData) {
        m.data = q->value(6).toByteArray();
    }
    return m;
}

Result<Media> MediaRepository::load(qint64 id)
{
    return select(QStringLiteral("id = ?"), id, true);
}

Result<Media> MediaRepository::metadata(qint64 id)
{
    return select(QStringLiteral("id = ?"), id, false);
}

Result<Media> MediaRepository::findBySha256(const QByteArray &sha256Hex)
{
    return select(QStringLiteral("sha256 = ?"), QString::fromLatin1(sha256Hex.toLower()), false);
}

} // namespace toasoan
