// toasoan search QUERY... [--json] [--exact] [--limit N] [--state S] | toasoan search --reindex
#include "app/cli/Commands.h"
#include "app/cli/Output.h"
#include "app/io/ArticleExport.h"
#include "app/search/ArticleSearch.h"
#include "app/search/SearchIndex.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace toasoan::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::cli)
};

// A terminal has no bold: hits are shown [like this].
QString terminalText(QString html)
{
    html.replace(QLatin1String("<b>"), QLatin1String("["));
    html.replace(QLatin1String("</b>"), QLatin1String("]"));
    html.replace(QLatin1String("&lt;"), QLatin1String("<"));
    html.replace(QLatin1String("&gt;"), QLatin1String(">"));
    html.replace(QLatin1String("&quot;"), QLatin1String("\""));
    html.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return html;
}

int reindex(CommandContext &context)
{
    auto count = searchindex::rebuild(context.database());
    if (!count) {
        return context.fail(count.error());
    }
    context.out() << Text::tr("Search index rebuilt: %n article(s).", nullptr, *count) << Qt::endl;
    return ExitOk;
}

int search(CommandContext &context)
{
    if (context.hasOption("reindex")) {
        return context.arguments().isEmpty() ? reindex(context)
                                             : context.usageError(Text::tr("--reindex takes no query."));
    }
    const QString query = context.arguments().join(QLatin1Char(' '));
    if (query.trimmed().isEmpty()) {
        return context.usageError(Text::tr("Give the words to search for."));
    }
    SearchOptions options;
    options.prefix = false; // a whole command line, not text being typed
    options.exactDiacritics = context.hasOption("exact");
    if (context.hasOption("limit")) {
        bool ok = false;
        options.limit = context.option("limit").toInt(&ok);
        if (!ok || options.limit < 1) {
            return context.usageError(
                Text::tr("--limit needs a whole number above 0, not \"%1\".").arg(context.option("limit")));
        }
    }
    if (context.hasOption("state")) {
        for (const QString &key : context.option("state").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto state = workflowStateFromKey(key.trimmed().toLower());
            if (!state) {
                return context.usageError(Text::tr("Unknown state \"%1\".").arg(key));
            }
            options.filters.states.append(*state);
        }
    }

    // Articles from a bulk import that was cut short may still wait for the index: add them first.
    // (A failure here only means fewer results; the search below reports its own errors.)
    (void)searchindex::catchUpAll(context.database(), 1000);
    auto result = ArticleSearch(context.database()).search(query, options);
    if (!result) {
        return context.fail(result.error());
    }
    if (context.hasOption("json")) {
        QJsonArray hits;
        for (const SearchHit &hit : std::as_const(result->hits)) {
            QJsonObject object = io::articleSummaryToJson(hit.article);
            object.insert(QStringLiteral("score"), hit.score);
            object.insert(QStringLiteral("title_html"), hit.titleHtml);
            object.insert(QStringLiteral("snippet_html"), hit.snippetHtml);
            hits.append(object);
        }
        printJson(context.out(), QJsonObject{{QStringLiteral("query"), query},
                                             {QStringLiteral("total"), result->total},
                                             {QStringLiteral("total_is_lower_bound"), result->totalIsLowerBound},
                                             {QStringLiteral("not_yet_indexed"), result->notYetIndexed},
                                             {QStringLiteral("hits"), hits}});
        return ExitOk;
    }
    if (result->hits.isEmpty()) {
        context.out() << Text::tr("No article matches \"%1\".").arg(query) << Qt::endl;
        return ExitOk;
    }
    for (const SearchHit &hit : std::as_const(result->hits)) {
        context.out() << hit.article.id << QLatin1String("  ") << terminalText(hit.titleHtml) << QLatin1String("  (")
                      << workflowStateLabel(hit.article.state) << QLatin1String(", ")
                      << formatTime(hit.article.updatedAt) << QLatin1String(")\n    ") << terminalText(hit.snippetHtml)
                      << Qt::endl;
    }
    if (result->total > result->hits.size()) {
        context.err() << Text::tr("Showing %1 of %2 articles; use --limit to see more.")
                             .arg(result->hits.size())
                             .arg(result->total)
                      << Qt::endl;
    }
    return ExitOk;
}

} // namespace

Command searchCommand()
{
    return Command{
        "search",
        "QUERY...",
        QT_TRANSLATE_NOOP("toasoan::cli", "Search the articles (title, sapo, body, tags, byline). Marks are ignored "
                                          "unless --exact: \"quan uy\" finds \"Quận ủy\". Quote words to find them "
                                          "side by side."),
        {{"json", nullptr, QT_TRANSLATE_NOOP("toasoan::cli", "Print JSON instead of text")},
         {"exact", nullptr,
          QT_TRANSLATE_NOOP("toasoan::cli", "Match diacritics exactly (\"hòa\" does not find \"hoa\")")},
         {"limit", "N", QT_TRANSLATE_NOOP("toasoan::cli", "Show at most N articles (default 20)")},
         {"state", "STATE", QT_TRANSLATE_NOOP("toasoan::cli", "Only articles in these states (comma-separated)")},
         {"reindex", nullptr, QT_TRANSLATE_NOOP("toasoan::cli", "Rebuild the search index instead of searching")}},
        0,
        -1,
        true,
        &search,
        OfflineUse::Reads,
    };
}

} // namespace toasoan::cli
