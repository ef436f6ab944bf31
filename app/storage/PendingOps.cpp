#include "app/storage/PendingOps.h"

#include "app/model/Article.h"
#include "app/model/Comment.h"
#include "app/storage/ArticleJson.h"
#include "app/storage/Database.h"

#include <QDateTime>
#include <QJsonDocument>

namespace toasoan::pendingops {

namespace {

Result<void> append(Database &db, const char *kind, const QString &articleUuid, const QVariant &baseVersion,
                    const QJsonObject &payload)
{
    return db
        .exec(QStringLiteral("INSERT INTO pending_ops (op_id, kind, article_uuid, base_version, payload, created_ms) "
                             "VALUES (?, ?, ?, ?, ?, ?)"),
              {QUuid::createUuid().toString(QUuid::WithoutBraces), QString::fromLatin1(kind), articleUuid, baseVersion,
               QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)),
               QDateTime::currentMSecsSinceEpoch()})
        .discard();
}

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

} // namespace

Result<void> requireServer(const Database &db, const QString &reason)
{
    if (!db.isWorkingCopy()) {
        return {};
    }
    return makeError(ErrorCode::Offline, reason, QStringLiteral("working copy of a shared database"));
}

Result<void> recordCreate(Database &db, const Article &created, qint64 actorId)
{
    if (!db.isWorkingCopy()) {
        return {};
    }
    return append(db, kArticleCreate, uuidText(created.uuid), QVariant(),
                  {{QStringLiteral("actor"), actorId}, {QStringLiteral("article"), articleToJson(created)}});
}

Result<void> recordEdit(Database &db, const Article &before, const Article &after, qint64 actorId)
{
    if (!db.isWorkingCopy()) {
        return {};
    }
    const QString uuid = uuidText(after.uuid);
    TOASOAN_TRY(base, db.value(QStringLiteral("SELECT row_version FROM article_bases WHERE article_uuid = ?"), {uuid}));
    qint64 baseVersion = base->toLongLong();
    if (!base->isValid()) {
        TOASOAN_TRY(stored, db.value(QStringLiteral("SELECT row_version FROM articles WHERE id = ?"), {before.id}));
        baseVersion = stored->toLongLong();
        TOASOAN_CHECK(db.exec(QStringLiteral("INSERT INTO article_bases (article_uuid, row_version, snapshot) VALUES "
                                             "(?, ?, ?)"),
                              {uuid, baseVersion, QString::fromUtf8(articleToJsonText(before))}));
    }
    return append(db, kArticleEdit, uuid, baseVersion,
                  {{QStringLiteral("actor"), actorId}, {QStringLiteral("article"), articleToJson(after)}});
}

Result<void> recordComment(Database &db, const Comment &comment, const QString &uuid)
{
    if (!db.isWorkingCopy()) {
        return {};
    }
    TOASOAN_TRY(article, db.value(QStringLiteral("SELECT uuid FROM articles WHERE id = ?"), {comment.articleId}));
    QJsonObject payload{{QStringLiteral("actor"), comment.authorId},
                        {QStringLiteral("uuid"), uuid},
                        {QStringLiteral("body"), comment.body},
                        {QStringLiteral("created_ms"), comment.createdAt.toMSecsSinceEpoch()}};
    if (comment.parentId != 0) {
        TOASOAN_TRY(parent, db.value(QStringLiteral("SELECT uuid FROM comments WHERE id = ?"), {comment.parentId}));
        payload.insert(QStringLiteral("parent_uuid"), parent->toString());
    }
    return append(db, kCommentAdd, article->toString(), QVariant(), payload);
}

Result<void> recordConflictResolved(Database &db, const QUuid &article, qint64 revisionServerId, qint64 actorId,
                                    const QString &choice)
{
    if (!db.isWorkingCopy()) {
        return {};
    }
    return append(db, kConflictResolve, uuidText(article), QVariant(),
                  {{QStringLiteral("actor"), actorId},
                   {QStringLiteral("revision"), revisionServerId},
                   {QStringLiteral("choice"), choice}});
}

Result<qint64> revisionServerId(Database &db, qint64 localId)
{
    TOASOAN_TRY(id, db.value(QStringLiteral("SELECT server_id FROM server_ids WHERE table_name = 'revisions' AND "
                                            "local_id = ?"),
                             {localId}));
    return id->toLongLong();
}

Result<bool> dropUnpushed(Database &db, const QUuid &article)
{
    const QString uuid = uuidText(article);
    TOASOAN_TRY(created, db.value(QStringLiteral("SELECT 1 FROM pending_ops WHERE article_uuid = ? AND kind = ?"),
                                  {uuid, QString::fromLatin1(kArticleCreate)}));
    if (!created->isValid()) {
        return false;
    }
    TOASOAN_CHECK(db.exec(QStringLiteral("DELETE FROM pending_ops WHERE article_uuid = ?"), {uuid}));
    TOASOAN_CHECK(db.exec(QStringLiteral("DELETE FROM article_bases WHERE article_uuid = ?"), {uuid}));
    return true;
}

} // namespace toasoan::pendingops
