#pragma once

#include "app/core/Result.h"
#include "app/model/Article.h"
#include "app/model/Revision.h"
#include "app/workflow/Inbox.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace toasoan {

class Database;

/// How a waiting conflict copy is dealt with.
enum class ConflictChoice
{
    KeepCurrent, ///< the current version stays; the copy is set aside (kept in the history)
    TakeCopy,    ///< the copy's title, sapo and body become a new version
    Merge,       ///< a text merged from both (title, sapo, body) becomes a new version
};

/// A waiting conflict copy next to the article's current version: what the conflict view shows.
struct ConflictCase
{
    Article current;    ///< the article as stored now
    Revision copy;      ///< the conflict copy, its snapshot loaded
    QString copyAuthor; ///< the display name of who wrote it
};

/// Conflict copies (issue 14): a text written offline while the article changed on the server is kept as a
/// revision with conflict = 1 beside the current version (SyncEngine::push). This deals with one: keeps the
/// current version, takes the copy's text or saves a merged one, and marks the copy dealt with
/// (conflict = 2) with an event `conflict_resolved`, all in one transaction. A text is saved through
/// WorkflowService::saveAsUser (the one save path: EditContent, edit locks, approval). Only the copy's
/// author, an editor, an approver or an administrator may deal with a copy, and only on an article they may
/// open; taking or merging a text needs the article to be theirs to edit now.
///
/// On a PC's offline working copy the text is saved as any offline edit (only the author's own draft or returned
/// article: else ErrorCode::Offline) and the mark is queued after it (pendingops::kConflictResolve); the push
/// applies both in order on the server, where markDealtWith() checks the actor again.
class ConflictResolution final
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::ConflictResolution)

public:
    explicit ConflictResolution(Database &db) : m_db(db) {}

    /// The waiting copies `actorId` wrote (Inbox::conflictCopies), newest first.
    Result<QList<ConflictCopy>> waitingFor(qint64 actorId);
    /// The waiting copies of one article that `actorId` may deal with, newest first.
    Result<QList<ConflictCopy>> waitingOn(qint64 articleId, qint64 actorId);
    /// The copy `revision` of the article and its current version, when `actorId` may deal with it; Invalid
    /// when it is not a waiting conflict copy (dealt with already, or an ordinary revision).
    Result<ConflictCase> open(qint64 articleId, int revision, qint64 actorId);
    /// Deals with the copy: `merged`'s title, sapo and body are saved for ConflictChoice::Merge (its other
    /// fields are ignored). `seenVersion` (non-zero) is the article's version the person compared with:
    /// Conflict when someone saved it since (nothing is written). The article as it is afterwards.
    Result<Article> resolve(qint64 articleId, int revision, qint64 actorId, ConflictChoice choice,
                            const Article &merged = {}, int seenVersion = 0);

    /// The mark alone, the text (if any) written already: for the push of a resolution queued on a working copy,
    /// inside the push's server transaction (a refusal leaves it usable).
    Result<void> markDealtWith(qint64 articleId, int revision, qint64 actorId, ConflictChoice choice);

    /// The stable name of a choice in queued operations: "current", "copy", "merge".
    static QString choiceKey(ConflictChoice choice);
    static std::optional<ConflictChoice> choiceFromKey(const QString &key);

private:
    /// The note of the save and the comment of the event.
    static QString note(ConflictChoice choice, int revision);
    Result<void> mark(qint64 articleId, int revision, qint64 actorId, ConflictChoice choice);
    Result<ConflictCase> load(qint64 articleId, int revision, qint64 actorId);

    Database &m_db;
};

} // namespace toasoan
