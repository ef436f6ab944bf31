#include "app/storage/CommentRepository.h"

#include "app/storage/Database.h"
#include "app/storage/PendingOps.h"
#include "app/text/Normalize.h"

#include <QCoreApplication>
#include <QHash>
#include <QUuid>
#include <functional>

namespace toasoan {

namespace {

Error noArticle(qint64 articleId)
{
    return makeError(ErrorCode::NotFound, CommentRepository::tr("The article no longer exists."),
                     QString::number(articleId));
}

} // namespace

Result<Comment> CommentRepository::add(Comment comment)
{
    comment.body = text::normalize(comment.body).trimmed();
    if (comment.body.isEmpty()) {
        return makeError(ErrorCode::Invalid, CommentRepository::tr("The comment is empty."));
    }
    if (!comment.createdAt.isValid()) {
        comment.createdAt = QDateTime::currentDateTimeUtc();
    }
    Result<void> done = m_db.transaction([&]() -> Result<void> {
        TOASOAN_TRY(article, m_db.exec(QStringLiteral("SELECT 1 FROM articles WHERE id = ?"), {comment.articleId}));
        if (!article->next()) {
            return noArticle(comment.articleId);
        }
        if (comment.parentId != 0) {
            TOASOAN_TRY(parent,
                        m_db.exec(QStringLiteral("SELECT article_id FROM comments WHERE id = ?"), {comment.parentId}));
            if (!parent->next() || parent->value(0).toLongLong() != comment.articleId) {
                return makeError(ErrorCode::Invalid,
                                 CommentRepository::tr("The comment you reply to is not on this article."),
                                 QStringLiteral("parent %1").arg(comment.parentId));
            }
        }
        // The uuid names the comment across databases (an offline working copy's and the server's).
        const QString uuid =
            (comment.uuid.isNull() ? QUuid::createUuid() : comment.uuid).toString(QUuid::WithoutBraces);
        TOASOAN_TRY(id, m_db.insert(QStringLiteral("INSERT INTO comments (article_id, author_id, parent_id, body, "
                                                   "created_at, uuid) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                                    {comment.articleId, comment.authorId, toDbId(comment.parentId), comment.body,
                                     toDbTime(comment.createdAt), uuid}));
        comment.id = *id;
        comment.uuid = QUuid(uuid);
        TOASOAN_CHECK(pendingops::recordComment(m_db, comment, uuid));
        auto logged =
            m_db.exec(QStringLiteral("INSERT INTO events (article_id, user_id, at, action, comment) "
                                     "VALUES (?, ?, ?, 'comment', ?)"),
                      {comment.articleId, toDbId(comment.authorId), toDbTime(comment.createdAt), comment.body});
        return logged ? Result<void>() : Result<void>(logged.error());
    });
    if (!done) {
        return done.error();
    }
    return comment;
}

Result<QList<Comment>> CommentRepository::list(qint64 articleId)
{
    TOASOAN_TRY(q,
                m_db.exec(QStringLiteral("SELECT id, article_id, author_id, parent_id, body, created_at FROM comments "
                                         "WHERE article_id = ? ORDER BY created_at, id"),
                          {articleId}));
    QList<Comment> comments;
    while (q->next()) {
        Comment c;
        c.id = q->value(0).toLongLong();
        c.articleId = q->value(1).toLongLong();
        c.authorId = q->value(2).toLongLong();
        c.parentId = q->value(3).toLongLong();
        c.body = q->value(4).toString();
        c.createdAt = fromDbTime(q->value(5));
        comments.append(c);
    }
    return comments;
}

Result<QList<ThreadedComment>> CommentRepository::thread(qint64 articleId)
{
    TOASOAN_TRY(flat, list(articleId));
    QHash<qint64, QList<int>> children; // parent id → indexes in `flat`, oldest first
    QList<int> roots;
    QHash<qint64, int> known;
    for (int i = 0; i < flat->size(); ++i) {
        known.insert(flat->at(i).id, i);
    }
    for (int i = 0; i < flat->size(); ++i) {
        const qint64 parent = flat->at(i).parentId;
        // A reply whose parent vanished still shows, as a thread of its own.
        if (parent == 0 || !known.contains(parent)) {
            roots.append(i);
        } else {
            children[parent].append(i);
        }
    }
    QList<ThreadedComment> ordered;
    std::function<void(int, int)> visit = [&](int index, int depth) {
        ordered.append(ThreadedComment{flat->at(index), depth});
        for (int child : children.value(flat->at(index).id)) {
            visit(child, depth + 1);
        }
    };
    for (int root : std::as_const(roots)) {
        visit(root, 0);
    }
    return ordered;
}

Result<int> CommentRepository::count(qint64 articleId)
{
    TOASOAN_TRY(q, m_db.exec(QStringLiteral("SELECT count(*) FROM comments WHERE article_id = ?"), {articleId}));
    q->next();
    return q->value(0).toInt();
}

} // namespace toasoan
