#pragma once

#include "app/core/Result.h"
#include "app/model/Taxonomy.h"

#include <QHash>
#include <QList>
#include <optional>

namespace toasoan {

class Database;

/// Categories (a tree through parentId) and tags. Names are NFC-normalized; slugs are derived
/// from names the way WordPress does. Tags attached to articles are written by
/// ArticleRepository through the same tags table. No permission is checked here: the
/// administrator's changes go through TaxonomyAdmin (app/workflow), which checks and logs them.
class TaxonomyRepository final
{
public:
    explicit TaxonomyRepository(Database &db) : m_db(db) {}

    /// Adds a category under `parentId` (0 = top level), after its existing siblings.
    /// Invalid when the name is empty or a sibling has the same name; NotFound for a missing parent.
    Result<Category> createCategory(const QString &name, qint64 parentId = 0);
    Result<Category> loadCategory(qint64 id);
    /// Every category in tree order: each parent followed by its children, siblings by position.
    Result<QList<Category>> listCategories();
    /// How many ancestors `category` has in `tree` (0 = top level); for indenting tree listings.
    static int depth(const Category &category, const QList<Category> &tree);
    /// Articles per category id (trashed ones included: they still use it); unused ones are absent.
    Result<QHash<qint64, int>> categoryArticleCounts();

    /// A new name (the slug follows); Invalid when empty or a sibling has it.
    Result<Category> renameCategory(qint64 id, const QString &name);
    /// Puts the category under `parentId` (0 = top level) at `position` among its new siblings
    /// (-1 = last). Invalid when `parentId` is the category itself or one of its descendants.
    Result<Category> moveCategory(qint64 id, qint64 parentId, int position = -1);
    /// Retires (ngừng dùng) or brings back a category.
    Result<Category> setCategoryRetired(qint64 id, bool retired);
    /// Gives the articles of `fromId` to `intoId`, puts its subcategories under `intoId`, and deletes
    /// `fromId`. Gives how many articles moved. Invalid when `intoId` is `fromId`, one of its
    /// descendants, or retired.
    Result<int> mergeCategory(qint64 fromId, qint64 intoId);
    /// Deletes an unused category; its subcategories move up to its parent. Invalid (retire it
    /// instead) while an article, even a trashed one, has it.
    Result<void> deleteCategory(qint64 id);
    /// Ok when an article whose stored category is `storedId` may have `categoryId`: an existing
    /// category that is not retired, or the one it already has.
    Result<void> checkChoosable(qint64 categoryId, qint64 storedId);

    /// Every tag, sorted with Vietnamese collation.
    Result<QList<Tag>> listTags();
    Result<Tag> loadTag(qint64 id);
    /// Articles per tag id (trashed ones included); unused tags are absent.
    Result<QHash<qint64, int>> tagArticleCounts();
    /// What makes two tag names the same tag: NFC, whitespace and case do not count
    /// ("chuyển  đổi số" is "Chuyển đổi số").
    static QString tagKey(const QString &name);
    /// The stored tag that `name` means (exact name first, else the oldest with the same tagKey).
    Result<std::optional<Tag>> findTag(const QString &name);
    /// The tag `name` means (findTag), created if missing.
    Result<Tag> findOrCreateTag(const QString &name);
    /// A new name for the tag; Invalid when empty or another tag already has it (merge them instead).
    Result<Tag> renameTag(qint64 id, const QString &name);
    /// Puts tag `intoId` on every article that has `fromId` (once, where the other was) and deletes
    /// `fromId`. Gives how many articles had `fromId`.
    Result<int> mergeTag(qint64 fromId, qint64 intoId);
    /// Groups of two or more tags that look like one: same name but for case, spacing, NFC or the
    /// tone-mark style (hòa/hoà). Each group is sorted oldest first.
    Result<QList<QList<Tag>>> nearDuplicateTags();

private:
    Result<void> checkSiblingName(qint64 parentId, const QString &name, qint64 exceptId);
    /// The subcategories of `parentId` (0 = top level) in order, without `exceptId`.
    Result<QList<qint64>> childIds(qint64 parentId, qint64 exceptId = 0);
    /// Whether `id` is `ancestorId` or one of its descendants.
    Result<bool> isWithin(qint64 id, qint64 ancestorId);
    Result<void> renumberSiblings(qint64 parentId, qint64 movingId, int position);
    Result<void> reindexTagged(qint64 tagId);

    Database &m_db;
};

} // namespace toasoan
