// toasoan report stats --from YYYY-MM-DD --to YYYY-MM-DD [--category NAME] [--author LOGIN] [--json]
#include "app/cli/Commands.h"
#include "app/cli/Output.h"
#include "app/io/ArticleExport.h"
#include "app/report/NewsroomStats.h"
#include "app/storage/Database.h"
#include "app/storage/UserRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace toasoan::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::cli)
};

QString day(const QDate &date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

QString percent(double share)
{
    return QLocale().toString(share * 100, 'f', 1) + QLatin1Char('%');
}

QJsonArray periodsJson(const QList<PeriodCount> &periods)
{
    QJsonArray array;
    for (const PeriodCount &p : periods) {
        array.append(
            QJsonObject{{QStringLiteral("start"), p.start.toString(Qt::ISODate)}, {QStringLiteral("count"), p.count}});
    }
    return array;
}

QJsonArray namedJson(const QList<NamedCount> &rows)
{
    QJsonArray array;
    for (const NamedCount &r : rows) {
        array.append(QJsonObject{{QStringLiteral("id"), r.id == 0 ? QJsonValue() : QJsonValue(r.id)},
                                 {QStringLiteral("name"), r.name},
                                 {QStringLiteral("count"), r.count}});
    }
    return array;
}

QJsonObject statsJson(const NewsroomStats &stats)
{
    QJsonArray pipeline;
    for (const StateCount &c : stats.pipeline) {
        pipeline.append(
            QJsonObject{{QStringLiteral("state"), workflowStateKey(c.state)}, {QStringLiteral("count"), c.count}});
    }
    QJsonValue oldest;
    if (stats.oldestWaiting) {
        oldest = QJsonObject{{QStringLiteral("id"), stats.oldestWaiting->articleId},
                             {QStringLiteral("title"), stats.oldestWaiting->title},
                             {QStringLiteral("state"), workflowStateKey(stats.oldestWaiting->state)},
                             {QStringLiteral("since"), io::timeToJson(stats.oldestWaiting->since)}};
    }
    QJsonArray rates;
    for (const MonthRates &r : stats.rates) {
        rates.append(QJsonObject{{QStringLiteral("month"), r.month.toString(Qt::ISODate)},
                                 {QStringLiteral("decisions"), r.decisions},
                                 {QStringLiteral("returned"), r.returned},
                                 {QStringLiteral("rejected"), r.rejected},
                                 {QStringLiteral("return_rate"), r.returnRate()},
                                 {QStringLiteral("rejection_rate"), r.rejectionRate()}});
    }
    const auto idOrNull = [](qint64 id) { return id == 0 ? QJsonValue() : QJsonValue(id); };
    return QJsonObject{
        {QStringLiteral("from"), stats.filter.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), stats.filter.to.toString(Qt::ISODate)},
        {QStringLiteral("category_id"), idOrNull(stats.filter.categoryId)},
        {QStringLiteral("author_id"), idOrNull(stats.filter.authorId)},
        {QStringLiteral("published_total"), stats.publishedTotal},
        {QStringLiteral("published_per_week"), periodsJson(stats.publishedPerWeek)},
        {QStringLiteral("published_per_month"), periodsJson(stats.publishedPerMonth)},
        {QStringLiteral("by_category"), namedJson(stats.byCategory)},
        {QStringLiteral("by_author"), namedJson(stats.byAuthor)},
        {QStringLiteral("pipeline"), pipeline},
        {QStringLiteral("oldest_waiting"), oldest},
        {QStringLiteral("review"),
         QJsonObject{{QStringLiteral("reviews"), stats.review.reviews},
                     {QStringLiteral("median_ms"), stats.review.medianMs},
                     {QStringLiteral("slowest_ms"), stats.review.slowestMs},
                     {QStringLiteral("slowest_article_id"), idOrNull(stats.review.slowestArticleId)}}},
        {QStringLiteral("rates"), rates},
    };
}

void printStats(const NewsroomStats &stats, QTextStream &out)
{
    const QLocale locale;
    out << Text::tr("Statistics from %1 to %2").arg(day(stats.filter.from), day(stats.filter.to)) << Qt::endl;
    out << Text::tr("Articles published: %1").arg(locale.toString(stats.publishedTotal)) << Qt::endl << Qt::endl;

    const auto periods = [&](const QString &heading, const QList<PeriodCount> &rows, const QString &format) {
        out << heading << Qt::endl;
        TextTable table({Text::tr("From"), Text::tr("Published")});
        for (const PeriodCount &p : rows) {
            table.addRow({p.start.toString(format), locale.toString(p.count)});
        }
        table.print(out);
        out << Qt::endl;
    };
    periods(Text::tr("Published per month"), stats.publishedPerMonth, QStringLiteral("MM/yyyy"));
    periods(Text::tr("Published per week"), stats.publishedPerWeek, QStringLiteral("dd/MM/yyyy"));

    const auto named = [&](const QString &heading, const QString &column, const QList<NamedCount> &rows) {
        out << heading << Qt::endl;
        TextTable table({Text::tr("Published"), column});
        for (const NamedCount &r : rows) {
            table.addRow({locale.toString(r.count), r.name});
        }
        table.print(out);
        out << Qt::endl;
    };
    named(Text::tr("Published by category"), Text::tr("Category"), stats.byCategory);
    named(Text::tr("Published by author"), Text::tr("Author"), stats.byAuthor);

    out << Text::tr("Articles by state now") << Qt::endl;
    TextTable states({Text::tr("Articles"), Text::tr("State")});
    for (const StateCount &c : stats.pipeline) {
        states.addRow({locale.toString(c.count), workflowStateLabel(c.state)});
    }
    states.print(out);
    if (stats.oldestWaiting) {
        out << Text::tr("Waiting longest: #%1 \"%2\", %3 since %4")
                   .arg(stats.oldestWaiting->articleId)
                   .arg(stats.oldestWaiting->title, workflowStateLabel(stats.oldestWaiting->state),
                        formatTime(stats.oldestWaiting->since))
            << Qt::endl;
    }
    out << Qt::endl;

    if (stats.review.reviews == 0) {
        out << Text::tr("Review time (submitted to approved): no approvals in the period.") << Qt::endl;
    } else {
        out << Text::tr("Review time (submitted to approved) over %Ln approval(s): median %1, slowest %2 (#%3 \"%4\")",
                        nullptr, int(stats.review.reviews))
                   .arg(reviewDurationText(stats.review.medianMs), reviewDurationText(stats.review.slowestMs))
                   .arg(stats.review.slowestArticleId)
                   .arg(stats.review.slowestTitle)
            << Qt::endl;
    }
    out << Qt::endl << Text::tr("Returns and rejections per month") << Qt::endl;
    TextTable rates({Text::tr("Month"), Text::tr("Decisions"), Text::tr("Returned"), Text::tr("Rejected"),
                     Text::tr("Return rate"), Text::tr("Rejection rate")});
    for (const MonthRates &r : stats.rates) {
        rates.addRow({r.month.toString(QStringLiteral("MM/yyyy")), locale.toString(r.decisions),
                      locale.toString(r.returned), locale.toString(r.rejected), percent(r.returnRate()),
                      percent(r.rejectionRate())});
    }
    rates.print(out);
}

int reportStats(CommandContext &context)
{
    StatsFilter filter;
    filter.from = QDate::fromString(context.option("from"), Qt::ISODate);
    filter.to = QDate::fromString(context.option("to"), Qt::ISODate);
    if (!filter.from.isValid() || !filter.to.isValid()) {
        return context.usageError(Text::tr("--from and --to need dates written YYYY-MM-DD."));
    }
    Database &db = context.database();
    if (context.hasOption("category")) {
        const QString name = context.option("category");
        auto id = db.value(QStringLiteral("SELECT id FROM categories WHERE name = ? ORDER BY id"), {name});
        if (!id) {
            return context.fail(id.error());
        }
        if (id->isNull()) {
            return context.fail(makeError(ErrorCode::NotFound, Text::tr("No category is called \"%1\".").arg(name)));
        }
        filter.categoryId = id->toLongLong();
    }
    if (context.hasOption("author")) {
        auto author = UserRepository(db).findByLogin(context.option("author"));
        if (!author) {
            return context.fail(author.error());
        }
        filter.authorId = author->id;
    }
    auto stats = computeNewsroomStats(db, filter);
    if (!stats) {
        return context.fail(stats.error());
    }
    if (context.hasOption("json")) {
        printJson(context.out(), statsJson(*stats));
    } else {
        printStats(*stats, context.out());
    }
    return ExitOk;
}

} // namespace

Command reportStatsCommand()
{
    return Command{
        "report stats",
        "",
        QT_TRANSLATE_NOOP("toasoan::cli", "Show what was published in a period, by week, month, category and author, "
                                          "the articles in each state now and how long review took."),
        {
            {"from", "YYYY-MM-DD", QT_TRANSLATE_NOOP("toasoan::cli", "First day of the period"), true},
            {"to", "YYYY-MM-DD", QT_TRANSLATE_NOOP("toasoan::cli", "Last day of the period, included"), true},
            {"category", "NAME", QT_TRANSLATE_NOOP("toasoan::cli", "Only this category and its subcategories")},
            {"author", "LOGIN", QT_TRANSLATE_NOOP("toasoan::cli", "Only this author's articles")},
            {"json", nullptr, QT_TRANSLATE_NOOP("toasoan::cli", "Print JSON instead of tables")},
        },
        0,
        0,
        true,
        &reportStats,
    };
}

} // namespace toasoan::cli
