#include "app/workflow/ConflictResolution.h"

#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"
#include "app/storage/EventLog.h"
#include "app/storage/PendingOps.h"
#include "app/storage/UserRepository.h"
#include "app/workflow/ActingUser.h"
#include "app/workflow/Permissions.h"
#include "app/workflow/WorkflowService.h"

namespace toasoan {

namespace {

/// revisions.conflict: 1 = a copy waiting, 2 = dealt with (migration 20).
constexpr int kWaiting = 1;
constexpr int kDealtWith = 2;

bool mayDealWithOthers(const User &user)
{
    return user.role == Role::Editor || user.role == Role::Approver || user.role == Role::Admin;
}

ArticleFacts factsOf(const Article &article)
{
    ArticleFacts facts;
    facts.state = article.state;
    facts.authorId = article.authorId;
    facts.trashed = article.isTrashed();
    return facts;
}

} // namespace

Result<QList<ConflictCopy>> ConflictResolution::waitingFor(qint64 actorId)
{
    TOASOAN_CHECK(actingUser(m_db, actorId).discard());
    return Inbox(m_db).conflictCopies(actorId);
}

Result<QList<ConflictCopy>> ConflictResolution::waitingOn(qint64 articleId, qint64 actorId)
{
    TOASOAN_TRY(user, actingUser(m_db, actorId));
    TOASOAN_TRY(article, ArticleRepository(m_db).load(articleId));
    QList<ConflictCopy> copies;
    if (!checkRead(*user, factsOf(*article)) || article->isTrashed()) {
        return copies;
    }
    TOASOAN_TRY(q, m_db.exec(QStringLiteral("SELECT number, author_id, created_at FROM revisions WHERE article_id = ? "
                                            "AND conflict = ? ORDER BY created_at DESC, id DESC"),
                             {articleId, kWaiting}));
    while (q->next()) {
        if (q->value(1).toLongLong() == user->id || mayDealWithOthers(*user)) {
            copies.append({articleId, q->value(0).toInt(), article->title, fromDbTime(q->value(2))});
        }
    }
    return copies;
}

Result<ConflictCase> ConflictResolution::load(qint64 articleId, int revision, qint64 actorId)
{
    TOASOAN_TRY(user, actingUser(m_db, actorId));
    TOASOAN_TRY(q, m_db.exec(QStringLiteral("SELECT author_id, conflict FROM revisions WHERE article_id = ? AND "
                                            "number = ?"),
                             {articleId, revision}));
    if (!q->next()) {
        return makeError(ErrorCode::NotFound, tr("Article %1 has no revision %2.").arg(articleId).arg(revision));
    }
    const qint64 author = q->value(0).toLongLong();
    const int state = q->value(1).toInt();
    q->finish();
    if (state == kDealtWith) {
        return makeError(ErrorCode::Invalid,
                         tr("This conflict copy has been dealt with already (revision %1).").arg(revision));
    }
    if (state != kWaiting) {
        return makeError(ErrorCode::Invalid, tr("Revision %1 is not a conflict copy.").arg(revision));
    }
    if (author != user->id && !mayDealWithOthers(*user)) {
        return makeError(
            ErrorCode::Forbidden,
            tr("Only the person who wrote this conflict copy, an editor or an approver can deal with it."));
    }
    ArticleRepository articles(m_db);
    TOASOAN_TRY(article, articles.load(articleId));
    TOASOAN_CHECK(checkRead(*user, factsOf(*article)));
    if (article->isTrashed()) {
        return makeError(ErrorCode::Invalid, tr("This article is in the trash. Restore it before dealing with its "
                                                "conflict copy."));
    }
    TOASOAN_TRY(copy, articles.revision(articleId, revision));
    auto writer = UserRepository(m_db).load(author);
    return ConflictCase{*article, *copy, writer ? writer->displayName : QString()};
}

Result<ConflictCase> ConflictResolution::open(qint64 articleId, int revision, qint64 actorId)
{
    return load(articleId, revision, actorId);
}

QString ConflictResolution::choiceKey(ConflictChoice choice)
{
    switch (choice) {
    case ConflictChoice::KeepCurrent:
        return QStringLiteral("current");
    case ConflictChoice::TakeCopy:
        return QStringLiteral("copy");
    case ConflictChoice::Merge:
        break;
    }
    return QStringLiteral("merge");
}

std::optional<ConflictChoice> ConflictResolution::choiceFromKey(const QString &key)
{
    for (ConflictChoice choice : {ConflictChoice::KeepCurrent, ConflictChoice::TakeCopy, ConflictChoice::Merge}) {
        if (choiceKey(choice) == key) {
            return choice;
        }
    }
    return std::nullopt;
}

QString ConflictResolution::note(ConflictChoice choice, int revision)
{
    switch (choice) {
    case ConflictChoice::KeepCurrent:
        return tr("Conflict copy (revision %1) set aside: the current version is kept.").arg(revision);
    case ConflictChoice::TakeCopy:
        return tr("Conflict copy (revision %1) taken: its text is the current version.").arg(revision);
    case ConflictChoice::Merge:
        break;
    }
    return tr("Conflict copy (revision %1) merged with the current version.").arg(revision);
}

Result<void> ConflictResolution::mark(qint64 articleId, int revision, qint64 actorId, ConflictChoice choice)
{
    TOASOAN_TRY(marked, m_db.exec(QStringLiteral("UPDATE revisions SET conflict = ? WHERE article_id = ? AND "
                                                 "number = ? AND conflict = ?"),
                                  {kDealtWith, articleId, revision, kWaiting}));
    if (marked->numRowsAffected() != 1) {
        return makeError(ErrorCode::Conflict, tr("Someone dealt with this conflict copy at the same time."));
    }
    Event event;
    event.articleId = articleId;
    event.userId = actorId;
    event.action = QStringLiteral("conflict_resolved");
    event.comment = note(choice, revision);
    return EventLog(m_db).append(event).discard();
}

Result<void> ConflictResolution::markDealtWith(qint64 articleId, int revision, qint64 actorId, ConflictChoice choice)
{
    // In the caller's transaction: a refusal must not fail it (the push records it and goes on).
    TOASOAN_CHECK(load(articleId, revision, actorId).discard());
    return mark(articleId, revision, actorId, choice);
}

Result<Article> ConflictResolution::resolve(qint64 articleId, int revision, qint64 actorId, ConflictChoice choice,
                                            const Article &merged, int seenVersion)
{
    std::optional<Article> result;
    Result<void> done = m_db.transaction([&]() -> Result<void> {
        TOASOAN_TRY(found, load(articleId, revision, actorId));
        const Article &current = found->current;
        if (seenVersion != 0 && current.version != seenVersion) {
            return makeError(
                ErrorCode::Conflict,
                tr("Someone saved this article after you compared it with the conflict copy. Compare "
                   "them again with the newer version."),
                QStringLiteral("stored version %1, compared version %2").arg(current.version).arg(seenVersion));
        }
        if (choice != ConflictChoice::KeepCurrent) {
            WorkflowService workflow(m_db);
            if (auto allowed = workflow.check(actorId, Action::EditContent, articleId); !allowed) {
                return makeError(ErrorCode::Forbidden,
                                 tr("You cannot write a text from this conflict copy into the article: %1")
                                     .arg(allowed.error().message),
                                 allowed.error().detail);
            }
            const Article &source = choice == ConflictChoice::TakeCopy ? found->copy.snapshot : merged;
            Article text = current;
            text.title = source.title;
            text.sapo = source.sapo;
            text.body = source.body;
            // On a working copy this is an offline edit: queued, and refused (Offline) unless the author's draft.
            TOASOAN_CHECK(workflow.saveAsUser(text, actorId, note(choice, revision)).discard());
        }
        TOASOAN_CHECK(mark(articleId, revision, actorId, choice));
        if (m_db.isWorkingCopy()) {
            // After the save queued above: the server marks the copy once it has the text.
            TOASOAN_TRY(serverId, pendingops::revisionServerId(m_db, found->copy.id));
            if (*serverId == 0) {
                return makeError(ErrorCode::Offline,
                                 tr("This computer is working offline and the office server does not know this "
                                    "conflict copy yet. Try again after the next synchronisation."));
            }
            TOASOAN_CHECK(
                pendingops::recordConflictResolved(m_db, current.uuid, *serverId, actorId, choiceKey(choice)));
        }
        TOASOAN_TRY(after, ArticleRepository(m_db).load(articleId));
        result = *after;
        return {};
    });
    if (!done) {
        return done.error();
    }
    return *result;
}

} // namespace toasoan
