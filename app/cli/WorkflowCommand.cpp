// toasoan workflow ACTION ID --user LOGIN [--comment TEXT] [--seen-version N]
#include "app/cli/Commands.h"
#include "app/cli/Output.h"
#include "app/cli/PasswordPrompt.h"
#include "app/workflow/WorkflowService.h"

#include <QCoreApplication>

namespace toasoan::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::cli)
};

// The transitions a person may ask for on the command line; publishing is the outbox's.
const QList<Action> kActions = {Action::Submit,    Action::Withdraw, Action::Forward,
                                Action::Return,    Action::Approve,  Action::Reject,
                                Action::Unpublish, Action::Archive,  Action::RestoreToDraft};

QString actionList()
{
    QStringList keys;
    for (Action action : kActions) {
        keys.append(actionKey(action));
    }
    return keys.join(QStringLiteral(", "));
}

int workflow(CommandContext &context)
{
    const auto action = actionFromKey(context.arguments().at(0).trimmed().toLower());
    if (!action || !kActions.contains(*action)) {
        return context.usageError(
            Text::tr("Unknown workflow action \"%1\". Use one of: %2.").arg(context.arguments().at(0), actionList()));
    }
    int seenVersion = 0;
    if (context.hasOption("seen-version")) {
        bool ok = false;
        seenVersion = context.option("seen-version").toInt(&ok);
        if (!ok || seenVersion <= 0) {
            return context.usageError(Text::tr("--seen-version needs a positive number."));
        }
    }
    Database &db = context.database();
    auto article = findArticle(db, context.arguments().at(1));
    if (!article) {
        return context.fail(article.error());
    }
    return runAs(context, actingLogin(context), Text::tr("Name who does it: --user LOGIN."), [&](const User &user) {
        auto moved = WorkflowService(db).perform(*action, article->id, user.id, context.option("comment"), seenVersion);
        if (!moved) {
            return context.fail(moved.error());
        }
        context.out() << Text::tr("Article %1 \"%2\": %3 → %4.")
                             .arg(QString::number(moved->id), moved->title, workflowStateLabel(article->state),
                                  workflowStateLabel(moved->state))
                      << Qt::endl;
        return int(ExitOk);
    });
}

} // namespace

Command workflowCommand()
{
    return Command{
        "workflow",
        "ACTION ID",
        QT_TRANSLATE_NOOP("toasoan::cli",
                          "Move an article through the editorial workflow. ACTION is submit, withdraw, forward, "
                          "return, approve, reject, unpublish, archive or restore (to a draft). The password of "
                          "--user comes from TOASOAN_PASSWORD or is asked on the terminal; the same permission "
                          "rules as in the window apply. Returning needs a --comment with the reason."),
        {
            {"user", "LOGIN", QT_TRANSLATE_NOOP("toasoan::cli", "Who does it (logs in with their password)")},
            asOption(),
            {"comment", "TEXT", QT_TRANSLATE_NOOP("toasoan::cli", "The reason or note written in the history")},
            {"seen-version", "N",
             QT_TRANSLATE_NOOP("toasoan::cli", "Refuse if the article changed since version N (see articles show)")},
        },
        2,
        2,
        true,
        &workflow,
    };
}

} // namespace toasoan::cli
