// The tag half of TaxonomyRepository: look-up that ignores case, spacing and NFC, renames and merges.
#include "app/storage/ArticleIndexer.h"
#include "app/storage/Database.h"
#include "app/storage/TaxonomyRepository.h"
#include "app/text/Normalize.h"
#include "app/text/Slug.h"
#include "app/text/ToneStyle.h"

#include <QCollator>
#include <QCoreApplication>
#include <QLocale>
#include <QMap>
#include <algorithm>

namespace toasoan {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::TaxonomyRepository)
};

Tag tagFromQuery(const QSqlQuery &q)
{
    return Tag{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
}

} // namespace

QString TaxonomyRepository::tagKey(const QString &name)
{
    return text::normalize(name.simplified()).toCaseFolded();
}

Result<QList<Tag>> TaxonomyRepository::listTags()
{
    TOASOAN_TRY(q, m_db.exec(QStringLiteral("SELECT id, name, slug FROM tags")));
    QList<Tag> tags;
    while (q->next()) {
        tags.append(tagFromQuery(*q));
    }
    QCollator collator{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    std::sort(tags.begin(), tags.end(),
              [&](const Tag &a, const Tag &b) { return collator.compare(a.name, b.name) < 0; });
    return tags;
}

Result<Tag> TaxonomyRepository::loadTag(qint64 id)
{
    TOASOAN_TRY(q, m_db.exec(QStringLiteral("SELECT id, name, slug FROM tags WHERE id = ?"), {id}));
    if (!q->next()) {
        return makeError(ErrorCode::NotFound, Text::tr("No such tag."), QString::number(id));
    }
    return tagFromQuery(*q);
}

Result<QHash<qint64, int>> TaxonomyRepository::tagArticleCounts()
{
    TOASOAN_TRY(q, m_db.exec(QStringLiteral("SELECT tag_id, count(*) FROM article_tags GROUP BY tag_id")));
    QHash<qint64, int> counts;
    while (q->next()) {
        counts.insert(q->value(0).toLongLong(), q->value(1).toInt());
    }
    return counts;
}

Result<std::optional<Tag>> TaxonomyRepository::findTag(const QString &name)
{
    const QString clean = text::normalize(name.simplified());
    TOASOAN_TRY(exact, m_db.exec(QStringLiteral("SELECT id, name, slug FROM tags WHERE name = ?"), {clean}));
    if (exact->next()) {
        return std::optional<Tag>(tagFromQuery(*exact));
    }
    exact->finish();
    // SQL's lower() is ASCII-only on SQLite: compare the folded keys here. Only a name typed
    // differently from the stored one gets this far.
    const QString key = tagKey(clean);
    TOASOAN_TRY(all, m_db.exec(QStringLiteral("SELECT id, name, slug FROM tags ORDER BY id")));
    while (all->next()) {
        if (tagKey(all->value(1).toString()) == key) {
            return std::optional<Tag>(tagFromQuery(*all));
        }
    }
    return std::optional<Tag>();
}

Result<Tag> TaxonomyRepository::findOrCreateTag(const QString &name)
{
    Tag tag;
    tag.name = text::normalize(name.simplified());
    if (tag.name.isEmpty()) {
        return makeError(ErrorCode::Invalid, Text::tr("A tag cannot be empty."));
    }
    Result<void> done = m_db.transaction([&]() -> Result<void> {
        TOASOAN_TRY(found, findTag(tag.name));
        if (*found) {
            tag = **found;
            return {};
        }
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

Result<void> TaxonomyRepository::reindexTagged(qint64 tagId)
{
    // The search index holds each article's tags as text: those articles are indexed again.
    TOASOAN_TRY(q, m_db.exec(QStringLiteral("SELECT article_id FROM article_tags WHERE tag_id = ?"), {tagId}));
    QList<qint64> ids;
    while (q->next()) {
        ids.append(q->value(0).toLongLong());
    }
    q->finish();
    return ids.isEmpty() ? Result<void>() : queueForIndexing(m_db, ids);
}

Result<Tag> TaxonomyRepository::renameTag(qint64 id, const QString &name)
{
    const QString clean = text::normalize(name.simplified());
    if (clean.isEmpty()) {
        return makeError(ErrorCode::Invalid, Text::tr("A tag cannot be empty."));
    }
    std::optional<Tag> renamed;
    Result<void> done = m_db.transaction([&]() -> Result<void> {
        TOASOAN_TRY(tag, loadTag(id));
        TOASOAN_TRY(all, m_db.exec(QStringLiteral("SELECT id, name FROM tags WHERE id <> ?"), {id}));
        const QString key = tagKey(clean);
        while (all->next()) {
            if (tagKey(all->value(1).toString()) == key) {
                return makeError(
                    ErrorCode::Invalid,
                    Text::tr("There is already a tag \"%1\": merge the two instead.").arg(all->value(1).toString()));
            }
        }
        all->finish();
        tag->name = clean;
        tag->slug = text::slugify(clean);
        TOASOAN_CHECK(
            m_db.exec(QStringLiteral("UPDATE tags SET name = ?, slug = ? WHERE id = ?"), {tag->name, tag->slug, id}));
        renamed = *tag;
        return reindexTagged(id);
    });
    if (!done) {
        return done.error();
    }
    return *renamed;
}

Result<int> TaxonomyRepository::mergeTag(qint64 fromId, qint64 intoId)
{
    if (fromId == intoId) {
        return makeError(ErrorCode::Invalid, Text::tr("A tag cannot be merged into itself."));
    }
    int articles = 0;
    Result<void> done = m_db.transaction([&]() -> Result<void> {
        TOASOAN_CHECK(loadTag(fromId));
        TOASOAN_CHECK(loadTag(intoId));
        TOASOAN_CHECK(reindexTagged(fromId));
        TOASOAN_TRY(count, m_db.value(QStringLiteral("SELECT count(*) FROM article_tags WHERE tag_id = ?"), {fromId}));
        articles = count->toInt();
        // Where an article has both, the merged tag keeps the place of the one it already had.
        TOASOAN_CHECK(m_db.exec(QStringLiteral("DELETE FROM article_tags WHERE tag_id = ? AND article_id IN (SELECT "
                                               "article_id FROM article_tags WHERE tag_id = ?)"),
                                {fromId, intoId}));
        TOASOAN_CHECK(
            m_db.exec(QStringLiteral("UPDATE article_tags SET tag_id = ? WHERE tag_id = ?"), {intoId, fromId}));
        TOASOAN_CHECK(m_db.exec(QStringLiteral("DELETE FROM tags WHERE id = ?"), {fromId}));
        return {};
    });
    if (!done) {
        return done.error();
    }
    return articles;
}

Result<QList<QList<Tag>>> TaxonomyRepository::nearDuplicateTags()
{
    TOASOAN_TRY(q, m_db.exec(QStringLiteral("SELECT id, name, slug FROM tags ORDER BY id")));
    QMap<QString, QList<Tag>> byKey;
    while (q->next()) {
        const Tag tag = tagFromQuery(*q);
        // Old and new tone-mark placement (hòa, hoà) are one word as well.
        byKey[tagKey(text::convertToneStyle(tag.name, text::ToneStyle::New).text)].append(tag);
    }
    QList<QList<Tag>> groups;
    for (const QList<Tag> &group : std::as_const(byKey)) {
        if (group.size() > 1) {
            groups.append(group);
        }
    }
    return groups;
}

} // namespace toasoan
