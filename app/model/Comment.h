#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace toasoan {

/// An editorial comment (ý kiến biên tập) on an article, separate from its text.
struct Comment
{
    qint64 id = 0;
    qint64 articleId = 0;
    qint64 authorId = 0;
    qint64 parentId = 0; ///< 0 = starts a thread
    QString body;
    QDateTime createdAt;
    QUuid uuid; ///< names it across databases (a working copy's and the server's); null: add() gives one
};

} // namespace toasoan
