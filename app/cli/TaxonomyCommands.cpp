// toasoan categories list|add|rename|move|remove|merge and toasoan tags list|rename|merge.
// Reading is open to everyone; every change names its administrator (--user LOGIN, or --as LOGIN),
// who logs in with their password, and TaxonomyAdmin refuses anyone else.
#include "app/cli/Commands.h"
#include "app/cli/Output.h"
#include "app/cli/PasswordPrompt.h"
#include "app/storage/TaxonomyRepository.h"
#include "app/workflow/TaxonomyAdmin.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <functional>

namespace toasoan::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::cli)
};

const OptionSpec kUserOption{"user", "LOGIN",
                             QT_TRANSLATE_NOOP("toasoan::cli", "The administrator who makes the change (logs in "
                                                               "with their password)")};
const OptionSpec kAsOption = asOption();

QString quoted(const QString &name)
{
    return QStringLiteral("\"") + name + QStringLiteral("\"");
}

// Logs the named administrator in and runs `change` as them; the core checks the permission.
int asAdministrator(CommandContext &context, const std::function<int(qint64 actorId)> &change)
{
    return runAs(context, actingLogin(context), Text::tr("Name the administrator who makes the change: --user LOGIN."),
                 [&](const User &actor) { return change(actor.id); });
}

std::optional<qint64> idArgument(const QString &text)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id < 0) {
        return std::nullopt;
    }
    return id;
}

int categoriesList(CommandContext &context)
{
    auto entries = TaxonomyAdmin(context.database()).categories();
    if (!entries) {
        return context.fail(entries.error());
    }
    if (context.hasOption("json")) {
        QJsonArray array;
        for (const CategoryEntry &e : std::as_const(*entries)) {
            array.append(QJsonObject{
                {QStringLiteral("id"), e.category.id},
                {QStringLiteral("name"), e.category.name},
                {QStringLiteral("slug"), e.category.slug},
                {QStringLiteral("parent"), e.category.parentId > 0 ? QJsonValue(e.category.parentId) : QJsonValue()},
                {QStringLiteral("position"), e.category.position},
                {QStringLiteral("retired"), e.category.retired},
                {QStringLiteral("article_count"), e.articleCount},
            });
        }
        printJson(context.out(), array);
        return ExitOk;
    }
    if (entries->isEmpty()) {
        context.out() << Text::tr("No categories yet. Add one with \"toasoan categories add\".") << Qt::endl;
        return ExitOk;
    }
    TextTable table({Text::tr("ID"), Text::tr("Articles"), Text::tr("Status"), Text::tr("Category")});
    for (const CategoryEntry &e : std::as_const(*entries)) {
        table.addRow({QString::number(e.category.id), QString::number(e.articleCount),
                      e.category.retired ? Text::tr("retired") : Text::tr("in use"),
                      QString(e.depth * 2, QLatin1Char(' ')) + e.category.name});
    }
    table.print(context.out());
    return ExitOk;
}

int categoriesAdd(CommandContext &context)
{
    qint64 parentId = 0;
    if (context.hasOption("parent")) {
        auto parent = findCategory(context.database(), context.option("parent"));
        if (!parent) {
            return context.fail(parent.error());
        }
        parentId = parent->id;
    }
    return asAdministrator(context, [&](qint64 actorId) {
        auto added = TaxonomyAdmin(context.database()).addCategory(actorId, context.arguments().at(0), parentId);
        if (!added) {
            return context.fail(added.error());
        }
        context.out() << Text::tr("Category %1 %2 added.").arg(QString::number(added->id), quoted(added->name))
                      << Qt::endl;
        return int(ExitOk);
    });
}

int categoriesRename(CommandContext &context)
{
    auto category = findCategory(context.database(), context.arguments().at(0));
    if (!category) {
        return context.fail(category.error());
    }
    return asAdministrator(context, [&](qint64 actorId) {
        auto renamed =
            TaxonomyAdmin(context.database()).renameCategory(actorId, category->id, context.arguments().at(1));
        if (!renamed) {
            return context.fail(renamed.error());
        }
        context.out() << Text::tr("Category %1 renamed: %2 → %3.")
                             .arg(QString::number(renamed->id), quoted(category->name), quoted(renamed->name))
                      << Qt::endl;
        return int(ExitOk);
    });
}

int categoriesMove(CommandContext &context)
{
    auto category = findCategory(context.database(), context.arguments().at(0));
    if (!category) {
        return context.fail(category.error());
    }
    qint64 parentId = 0;
    if (context.option("parent").trimmed() != QLatin1String("0")) {
        auto parent = findCategory(context.database(), context.option("parent"));
        if (!parent) {
            return context.fail(parent.error());
        }
        parentId = parent->id;
    }
    int position = -1;
    if (context.hasOption("position")) {
        bool ok = false;
        position = context.option("position").toInt(&ok) - 1;
        if (!ok || position < 0) {
            return context.usageError(Text::tr("--position needs a number from 1."));
        }
    }
    return asAdministrator(context, [&](qint64 actorId) {
        auto moved = TaxonomyAdmin(context.database()).moveCategory(actorId, category->id, parentId, position);
        if (!moved) {
            return context.fail(moved.error());
        }
        if (parentId == 0) {
            context.out() << Text::tr("Category %1 %2 is now at the top level.")
                                 .arg(QString::number(moved->id), quoted(moved->name))
                          << Qt::endl;
        } else {
            auto parent = TaxonomyRepository(context.database()).loadCategory(parentId);
            context.out() << Text::tr("Category %1 %2 is now under %3.")
                                 .arg(QString::number(moved->id), quoted(moved->name),
                                      quoted(parent ? parent->name : QString()))
                          << Qt::endl;
        }
        return int(ExitOk);
    });
}

int categoriesRemove(CommandContext &context)
{
    auto category = findCategory(context.database(), context.arguments().at(0));
    if (!category) {
        return context.fail(category.error());
    }
    return asAdministrator(context, [&](qint64 actorId) {
        auto removed = TaxonomyAdmin(context.database()).removeCategory(actorId, category->id);
        if (!removed) {
            return context.fail(removed.error());
        }
        if (*removed == TaxonomyAdmin::Removal::Deleted) {
            context.out() << Text::tr("Category %1 %2 deleted: no article used it.")
                                 .arg(QString::number(category->id), quoted(category->name))
                          << Qt::endl;
        } else {
            context.out() << Text::tr("Category %1 %2 retired: it stays on the articles that have it but cannot be "
                                      "chosen for others. It was not deleted because articles use it.")
                                 .arg(QString::number(category->id), quoted(category->name))
                          << Qt::endl;
        }
        return int(ExitOk);
    });
}

int categoriesMerge(CommandContext &context)
{
    auto from = findCategory(context.database(), context.arguments().at(0));
    if (!from) {
        return context.fail(from.error());
    }
    auto into = findCategory(context.database(), context.option("into"));
    if (!into) {
        return context.fail(into.error());
    }
    return asAdministrator(context, [&](qint64 actorId) {
        auto moved = TaxonomyAdmin(context.database()).mergeCategory(actorId, from->id, into->id);
        if (!moved) {
            return context.fail(moved.error());
        }
        context.out() << Text::tr("Category %1 merged into %2: %n article(s) moved.", nullptr, *moved)
                             .arg(quoted(from->name), quoted(into->name))
                      << Qt::endl;
        return int(ExitOk);
    });
}

int tagsList(CommandContext &context)
{
    Database &db = context.database();
    auto entries = TaxonomyAdmin(db).tags();
    if (!entries) {
        return context.fail(entries.error());
    }
    auto duplicates = TaxonomyRepository(db).nearDuplicateTags();
    if (!duplicates) {
        return context.fail(duplicates.error());
    }
    if (context.hasOption("json")) {
        QJsonArray array;
        for (const TagEntry &e : std::as_const(*entries)) {
            array.append(QJsonObject{
                {QStringLiteral("id"), e.tag.id},
                {QStringLiteral("name"), e.tag.name},
                {QStringLiteral("slug"), e.tag.slug},
                {QStringLiteral("article_count"), e.articleCount},
            });
        }
        printJson(context.out(), array);
        return ExitOk;
    }
    if (entries->isEmpty()) {
        context.out() << Text::tr("No tags yet: they are added with the articles.") << Qt::endl;
        return ExitOk;
    }
    TextTable table({Text::tr("ID"), Text::tr("Articles"), Text::tr("Tag")});
    for (const TagEntry &e : std::as_const(*entries)) {
        table.addRow({QString::number(e.tag.id), QString::number(e.articleCount), e.tag.name});
    }
    table.print(context.out());
    for (const QList<Tag> &group : std::as_const(*duplicates)) {
        QStringList names;
        for (const Tag &tag : group) {
            names.append(quoted(tag.name) + QStringLiteral(" (") + QString::number(tag.id) + QLatin1Char(')'));
        }
        context.out() << Text::tr("Probably the same tag: %1. Merge them with \"toasoan tags merge\".")
                             .arg(names.join(QStringLiteral(", ")))
                      << Qt::endl;
    }
    return ExitOk;
}

int tagsRename(CommandContext &context)
{
    const auto id = idArgument(context.arguments().at(0));
    if (!id) {
        return context.usageError(Text::tr("A tag is named by its ID (see \"toasoan tags list\")."));
    }
    auto before = TaxonomyRepository(context.database()).loadTag(*id);
    if (!before) {
        return context.fail(before.error());
    }
    return asAdministrator(context, [&](qint64 actorId) {
        auto renamed = TaxonomyAdmin(context.database()).renameTag(actorId, *id, context.arguments().at(1));
        if (!renamed) {
            return context.fail(renamed.error());
        }
        context.out() << Text::tr("Tag %1 renamed: %2 → %3.")
                             .arg(QString::number(renamed->id), quoted(before->name), quoted(renamed->name))
                      << Qt::endl;
        return int(ExitOk);
    });
}

int tagsMerge(CommandContext &context)
{
    const auto from = idArgument(context.arguments().at(0));
    const auto into = idArgument(context.option("into"));
    if (!from || !into) {
        return context.usageError(Text::tr("A tag is named by its ID (see \"toasoan tags list\")."));
    }
    TaxonomyRepository repo(context.database());
    auto fromTag = repo.loadTag(*from);
    if (!fromTag) {
        return context.fail(fromTag.error());
    }
    auto intoTag = repo.loadTag(*into);
    if (!intoTag) {
        return context.fail(intoTag.error());
    }
    return asAdministrator(context, [&](qint64 actorId) {
        auto moved = TaxonomyAdmin(context.database()).mergeTag(actorId, *from, *into);
        if (!moved) {
            return context.fail(moved.error());
        }
        context.out() << Text::tr("Tag %1 merged into %2 on %n article(s).", nullptr, *moved)
                             .arg(quoted(fromTag->name), quoted(intoTag->name))
                      << Qt::endl;
        return int(ExitOk);
    });
}

const OptionSpec kJsonOption{"json", nullptr, QT_TRANSLATE_NOOP("toasoan::cli", "Print JSON instead of a table")};

} // namespace

Command categoriesListCommand()
{
    return Command{"categories list",
                   "",
                   QT_TRANSLATE_NOOP("toasoan::cli", "List the category tree with the number of articles in each, "
                                                     "retired categories included."),
                   {kJsonOption},
                   0,
                   0,
                   true,
                   &categoriesList};
}

Command categoriesAddCommand()
{
    return Command{"categories add",
                   "NAME",
                   QT_TRANSLATE_NOOP("toasoan::cli",
                                     "Add a category, at the top level or under --parent (its ID or name). "
                                     "Administrators only: the password of --user comes from "
                                     "TOASOAN_PASSWORD or is asked on the terminal."),
                   {{"parent", "ID|NAME", QT_TRANSLATE_NOOP("toasoan::cli", "The category it goes under")},
                    kUserOption,
                    kAsOption},
                   1,
                   1,
                   true,
                   &categoriesAdd};
}

Command categoriesRenameCommand()
{
    return Command{"categories rename",
                   "ID NAME",
                   QT_TRANSLATE_NOOP("toasoan::cli", "Rename a category (ID is its number from \"categories "
                                                     "list\"); its articles keep it. Administrators only."),
                   {kUserOption, kAsOption},
                   2,
                   2,
                   true,
                   &categoriesRename};
}

Command categoriesMoveCommand()
{
    return Command{
        "categories move",
        "ID",
        QT_TRANSLATE_NOOP("toasoan::cli", "Move a category under another one (--parent ID) or to the top level "
                                          "(--parent 0), last among its new siblings or at --position. "
                                          "A category cannot go under its own subcategories. Administrators only."),
        {{"parent", "ID|NAME", QT_TRANSLATE_NOOP("toasoan::cli", "The new parent; 0 for the top level"), true},
         {"position", "N", QT_TRANSLATE_NOOP("toasoan::cli", "Its place among its siblings, from 1")},
         kUserOption,
         kAsOption},
        1,
        1,
        true,
        &categoriesMove};
}

Command categoriesRemoveCommand()
{
    return Command{"categories remove",
                   "ID",
                   QT_TRANSLATE_NOOP("toasoan::cli", "Remove a category: deleted when no article uses it, otherwise "
                                                     "retired (it stays on its articles but cannot be chosen for "
                                                     "new ones). Says which happened. Administrators only."),
                   {kUserOption, kAsOption},
                   1,
                   1,
                   true,
                   &categoriesRemove};
}

Command categoriesMergeCommand()
{
    return Command{"categories merge",
                   "ID",
                   QT_TRANSLATE_NOOP("toasoan::cli", "Merge a category into another one (--into): its articles and "
                                                     "subcategories move there and it is deleted. Administrators "
                                                     "only."),
                   {{"into", "ID|NAME", QT_TRANSLATE_NOOP("toasoan::cli", "The category that remains"), true},
                    kUserOption,
                    kAsOption},
                   1,
                   1,
                   true,
                   &categoriesMerge};
}

Command tagsListCommand()
{
    return Command{"tags list",
                   "",
                   QT_TRANSLATE_NOOP("toasoan::cli", "List the tags with the number of articles that have each, and "
                                                     "the tags that are probably the same."),
                   {kJsonOption},
                   0,
                   0,
                   true,
                   &tagsList};
}

Command tagsRenameCommand()
{
    return Command{"tags rename",
                   "ID NAME",
                   QT_TRANSLATE_NOOP("toasoan::cli", "Rename a tag on every article that has it (ID is its number "
                                                     "from \"tags list\"). Administrators only."),
                   {kUserOption, kAsOption},
                   2,
                   2,
                   true,
                   &tagsRename};
}

Command tagsMergeCommand()
{
    return Command{
        "tags merge",
        "ID",
        QT_TRANSLATE_NOOP("toasoan::cli", "Merge a tag into another one (--into ID): the articles that "
                                          "have it get the other one and it is deleted. Administrators "
                                          "only."),
        {{"into", "ID", QT_TRANSLATE_NOOP("toasoan::cli", "The tag that remains"), true}, kUserOption, kAsOption},
        1,
        1,
        true,
        &tagsMerge};
}

} // namespace toasoan::cli
