// toasoan articles list [--json] [--state S] [--limit N] [--user LOGIN]
#include "app/cli/Commands.h"
#include "app/cli/Output.h"
#include "app/cli/PasswordPrompt.h"
#include "app/io/ArticleExport.h"
#include "app/storage/ArticleRepository.h"
#include "app/workflow/WorkflowService.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace toasoan::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::cli)
};

QString stateKeys()
{
    QStringList keys;
    for (const WorkflowState state : allWorkflowStates()) {
        keys.append(workflowStateKey(state));
    }
    return keys.join(QStringLiteral(", "));
}

int articlesList(CommandContext &context)
{
    ArticleQuery query;
    if (context.hasOption("state")) {
        // "--state submitted,awaiting_approval" lists several states at once.
        for (const QString &key : context.option("state").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto state = workflowStateFromKey(key.trimmed().toLower());
            if (!state) {
                return context.fail(makeError(
                    ErrorCode::Invalid, Text::tr("Unknown state \"%1\". Known states: %2.").arg(key, stateKeys())));
            }
            query.states.append(*state);
        }
    }
    if (context.hasOption("limit")) {
        bool ok = false;
        query.limit = context.option("limit").toInt(&ok);
        if (!ok || query.limit < 1) {
            return context.fail(
                makeError(ErrorCode::Invalid,
                          Text::tr("--limit needs a whole number above 0, not \"%1\".").arg(context.option("limit"))));
        }
    }

    auto page = [&]() -> Result<ArticlePage> {
        if (!context.hasOption("user") && !context.hasOption("as")) {
            return ArticleRepository(context.database()).list(query);
        }
        // As that person: what they may open, as in their window (others' drafts left out).
        TOASOAN_TRY(user, logInFromCommandLine(context, actingLogin(context)));
        return WorkflowService(context.database()).listFor(user->id, query);
    }();
    if (!page) {
        return context.fail(page.error());
    }

    if (context.hasOption("json")) {
        QJsonArray array;
        for (const ArticleSummary &summary : std::as_const(page->items)) {
            array.append(io::articleSummaryToJson(summary));
        }
        printJson(context.out(), array);
        return ExitOk;
    }
    if (page->items.isEmpty()) {
        context.out() << Text::tr("No articles.") << Qt::endl;
        return ExitOk;
    }
    TextTable table({Text::tr("ID"), Text::tr("State"), Text::tr("Updated"), Text::tr("Category"), Text::tr("Author"),
                     Text::tr("Title")});
    for (const ArticleSummary &s : std::as_const(page->items)) {
        table.addRow({QString::number(s.id), workflowStateLabel(s.state), formatTime(s.updatedAt), s.categoryName,
                      s.authorName, s.title});
    }
    table.print(context.out());
    if (page->total > page->items.size()) {
        context.err()
            << Text::tr("Showing %1 of %2 articles; use --limit to see more.").arg(page->items.size()).arg(page->total)
            << Qt::endl;
    }
    return ExitOk;
}

} // namespace

Command articlesListCommand()
{
    return Command{
        "articles list",
        "",
        QT_TRANSLATE_NOOP("toasoan::cli", "List articles, most recently changed first (trash excluded)."),
        {
            {"json", nullptr, QT_TRANSLATE_NOOP("toasoan::cli", "Print JSON instead of a table")},
            {"state", "STATE",
             QT_TRANSLATE_NOOP("toasoan::cli", "Only articles in this state (draft, submitted, awaiting_approval, "
                                               "approved, published, returned, rejected, unpublished, archived); "
                                               "several separated by commas")},
            {"limit", "N", QT_TRANSLATE_NOOP("toasoan::cli", "Show at most N articles (default 50)")},
            {"user", "LOGIN",
             QT_TRANSLATE_NOOP("toasoan::cli", "List what this user may open (logs in with their password): other "
                                               "people's drafts are left out")},
            asOption(),
        },
        0,
        0,
        true,
        &articlesList,
        OfflineUse::Reads,
    };
}

} // namespace toasoan::cli
