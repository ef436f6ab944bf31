// ArticleRepository: revisions and the autosave recovery slot.
#include "app/storage/ArticleJson.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/ArticleRows.h"
#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace toasoan {

using namespace articlerows;

namespace {

Article snapshotFrom(const QVariant &value)
{
    return articleFromJson(QJsonDocument::fromJson(value.toString().toUtf8()).object());
}

Result<QList<Recovery>> collectRecoveries(Result<QSqlQuery> q)
{
    if (!q) {
        return q.error();
    }
    QList<Recovery> list;
    while (q->next()) {
        Recovery r;
        r.articleId = q->value(0).toLongLong();
        r.userId = q->value(1).toLongLong();
        r.baseVersion = q->value(2).toInt();
        r.savedAt = fromDbTime(q->value(3));
        r.article = snapshotFrom(q->value(4));
        list.append(r);
    }
    return list;
}

const QString kRecoverySelect =
    QStringLiteral("SELECT article_id, user_id, base_version, saved_at, snapshot FROM recoveries ");

} // namespace

Result<void> ArticleRepository::autosave(const Article &article, qint64 userId)
{
    if (article.id <= 0) {
        return notFound(article.id);
    }
    const Article a = normalized(article);
    const QByteArray snapshot = articleToJsonText(a);
    auto q =
        m_db.exec(QStringLiteral("INSERT INTO recoveries (article_id, user_id, base_version, saved_at, snapshot) "
                                 "VALUES (?, ?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET "
                                 "user_id = excluded.user_id, base_version = excluded.base_version, "
                                 "saved_at = excluded.saved_at, snapshot = excluded.snapshot"),
                  {a.id, userId, a.version, toDbTime(QDateTime::currentDateTimeUtc()), QString::fromUtf8(snapshot)});
    if (!q) {
        return q.error().code == ErrorCode::Storage &&
                       q.error().detail.contains(QLatin1String("foreign key"), Qt::CaseInsensitive)
                   ? Result<void>(notFound(a.id))
                   : Result<void>(q.error());
    }
    return {};
}

Result<std::optional<Recovery>> ArticleRepository::recovery(qint64 articleId)
{
    TOASOAN_TRY(list,
                collectRecoveries(m_db.exec(kRecoverySelect + QStringLiteral("WHERE article_id = ?"), {articleId})));
    if (list->isEmpty()) {
        return std::optional<Recovery>();
    }
    return std::optional<Recovery>(list->constFirst());
}

Result<QList<Recovery>> ArticleRepository::recoveries(qint64 userId)
{
    if (userId > 0) {
        return collectRecoveries(
            m_db.exec(kRecoverySelect + QStringLiteral("WHERE user_id = ? ORDER BY saved_at DESC"), {userId}));
    }
    return collectRecoveries(m_db.exec(kRecoverySelect + QStringLiteral("ORDER BY saved_at DESC")));
}

Result<void> ArticleRepository::discardRecovery(qint64 articleId)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM recoveries WHERE article_id = ?"), {articleId});
    return q ? Result<void>() : Result<void>(q.error());
}

Result<QList<Revision>> ArticleRepository::revisions(qint64 articleId)
{
    TOASOAN_TRY(q, m_db.exec(QStringLiteral("SELECT id, article_id, number, author_id, created_at, note FROM revisions "
                                            "WHERE article_id = ? ORDER BY number DESC"),
                             {articleId}));
    QList<Revision> list;
    while (q->next()) {
        Revision r;
        r.id = q->value(0).toLongLong();
        r.articleId = q->value(1).toLongLong();
        r.number = q->value(2).toInt();
        r.authorId = q->value(3).toLongLong();
        r.createdAt = fromDbTime(q->value(4));
        r.note = q->value(5).toString();
        list.append(r);
    }
    return list;
}

Result<Revision> ArticleRepository::revision(qint64 articleId, int number)
{
    // A snapshot leaves its body apart (migration 22): in the revision's body column, or NULL there while
    // the revision is the newest and the article's body has not changed since: then the article's own.
    TOASOAN_TRY(q, m_db.exec(QStringLiteral("SELECT r.id, r.article_id, r.number, r.author_id, r.created_at, r.note, "
                                            "r.snapshot, COALESCE(r.body, a.body) FROM revisions r JOIN articles a "
                                            "ON a.id = r.article_id WHERE r.article_id = ? AND r.number = ?"),
                             {articleId, number}));
    if (!q->next()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("toasoan::ArticleRepository", "Article %1 has no revision %2.")
                             .arg(articleId)
                             .arg(number));
    }
    Revision r;
    r.id = q->value(0).toLongLong();
    r.articleId = q->value(1).toLongLong();
    r.number = q->value(2).toInt();
    r.authorId = q->value(3).toLongLong();
    r.createdAt = fromDbTime(q->value(4));
    r.note = q->value(5).toString();
    const QJsonObject snapshot = QJsonDocument::fromJson(q->value(6).toString().toUtf8()).object();
    r.snapshot = articleFromJson(snapshot);
    if (!snapshot.contains(QLatin1String("body"))) {
        r.snapshot.body = q->value(7).toString();
    }
    return r;
}

} // namespace toasoan
