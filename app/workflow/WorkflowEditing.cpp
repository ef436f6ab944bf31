// WorkflowService: saving content, restoring revisions, trash, comments and edit locks.
#include "app/storage/ArticleRepository.h"
#include "app/storage/CommentRepository.h"
#include "app/storage/Database.h"
#include "app/workflow/WorkflowService.h"

#include <QCoreApplication>

namespace toasoan {

namespace {

// The editable content of `from`, over the identity and workflow fields of `onto`.
Article withContentOf(Article onto, const Article &from)
{
    onto.title = from.title;
    onto.slug = from.slug;
    onto.sapo = from.sapo;
    onto.body = from.body;
    onto.categoryId = from.categoryId;
    onto.tags = from.tags;
    onto.byline = from.byline;
    onto.source = from.source;
    onto.dateline = from.dateline;
    onto.featuredImageId = from.featuredImageId;
    onto.featuredImageCaption = from.featuredImageCaption;
    onto.scheduledAt = from.scheduledAt;
    onto.notes = from.notes;
    return onto;
}

} // namespace

EditLockRepository WorkflowService::locks(const OfficeSettings &office)
{
    return EditLockRepository(m_db, m_clock, office.editLockMinutes);
}

Result<Article> WorkflowService::saveEdited(const Article &edited, qint64 actorId)
{
    if (edited.id == 0) {
        return ArticleRepository(m_db).create(edited, actorId);
    }
    return saveAsUser(edited, actorId);
}

Result<Article> WorkflowService::saveAsUser(const Article &article, qint64 actorId, const QString &note)
{
    ArticleRepository articles(m_db);
    std::optional<Article> saved;
    Result<void> done = m_db.transaction([&]() -> Result<void> {
        TOASOAN_TRY(user, actor(actorId));
        TOASOAN_TRY(office, officeSettings());
        TOASOAN_TRY(stored, articles.load(article.id));
        TOASOAN_TRY(storedFacts, factsOf(*stored));
        if (auto allowed = checkPermission(*user, Action::EditContent, *storedFacts, *office); !allowed) {
            return allowed;
        }
        TOASOAN_TRY(lock, locks(*office).current(article.id));
        if (lock->has_value() && (*lock)->userId != user->id) {
            return makeError(ErrorCode::Conflict, EditLockRepository::heldMessage(**lock, m_clock()),
                             QStringLiteral("edit lock held by user %1").arg((*lock)->userId));
        }
        if (article.version == stored->version && article.sameContent(*stored)) {
            saved = *stored;
            return {};
        }
        TOASOAN_TRY(written, articles.save(article, user->id, note));
        saved = *written;
        if (stored->state != WorkflowState::Approved) {
            return {};
        }
        // An approval covers the text the approver read: a change by someone who could not
        // have approved it sends the article back for approval.
        ArticleFacts awaiting = *storedFacts;
        awaiting.state = WorkflowState::AwaitingApproval;
        if (checkPermission(*user, Action::Approve, awaiting, *office)) {
            return {};
        }
        TOASOAN_TRY(demoted, articles.transition(article.id, WorkflowState::AwaitingApproval, user->id,
                                                 WorkflowService::tr("Edited after approval: it needs approval again."),
                                                 written->version));
        saved = *demoted;
        return {};
    });
    if (!done) {
        return done.error();
    }
    return *saved;
}

Result<Article> WorkflowService::restoreRevision(qint64 articleId, int number, qint64 actorId)
{
    ArticleRepository articles(m_db);
    TOASOAN_TRY(revision, articles.revision(articleId, number));
    TOASOAN_TRY(current, articles.load(articleId));
    const Article restored = withContentOf(*current, revision->snapshot);
    if (restored.sameContent(*current)) {
        return makeError(ErrorCode::Invalid,
                         WorkflowService::tr("Revision %1 is the same as the current text.").arg(number));
    }
    return saveAsUser(restored, actorId, WorkflowService::tr("Restored revision %1").arg(number));
}

Result<void> WorkflowService::moveToTrash(qint64 articleId, qint64 actorId)
{
    if (m_db.isWorkingCopy()) {
        return onServer(articleId, actorId,
                        [](WorkflowService &server, qint64 article, qint64 actor) {
                            return server.moveToTrash(article, actor);
                        })
            .transform([](const Article &) {});
    }
    return m_db.transaction([&]() -> Result<void> {
        if (auto allowed = check(actorId, Action::Trash, articleId); !allowed) {
            return allowed;
        }
        return ArticleRepository(m_db).moveToTrash(articleId, actorId);
    });
}

Result<Comment> WorkflowService::addComment(qint64 articleId, qint64 actorId, const QString &body, qint64 parentId)
{
    std::optional<Comment> added;
    Result<void> done = m_db.transaction([&]() -> Result<void> {
        if (auto allowed = check(actorId, Action::Comment, articleId); !allowed) {
            return allowed;
        }
        Comment comment;
        comment.articleId = articleId;
        comment.authorId = actorId;
        comment.parentId = parentId;
        comment.body = body;
        TOASOAN_TRY(stored, CommentRepository(m_db).add(comment));
        added = *stored;
        return {};
    });
    if (!done) {
        return done.error();
    }
    return *added;
}

Result<EditLock> WorkflowService::acquireLock(qint64 articleId, qint64 actorId)
{
    TOASOAN_CHECK(check(actorId, Action::EditContent, articleId));
    TOASOAN_TRY(office, officeSettings());
    return locks(*office).acquire(articleId, actorId);
}

Result<EditLock> WorkflowService::takeOverLock(qint64 articleId, qint64 actorId)
{
    if (m_db.isWorkingCopy()) {
        // Taken on the server, where the other PCs see locks; held here too, for this window.
        TOASOAN_CHECK(onServer(articleId, actorId, [](WorkflowService &server, qint64 article, qint64 actor) {
            return server.takeOverLock(article, actor).transform([](const EditLock &) {});
        }));
        return acquireLock(articleId, actorId);
    }
    TOASOAN_CHECK(check(actorId, Action::EditContent, articleId));
    TOASOAN_TRY(office, officeSettings());
    return locks(*office).takeOver(articleId, actorId);
}

Result<void> WorkflowService::heartbeatLock(qint64 articleId, qint64 actorId)
{
    TOASOAN_TRY(office, officeSettings());
    return locks(*office).heartbeat(articleId, actorId);
}

Result<void> WorkflowService::releaseLock(qint64 articleId, qint64 actorId)
{
    TOASOAN_TRY(office, officeSettings());
    return locks(*office).release(articleId, actorId);
}

Result<std::optional<EditLock>> WorkflowService::currentLock(qint64 articleId)
{
    TOASOAN_TRY(office, officeSettings());
    return locks(*office).current(articleId);
}

} // namespace toasoan
