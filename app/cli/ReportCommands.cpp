// toasoan report royalties|close-month|reopen-month: the month's royalties (nhuận bút) as a table, JSON,
// CSV, an .xlsx workbook or an A4 PDF statement, and the month's closing. Reading names who reads (--user
// LOGIN, or --as LOGIN, with the password): approvers and administrators read every author's, reporters and
// editors their own (the core decides, report::Royalties::month). Closing and reopening name an approver or
// administrator, and the core checks the permission.
#include "app/cli/Commands.h"
#include "app/cli/Output.h"
#include "app/cli/PasswordPrompt.h"
#include "app/report/Money.h"
#include "app/report/Royalties.h"
#include "app/report/RoyaltyExport.h"
#include "app/report/RoyaltyScheme.h"
#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace toasoan::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::cli)
};

std::optional<QDate> monthArgument(CommandContext &context, const QString &text)
{
    const auto month = report::Royalties::parseMonth(text);
    if (!month) {
        context.usageError(Text::tr("The month must be written YYYY-MM, for example 2026-11."));
    }
    return month;
}

Result<void> writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        return makeError(ErrorCode::Io, Text::tr("Cannot write the file %1.").arg(QDir::toNativeSeparators(path)),
                         file.errorString());
    }
    return {};
}

void printStatement(QTextStream &out, const report::MonthRoyalties &month)
{
    using report::RoyaltyTexts;
    out << RoyaltyTexts::title(month.month) << '\n'
        << RoyaltyTexts::pointValue(month.pointValue) << ". " << RoyaltyTexts::status(month) << "\n\n";
    if (month.authors.isEmpty()) {
        out << (month.onlyAuthorId != 0
                    ? Text::tr("You have nothing published in %1.").arg(RoyaltyTexts::monthLabel(month.month))
                    : Text::tr("Nothing was published in %1.").arg(RoyaltyTexts::monthLabel(month.month)))
            << Qt::endl;
        return;
    }
    for (const report::AuthorRoyalties &author : month.authors) {
        out << author.name << " (" << author.login
            << (author.active ? QString() : QStringLiteral(", ") + RoyaltyTexts::deactivated()) << ")\n";
        TextTable table({RoyaltyTexts::article(), RoyaltyTexts::publishedOn(), RoyaltyTexts::kind(),
                         RoyaltyTexts::points(), RoyaltyTexts::amount(), RoyaltyTexts::articleTitle()});
        for (const report::RoyaltyLine &line : author.lines) {
            table.addRow({QString::number(line.articleId), RoyaltyTexts::when(line.publishedAt),
                          line.scored ? line.kindName : RoyaltyTexts::unscored(), report::formatPoints(line.points),
                          report::formatVnd(line.amount), line.title});
        }
        table.addRow({RoyaltyTexts::total(), QString(), QString(), report::formatPoints(author.points),
                      report::formatVnd(author.amount), QString()});
        table.print(out);
        out << '\n';
    }
    if (month.onlyAuthorId != 0) {
        out << Text::tr("Your own articles only: approvers and administrators read every author's royalties.")
            << Qt::endl;
        return;
    }
    out << RoyaltyTexts::officeTotal() << ": " << report::formatVnd(month.total) << " đ ("
        << Text::tr("%1 articles, %2 not scored").arg(month.articles).arg(month.unscored) << ")\n"
        << RoyaltyTexts::inWords() << ": " << report::vndInWords(month.total) << Qt::endl;
}

int reportRoyalties(CommandContext &context)
{
    const auto month = monthArgument(context, context.option("month"));
    if (!month) {
        return ExitUsage;
    }
    const int outputs = int(context.hasOption("json")) + int(context.hasOption("csv")) + int(context.hasOption("out"));
    if (outputs > 1) {
        return context.usageError(Text::tr("Choose one of --json, --csv and --out."));
    }
    const QString out = context.hasOption("out") ? QFileInfo(context.option("out")).absoluteFilePath() : QString();
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (!out.isEmpty() && suffix != QStringLiteral("pdf") && suffix != QStringLiteral("xlsx") &&
        suffix != QStringLiteral("csv")) {
        return context.usageError(Text::tr("--out writes a .pdf, .xlsx or .csv file."));
    }
    if (actingLogin(context).isEmpty()) {
        return context.usageError(Text::tr("Name who reads the royalties: --user LOGIN (approvers and administrators "
                                           "read every author's, others their own)."));
    }
    auto reader = logInFromCommandLine(context, actingLogin(context));
    if (!reader) {
        return context.fail(reader.error());
    }
    auto statement = report::Royalties(context.database()).month(*month, reader->id);
    if (!statement) {
        return context.fail(statement.error());
    }
    if (context.hasOption("json")) {
        printJson(context.out(), report::royaltiesJson(*statement));
        return ExitOk;
    }
    if (context.hasOption("csv")) {
        context.out().flush();
        const QByteArray csv = report::royaltiesCsv(*statement);
        fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
        return ExitOk;
    }
    if (suffix == QStringLiteral("csv")) {
        if (auto written = writeFile(out, report::royaltiesCsv(*statement)); !written) {
            return context.fail(written.error());
        }
    } else if (!out.isEmpty()) {
        // PDF needs QtGui and the workbook's library cannot share a process with QuaZip: their printers write them.
        if (auto printed =
                runPrinter({QStringLiteral("--database"), context.database().path(), QStringLiteral("--royalties"),
                            report::Royalties::monthKey(*month), QStringLiteral("--reader"),
                            QString::number(reader->id), QStringLiteral("--out"), out},
                           Text::tr("The royalty statement could not be written."),
                           suffix == QStringLiteral("xlsx") ? Printer::Workbook : Printer::Slip);
            !printed) {
            return context.fail(printed.error());
        }
    } else {
        printStatement(context.out(), *statement);
        return ExitOk;
    }
    context.out() << Text::tr("Wrote the royalties of %1 to %2.")
                         .arg(report::RoyaltyTexts::monthLabel(*month), QDir::toNativeSeparators(out))
                  << Qt::endl;
    return ExitOk;
}

int closeOrReopen(CommandContext &context, bool close)
{
    const auto month = monthArgument(context, context.arguments().constFirst());
    if (!month) {
        return ExitUsage;
    }
    return runAs(context, actingLogin(context),
                 Text::tr("Name the approver or administrator who does it: --user LOGIN."), [&](const User &actor) {
                     report::Royalties royalties(context.database());
                     const auto done = close ? royalties.closeMonth(*month, actor.id)
                                             : royalties.reopenMonth(*month, actor.id, context.option("reason"));
                     if (!done) {
                         return context.fail(done.error());
                     }
                     const QString label = report::RoyaltyTexts::monthLabel(*month);
                     context.out() << (close ? Text::tr("The royalties of %1 are closed.").arg(label)
                                             : Text::tr("The royalties of %1 are open again.").arg(label))
                                   << Qt::endl;
                     return int(ExitOk);
                 });
}

int reportCloseMonth(CommandContext &context)
{
    return closeOrReopen(context, true);
}

int reportReopenMonth(CommandContext &context)
{
    return closeOrReopen(context, false);
}

int reportSetPoints(CommandContext &context)
{
    auto article = findArticle(context.database(), context.arguments().constFirst());
    if (!article) {
        return context.fail(article.error());
    }
    const auto points = report::parsePoints(context.option("points"));
    if (!points) {
        return context.usageError(Text::tr("--points needs a number of points, for example 2 or 2,5."));
    }
    return runAs(context, actingLogin(context),
                 Text::tr("Name the approver or administrator who does it: --user LOGIN."), [&](const User &actor) {
                     const auto done = report::Royalties(context.database())
                                           .setRoyalty(article->id, actor.id, context.option("kind"), *points);
                     if (!done) {
                         return context.fail(done.error());
                     }
                     context.out() << Text::tr("Article %1: %2, %3 points.")
                                          .arg(QString::number(article->id), context.option("kind"),
                                               report::formatPoints(*points))
                                   << Qt::endl;
                     return int(ExitOk);
                 });
}

int reportScheme(CommandContext &context)
{
    auto scheme = report::RoyaltySchemes(context.database()).load();
    if (!scheme) {
        return context.fail(scheme.error());
    }
    const auto words = [](const std::optional<int> &n) { return n ? QString::number(*n) : QString(); };
    if (context.hasOption("json")) {
        QJsonArray kinds;
        for (const report::RoyaltyKind &k : std::as_const(scheme->kinds)) {
            kinds.append(QJsonObject{{QStringLiteral("key"), k.key},
                                     {QStringLiteral("name"), k.name},
                                     {QStringLiteral("min_points"), k.minPoints / 10.0},
                                     {QStringLiteral("max_points"), k.maxPoints / 10.0},
                                     {QStringLiteral("min_words"), k.minWords ? QJsonValue(*k.minWords) : QJsonValue()},
                                     {QStringLiteral("max_words"), k.maxWords ? QJsonValue(*k.maxWords) : QJsonValue()},
                                     {QStringLiteral("retired"), k.retired}});
        }
        printJson(context.out(), QJsonObject{{QStringLiteral("point_value"), scheme->pointValue},
                                             {QStringLiteral("example"), scheme->example},
                                             {QStringLiteral("kinds"), kinds}});
        return ExitOk;
    }
    context.out() << report::RoyaltyTexts::pointValue(scheme->pointValue) << '\n';
    if (scheme->example) {
        context.out() << Text::tr("This is the example scheme shipped with ToaSoan, not yet the office's own.") << '\n';
    }
    TextTable table({Text::tr("Code"), Text::tr("Kind"), Text::tr("Points"), Text::tr("Words"), Text::tr("Status")});
    for (const report::RoyaltyKind &k : std::as_const(scheme->kinds)) {
        table.addRow(
            {k.key, k.name, report::formatPoints(k.minPoints) + QStringLiteral("–") + report::formatPoints(k.maxPoints),
             (k.minWords || k.maxWords) ? words(k.minWords) + QStringLiteral("–") + words(k.maxWords) : QString(),
             k.retired ? Text::tr("retired") : Text::tr("in use")});
    }
    table.print(context.out());
    return ExitOk;
}

const OptionSpec kUserOption{"user", "LOGIN",
                             QT_TRANSLATE_NOOP("toasoan::cli", "The approver or administrator who does it (logs in "
                                                               "with their password)")};

} // namespace

Command royaltiesCommand()
{
    return Command{
        "report royalties",
        "",
        QT_TRANSLATE_NOOP("toasoan::cli",
                          "Show a month's royalties (nhuận bút): per author the articles first published in the "
                          "month (Viet Nam time), their kind, points and amount, the totals and the office total in "
                          "figures and in words. Amounts are whole đồng: points × value of one point, rounded half "
                          "up. --out writes an A4 PDF statement, an .xlsx workbook or a CSV file."),
        {
            {"month", "YYYY-MM", QT_TRANSLATE_NOOP("toasoan::cli", "The month"), true},
            {"json", nullptr, QT_TRANSLATE_NOOP("toasoan::cli", "Print JSON instead of a table")},
            {"csv", nullptr, QT_TRANSLATE_NOOP("toasoan::cli", "Print CSV, one row per article")},
            {"out", "FILE", QT_TRANSLATE_NOOP("toasoan::cli", "Write FILE.pdf, FILE.xlsx or FILE.csv")},
            {"user", "LOGIN",
             QT_TRANSLATE_NOOP("toasoan::cli", "Who reads (logs in with their password): approvers and "
                                               "administrators read every author's royalties, others their own")},
            asOption(),
        },
        0,
        0,
        true,
        &reportRoyalties,
    };
}

Command closeMonthCommand()
{
    return Command{
        "report close-month",
        "YYYY-MM",
        QT_TRANSLATE_NOOP("toasoan::cli",
                          "Close a month's royalties once the month is over: its points can no longer change "
                          "(reopen it for that) and it keeps the value of one point it had. Approvers and "
                          "administrators only; the password comes from TOASOAN_PASSWORD or is asked."),
        {kUserOption, asOption()},
        1,
        1,
        true,
        &reportCloseMonth,
    };
}

Command reopenMonthCommand()
{
    return Command{
        "report reopen-month",
        "YYYY-MM",
        QT_TRANSLATE_NOOP("toasoan::cli",
                          "Open a closed month's royalties again, so that points can be changed; the event log "
                          "records who did it and why. Approvers and administrators only."),
        {kUserOption, asOption(), {"reason", "TEXT", QT_TRANSLATE_NOOP("toasoan::cli", "Why it is reopened")}},
        1,
        1,
        true,
        &reportReopenMonth,
    };
}

Command setPointsCommand()
{
    return Command{
        "report set-points",
        "ID",
        QT_TRANSLATE_NOOP("toasoan::cli",
                          "Give an approved (or published) article its royalty kind and points, as the approving "
                          "leader does when approving. Refused while the month of its first publication is closed. "
                          "Approvers and administrators only; the event log records who set what."),
        {{"kind", "CODE", QT_TRANSLATE_NOOP("toasoan::cli", "The kind's code (see \"toasoan report scheme\")"), true},
         {"points", "N", QT_TRANSLATE_NOOP("toasoan::cli", "The points, within the kind's range (2 or 2,5)"), true},
         kUserOption,
         asOption()},
        1,
        1,
        true,
        &reportSetPoints,
    };
}

Command royaltySchemeCommand()
{
    return Command{
        "report scheme",
        "",
        QT_TRANSLATE_NOOP("toasoan::cli",
                          "Show the office's royalty scheme: the value of one point and each kind of work with its "
                          "code, points and length band."),
        {{"json", nullptr, QT_TRANSLATE_NOOP("toasoan::cli", "Print JSON instead of a table")}},
        0,
        0,
        true,
        &reportScheme,
    };
}

} // namespace toasoan::cli
