#include "app/storage/TaxonomyRepository.h"

#include "app/storage/Database.h"
#include "app/text/Normalize.h"
#include "app/text/Slug.h"

#include <QCollator>
#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <algorithm>

namespace toasoan {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::TaxonomyRepository)
};

const QString kCategoryColumns = QStringLiteral("id, parent_id, name, slug, position");

Category categoryFromQuery(const QSqlQuery &q)
{
    Category c;
    c.id = q.value(0).toLongLong();
    c.parentId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
    c.name = q.value(2).toString();
    c.slug = q.value(3).toString();
    c.position = q.value(4).toInt();
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
        TOASOAN_TRY(siblings, parentId > 0 ? m_db.exec(QStringLiteral("SELECT name, position FROM categories "
                                                                      "WHERE parent_id = ?"),
                                                       {parentId})
                                           : m_db.exec(QStringLiteral("SELECT name, position FROM categories "
                                                                      "WHERE parent_id IS NULL")));
        int nextPosition = 0;
        while (siblings->next()) {
            if (siblings->value(0).toString() == category.name) {
                return makeError(ErrorCode::Invalid,
                                 Text::tr("There is already a category \"%1\" at this place.").arg(category.name));
            }
            nextPosition = std::max(nextPosition, siblings->value(1).toInt() + 1);
        }
        category.position = nextPosition;
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

Result<QList<Tag>> TaxonomyRepository::listTags()
{
    TOASOAN_TRY(q, m_db.exec(QStringLiteral("SELECT id, name, slug FROM tags")));
    QList<Tag> tags;
    while (q->next()) {
        tags.append(Tag{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString()});
    }
    QCollator collator{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    std::sort(tags.begin(), tags.end(),
              [&](const Tag &a, const Tag &b) { return collator.compare(a.name, b.name) < 0; });
    return tags;
}

Result<Tag> TaxonomyRepository::findOrCreateTag(const QString &name)
{
    Tag tag;
    tag.name = cleanName(name);
    if (tag.name.isEmpty()) {
        return makeError(ErrorCode::Invalid, Text::tr("A tag cannot be empty."));
    }
    Result<void> done = m_db.transaction([&]() -> Result<void> {
        TOASOAN_TRY(q, m_db.exec(QStringLiteral("SELECT id, slug FROM tags WHERE name = ?"), {tag.name}));
        if (q->next()) {
            tag.id = q->value(0).toLongLong();
            tag.slug = q->value(1).toString();
            return {};
        }
        q->finish();
        tag.slug = text::slugify(tag.name);
        TOASOAN_TRY(id, m_db.insert(QStringLiteral("INSERT INTO tags (name, slug) VALUES (?, ?) RETURNING id"),
                                    {tag.name, tag.slug}));
        tag.id = *id;
        return {};
    });
    if (!done) {
        return done.error();
    }
    return tag;
}

} // namespace toasoan
