#pragma once

#include "app/core/Result.h"
#include "app/model/Taxonomy.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>

namespace toasoan {

class Database;

/// A category with what the administrator needs to decide about it.
struct CategoryEntry
{
    Category category;
    int depth = 0;        ///< ancestors (0 = top level)
    int articleCount = 0; ///< articles that have it, trashed ones included
};

/// A tag with the number of articles that have it.
struct TagEntry
{
    Tag tag;
    int articleCount = 0;
};

/// The administrator's management of categories and tags (TaxonomyRepository does the work).
/// Every change checks that `actorId` may ManageSettings (read fresh from the database: websites,
/// categories and office settings are one permission) and is written to the event log with that
/// user, in the same transaction. Reading needs no permission: every editor's category picker
/// shows the tree.
class TaxonomyAdmin final
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::TaxonomyAdmin)

public:
    /// What remove() did.
    enum class Removal
    {
        Deleted, ///< nobody used it
        Retired, ///< articles have it: it stays on them, ngừng dùng for new ones
    };

    explicit TaxonomyAdmin(Database &db) : m_db(db) {}

    /// Ok when `actorId` may manage categories and tags, else the translated reason (Forbidden).
    Result<void> check(qint64 actorId);

    /// The tree in order (TaxonomyRepository::listCategories) with depths and article counts.
    Result<QList<CategoryEntry>> categories();
    /// Every tag (Vietnamese order) with its article count.
    Result<QList<TagEntry>> tags();

    Result<Category> addCategory(qint64 actorId, const QString &name, qint64 parentId = 0);
    Result<Category> renameCategory(qint64 actorId, qint64 id, const QString &name);
    /// See TaxonomyRepository::moveCategory (refuses cycles).
    Result<Category> moveCategory(qint64 actorId, qint64 id, qint64 parentId, int position = -1);
    /// Gives how many articles moved from `fromId` to `intoId`; `fromId` is deleted.
    Result<int> mergeCategory(qint64 actorId, qint64 fromId, qint64 intoId);
    Result<Category> setRetired(qint64 actorId, qint64 id, bool retired);
    /// Deletes an unused category; Invalid while articles have it (retire it instead).
    Result<void> deleteCategory(qint64 actorId, qint64 id);
    /// Deletes the category when no article has it, else retires it.
    Result<Removal> removeCategory(qint64 actorId, qint64 id);

    Result<Tag> renameTag(qint64 actorId, qint64 id, const QString &name);
    /// Gives how many articles had `fromId`; `fromId` is deleted.
    Result<int> mergeTag(qint64 actorId, qint64 fromId, qint64 intoId);

private:
    /// Runs `work` in one transaction after the permission check, and logs `action` with the comment
    /// `work` gives.
    Result<void> change(qint64 actorId, const QString &action, const std::function<Result<QString>()> &work);

    Database &m_db;
};

/// A category named by its id ("12") or its name (the first with that name, case and spacing
/// ignored); NotFound otherwise. For the command line and other text input.
Result<Category> findCategory(Database &db, const QString &idOrName);

} // namespace toasoan
