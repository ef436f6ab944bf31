// ArticleRepository::createMany: the bulk path for imports (tests/bench/bench_store measures it).
//
// It writes what create() writes, for many articles at once, and is built around where the time
// goes (measured on 100,000 generated articles):
// - the text work (NFC, slug, the revision's JSON snapshot, UTF-8) is done on worker threads a
//   block ahead of the writer, so only the database work stays on the calling thread;
// - the rows go in through BulkInsert (SQLite's own statements, texts already UTF-8): Qt's
//   binding and SQLite's UTF-16 conversion cost more than the inserts themselves; on PostgreSQL
//   BulkInsert writes them by COPY in its binary format (no escapes to scan, no numbers to parse), as
//   data the server does not parse as SQL, sending a full batch without waiting so that the server
//   stores it while the next rows are prepared (what is left there is mostly the foreign-key checks,
//   one per row and key, and storing the long texts, lz4-compressed since migration 17);
// - the stored tags are read once per call;
// - the full-text documents are not built here: the database's ArticleIndexer puts the articles on
//   the search backlog, which searchindex::catchUp() works off afterwards (FTS5 upkeep costs several
//   times the rows).
#include "app/storage/ArticleIndexer.h"
#include "app/storage/ArticleJson.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/ArticleRows.h"
#include "app/storage/BulkInsert.h"
#include "app/storage/Database.h"
#include "app/storage/TaxonomyRepository.h"
#include "app/text/Slug.h"

#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QJsonDocument>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace toasoan {

using namespace articlerows;

namespace {

// Articles prepared per worker task.
constexpr qsizetype kBlock = 32;

/// One article ready to write: normalized, its row's values and its revision snapshot.
struct PreparedArticle
{
    Article article;
    QVariantList row;    ///< the articles row, texts as UTF-8 bytes
    QByteArray snapshot; ///< revision 1 as JSON without the body, with "id":0 until the id is known
};

QVariant utf8(const QString &text)
{
    // Never a null QByteArray: the driver binds that as NULL, and the texts are NOT NULL.
    return text.isEmpty() ? QByteArray("", 0) : text.toUtf8();
}

PreparedArticle prepare(Article draft, qint64 actorId, const QDateTime &now)
{
    PreparedArticle p;
    Article &a = p.article;
    a = newArticle(std::move(draft), actorId, now);
    a.id = 0;
    p.row = {a.uuid.toString(QUuid::WithoutBraces).toLatin1(),
             utf8(a.title),
             utf8(a.slug),
             utf8(a.sapo),
             utf8(a.body),
             toDbId(a.categoryId),
             utf8(a.byline),
             utf8(a.source),
             utf8(a.dateline),
             toDbId(a.featuredImageId),
             utf8(a.featuredImageCaption),
             toDbTime(a.scheduledAt),
             utf8(a.notes),
             a.authorId,
             workflowStateKey(a.state).toLatin1(),
             a.version,
             toDbTime(a.createdAt),
             toDbTime(a.updatedAt)};
    p.snapshot = articleToJsonTextWithoutBody(a); // the body is the row's (migration 22)
    return p;
}

QList<PreparedArticle> prepareBlock(QList<Article> drafts, qint64 actorId, QDateTime now)
{
    QList<PreparedArticle> out;
    out.reserve(drafts.size());
    for (Article &draft : drafts) {
        out.append(prepare(std::move(draft), actorId, now));
    }
    return out;
}

/// The snapshot with the article's id in place of the 0 it was made with. The compact JSON has
/// its keys sorted ("author_id", "body", …, "id", …): the top-level `,"id":0,` is unique, since
/// a quote inside a string value is escaped.
QByteArray withId(QByteArray snapshot, qint64 id)
{
    static const QByteArray zero = QByteArrayLiteral(",\"id\":0,");
    const qsizetype at = snapshot.lastIndexOf(zero); // nearer the end than the start
    if (at >= 0) {
        snapshot.replace(at, zero.size(), QByteArray(",\"id\":" + QByteArray::number(id) + ','));
    }
    return snapshot;
}

/// Tag ids by TaxonomyRepository::tagKey, created when missing; the stored tags are read once per call.
class TagIds
{
public:
    explicit TagIds(Database &db) : m_db(db) {}

    Result<qint64> idFor(const QString &name)
    {
        if (!m_loaded) {
            TOASOAN_TRY(stored, m_db.exec(QStringLiteral("SELECT id, name FROM tags ORDER BY id")));
            while (stored->next()) {
                const QString key = TaxonomyRepository::tagKey(stored->value(1).toString());
                if (!m_ids.contains(key)) { // the oldest of near-duplicates wins, as in findTag()
                    m_ids.insert(key, stored->value(0).toLongLong());
                }
            }
            m_loaded = true;
        }
        const QString key = TaxonomyRepository::tagKey(name);
        if (auto found = m_ids.constFind(key); found != m_ids.constEnd()) {
            return *found;
        }
        TOASOAN_TRY(created, m_db.insert(QStringLiteral("INSERT INTO tags (name, slug) VALUES (?, ?) RETURNING id"),
                                         {name, text::slugify(name)}));
        m_ids.insert(key, *created);
        return *created;
    }

private:
    Database &m_db;
    QHash<QString, qint64> m_ids;
    bool m_loaded = false;
};

/// Writes blocks of prepared articles: each article's row (its id comes back), tags, revision 1
/// and event, through statements prepared once per call.
class BlockWriter
{
public:
    BlockWriter(Database &db, qint64 actorId, const QDateTime &now)
        : m_actorId(actorId), m_now(now), m_tags(db),
          m_articles(db, QStringLiteral("INSERT INTO articles (uuid, title, slug, sapo, body, category_id, byline, "
                                        "source, dateline, featured_media_id, featured_caption, scheduled_at, "
                                        "notes, author_id, state, version, created_at, updated_at) VALUES (?, ?, ?, "
                                        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
          m_articleTags(db, QStringLiteral("INSERT INTO article_tags (article_id, tag_id, position) VALUES (?, ?, ?)"),
                        false),
          m_revisions(db, QStringLiteral("INSERT INTO revisions (article_id, number, author_id, created_at, note, "
                                         "snapshot) VALUES (?, ?, ?, ?, ?, ?)")),
          m_events(db, QStringLiteral("INSERT INTO events (article_id, user_id, at, action, from_state, to_state, "
                                      "comment) VALUES (?, ?, ?, ?, ?, ?, ?)")),
          m_note(QCoreApplication::translate("toasoan::ArticleRepository", "Created").toUtf8())
    {
        // A full batch of tags, revisions or events writes its articles first.
        m_articleTags.flushesAfter(m_articles);
        m_revisions.flushesAfter(m_articles);
        m_events.flushesAfter(m_articles);
    }

    Result<void> write(QList<PreparedArticle> &block)
    {
        for (PreparedArticle &p : block) {
            Article &a = p.article;
            TOASOAN_TRY(id, m_articles.insert(p.row));
            a.id = *id;
            int position = 0;
            QList<qint64> tagged; // names that differ only in case are one tag
            for (const QString &name : std::as_const(a.tags)) {
                TOASOAN_TRY(tagId, m_tags.idFor(name));
                if (!tagged.contains(*tagId)) {
                    tagged.append(*tagId);
                    TOASOAN_CHECK(m_articleTags.insert({a.id, *tagId, position++}));
                }
            }
            if (auto r = m_revisions.insert(
                    {a.id, 1, m_actorId, toDbTime(a.updatedAt), m_note, withId(std::move(p.snapshot), a.id)});
                !r) {
                return r.error();
            }
            if (auto r = m_events.insert({a.id, toDbId(m_actorId), toDbTime(m_now), QByteArrayLiteral("create"),
                                          QVariant(), workflowStateKey(a.state).toLatin1(), QByteArray("", 0)});
                !r) {
                return r.error();
            }
        }
        return {};
    }

    /// Writes what the inserts still hold (on PostgreSQL rows wait there to go many per statement), the
    /// articles first: see flushesAfter().
    Result<void> flush()
    {
        TOASOAN_CHECK(m_articleTags.flush());
        TOASOAN_CHECK(m_revisions.flush());
        return m_events.flush();
    }

private:
    qint64 m_actorId;
    QDateTime m_now;
    TagIds m_tags;
    BulkInsert m_articles;
    BulkInsert m_articleTags;
    BulkInsert m_revisions;
    BulkInsert m_events;
    QByteArray m_note;
};

} // namespace

Result<QList<qint64>> ArticleRepository::createMany(QList<Article> drafts, qint64 actorId)
{
    if (m_db.isWorkingCopy()) {
        // Each article queued for the server as create() queues it (a working copy's import is small).
        QList<qint64> ids;
        TOASOAN_CHECK(m_db.transaction([&]() -> Result<void> {
            for (Article &draft : drafts) {
                TOASOAN_TRY(created, create(std::move(draft), actorId));
                ids.append(created->id);
            }
            return {};
        }));
        return ids;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qsizetype total = drafts.size();
    auto startBlock = [&](qsizetype from) {
        return QtConcurrent::run(prepareBlock, drafts.mid(from, qMin(kBlock, total - from)), actorId, now);
    };
    QList<qint64> ids;
    ids.reserve(total);
    Result<void> done = m_db.transaction([&]() -> Result<void> {
        BlockWriter writer(m_db, actorId, now);
        QHash<WorkflowState, int> perState;
        // Two blocks ahead: with two cores, one prepares while the other writes.
        QList<QFuture<QList<PreparedArticle>>> ahead;
        qsizetype next = 0;
        for (; next < total && ahead.size() < 2; next += kBlock) {
            ahead.append(startBlock(next));
        }
        while (!ahead.isEmpty()) {
            QList<PreparedArticle> block = ahead.takeFirst().result();
            if (next < total) {
                ahead.append(startBlock(next));
                next += kBlock;
            }
            if (auto r = writer.write(block); !r) {
                for (auto &pending : ahead) {
                    pending.waitForFinished();
                }
                return r;
            }
            for (const PreparedArticle &p : std::as_const(block)) {
                ids.append(p.article.id);
                ++perState[p.article.state];
            }
            // Freeing a block's texts is the workers' job too.
            QThreadPool::globalInstance()->start([done = std::move(block)] {});
        }
        TOASOAN_CHECK(writer.flush());
        for (auto it = perState.cbegin(); it != perState.cend(); ++it) {
            if (auto r = countNew(m_db, it.key(), it.value()); !r) {
                return r;
            }
        }
        const ArticleIndexer *indexer = m_db.articleIndexer();
        return indexer ? indexer->articlesCreatedInBulk(m_db, ids) : queueForIndexing(m_db, ids);
    });
    if (!done) {
        return done.error();
    }
    return ids;
}

} // namespace toasoan
