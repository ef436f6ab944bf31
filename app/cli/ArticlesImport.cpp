// toasoan articles import FILE.html|FILE.txt|FILE.json [FILE...] --user LOGIN [--json]
// The author proves who they are (their password); the articles and their "create" events name them.
#include "app/cli/Commands.h"
#include "app/cli/Output.h"
#include "app/cli/PasswordPrompt.h"
#include "app/io/ArticleExport.h"
#include "app/io/ArticleImport.h"
#include "app/search/SearchIndex.h"
#include "app/storage/ArticleRepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace toasoan::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::cli)
};

int importOne(CommandContext &context, const User &user)
{
    auto read = io::readArticleFile(context.arguments().constFirst());
    if (!read) {
        return context.fail(read.error());
    }
    Article article = std::move(read).value();
    article.authorId = user.id;
    auto created = ArticleRepository(context.database()).create(article, user.id);
    if (!created) {
        return context.fail(created.error());
    }
    if (context.hasOption("json")) {
        printJson(context.out(), io::articleToJson(*created, lookUpNames(context.database(), *created)));
    } else {
        context.out() << Text::tr("Imported \"%1\" as article %2 (%3), author %4.")
                             .arg(created->title, QString::number(created->id), workflowStateLabel(created->state),
                                  user.displayName)
                      << Qt::endl;
    }
    return ExitOk;
}

// Several files: all are read first (one that cannot be read imports none), then written in one
// transaction by the bulk path and indexed for search before the command returns.
int importMany(CommandContext &context, const User &user)
{
    QList<Article> drafts;
    for (const QString &file : context.arguments()) {
        auto read = io::readArticleFile(file);
        if (!read) {
            Error error = read.error();
            error.message = Text::tr("%1: %2").arg(file, error.message);
            return context.fail(error);
        }
        Article article = std::move(read).value();
        article.authorId = user.id;
        drafts.append(std::move(article));
    }
    ArticleRepository repo(context.database());
    auto ids = repo.createMany(drafts, user.id);
    if (!ids) {
        return context.fail(ids.error());
    }
    if (auto indexed = searchindex::catchUpAll(context.database(), 500); !indexed) {
        // The articles are stored; search finds them once the index catches up later.
        context.err() << Text::tr("The articles were imported, but not yet added to the search index: %1")
                             .arg(indexed.error().message)
                      << Qt::endl;
    }
    if (context.hasOption("json")) {
        QJsonArray list;
        for (qint64 id : std::as_const(*ids)) {
            auto article = repo.load(id);
            if (!article) {
                return context.fail(article.error());
            }
            list.append(io::articleToJson(*article, lookUpNames(context.database(), *article)));
        }
        printJson(context.out(), list);
        return ExitOk;
    }
    for (qsizetype i = 0; i < ids->size(); ++i) {
        context.out() << ids->at(i) << QLatin1String("  ") << drafts.at(i).title.trimmed() << Qt::endl;
    }
    context.out() << Text::tr("Imported %n article(s), author %1.", nullptr, int(ids->size())).arg(user.displayName)
                  << Qt::endl;
    return ExitOk;
}

int articlesImport(CommandContext &context)
{
    return runAs(context, actingLogin(context), Text::tr("Name the author of the articles: --user LOGIN."),
                 [&](const User &user) {
                     return context.arguments().size() == 1 ? importOne(context, user) : importMany(context, user);
                 });
}

} // namespace

Command articlesImportCommand()
{
    return Command{
        "articles import",
        "FILE...",
        QT_TRANSLATE_NOOP("toasoan::cli",
                          "Create a draft from each UTF-8 .html or .txt file (or .json export). Text files: the first "
                          "line is the title, blank lines separate paragraphs. HTML files keep headings, lists, "
                          "tables, links and images; everything else is removed. Several files are imported "
                          "together: if one cannot be read, none is."),
        {
            {"user", "LOGIN",
             QT_TRANSLATE_NOOP("toasoan::cli", "The author of the new articles (logs in with their password: "
                                               "TOASOAN_PASSWORD or asked on the terminal)")},
            asOption(),
            {"json", nullptr, QT_TRANSLATE_NOOP("toasoan::cli", "Print the new article as JSON")},
        },
        1,
        -1,
        true,
        &articlesImport,
    };
}

} // namespace toasoan::cli
