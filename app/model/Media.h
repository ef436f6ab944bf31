#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace toasoan {

/// An image or file kept inside the workspace database; identical content is stored once.
struct Media
{
    qint64 id = 0;
    QByteArray sha256; ///< hex
    QString mimeType;
    QString fileName;
    qint64 size = 0;
    QByteArray data; ///< empty when only metadata was loaded
    QDateTime createdAt;
};

} // namespace toasoan
