// toasoan articles import FILE.html|FILE.txt|FILE.json --user LOGIN [--json]
#include "cli/Commands.h"
#include "cli/Output.h"
#include "io/ArticleExport.h"
#include "io/ArticleImport.h"
#include "storage/ArticleRepository.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>

namespace toasoan::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::cli)
};

int articlesImport(CommandContext &context)
{
    auto user = UserRepository(context.database()).findByLogin(context.option("user"));
    if (!user) {
        return context.fail(user.error());
    }
    auto read = io::readArticleFile(context.arguments().constFirst());
    if (!read) {
        return context.fail(read.error());
    }
    Article article = std::move(read).value();
    article.authorId = user->id;
    auto created = ArticleRepository(context.database()).create(article, user->id);
    if (!created) {
        return context.fail(created.error());
    }
    if (context.hasOption("json")) {
        printJson(context.out(), io::articleToJson(*created, lookUpNames(context.database(), *created)));
    } else {
        context.out() << Text::tr("Imported \"%1\" as article %2 (%3), author %4.")
                             .arg(created->title, QString::number(created->id), workflowStateLabel(created->state),
                                  user->displayName)
                      << Qt::endl;
    }
    return ExitOk;
}

} // namespace

Command articlesImportCommand()
{
    return Command{
        "articles import",
        "FILE",
        QT_TRANSLATE_NOOP("toasoan::cli",
                          "Create a draft from a UTF-8 .html or .txt file (or a .json export). Text files: the first "
                          "line is the title, blank lines separate paragraphs. HTML files keep headings, lists, "
                          "tables, links and images; everything else is removed."),
        {
            {"user", "LOGIN", QT_TRANSLATE_NOOP("toasoan::cli", "The author of the new article"), true},
            {"json", nullptr, QT_TRANSLATE_NOOP("toasoan::cli", "Print the new article as JSON")},
        },
        1,
        1,
        true,
        &articlesImport,
    };
}

} // namespace toasoan::cli
