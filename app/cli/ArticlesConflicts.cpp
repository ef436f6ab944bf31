// toasoan articles conflicts [ID] [--json] --user LOGIN
// toasoan articles resolve-conflict ID [--revision N] --keep current|copy --user LOGIN
#include "app/cli/Commands.h"
#include "app/cli/Output.h"
#include "app/cli/PasswordPrompt.h"
#include "app/workflow/ConflictResolution.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace toasoan::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::cli)
};

int articlesConflicts(CommandContext &context)
{
    Database &db = context.database();
    qint64 articleId = 0;
    if (!context.arguments().isEmpty()) {
        auto article = findArticle(db, context.arguments().constFirst());
        if (!article) {
            return context.fail(article.error());
        }
        articleId = article->id;
    }
    return runAs(context, actingLogin(context), Text::tr("Name whose conflict copies to list: --user LOGIN."),
                 [&](const User &user) {
                     ConflictResolution conflicts(db);
                     auto waiting = articleId ? conflicts.waitingOn(articleId, user.id) : conflicts.waitingFor(user.id);
                     if (!waiting) {
                         return context.fail(waiting.error());
                     }
                     if (context.hasOption("json")) {
                         QJsonArray array;
                         for (const ConflictCopy &copy : std::as_const(*waiting)) {
                             array.append(QJsonObject{{QStringLiteral("article_id"), copy.articleId},
                                                      {QStringLiteral("revision"), copy.revision},
                                                      {QStringLiteral("title"), copy.title},
                                                      {QStringLiteral("at"), copy.at.toString(Qt::ISODate)}});
                         }
                         printJson(context.out(), array);
                         return int(ExitOk);
                     }
                     if (waiting->isEmpty()) {
                         context.out() << Text::tr("No conflict copies waiting.") << Qt::endl;
                         return int(ExitOk);
                     }
                     TextTable table({Text::tr("ID"), Text::tr("Revision"), Text::tr("Written"), Text::tr("Title")});
                     for (const ConflictCopy &copy : std::as_const(*waiting)) {
                         table.addRow({QString::number(copy.articleId), QString::number(copy.revision),
                                       formatTime(copy.at), copy.title});
                     }
                     table.print(context.out());
                     return int(ExitOk);
                 });
}

int resolveConflict(CommandContext &context)
{
    const QString keep = context.option("keep").trimmed().toLower();
    if (keep != QLatin1String("current") && keep != QLatin1String("copy")) {
        return context.usageError(Text::tr("--keep is current (the article as it is) or copy (the conflict copy's "
                                           "text), not \"%1\".")
                                      .arg(context.option("keep")));
    }
    int revision = 0;
    if (context.hasOption("revision")) {
        bool ok = false;
        revision = context.option("revision").toInt(&ok);
        if (!ok || revision <= 0) {
            return context.usageError(Text::tr("--revision needs a positive number."));
        }
    }
    Database &db = context.database();
    auto article = findArticle(db, context.arguments().constFirst());
    if (!article) {
        return context.fail(article.error());
    }
    return runAs(context, actingLogin(context), Text::tr("Name who does it: --user LOGIN."), [&](const User &user) {
        ConflictResolution conflicts(db);
        if (revision == 0) {
            auto waiting = conflicts.waitingOn(article->id, user.id);
            if (!waiting) {
                return context.fail(waiting.error());
            }
            if (waiting->size() != 1) {
                QStringList numbers;
                for (const ConflictCopy &copy : std::as_const(*waiting)) {
                    numbers.append(QString::number(copy.revision));
                }
                return context.fail(makeError(
                    ErrorCode::Invalid,
                    waiting->isEmpty()
                        ? Text::tr("Article %1 has no conflict copy waiting for you.").arg(article->id)
                        : Text::tr("Article %1 has several conflict copies waiting (revisions %2): name one with "
                                   "--revision.")
                              .arg(QString::number(article->id), numbers.join(QStringLiteral(", ")))));
            }
            revision = waiting->constFirst().revision;
        }
        const ConflictChoice choice =
            keep == QLatin1String("copy") ? ConflictChoice::TakeCopy : ConflictChoice::KeepCurrent;
        auto done = conflicts.resolve(article->id, revision, user.id, choice);
        if (!done) {
            return context.fail(done.error());
        }
        context.out() << (choice == ConflictChoice::TakeCopy
                              ? Text::tr("Article %1 \"%2\": the text of conflict copy %3 is now the current "
                                         "version (version %4).")
                                    .arg(QString::number(done->id), done->title, QString::number(revision),
                                         QString::number(done->version))
                              : Text::tr("Article %1 \"%2\": the current version is kept; conflict copy %3 is set "
                                         "aside in the history.")
                                    .arg(QString::number(done->id), done->title, QString::number(revision)))
                      << Qt::endl;
        return int(ExitOk);
    });
}

} // namespace

Command articlesConflictsCommand()
{
    return Command{
        "articles conflicts",
        "[ID]",
        QT_TRANSLATE_NOOP("toasoan::cli",
                          "List the conflict copies waiting: texts written offline while the article changed on the "
                          "server. Without ID, those --user wrote; with ID, those of that article --user may deal "
                          "with. Changes nothing."),
        {
            {"json", nullptr, QT_TRANSLATE_NOOP("toasoan::cli", "Print JSON instead of a table")},
            {"user", "LOGIN", QT_TRANSLATE_NOOP("toasoan::cli", "Whose copies (logs in with their password)")},
            asOption(),
        },
        0,
        1,
        true,
        &articlesConflicts,
    };
}

Command articlesResolveConflictCommand()
{
    return Command{
        "articles resolve-conflict",
        "ID",
        QT_TRANSLATE_NOOP("toasoan::cli",
                          "Deal with a conflict copy of the article: keep the current version (the copy stays in the "
                          "history) or make the copy's title, sapo and body the current version. Its author, an "
                          "editor or an approver may; taking the copy needs the article to be theirs to edit. To "
                          "merge part by part, use the window's conflict view."),
        {
            {"keep", "WHICH", QT_TRANSLATE_NOOP("toasoan::cli", "current or copy"), true},
            {"revision", "N",
             QT_TRANSLATE_NOOP("toasoan::cli", "Which conflict copy (see articles conflicts); needed when there are "
                                               "several")},
            {"user", "LOGIN", QT_TRANSLATE_NOOP("toasoan::cli", "Who does it (logs in with their password)")},
            asOption(),
        },
        1,
        1,
        true,
        &resolveConflict,
    };
}

} // namespace toasoan::cli
