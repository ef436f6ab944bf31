// toasoan articles export ID [--format html|json]
#include "app/cli/Commands.h"
#include "app/cli/Output.h"
#include "app/io/ArticleExport.h"

#include <QCoreApplication>

namespace toasoan::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::cli)
};

int articlesExport(CommandContext &context)
{
    const QString format =
        context.hasOption("format") ? context.option("format").trimmed().toLower() : QStringLiteral("html");
    if (format != QLatin1String("html") && format != QLatin1String("json")) {
        return context.fail(makeError(
            ErrorCode::Invalid, Text::tr("Unknown format \"%1\". Use html or json.").arg(context.option("format"))));
    }
    auto article = findArticle(context.database(), context.arguments().constFirst());
    if (!article) {
        return context.fail(article.error());
    }
    const io::ArticleNames names = lookUpNames(context.database(), *article);
    if (format == QLatin1String("json")) {
        printJson(context.out(), io::articleToJson(*article, names));
    } else {
        context.out() << io::articleToHtmlDocument(*article, names);
    }
    context.out().flush();
    return ExitOk;
}

} // namespace

Command articlesExportCommand()
{
    return Command{
        "articles export",
        "ID",
        QT_TRANSLATE_NOOP("toasoan::cli", "Write one article to standard output as a standalone HTML document or as "
                                          "JSON with every field."),
        {{"format", "FORMAT", QT_TRANSLATE_NOOP("toasoan::cli", "html (default) or json")}},
        1,
        1,
        true,
        &articlesExport,
    };
}

} // namespace toasoan::cli
