#pragma once

#include "app/core/Result.h"
#include "app/model/Taxonomy.h"

#include <QList>

namespace toasoan {

class Database;

/// Categories (a tree through parentId) and tags. Names are NFC-normalized; slugs are derived
/// from names the way WordPress does. Tags attached to articles are written by
/// ArticleRepository through the same tags table.
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

    /// Every tag, sorted with Vietnamese collation.
    Result<QList<Tag>> listTags();
    /// The tag with this name (after NFC normalization and whitespace cleanup), created if missing.
    Result<Tag> findOrCreateTag(const QString &name);

private:
    Database &m_db;
};

} // namespace toasoan
