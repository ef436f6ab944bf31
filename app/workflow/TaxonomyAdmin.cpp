#include "app/workflow/TaxonomyAdmin.h"

#include "app/model/Event.h"
#include "app/storage/Database.h"
#include "app/storage/EventLog.h"
#include "app/storage/ServerLink.h"
#include "app/storage/TaxonomyRepository.h"
#include "app/workflow/ActingUser.h"
#include "app/workflow/Permissions.h"

namespace toasoan {

namespace {

QString quoted(const Category &category)
{
    return QLatin1Char('"') + category.name + QStringLiteral("\" (#") + QString::number(category.id) + QLatin1Char(')');
}

QString quoted(const Tag &tag)
{
    return QLatin1Char('"') + tag.name + QStringLiteral("\" (#") + QString::number(tag.id) + QLatin1Char(')');
}

// On an offline working copy: `command` with the server's TaxonomyAdmin and the server's id of the actor (an
// online command, storage/ServerLink.h), its outcome as the server gave it.
template <typename T, typename F>
Result<T> onServer(Database &copy, qint64 actorId, F &&command)
{
    return online::runAs<T>(copy,
                            TaxonomyAdmin::tr("This computer is working offline: categories and tags are changed on "
                                              "the office server. Try again when the connection is back."),
                            actorId, [&](Database &server, qint64 actor) {
                                TaxonomyAdmin remote(server);
                                return command(remote, actor);
                            });
}

/// The server's ids of the copy's rows `ids` of `table`, in order.
Result<QList<qint64>> serverIds(const Database &copy, const char *table, const QList<qint64> &ids)
{
    QList<qint64> out;
    for (qint64 id : ids) {
        TOASOAN_TRY(mapped, online::serverId(copy, QString::fromLatin1(table), id));
        out.append(*mapped);
    }
    return out;
}

/// The copy's category, once it pulled the server's `atServer`.
Result<Category> localCategory(Database &copy, const Category &atServer)
{
    return online::localId(copy, QStringLiteral("categories"), atServer.id).and_then([&](qint64 id) {
        return TaxonomyRepository(copy).loadCategory(id);
    });
}

Result<Tag> localTag(Database &copy, const Tag &atServer)
{
    return online::localId(copy, QStringLiteral("tags"), atServer.id).and_then([&](qint64 id) {
        return TaxonomyRepository(copy).loadTag(id);
    });
}

} // namespace

Result<void> TaxonomyAdmin::check(qint64 actorId)
{
    return actingUser(m_db, actorId, Action::ManageSettings).discard();
}

Result<QList<CategoryEntry>> TaxonomyAdmin::categories()
{
    TaxonomyRepository repo(m_db);
    TOASOAN_TRY(tree, repo.listCategories());
    TOASOAN_TRY(counts, repo.categoryArticleCounts());
    QList<CategoryEntry> entries;
    for (const Category &c : std::as_const(*tree)) {
        entries.append(CategoryEntry{c, TaxonomyRepository::depth(c, *tree), counts->value(c.id)});
    }
    return entries;
}

Result<QList<TagEntry>> TaxonomyAdmin::tags()
{
    TaxonomyRepository repo(m_db);
    TOASOAN_TRY(all, repo.listTags());
    TOASOAN_TRY(counts, repo.tagArticleCounts());
    QList<TagEntry> entries;
    for (const Tag &t : std::as_const(*all)) {
        entries.append(TagEntry{t, counts->value(t.id)});
    }
    return entries;
}

Result<void> TaxonomyAdmin::change(qint64 actorId, const QString &action, const std::function<Result<QString>()> &work)
{
    return m_db.transaction([&]() -> Result<void> {
        TOASOAN_CHECK(check(actorId));
        TOASOAN_TRY(comment, work());
        Event event;
        event.userId = actorId;
        event.action = action;
        event.comment = *comment;
        return EventLog(m_db).append(event).discard();
    });
}

Result<Category> TaxonomyAdmin::addCategory(qint64 actorId, const QString &name, qint64 parentId)
{
    if (m_db.isWorkingCopy()) {
        return onServer<Category>(
                   m_db, actorId,
                   [&](TaxonomyAdmin &server, qint64 actor) {
                       return serverIds(m_db, "categories", {parentId}).and_then([&](const QList<qint64> &ids) {
                           return server.addCategory(actor, name, ids[0]);
                       });
                   })
            .and_then([&](const Category &c) { return localCategory(m_db, c); });
    }
    Category added;
    TOASOAN_CHECK(change(actorId, QStringLiteral("category_add"), [&]() -> Result<QString> {
        TOASOAN_TRY(category, TaxonomyRepository(m_db).createCategory(name, parentId));
        added = *category;
        return QString(quoted(added) + (parentId > 0 ? QStringLiteral(" < #") + QString::number(parentId) : QString()));
    }));
    return added;
}

Result<Category> TaxonomyAdmin::renameCategory(qint64 actorId, qint64 id, const QString &name)
{
    if (m_db.isWorkingCopy()) {
        return onServer<Category>(
                   m_db, actorId,
                   [&](TaxonomyAdmin &server, qint64 actor) {
                       return serverIds(m_db, "categories", {id}).and_then([&](const QList<qint64> &ids) {
                           return server.renameCategory(actor, ids[0], name);
                       });
                   })
            .and_then([&](const Category &c) { return localCategory(m_db, c); });
    }
    Category renamed;
    TOASOAN_CHECK(change(actorId, QStringLiteral("category_rename"), [&]() -> Result<QString> {
        TaxonomyRepository repo(m_db);
        TOASOAN_TRY(before, repo.loadCategory(id));
        TOASOAN_TRY(category, repo.renameCategory(id, name));
        renamed = *category;
        return QString(quoted(*before) + QStringLiteral(" -> \"") + renamed.name + QLatin1Char('"'));
    }));
    return renamed;
}

Result<Category> TaxonomyAdmin::moveCategory(qint64 actorId, qint64 id, qint64 parentId, int position)
{
    if (m_db.isWorkingCopy()) {
        return onServer<Category>(
                   m_db, actorId,
                   [&](TaxonomyAdmin &server, qint64 actor) {
                       return serverIds(m_db, "categories", {id, parentId}).and_then([&](const QList<qint64> &ids) {
                           return server.moveCategory(actor, ids[0], ids[1], position);
                       });
                   })
            .and_then([&](const Category &c) { return localCategory(m_db, c); });
    }
    Category moved;
    TOASOAN_CHECK(change(actorId, QStringLiteral("category_move"), [&]() -> Result<QString> {
        TaxonomyRepository repo(m_db);
        TOASOAN_TRY(before, repo.loadCategory(id));
        TOASOAN_TRY(category, repo.moveCategory(id, parentId, position));
        moved = *category;
        return QString(quoted(moved) + QStringLiteral(": #%1/%2 -> #%3/%4")
                                           .arg(before->parentId)
                                           .arg(before->position)
                                           .arg(moved.parentId)
                                           .arg(moved.position));
    }));
    return moved;
}

Result<int> TaxonomyAdmin::mergeCategory(qint64 actorId, qint64 fromId, qint64 intoId)
{
    if (m_db.isWorkingCopy()) {
        return onServer<int>(m_db, actorId, [&](TaxonomyAdmin &server, qint64 actor) {
            return serverIds(m_db, "categories", {fromId, intoId}).and_then([&](const QList<qint64> &ids) {
                return server.mergeCategory(actor, ids[0], ids[1]);
            });
        });
    }
    int articles = 0;
    TOASOAN_CHECK(change(actorId, QStringLiteral("category_merge"), [&]() -> Result<QString> {
        TaxonomyRepository repo(m_db);
        TOASOAN_TRY(from, repo.loadCategory(fromId));
        TOASOAN_TRY(into, repo.loadCategory(intoId));
        TOASOAN_TRY(moved, repo.mergeCategory(fromId, intoId));
        articles = *moved;
        return QString(quoted(*from) + QStringLiteral(" -> ") + quoted(*into) +
                       QStringLiteral(": %1 article(s)").arg(articles));
    }));
    return articles;
}

Result<Category> TaxonomyAdmin::setRetired(qint64 actorId, qint64 id, bool retired)
{
    if (m_db.isWorkingCopy()) {
        return onServer<Category>(
                   m_db, actorId,
                   [&](TaxonomyAdmin &server, qint64 actor) {
                       return serverIds(m_db, "categories", {id}).and_then([&](const QList<qint64> &ids) {
                           return server.setRetired(actor, ids[0], retired);
                       });
                   })
            .and_then([&](const Category &c) { return localCategory(m_db, c); });
    }
    Category changed;
    TOASOAN_CHECK(change(actorId, retired ? QStringLiteral("category_retire") : QStringLiteral("category_unretire"),
                         [&]() -> Result<QString> {
                             TOASOAN_TRY(category, TaxonomyRepository(m_db).setCategoryRetired(id, retired));
                             changed = *category;
                             return quoted(changed);
                         }));
    return changed;
}

Result<void> TaxonomyAdmin::deleteCategory(qint64 actorId, qint64 id)
{
    if (m_db.isWorkingCopy()) {
        return onServer<bool>(
                   m_db, actorId,
                   [&](TaxonomyAdmin &server, qint64 actor) {
                       return serverIds(m_db, "categories", {id}).and_then([&](const QList<qint64> &ids) {
                           return server.deleteCategory(actor, ids[0]).and_then([]() -> Result<bool> { return true; });
                       });
                   })
            .discard();
    }
    return change(actorId, QStringLiteral("category_delete"), [&]() -> Result<QString> {
        TaxonomyRepository repo(m_db);
        TOASOAN_TRY(category, repo.loadCategory(id));
        TOASOAN_CHECK(repo.deleteCategory(id));
        return quoted(*category);
    });
}

Result<TaxonomyAdmin::Removal> TaxonomyAdmin::removeCategory(qint64 actorId, qint64 id)
{
    TOASOAN_CHECK(check(actorId));
    TOASOAN_TRY(counts, TaxonomyRepository(m_db).categoryArticleCounts());
    if (counts->value(id) > 0) {
        TOASOAN_CHECK(setRetired(actorId, id, true));
        return Removal::Retired;
    }
    TOASOAN_CHECK(deleteCategory(actorId, id));
    return Removal::Deleted;
}

Result<Tag> TaxonomyAdmin::renameTag(qint64 actorId, qint64 id, const QString &name)
{
    if (m_db.isWorkingCopy()) {
        return onServer<Tag>(m_db, actorId,
                             [&](TaxonomyAdmin &server, qint64 actor) {
                                 return serverIds(m_db, "tags", {id}).and_then([&](const QList<qint64> &ids) {
                                     return server.renameTag(actor, ids[0], name);
                                 });
                             })
            .and_then([&](const Tag &t) { return localTag(m_db, t); });
    }
    Tag renamed;
    TOASOAN_CHECK(change(actorId, QStringLiteral("tag_rename"), [&]() -> Result<QString> {
        TaxonomyRepository repo(m_db);
        TOASOAN_TRY(before, repo.loadTag(id));
        TOASOAN_TRY(tag, repo.renameTag(id, name));
        renamed = *tag;
        return QString(quoted(*before) + QStringLiteral(" -> \"") + renamed.name + QLatin1Char('"'));
    }));
    return renamed;
}

Result<int> TaxonomyAdmin::mergeTag(qint64 actorId, qint64 fromId, qint64 intoId)
{
    if (m_db.isWorkingCopy()) {
        return onServer<int>(m_db, actorId, [&](TaxonomyAdmin &server, qint64 actor) {
            return serverIds(m_db, "tags", {fromId, intoId}).and_then([&](const QList<qint64> &ids) {
                return server.mergeTag(actor, ids[0], ids[1]);
            });
        });
    }
    int articles = 0;
    TOASOAN_CHECK(change(actorId, QStringLiteral("tag_merge"), [&]() -> Result<QString> {
        TaxonomyRepository repo(m_db);
        TOASOAN_TRY(from, repo.loadTag(fromId));
        TOASOAN_TRY(into, repo.loadTag(intoId));
        TOASOAN_TRY(moved, repo.mergeTag(fromId, intoId));
        articles = *moved;
        return QString(quoted(*from) + QStringLiteral(" -> ") + quoted(*into) +
                       QStringLiteral(": %1 article(s)").arg(articles));
    }));
    return articles;
}

Result<Category> findCategory(Database &db, const QString &idOrName)
{
    TaxonomyRepository repo(db);
    bool isNumber = false;
    const qint64 id = idOrName.trimmed().toLongLong(&isNumber);
    if (isNumber) {
        return repo.loadCategory(id);
    }
    TOASOAN_TRY(tree, repo.listCategories());
    const QString key = TaxonomyRepository::tagKey(idOrName);
    for (const Category &c : std::as_const(*tree)) {
        if (TaxonomyRepository::tagKey(c.name) == key) {
            return c;
        }
    }
    return makeError(ErrorCode::NotFound, TaxonomyAdmin::tr("No category is named \"%1\".").arg(idOrName.simplified()));
}

} // namespace toasoan
