// toasoan articles history ID [--json]
#include "app/cli/Commands.h"
#include "app/cli/Output.h"
#include "app/io/ArticleExport.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/EventLog.h"
#include "app/storage/UserRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace toasoan::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::cli)
};

QString eventLabel(const Event &e)
{
    if (e.action == QLatin1String("transition") && e.fromState && e.toState) {
        return workflowStateLabel(*e.fromState) + QStringLiteral(" → ") + workflowStateLabel(*e.toState);
    }
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("create"), QT_TRANSLATE_NOOP("toasoan::cli", "created")},
        {QStringLiteral("save"), QT_TRANSLATE_NOOP("toasoan::cli", "saved")},
        {QStringLiteral("comment"), QT_TRANSLATE_NOOP("toasoan::cli", "commented")},
        {QStringLiteral("trash"), QT_TRANSLATE_NOOP("toasoan::cli", "moved to the trash")},
        {QStringLiteral("restore"), QT_TRANSLATE_NOOP("toasoan::cli", "restored from the trash")},
        {QStringLiteral("lock_takeover"), QT_TRANSLATE_NOOP("toasoan::cli", "took over editing")},
        {QStringLiteral("offline_restore"),
         QT_TRANSLATE_NOOP("toasoan::cli", "restored as a draft: deleted on the server while edited offline")},
        {QStringLiteral("conflict_copy"), QT_TRANSLATE_NOOP("toasoan::cli", "conflict copy kept (edited offline)")},
        {QStringLiteral("conflict_resolved"), QT_TRANSLATE_NOOP("toasoan::cli", "conflict copy dealt with")},
        {QStringLiteral("royalty"), QT_TRANSLATE_NOOP("toasoan::cli", "royalty set (kind and points)")},
    };
    const char *label = labels.value(e.action);
    return label ? QCoreApplication::translate("toasoan::cli", label) : e.action;
}

int articlesHistory(CommandContext &context)
{
    Database &db = context.database();
    auto article = findArticle(db, context.arguments().constFirst());
    if (!article) {
        return context.fail(article.error());
    }
    auto revisions = ArticleRepository(db).revisions(article->id);
    if (!revisions) {
        return context.fail(revisions.error());
    }
    auto events = EventLog(db).forArticle(article->id);
    if (!events) {
        return context.fail(events.error());
    }
    auto users = UserRepository(db).list();
    if (!users) {
        return context.fail(users.error());
    }
    QHash<qint64, QString> logins;
    for (const User &user : std::as_const(*users)) {
        logins.insert(user.id, user.login);
    }

    if (context.hasOption("json")) {
        QJsonArray revisionArray;
        for (const Revision &r : std::as_const(*revisions)) {
            revisionArray.append(QJsonObject{{QStringLiteral("number"), r.number},
                                             {QStringLiteral("author"), logins.value(r.authorId)},
                                             {QStringLiteral("createdAt"), io::timeToJson(r.createdAt)},
                                             {QStringLiteral("note"), r.note}});
        }
        QJsonArray eventArray;
        for (const Event &e : std::as_const(*events)) {
            QJsonObject o{{QStringLiteral("at"), io::timeToJson(e.at)},
                          {QStringLiteral("user"), logins.value(e.userId)},
                          {QStringLiteral("action"), e.action},
                          {QStringLiteral("comment"), e.comment}};
            if (e.fromState) {
                o.insert(QStringLiteral("from"), workflowStateKey(*e.fromState));
            }
            if (e.toState) {
                o.insert(QStringLiteral("to"), workflowStateKey(*e.toState));
            }
            eventArray.append(o);
        }
        printJson(context.out(), QJsonObject{{QStringLiteral("id"), article->id},
                                             {QStringLiteral("revisions"), revisionArray},
                                             {QStringLiteral("events"), eventArray}});
        return ExitOk;
    }

    QTextStream &out = context.out();
    out << Text::tr("Revisions of article %1 \"%2\":").arg(QString::number(article->id), article->title) << '\n';
    TextTable revisionTable({Text::tr("No."), Text::tr("Saved"), Text::tr("By"), Text::tr("Note")});
    for (const Revision &r : std::as_const(*revisions)) {
        revisionTable.addRow({QString::number(r.number), formatTime(r.createdAt), logins.value(r.authorId), r.note});
    }
    revisionTable.print(out);
    out << '\n' << Text::tr("History:") << '\n';
    TextTable eventTable({Text::tr("When"), Text::tr("Who"), Text::tr("What"), Text::tr("Comment")});
    for (const Event &e : std::as_const(*events)) {
        eventTable.addRow({formatTime(e.at), e.userId == 0 ? Text::tr("(system)") : logins.value(e.userId),
                           eventLabel(e), QString(e.comment).replace(QLatin1Char('\n'), QLatin1Char(' '))});
    }
    eventTable.print(out);
    out.flush();
    return ExitOk;
}

} // namespace

Command articlesHistoryCommand()
{
    return Command{
        "articles history",
        "ID",
        QT_TRANSLATE_NOOP("toasoan::cli",
                          "Show the saved revisions of an article and its history: who created, saved, moved or "
                          "commented on it, when, and with which comment."),
        {{"json", nullptr, QT_TRANSLATE_NOOP("toasoan::cli", "Print JSON instead of tables")}},
        1,
        1,
        true,
        &articlesHistory,
    };
}

} // namespace toasoan::cli
