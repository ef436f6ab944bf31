// toasoan articles show ID [--json] [--user LOGIN]
#include "app/cli/Commands.h"
#include "app/cli/Output.h"
#include "app/cli/PasswordPrompt.h"
#include "app/io/ArticleExport.h"
#include "app/workflow/WorkflowService.h"

#include <QCoreApplication>

namespace toasoan::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::cli)
};

int articlesShow(CommandContext &context)
{
    auto article = findArticle(context.database(), context.arguments().constFirst());
    if (!article) {
        return context.fail(article.error());
    }
    if (context.hasOption("user") || context.hasOption("as")) {
        // As that person: another author's draft is not theirs to read.
        auto user = logInFromCommandLine(context, actingLogin(context));
        if (!user) {
            return context.fail(user.error());
        }
        article = WorkflowService(context.database()).openArticle(article->id, user->id);
        if (!article) {
            return context.fail(article.error());
        }
    }
    const io::ArticleNames names = lookUpNames(context.database(), *article);
    if (context.hasOption("json")) {
        printJson(context.out(), io::articleToJson(*article, names));
        return ExitOk;
    }

    const Article &a = *article;
    QList<QPair<QString, QString>> fields = {
        {Text::tr("Title"), a.title},
        {Text::tr("ID"),
         QString::number(a.id) + QStringLiteral(" (") + a.uuid.toString(QUuid::WithoutBraces) + QLatin1Char(')')},
        {Text::tr("State"), workflowStateLabel(a.state)},
        {Text::tr("Category"), names.categoryName},
        {Text::tr("Author"), names.authorLogin.isEmpty()
                                 ? QString()
                                 : names.authorName + QStringLiteral(" (") + names.authorLogin + QLatin1Char(')')},
        {Text::tr("Byline"), a.byline},
        {Text::tr("Source"), a.source},
        {Text::tr("Tags"), a.tags.join(QStringLiteral(", "))},
        {Text::tr("Created"), formatTime(a.createdAt)},
        {Text::tr("Updated"), formatTime(a.updatedAt)},
        {Text::tr("Scheduled"), formatTime(a.scheduledAt)},
        {Text::tr("In trash since"), formatTime(a.deletedAt)},
        {Text::tr("Version"), QString::number(a.version)},
    };
    qsizetype width = 0;
    for (const auto &field : std::as_const(fields)) {
        if (!field.second.isEmpty()) {
            width = std::max(width, displayWidth(field.first));
        }
    }
    QTextStream &out = context.out();
    for (const auto &[label, value] : std::as_const(fields)) {
        if (!value.isEmpty()) {
            out << label << QLatin1Char(':') << QString(width - displayWidth(label) + 2, QLatin1Char(' ')) << value
                << '\n';
        }
    }
    if (!a.sapo.isEmpty()) {
        out << '\n' << a.sapo << '\n';
    }
    QString body = io::htmlToPlainText(a.body);
    if (!a.dateline.isEmpty() && !body.startsWith(QLatin1Char('(') + a.dateline + QLatin1Char(')'))) {
        body = QLatin1Char('(') + a.dateline + QStringLiteral(") ") + body;
    }
    if (!body.isEmpty()) {
        out << '\n' << body << '\n';
    }
    if (!a.notes.isEmpty()) {
        out << '\n' << Text::tr("Internal notes: %1").arg(a.notes) << '\n';
    }
    out.flush();
    return ExitOk;
}

} // namespace

Command articlesShowCommand()
{
    return Command{
        "articles show",
        "ID",
        QT_TRANSLATE_NOOP("toasoan::cli", "Show one article; ID is its number or its UUID."),
        {{"json", nullptr, QT_TRANSLATE_NOOP("toasoan::cli", "Print every field as JSON")},
         {"user", "LOGIN",
          QT_TRANSLATE_NOOP("toasoan::cli", "Show it as this user (logs in with their password): another "
                                            "person's draft is refused")},
         asOption()},
        1,
        1,
        true,
        &articlesShow,
        OfflineUse::Reads,
    };
}

} // namespace toasoan::cli
