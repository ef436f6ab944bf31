#include "app/storage/TaxonomyRepository.h"

#include "app/storage/Database.h"
#include "app/text/Normalize.h"
#include "app/text/Slug.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace toasoan {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::TaxonomyRepository)
};

const QString kCategoryColumns = QStringLiteral("id, parent_id, name, slug, position, retired");

Category categoryFromQuery(const QSqlQuery &q)
{
    Category c;
    c.id = q.value(0).toLongLong();
    c.parentId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
    c.name = q.value(2).toString();
    c.slug = q.value(3).toString();
    c.position = q.value(4).toInt();
    c.retired = q.value(5).toInt() != 0;
    return c;
}

QString cleanName(const QString &name)
{
    return text::normalize(name.simplified());
}

void appendSubtree(qint64 parentId, const QHash<qint64, QList<Category>> &children, QList<Category> &out,
                   QSet<qint64> &seen)
{
    const QList<Category> kids = children.value(parentId);
    for (const Category &c : kids) {
        // A damaged parent chain (a cycle) must not loop forever.
        if (seen.contains(c.id)) {
            continue;
        }
        seen.insert(c.id);
        out.append(c);
        appendSubtree(c.id, children, out, seen);
    }
}

} // namespace

Result<Category> TaxonomyRepository::createCategory(const QString &name, qint64 parentId)
{
    Category category;
    category.name = cleanName(name);
    category.parentId = parentId;
    if (category.name.isEmpty()) {
        return makeError(ErrorCode::Invalid, Text::tr("Please enter the category name."));
    }
    category.slug = text::slugify(category.name);

    Result<void> done = m_db.transaction([&]() -> Result<void> {
        if (parentId > 0) {
            TOASOAN_CHECK(loadCategory(parentId));
        }
        TOASOAN_CHECK(checkSiblingName(parentId, category.name, 0));
        TOASOAN_TRY(last, parentId > 0 ? m_db.value(QStringLiteral("SELECT max(position) FROM categories "
                                                                   "WHERE parent_id = ?"),
                                                    {parentId})
                                       : m_db.value(QStringLiteral("SELECT max(position) FROM categories "
                                                                   "WHERE parent_id IS NULL")));
        category.position = last->isNull() ? 0 : last->toInt() + 1;
        TOASOAN_TRY(id, m_db.insert(QStringLiteral("INSERT INTO categories (parent_id, name, slug, position) "
                                                   "VALUES (?, ?, ?, ?) RETURNING id"),
                                    {toDbId(parentId), category.name, category.slug, category.position}));
        category.id = *id;
        return {};
    });
    if (!done) {
        return done.error();
    }
    return category;
}

Result<void> TaxonomyRepository::checkSiblingName(qint64 parentId, const QString &name, qint64 exceptId)
{
    TOASOAN_TRY(siblings, parentId > 0 ? m_db.exec(QStringLiteral("SELECT id, name FROM categories "
                                                                  "WHERE parent_id = ?"),
                                                   {parentId})
                                       : m_db.exec(QStringLiteral("SELECT id, name FROM categories "
                                                                  "WHERE parent_id IS NULL")));
    const QString key = tagKey(name);
    while (siblings->next()) {
        if (siblings->value(0).toLongLong() != exceptId && tagKey(siblings->value(1).toString()) == key) {
            return makeError(
                ErrorCode::Invalid,
                Text::tr("There is already a category \"%1\" at this place.").arg(siblings->value(1).toString()));
        }
    }
    return {};
}

Result<Category> TaxonomyRepository::loadCategory(qint64 id)
{
    auto q =
        m_db.exec(QStringLiteral("SELECT ") + kCategoryColumns + QStringLiteral(" FROM categories WHERE id = ?"), {id});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return makeError(ErrorCode::NotFound, Text::tr("No such category."), QString::number(id));
    }
    return categoryFromQuery(*q);
}

Result<QList<Category>> TaxonomyRepository::listCategories()
{
    TOASOAN_TRY(q, m_db.exec(QStringLiteral("SELECT ") + kCategoryColumns +
                             QStringLiteral(" FROM categories ORDER BY position, id")));
    QList<Category> all;
    while (q->next()) {
        all.append(categoryFromQuery(*q));
    }
    QSet<qint64> ids;
    for (const Category &c : std::as_const(all)) {
        ids.insert(c.id);
    }
    QHash<qint64, QList<Category>> children;
    for (const Category &c : std::as_const(all)) {
        // An orphan (parent deleted without SET NULL) is shown at the top level rather than lost.
        children[ids.contains(c.parentId) ? c.parentId : 0].append(c);
    }
    QList<Category> ordered;
    QSet<qint64> seen;
    appendSubtree(0, children, ordered, seen);
    return ordered;
}

int TaxonomyRepository::depth(const Category &category, const QList<Category> &tree)
{
    QHash<qint64, qint64> parents;
    for (const Category &c : tree) {
        parents.insert(c.id, c.parentId);
    }
    int levels = 0;
    qint64 parent = category.parentId;
    while (parent > 0 && parents.contains(parent) && levels < tree.size()) {
        ++levels;
        parent = parents.value(parent);
    }
    return levels;
}

Result<QHash<qint64, int>> TaxonomyRepository::categoryArticleCounts()
{
    TOASOAN_TRY(q, m_db.exec(QStringLiteral("SELECT category_id, count(*) FROM articles WHERE category_id IS NOT NULL "
                                            "GROUP BY category_id")));
    QHash<qint64, int> counts;
    while (q->next()) {
        counts.insert(q->value(0).toLongLong(), q->value(1).toInt());
    }
    return counts;
}

Result<Category> TaxonomyRepository::renameCategory(qint64 id, const QString &name)
{
    const QString clean = cleanName(name);
    if (clean.isEmpty()) {
        return makeError(ErrorCode::Invalid, Text::tr("Please enter the category name."));
    }
    std::optional<Category> renamed;
    Result<void> done = m_db.transaction([&]() -> Result<void> {
        TOASOAN_TRY(category, loadCategory(id));
        TOASOAN_CHECK(checkSiblingName(category->parentId, clean, id));
        category->name = clean;
        category->slug = text::slugify(clean);
        TOASOAN_CHECK(m_db.exec(QStringLiteral("UPDATE categories SET name = ?, slug = ? WHERE id = ?"),
                                {category->name, category->slug, id}));
        renamed = *category;
        return {};
    });
    if (!done) {
        return done.error();
    }
    return *renamed;
}

Result<QList<qint64>> TaxonomyRepository::childIds(qint64 parentId, qint64 exceptId)
{
    TOASOAN_TRY(q, parentId > 0 ? m_db.exec(QStringLiteral("SELECT id FROM categories WHERE parent_id = ? AND id <> ? "
                                                           "ORDER BY position, id"),
                                            {parentId, exceptId})
                                : m_db.exec(QStringLiteral("SELECT id FROM categories WHERE parent_id IS NULL AND "
                                                           "id <> ? ORDER BY position, id"),
                                            {exceptId}));
    QList<qint64> ids;
    while (q->next()) {
        ids.append(q->value(0).toLongLong());
    }
    return ids;
}

Result<bool> TaxonomyRepository::isWithin(qint64 id, qint64 ancestorId)
{
    for (qint64 up = id; up > 0;) {
        if (up == ancestorId) {
            return true;
        }
        TOASOAN_TRY(category, loadCategory(up));
        up = category->parentId;
    }
    return false;
}

Result<void> TaxonomyRepository::renumberSiblings(qint64 parentId, qint64 movingId, int position)
{
    TOASOAN_TRY(order, childIds(parentId, movingId));
    if (movingId > 0) {
        order->insert(position < 0 || position > order->size() ? order->size() : position, movingId);
    }
    for (int i = 0; i < order->size(); ++i) {
        TOASOAN_CHECK(m_db.exec(QStringLiteral("UPDATE categories SET parent_id = ?, position = ? WHERE id = ?"),
                                {toDbId(parentId), i, order->at(i)}));
    }
    return {};
}

Result<Category> TaxonomyRepository::moveCategory(qint64 id, qint64 parentId, int position)
{
    std::optional<Category> moved;
    Result<void> done = m_db.transaction([&]() -> Result<void> {
        TOASOAN_TRY(category, loadCategory(id));
        TOASOAN_TRY(cycle, isWithin(parentId, id));
        if (*cycle) {
            return makeError(ErrorCode::Invalid,
                             Text::tr("A category cannot go under itself or one of its own subcategories."));
        }
        if (parentId != category->parentId) {
            TOASOAN_CHECK(checkSiblingName(parentId, category->name, id));
        }
        TOASOAN_CHECK(renumberSiblings(parentId, id, position));
        if (parentId != category->parentId) {
            TOASOAN_CHECK(renumberSiblings(category->parentId, 0, -1)); // close the gap it left
        }
        TOASOAN_TRY(reloaded, loadCategory(id));
        moved = *reloaded;
        return {};
    });
    if (!done) {
        return done.error();
    }
    return *moved;
}

Result<Category> TaxonomyRepository::setCategoryRetired(qint64 id, bool retired)
{
    std::optional<Category> changed;
    Result<void> done = m_db.transaction([&]() -> Result<void> {
        TOASOAN_TRY(category, loadCategory(id));
        TOASOAN_CHECK(
            m_db.exec(QStringLiteral("UPDATE categories SET retired = ? WHERE id = ?"), {retired ? 1 : 0, id}));
        category->retired = retired;
        changed = *category;
        return {};
    });
    if (!done) {
        return done.error();
    }
    return *changed;
}

Result<int> TaxonomyRepository::mergeCategory(qint64 fromId, qint64 intoId)
{
    int moved = 0;
    Result<void> done = m_db.transaction([&]() -> Result<void> {
        TOASOAN_TRY(from, loadCategory(fromId));
        TOASOAN_TRY(into, loadCategory(intoId));
        TOASOAN_TRY(inside, isWithin(intoId, fromId));
        if (*inside) {
            return makeError(ErrorCode::Invalid,
                             Text::tr("A category cannot be merged into itself or one of its own subcategories."));
        }
        if (into->retired) {
            return makeError(
                ErrorCode::Invalid,
                Text::tr("\"%1\" is no longer used: bring it back before merging into it.").arg(into->name));
        }
        TOASOAN_TRY(articles, m_db.exec(QStringLiteral("UPDATE articles SET category_id = ? WHERE category_id = ?"),
                                        {intoId, fromId}));
        moved = articles->numRowsAffected();
        articles->finish();
        TOASOAN_TRY(kids, childIds(fromId));
        for (qint64 kid : std::as_const(*kids)) {
            TOASOAN_CHECK(renumberSiblings(intoId, kid, -1));
        }
        TOASOAN_CHECK(m_db.exec(QStringLiteral("DELETE FROM categories WHERE id = ?"), {fromId}));
        return renumberSiblings(from->parentId, 0, -1);
    });
    if (!done) {
        return done.error();
    }
    return moved;
}

Result<void> TaxonomyRepository::deleteCategory(qint64 id)
{
    return m_db.transaction([&]() -> Result<void> {
        TOASOAN_TRY(category, loadCategory(id));
        TOASOAN_TRY(used, m_db.value(QStringLiteral("SELECT count(*) FROM articles WHERE category_id = ?"), {id}));
        if (used->toInt() > 0) {
            return makeError(ErrorCode::Invalid,
                             Text::tr("\"%1\" is used by %n article(s): retire it instead, it will stay on them.",
                                      nullptr, used->toInt())
                                 .arg(category->name));
        }
        TOASOAN_TRY(kids, childIds(id));
        // The subcategories take its place, in their order.
        TOASOAN_CHECK(renumberSiblings(category->parentId, 0, -1));
        TOASOAN_TRY(placed, loadCategory(id));
        int position = placed->position;
        for (qint64 kid : std::as_const(*kids)) {
            TOASOAN_CHECK(renumberSiblings(category->parentId, kid, ++position));
        }
        TOASOAN_CHECK(m_db.exec(QStringLiteral("DELETE FROM categories WHERE id = ?"), {id}));
        return renumberSiblings(category->parentId, 0, -1);
    });
}

Result<void> TaxonomyRepository::checkChoosable(qint64 categoryId, qint64 storedId)
{
    if (categoryId <= 0) {
        return {};
    }
    TOASOAN_TRY(retired, m_db.value(QStringLiteral("SELECT retired FROM categories WHERE id = ?"), {categoryId}));
    if (!retired->isValid()) {
        return makeError(
            ErrorCode::Invalid,
            Text::tr("The chosen category was removed or merged into another one: choose another category."),
            QString::number(categoryId));
    }
    if (retired->toInt() != 0 && categoryId != storedId) {
        return makeError(ErrorCode::Invalid,
                         Text::tr("The chosen category is no longer used: choose another category."),
                         QString::number(categoryId));
    }
    return {};
}

} // namespace toasoan
