// toasoan articles diff ID REV1 REV2 [--json]
#include "app/cli/Commands.h"
#include "app/cli/Output.h"
#include "app/diff/ArticleDiff.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace toasoan::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::cli)
};

QJsonArray runsToJson(const QList<diff::DiffRun> &runs)
{
    QJsonArray array;
    for (const diff::DiffRun &run : runs) {
        const QString kind = run.kind == diff::DiffRun::Kind::Equal    ? QStringLiteral("equal")
                             : run.kind == diff::DiffRun::Kind::Insert ? QStringLiteral("insert")
                                                                       : QStringLiteral("delete");
        array.append(QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("text"), run.text}});
    }
    return array;
}

int articlesDiff(CommandContext &context)
{
    Database &db = context.database();
    auto article = findArticle(db, context.arguments().at(0));
    if (!article) {
        return context.fail(article.error());
    }
    int numbers[2] = {0, 0};
    for (int i = 0; i < 2; ++i) {
        bool ok = false;
        numbers[i] = context.arguments().at(i + 1).toInt(&ok);
        if (!ok || numbers[i] <= 0) {
            return context.usageError(
                Text::tr("\"%1\" is not a revision number (see articles history).").arg(context.arguments().at(i + 1)));
        }
    }
    ArticleRepository articles(db);
    auto before = articles.revision(article->id, numbers[0]);
    if (!before) {
        return context.fail(before.error());
    }
    auto after = articles.revision(article->id, numbers[1]);
    if (!after) {
        return context.fail(after.error());
    }
    auto categoryName = [&db](qint64 id) {
        auto q = db.exec(QStringLiteral("SELECT name FROM categories WHERE id = ?"), {id});
        return q && q->next() ? q->value(0).toString() : QString();
    };
    const diff::ArticleDiff d = diff::diffArticles(before->snapshot, after->snapshot, categoryName);

    if (context.hasOption("json")) {
        QJsonArray fields;
        for (const diff::FieldChange &f : d.fields) {
            QJsonObject o{{QStringLiteral("field"), f.key},
                          {QStringLiteral("before"), f.before},
                          {QStringLiteral("after"), f.after}};
            if (!f.runs.isEmpty()) {
                o.insert(QStringLiteral("runs"), runsToJson(f.runs));
            }
            fields.append(o);
        }
        printJson(context.out(), QJsonObject{{QStringLiteral("id"), article->id},
                                             {QStringLiteral("from"), numbers[0]},
                                             {QStringLiteral("to"), numbers[1]},
                                             {QStringLiteral("fields"), fields},
                                             {QStringLiteral("body"), runsToJson(d.body)}});
        return ExitOk;
    }

    QTextStream &out = context.out();
    out << Text::tr("Article %1, revision %2 → %3").arg(article->id).arg(numbers[0]).arg(numbers[1]) << '\n';
    if (d.isEmpty()) {
        out << Text::tr("No differences.") << Qt::endl;
        return ExitOk;
    }
    for (const diff::FieldChange &f : d.fields) {
        const QString change =
            f.runs.isEmpty()
                ? (QStringLiteral("[-") + f.before + QStringLiteral("-] {+") + f.after + QStringLiteral("+}"))
                : diff::runsToPlainText(f.runs);
        out << f.label << QStringLiteral(": ") << change << '\n';
    }
    if (d.bodyChanged) {
        out << '\n' << Text::tr("Body:") << '\n' << diff::runsToPlainText(d.body) << '\n';
    }
    out.flush();
    return ExitOk;
}

} // namespace

Command articlesDiffCommand()
{
    return Command{
        "articles diff",
        "ID REV1 REV2",
        QT_TRANSLATE_NOOP("toasoan::cli",
                          "Compare two revisions of an article word by word: changed fields first, then the body. "
                          "Deleted words show as [-...-], inserted ones as {+...+}."),
        {{"json", nullptr, QT_TRANSLATE_NOOP("toasoan::cli", "Print JSON instead of text")}},
        3,
        3,
        true,
        &articlesDiff,
    };
}

} // namespace toasoan::cli
