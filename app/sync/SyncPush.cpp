// SyncEngine::push(): the working copy's queued changes (storage/PendingOps.h) applied on the server, one server
// transaction each, in the order they were made (issue 14, step 3 of docs/design/offline-working-copies.md).
#include "app/storage/ArticleJson.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/CommentRepository.h"
#include "app/storage/Database.h"
#include "app/storage/EventLog.h"
#include "app/storage/PendingOps.h"
#include "app/sync/SyncEngine.h"
#include "app/workflow/ConflictResolution.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace toasoan::sync {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::SyncEngine)
};

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

/// What a pushed operation did on the server (applied_ops.outcome's "result").
struct Outcome
{
    QString result; ///< applied, merged, conflict, restored or rejected
};

bool isDraftLike(WorkflowState state)
{
    return state == WorkflowState::Draft || state == WorkflowState::Returned;
}

/// Applies one queued operation on the server (inside the caller's server transaction).
class ServerApply
{
public:
    ServerApply(Database &server, Database &copy) : m_server(server), m_copy(copy) {}

    Result<qint64> serverId(const char *table, qint64 localId, bool required)
    {
        if (localId == 0) {
            return qint64(0);
        }
        TOASOAN_TRY(mapped, m_copy.value(QStringLiteral("SELECT server_id FROM server_ids WHERE table_name = ? AND "
                                                        "local_id = ?"),
                                         {QString::fromLatin1(table), localId}));
        if (mapped->isValid()) {
            return mapped->toLongLong();
        }
        if (required) {
            return makeError(ErrorCode::Invalid,
                             Text::tr("A change made offline names someone the server does not know."),
                             QStringLiteral("%1 %2 has no server id").arg(QLatin1String(table)).arg(localId));
        }
        return qint64(0); // made here offline and never pushed (a category or image): none on the server
    }

    /// The copy's article with the server's ids.
    Result<Article> toServer(Article article)
    {
        TOASOAN_TRY(category, serverId("categories", article.categoryId, false));
        TOASOAN_TRY(media, serverId("media", article.featuredImageId, false));
        TOASOAN_TRY(author, serverId("users", article.authorId, true));
        article.categoryId = *category;
        article.featuredImageId = *media;
        article.authorId = *author;
        return article;
    }

    Result<Outcome> apply(const pendingops::Op &op)
    {
        const qint64 localActor = op.payload.value(QStringLiteral("actor")).toInteger();
        TOASOAN_TRY(actor, serverId("users", localActor, true));
        if (op.kind == QLatin1String(pendingops::kCommentAdd)) {
            return addComment(op, *actor);
        }
        if (op.kind == QLatin1String(pendingops::kConflictResolve)) {
            return resolveConflict(op, *actor);
        }
        TOASOAN_TRY(local, toServer(articleFromJson(op.payload.value(QStringLiteral("article")).toObject())));
        if (op.kind == QLatin1String(pendingops::kArticleCreate)) {
            return create(*local, *actor);
        }
        if (op.kind == QLatin1String(pendingops::kArticleEdit)) {
            return edit(op, *local, *actor);
        }
        return makeError(ErrorCode::Invalid, Text::tr("The working copy holds a change this version cannot push."),
                         op.kind);
    }

private:
    Result<Outcome> create(Article article, qint64 actor)
    {
        ArticleRepository articles(m_server);
        if (auto existing = articles.loadByUuid(article.uuid); existing) {
            return Outcome{QStringLiteral("applied")}; // there already (written by an older push)
        } else if (existing.error().code != ErrorCode::NotFound) {
            return existing.error();
        }
        article.id = 0;
        article.state = WorkflowState::Draft;
        TOASOAN_CHECK(articles.create(article, actor));
        return Outcome{QStringLiteral("applied")};
    }

    Result<Outcome> edit(const pendingops::Op &op, const Article &local, qint64 actor)
    {
        ArticleRepository articles(m_server);
        auto found = articles.loadByUuid(local.uuid);
        if (!found && found.error().code != ErrorCode::NotFound) {
            return found.error();
        }
        if (!found) {
            // Deleted on the server (purged from the trash) while edited here: back as its author's draft.
            Article again = local;
            again.id = 0;
            again.state = WorkflowState::Draft;
            TOASOAN_TRY(created, articles.create(again, actor));
            TOASOAN_CHECK(logRestored(created->id, actor));
            return Outcome{QStringLiteral("restored")};
        }
        Article server = *found;
        TOASOAN_TRY(rowVersion,
                    m_server.value(QStringLiteral("SELECT row_version FROM articles WHERE id = ?"), {server.id}));
        bool restored = false;
        if (server.isTrashed()) {
            // In the server's trash: out of it, as its author's draft.
            TOASOAN_CHECK(m_server.exec(QStringLiteral("UPDATE articles SET deleted_at = NULL, state = ?, version = "
                                                       "version + 1 WHERE id = ?"),
                                        {workflowStateKey(WorkflowState::Draft), server.id}));
            TOASOAN_TRY(reloaded, articles.load(server.id));
            server = *reloaded;
            TOASOAN_CHECK(logRestored(server.id, actor));
            restored = true;
        }
        TOASOAN_TRY(baseRow, m_copy.exec(QStringLiteral("SELECT snapshot FROM article_bases WHERE article_uuid = ?"),
                                         {op.articleUuid}));
        Article base = server;
        if (baseRow->next()) {
            TOASOAN_TRY(mapped, toServer(articleFromJson(jsonObject(baseRow->value(0).toString()))));
            base = *mapped;
        }
        baseRow->finish();

        // Three-way, field by field: a field only this PC changed takes its value, one only the server changed
        // keeps the server's; the text changed on both sides keeps the server's as current and this PC's as a
        // conflict copy (never last-write-wins on text). Metadata changed on both sides keeps the server's.
        Article merged = server;
        bool textConflict = false;
        auto field = [&](auto Article::*member, bool text) {
            const bool mine = !(local.*member == base.*member);
            const bool theirs = !(server.*member == base.*member);
            if (mine && !theirs) {
                merged.*member = local.*member;
            } else if (mine && theirs && !(local.*member == server.*member) && text) {
                textConflict = true;
            }
        };
        field(&Article::title, true);
        field(&Article::sapo, true);
        field(&Article::body, true);
        field(&Article::slug, false);
        field(&Article::categoryId, false);
        field(&Article::tags, false);
        field(&Article::byline, false);
        field(&Article::source, false);
        field(&Article::dateline, false);
        field(&Article::featuredImageId, false);
        field(&Article::featuredImageCaption, false);
        field(&Article::scheduledAt, false);
        field(&Article::notes, false);

        if (server.authorId != actor || !isDraftLike(server.state)) {
            // Submitted (or given to someone else) on the server meanwhile: the text is not written into the
            // article under review, it waits beside it as a conflict copy.
            TOASOAN_CHECK(conflictCopy(server, local, actor));
            return Outcome{QStringLiteral("conflict")};
        }
        if (!merged.sameContent(server)) {
            TOASOAN_CHECK(articles.save(merged, actor, Text::tr("Written offline")));
        }
        if (textConflict) {
            TOASOAN_CHECK(conflictCopy(server, local, actor));
            return Outcome{QStringLiteral("conflict")};
        }
        if (restored) {
            return Outcome{QStringLiteral("restored")};
        }
        return Outcome{op.baseVersion == rowVersion->toLongLong() ? QStringLiteral("applied")
                                                                  : QStringLiteral("merged")};
    }

    Result<void> logRestored(qint64 articleId, qint64 actor)
    {
        Event event;
        event.articleId = articleId;
        event.userId = actor;
        event.action = QStringLiteral("offline_restore");
        event.toState = WorkflowState::Draft;
        event.comment = Text::tr("Restored as its author's draft: it was deleted on the server while being edited "
                                 "offline.");
        return EventLog(m_server).append(event).discard();
    }

    /// This PC's text kept as a revision of its author beside the server's current version.
    Result<void> conflictCopy(const Article &server, Article local, qint64 actor)
    {
        local.id = server.id;
        local.version = server.version;
        local.state = server.state;
        local.updatedAt = QDateTime::currentDateTimeUtc();
        TOASOAN_CHECK(m_server.exec(
            QStringLiteral(
                "INSERT INTO revisions (article_id, number, author_id, created_at, note, snapshot, body, conflict) "
                "VALUES (?, (SELECT COALESCE(MAX(number), 0) + 1 FROM revisions WHERE article_id = ?), ?, "
                "?, ?, ?, ?, 1)"),
            // The PC's body is not the article's: it is stored in the revision itself (a NULL body would
            // mean the article's current text, migration 22).
            {server.id, server.id, actor, toDbTime(local.updatedAt),
             Text::tr("Conflict copy: written offline while the article changed on the server"),
             QString::fromUtf8(articleToJsonTextWithoutBody(local)), local.body}));
        Event event;
        event.articleId = server.id;
        event.userId = actor;
        event.action = QStringLiteral("conflict_copy");
        event.comment = Text::tr("The text written offline is kept as a conflict copy beside the current version.");
        return EventLog(m_server).append(event).discard();
    }

    /// A conflict copy dealt with on the PC (its text, if any, pushed by the op before): marked here if the
    /// actor may (ConflictResolution::markDealtWith checks as the window would); else it waits again.
    Result<Outcome> resolveConflict(const pendingops::Op &op, qint64 actor)
    {
        const qint64 revisionId = op.payload.value(QStringLiteral("revision")).toInteger();
        TOASOAN_TRY(q, m_server.exec(QStringLiteral("SELECT article_id, number, conflict FROM revisions WHERE id = ?"),
                                     {revisionId}));
        if (!q->next()) {
            return Outcome{QStringLiteral("rejected")}; // the article was purged meanwhile
        }
        const qint64 articleId = q->value(0).toLongLong();
        const int number = q->value(1).toInt();
        const bool waiting = q->value(2).toInt() == 1;
        q->finish();
        if (!waiting) {
            return Outcome{QStringLiteral("applied")}; // dealt with by someone else already
        }
        const auto choice = ConflictResolution::choiceFromKey(op.payload.value(QStringLiteral("choice")).toString());
        auto marked = ConflictResolution(m_server).markDealtWith(articleId, number, actor,
                                                                 choice.value_or(ConflictChoice::KeepCurrent));
        if (marked) {
            return Outcome{QStringLiteral("applied")};
        }
        if (marked.error().code != ErrorCode::Forbidden && marked.error().code != ErrorCode::Invalid) {
            return marked.error();
        }
        // Refused: the copy waits again, and the next pull brings that back to the PC.
        TOASOAN_CHECK(
            m_server.exec(QStringLiteral("UPDATE revisions SET conflict = conflict WHERE id = ?"), {revisionId}));
        return Outcome{QStringLiteral("rejected")};
    }

    Result<Outcome> addComment(const pendingops::Op &op, qint64 actor)
    {
        TOASOAN_TRY(article,
                    m_server.value(QStringLiteral("SELECT id FROM articles WHERE uuid = ?"), {op.articleUuid}));
        if (!article->isValid()) {
            return Outcome{QStringLiteral("rejected")}; // the article is gone: the comment stays in applied_ops
        }
        const QString uuid = op.payload.value(QStringLiteral("uuid")).toString();
        TOASOAN_TRY(there, m_server.value(QStringLiteral("SELECT 1 FROM comments WHERE uuid = ?"), {uuid}));
        if (there->isValid()) {
            return Outcome{QStringLiteral("applied")};
        }
        Comment comment;
        comment.articleId = article->toLongLong();
        comment.authorId = actor;
        comment.body = op.payload.value(QStringLiteral("body")).toString();
        comment.createdAt =
            QDateTime::fromMSecsSinceEpoch(op.payload.value(QStringLiteral("created_ms")).toInteger(), Qt::UTC);
        comment.uuid = QUuid(uuid);
        if (const QString parent = op.payload.value(QStringLiteral("parent_uuid")).toString(); !parent.isEmpty()) {
            TOASOAN_TRY(parentId, m_server.value(QStringLiteral("SELECT id FROM comments WHERE uuid = ?"), {parent}));
            comment.parentId = parentId->toLongLong();
        }
        TOASOAN_CHECK(CommentRepository(m_server).add(comment));
        return Outcome{QStringLiteral("applied")};
    }

    Database &m_server;
    Database &m_copy;
};

} // namespace

Result<PushReport> SyncEngine::push()
{
    if (!m_server.isShared() || m_copy.isShared()) {
        return makeError(ErrorCode::Invalid, Text::tr("Only a shared database has working copies."));
    }
    PushReport report;
    for (;;) {
        TOASOAN_TRY(next,
                    m_copy.exec(QStringLiteral("SELECT seq, op_id, kind, article_uuid, base_version, payload FROM "
                                               "pending_ops ORDER BY seq LIMIT 1")));
        if (!next->next()) {
            break;
        }
        pendingops::Op op{next->value(0).toLongLong(),
                          next->value(1).toString(),
                          next->value(2).toString(),
                          next->value(3).toString(),
                          next->isNull(4) ? -1 : next->value(4).toLongLong(),
                          jsonObject(next->value(5).toString())};
        next->finish();
        const bool onArticle = op.kind != QLatin1String(pendingops::kCommentAdd);
        Outcome outcome;
        qint64 rowVersion = -1;
        bool already = false;
        // One server transaction: the operation's id first (a retry after a lost acknowledgement finds it and
        // answers what it did then), the change, its outcome.
        auto applied = m_server.transaction([&]() -> Result<void> {
            TOASOAN_TRY(claimed, m_server.exec(QStringLiteral(
                                                   "INSERT INTO applied_ops (op_id, pc, outcome, at) VALUES (CAST(? AS "
                                                   "uuid), ?, '', (extract(epoch FROM now()) * 1000)::bigint) ON "
                                                   "CONFLICT (op_id) DO NOTHING RETURNING op_id"),
                                               {op.opId, m_copy.identity()}));
            if (!claimed->next()) {
                claimed->finish();
                TOASOAN_TRY(stored, m_server.value(QStringLiteral("SELECT outcome FROM applied_ops WHERE op_id = "
                                                                  "CAST(? AS uuid)"),
                                                   {op.opId}));
                const QJsonObject o = jsonObject(stored->toString());
                outcome.result = o.value(QStringLiteral("result")).toString();
                rowVersion = o.value(QStringLiteral("row_version")).toInteger(-1);
                already = true;
                return {};
            }
            claimed->finish();
            TOASOAN_TRY(done, ServerApply(m_server, m_copy).apply(op));
            outcome = *done;
            if (onArticle) {
                // Whatever the outcome, the article gets this transaction's version: the copy's next pull brings
                // the server's text back in place of the one written here.
                TOASOAN_CHECK(m_server.exec(QStringLiteral("UPDATE articles SET row_version = 0 WHERE uuid = ?"),
                                            {op.articleUuid}));
                TOASOAN_TRY(stamped, m_server.value(QStringLiteral("SELECT row_version FROM articles WHERE uuid = ?"),
                                                    {op.articleUuid}));
                rowVersion = stamped->toLongLong();
            }
            return m_server
                .exec(QStringLiteral("UPDATE applied_ops SET outcome = ?, applied_version = "
                                     "NULLIF(current_setting('toasoan.sync_version', true), '')::bigint WHERE op_id = "
                                     "CAST(? AS uuid)"),
                      {jsonText(
                           {{QStringLiteral("result"), outcome.result}, {QStringLiteral("row_version"), rowVersion}}),
                       op.opId})
                .discard();
        });
        if (!applied) {
            return applied.error(); // stays queued: the next push tries it again
        }
        // The acknowledgement: the operation leaves the queue. The PC's later edits of the article build on
        // the text it pushed, at the server's version.
        auto acknowledged = m_copy.transaction([&]() -> Result<void> {
            TOASOAN_CHECK(m_copy.exec(QStringLiteral("DELETE FROM pending_ops WHERE seq = ?"), {op.seq}));
            if (!onArticle || outcome.result == QLatin1String("rejected") ||
                op.kind == QLatin1String(pendingops::kConflictResolve)) {
                return {};
            }
            TOASOAN_CHECK(m_copy.exec(
                QStringLiteral("INSERT OR REPLACE INTO article_bases (article_uuid, row_version, "
                               "snapshot) VALUES (?, ?, ?)"),
                {op.articleUuid, rowVersion, jsonText(op.payload.value(QStringLiteral("article")).toObject())}));
            return m_copy
                .exec(QStringLiteral("UPDATE pending_ops SET base_version = ? WHERE article_uuid = ?"),
                      {rowVersion, op.articleUuid})
                .discard();
        });
        if (!acknowledged) {
            return acknowledged.error(); // the server has it: the next push is answered from applied_ops
        }
        ++report.pushed;
        report.alreadyApplied += already ? 1 : 0;
        if (outcome.result == QLatin1String("conflict")) {
            ++report.conflicts;
        } else if (outcome.result == QLatin1String("merged")) {
            ++report.merged;
        } else if (outcome.result == QLatin1String("restored")) {
            ++report.restored;
        } else if (outcome.result == QLatin1String("rejected")) {
            ++report.rejected;
        }
        if (m_progress) {
            m_progress(report.pushed);
        }
    }
    return report;
}

Result<SyncReport> SyncEngine::sync()
{
    SyncReport report;
    // A change made here between the push and the pull holds the pull back (it would be overwritten): push again.
    for (int attempt = 0;; ++attempt) {
        TOASOAN_TRY(pushed, push());
        report.push.pushed += pushed->pushed;
        report.push.conflicts += pushed->conflicts;
        report.push.merged += pushed->merged;
        report.push.restored += pushed->restored;
        report.push.rejected += pushed->rejected;
        report.push.alreadyApplied += pushed->alreadyApplied;
        auto pulled = pull();
        if (pulled) {
            report.pull = *pulled;
            return report;
        }
        if (pulled.error().code != ErrorCode::Conflict || attempt == 2) {
            return pulled.error();
        }
    }
}

} // namespace toasoan::sync
