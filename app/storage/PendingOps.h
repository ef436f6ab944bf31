#pragma once

// The changes a PC's offline working copy queues for its server (issue 14, step 3 of
// docs/design/offline-working-copies.md). The repositories call these inside the transaction of the change
// itself, so that a change and its queued operation are stored together or not at all; on any database that
// is not a working copy (Database::isWorkingCopy()) they do nothing. The sync engine (app/sync) pushes the
// queue in seq order and deletes each operation once the server has acknowledged it.

#include "app/core/Result.h"

#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace toasoan {

class Database;
struct Article;
struct Comment;

namespace pendingops {

/// The kinds of operation (pending_ops.kind).
inline constexpr char kArticleCreate[] = "article.create";
inline constexpr char kArticleEdit[] = "article.edit";
inline constexpr char kCommentAdd[] = "comment.add";
inline constexpr char kConflictResolve[] = "conflict.resolve";

/// ErrorCode::Offline with `reason` (translated: what needs the server) on a working copy; ok elsewhere.
Result<void> requireServer(const Database &db, const QString &reason);

/// A new article, as stored (its uuid names it on the server).
Result<void> recordCreate(Database &db, const Article &created, qint64 actorId);
/// An explicit save: `before` as stored until now, `after` as saved. The first edit of an article since
/// it was last synced keeps `before` in article_bases (the base of the server's three-way merge), with
/// the server's row_version it had.
Result<void> recordEdit(Database &db, const Article &before, const Article &after, qint64 actorId);
/// A new comment (its uuid, the article's and the parent's uuid name them on the server).
Result<void> recordComment(Database &db, const Comment &comment, const QString &uuid);
/// A conflict copy dealt with (after the save of the text taken or merged, if any, queued before it): the
/// revision by its server id (revisionServerId), `choice` as ConflictResolution names it ("current", "copy",
/// "merge"). The server marks it dealt with and logs it as the actor, if the actor may.
Result<void> recordConflictResolved(Database &db, const QUuid &article, qint64 revisionServerId, qint64 actorId,
                                    const QString &choice);
/// The server's id of the copy's revision `localId`; 0 when the server has no such row (made here).
Result<qint64> revisionServerId(Database &db, qint64 localId);
/// An article discarded before its creation was pushed: its queued operations and base go with it. False
/// when it has been pushed already (the server has it: discarding it needs the server).
Result<bool> dropUnpushed(Database &db, const QUuid &article);

/// One queued operation, as the engine reads it.
struct Op
{
    qint64 seq = 0;
    QString opId;
    QString kind;
    QString articleUuid;
    qint64 baseVersion = -1;
    QJsonObject payload;
};

} // namespace pendingops
} // namespace toasoan
