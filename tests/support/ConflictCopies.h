#pragma once

// A conflict copy stored as SyncEngine::push stores one (a revision with conflict = 1 of the PC's user,
// its body in the revision itself), for tests where the push is not the point (tst_sync_push makes them
// through the real push).

#include "app/model/Article.h"
#include "app/storage/ArticleJson.h"
#include "app/storage/Database.h"

#include <QDateTime>

namespace toasoan::test {

/// Stores `copy` as a waiting conflict copy of article `articleId` written by `author`; its revision number,
/// or 0 on failure.
inline int storeConflictCopy(Database &db, qint64 articleId, qint64 author, Article copy)
{
    copy.updatedAt = QDateTime::currentDateTimeUtc();
    auto number = db.value(QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM revisions WHERE article_id = ?"),
                           {articleId});
    if (!number) {
        return 0;
    }
    const int revision = number->toInt();
    auto stored = db.exec(
        QStringLiteral("INSERT INTO revisions (article_id, number, author_id, created_at, note, snapshot, body, "
                       "conflict) VALUES (?, ?, ?, ?, ?, ?, ?, 1)"),
        {articleId, revision, author, toDbTime(copy.updatedAt), QStringLiteral("Conflict copy"),
         QString::fromUtf8(articleToJsonTextWithoutBody(copy)), copy.body});
    return stored ? revision : 0;
}

} // namespace toasoan::test
