// toasoan articles import FILE.html|FILE.txt|FILE.json|FILE.docx|FILE.odt [FILE...] --user LOGIN [--json]
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

// What a document's import changed or left out: runs typed with old fonts (converted), pictures
// that could not become media.
void reportNotes(CommandContext &context, const io::ImportedFile &file)
{
    QTextStream &stream = context.hasOption("json") ? context.err() : context.out();
    if (file.legacyRuns > 0) {
        stream << Text::tr("%1: %n run(s) typed in TCVN3 or VNI fonts converted to Unicode.", nullptr, file.legacyRuns)
                      .arg(file.path)
               << Qt::endl;
    }
    if (!file.missingImages.isEmpty()) {
        stream << Text::tr("%1: %n picture(s) left out, linked to a file outside the document or in a format web "
                           "pages do not show: %2",
                           nullptr, int(file.missingImages.size()))
                      .arg(file.path, file.missingImages.join(QStringLiteral(", ")))
               << Qt::endl;
    }
}

int importOne(CommandContext &context, const User &user)
{
    // The document's images and the article are stored together, or neither is.
    auto imported = io::importArticleFiles(context.database(), context.arguments(), user.id);
    if (!imported) {
        return context.fail(imported.error());
    }
    const io::ImportedFile &file = imported->constFirst();
    auto created = ArticleRepository(context.database()).load(file.articleId);
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
    reportNotes(context, file);
    return ExitOk;
}

// Several files: all are read first (one that cannot be read imports none; its message names it),
// then written in one transaction (their images, then the articles by the bulk path) and indexed for
// search before the command returns.
int importMany(CommandContext &context, const User &user)
{
    auto imported = io::importArticleFiles(context.database(), context.arguments(), user.id);
    if (!imported) {
        return context.fail(imported.error());
    }
    if (auto indexed = searchindex::catchUpAll(context.database(), 500); !indexed) {
        // The articles are stored; search finds them once the index catches up later.
        context.err() << Text::tr("The articles were imported, but not yet added to the search index: %1")
                             .arg(indexed.error().message)
                      << Qt::endl;
    }
    if (context.hasOption("json")) {
        ArticleRepository repo(context.database());
        QJsonArray list;
        for (const io::ImportedFile &file : std::as_const(*imported)) {
            auto article = repo.load(file.articleId);
            if (!article) {
                return context.fail(article.error());
            }
            list.append(io::articleToJson(*article, lookUpNames(context.database(), *article)));
        }
        printJson(context.out(), list);
    } else {
        for (const io::ImportedFile &file : std::as_const(*imported)) {
            context.out() << file.articleId << QLatin1String("  ") << file.title << Qt::endl;
        }
        context.out()
            << Text::tr("Imported %n article(s), author %1.", nullptr, int(imported->size())).arg(user.displayName)
            << Qt::endl;
    }
    for (const io::ImportedFile &file : std::as_const(*imported)) {
        reportNotes(context, file);
    }
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
                          "Create a draft from each UTF-8 .html or .txt file, Word .docx or LibreOffice .odt document "
                          "(or .json export). Text files: the first line is the title, blank lines separate "
                          "paragraphs. HTML and documents keep headings, lists, tables, links and images (a "
                          "document's images become the article's media, its text in TCVN3 or VNI fonts is "
                          "converted to Unicode); everything else is removed. Several files are imported "
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
        OfflineUse::Queues,
    };
}

} // namespace toasoan::cli
