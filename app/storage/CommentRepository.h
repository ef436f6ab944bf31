#pragma once

#include "app/core/Result.h"
#include "app/model/Comment.h"

#include <QCoreApplication>
#include <QList>

namespace toasoan {

class Database;

/// A comment in thread order, with how deep it sits (0 = starts a thread).
struct ThreadedComment
{
    Comment comment;
    int depth = 0;
};

/// Editorial comments (ý kiến biên tập). Bodies are NFC-normalized. Adding a comment also writes
/// a "comment" line in the event log in the same transaction, so the trail shows who weighed in
/// (and the withdraw rule sees that a review has started). Permission checks are the caller's
/// (WorkflowService::addComment).
class CommentRepository final
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::CommentRepository)

public:
    explicit CommentRepository(Database &db) : m_db(db) {}

    /// Stores `comment` (id and, when invalid, createdAt are filled in). Invalid when the body is
    /// blank or the parent belongs to another article; NotFound when the article does not exist.
    Result<Comment> add(Comment comment);
    /// Every comment of an article, oldest first (flat).
    Result<QList<Comment>> list(qint64 articleId);
    /// Every comment of an article in thread order: each thread oldest first, replies right
    /// after their parent, oldest first.
    Result<QList<ThreadedComment>> thread(qint64 articleId);
    Result<int> count(qint64 articleId);

private:
    Database &m_db;
};

} // namespace toasoan
