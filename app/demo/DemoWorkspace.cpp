#include "app/demo/DemoWorkspace.h"

#include "app/html/BodyHtml.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"
#include "app/storage/TaxonomyRepository.h"
#include "app/storage/UserRepository.h"
#include "app/text/Normalize.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace toasoan::demo {

namespace {

using html::escapeText;
using html::normalizeBody;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::demo)
};

// Embedded with qt_add_resources (app/CMakeLists.txt): the demo never reads files outside the binary.
const QString kDataPath = QStringLiteral(":/demo/demo_articles.json");

Error dataError(const QString &detail)
{
    return makeError(ErrorCode::Invalid, Text::tr("The demo data built into ToaSoan is damaged."), detail);
}

// The path each state is reached by, with who takes each step: reporters submit, editors pass
// on or return, approvers approve, reject and publish, the administrator archives.
struct Step
{
    WorkflowState to;
    const char *actor; ///< "author" or a demo login
};

QList<Step> pathTo(WorkflowState state)
{
    using S = WorkflowState;
    const Step submit{S::Submitted, "author"};
    const Step toApproval{S::AwaitingApproval, "bientap"};
    const Step approve{S::Approved, "lanhdao"};
    const Step publish{S::Published, "lanhdao"};
    switch (state) {
    case S::Draft:
        return {};
    case S::Submitted:
        return {submit};
    case S::AwaitingApproval:
        return {submit, toApproval};
    case S::Approved:
        return {submit, toApproval, approve};
    case S::Published:
        return {submit, toApproval, approve, publish};
    case S::Returned:
        return {submit, {S::Returned, "bientap"}};
    case S::Rejected:
        return {submit, toApproval, {S::Rejected, "lanhdao"}};
    case S::Unpublished:
        return {submit, toApproval, approve, publish, {S::Unpublished, "lanhdao"}};
    case S::Archived:
        return {submit, toApproval, approve, publish, {S::Archived, "quantri"}};
    }
    return {};
}

// Plain paragraphs are escaped into <p>; entries starting with '<' are already markup (lists, tables).
QString bodyFromJson(const QJsonArray &blocks)
{
    QStringList html;
    for (const QJsonValue &block : blocks) {
        const QString text = block.toString();
        html.append(text.startsWith(QLatin1Char('<'))
                        ? text
                        : QStringLiteral("<p>") + escapeText(text) + QStringLiteral("</p>"));
    }
    return normalizeBody(html.join(QLatin1Char('\n')));
}

Result<void> addCategories(TaxonomyRepository &taxonomy, const QJsonArray &nodes, qint64 parentId,
                           QHash<QString, qint64> &ids)
{
    for (const QJsonValue &node : nodes) {
        const QJsonObject object = node.toObject();
        TOASOAN_TRY(category, taxonomy.createCategory(object.value(QStringLiteral("name")).toString(), parentId));
        ids.insert(category->name, category->id);
        if (auto children =
                addCategories(taxonomy, object.value(QStringLiteral("children")).toArray(), category->id, ids);
            !children) {
            return children;
        }
    }
    return {};
}

Result<void> fill(Database &db, const QJsonObject &data)
{
    UserRepository users(db);
    TaxonomyRepository taxonomy(db);
    ArticleRepository articles(db);

    QHash<QString, qint64> userIds;
    for (const QJsonValue &value : data.value(QStringLiteral("users")).toArray()) {
        const QJsonObject u = value.toObject();
        const auto role = roleFromKey(u.value(QStringLiteral("role")).toString());
        if (!role) {
            return dataError(QStringLiteral("bad role for ") + u.value(QStringLiteral("login")).toString());
        }
        TOASOAN_TRY(user,
                    users.create(u.value(QStringLiteral("login")).toString(),
                                 u.value(QStringLiteral("name")).toString(), *role, QLatin1String(kDemoPassword)));
        userIds.insert(user->login, user->id);
    }

    QHash<QString, qint64> categoryIds;
    if (auto added = addCategories(taxonomy, data.value(QStringLiteral("categories")).toArray(), 0, categoryIds);
        !added) {
        return added;
    }
    for (const QJsonValue &tag : data.value(QStringLiteral("tags")).toArray()) {
        TOASOAN_CHECK(taxonomy.findOrCreateTag(tag.toString()));
    }

    for (const QJsonValue &value : data.value(QStringLiteral("articles")).toArray()) {
        const QJsonObject a = value.toObject();
        const QString authorLogin = a.value(QStringLiteral("author")).toString();
        const auto state = workflowStateFromKey(a.value(QStringLiteral("state")).toString());
        if (!userIds.contains(authorLogin) || !state) {
            return dataError(QStringLiteral("bad author or state in ") + a.value(QStringLiteral("title")).toString());
        }
        Article article;
        article.title = text::normalize(a.value(QStringLiteral("title")).toString());
        article.sapo = text::normalize(a.value(QStringLiteral("sapo")).toString());
        article.dateline = a.value(QStringLiteral("dateline")).toString();
        article.body = bodyFromJson(a.value(QStringLiteral("body")).toArray());
        article.byline = text::normalize(a.value(QStringLiteral("byline")).toString());
        article.source = text::normalize(a.value(QStringLiteral("source")).toString());
        article.notes = text::normalize(a.value(QStringLiteral("notes")).toString());
        article.categoryId = categoryIds.value(text::normalize(a.value(QStringLiteral("category")).toString()));
        for (const QJsonValue &tag : a.value(QStringLiteral("tags")).toArray()) {
            article.tags.append(text::normalize(tag.toString()));
        }
        article.authorId = userIds.value(authorLogin);

        TOASOAN_TRY(created, articles.create(article, article.authorId));
        const QString reason = text::normalize(a.value(QStringLiteral("reason")).toString());
        for (const Step &step : pathTo(*state)) {
            const QString actor = QLatin1String(step.actor);
            const qint64 actorId = actor == QLatin1String("author") ? article.authorId : userIds.value(actor);
            const bool isLast = step.to == *state;
            TOASOAN_TRY(moved, articles.transition(created->id, step.to, actorId, isLast ? reason : QString()));
        }
    }
    return {};
}

} // namespace

Result<bool> fillDemoWorkspaceIfEmpty(Database &db)
{
    QFile file(kDataPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return dataError(file.errorString());
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (document.isNull()) {
        return dataError(parseError.errorString());
    }

    // Counting inside the write transaction: two programs starting on one new file fill it once.
    bool filled = false;
    Result<void> done = db.transaction([&]() -> Result<void> {
        TOASOAN_TRY(count, UserRepository(db).count());
        if (*count > 0) {
            return {};
        }
        filled = true;
        return fill(db, document.object());
    });
    if (!done) {
        return done.error();
    }
    return filled;
}

} // namespace toasoan::demo
