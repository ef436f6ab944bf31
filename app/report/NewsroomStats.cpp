// NewsroomStats: the statistics window's figures, from the event log (every change of state is a
// "transition" line with its from and to states) and the articles' current states.
#include "app/report/NewsroomStats.h"

#include "app/storage/Database.h"
#include "app/text/VietnameseLocale.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace toasoan {

namespace {

/// SQL text with its bound values, appended in placeholder order.
struct Sql
{
    QString text;
    QVariantList values;

    Sql &add(const QString &part, const QVariantList &bound = {})
    {
        text += part;
        values += bound;
        return *this;
    }
};

qint64 dayStartMs(const QDate &day)
{
    return QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch(); // local midnight
}

/// The first day of each bucket of the period: the period's first day, then every Monday (weeks) or
/// every 1st (months) after it.
QList<QDate> bucketStarts(const StatsFilter &filter, bool weeks)
{
    QList<QDate> starts{filter.from};
    QDate next = weeks ? filter.from.addDays(8 - filter.from.dayOfWeek())
                       : QDate(filter.from.year(), filter.from.month(), 1).addMonths(1);
    while (next <= filter.to) {
        starts.append(next);
        next = weeks ? next.addDays(7) : next.addMonths(1);
    }
    return starts;
}

/// The bucket of an event already inside the period: "CASE WHEN e.at < ? THEN 0 ... ELSE n END", or, when the
/// buckets after the first are all as long (weeks without a change of clock), arithmetic: a CASE of 53 branches
/// per event cost more than reading the events.
Sql bucketOf(const QList<QDate> &starts)
{
    Sql sql;
    if (starts.size() == 1) {
        return sql.add(QStringLiteral("0"));
    }
    const qint64 second = dayStartMs(starts.at(1));
    const qint64 length = starts.size() > 2 ? dayStartMs(starts.at(2)) - second : 0;
    bool even = length > 0;
    for (qsizetype i = 2; even && i < starts.size(); ++i) {
        even = dayStartMs(starts.at(i)) - dayStartMs(starts.at(i - 1)) == length;
    }
    if (even && dayStartMs(starts.constLast().addDays(7)) - dayStartMs(starts.constLast()) == length) {
        return sql.add(QStringLiteral("CASE WHEN e.at < ? THEN 0 ELSE (e.at - ?) / %1 + 1 END").arg(length),
                       {second, second});
    }
    sql.add(QStringLiteral("CASE"));
    for (qsizetype i = 1; i < starts.size(); ++i) {
        sql.add(QStringLiteral(" WHEN e.at < ? THEN %1").arg(i - 1), {dayStartMs(starts.at(i))});
    }
    return sql.add(QStringLiteral(" ELSE %1 END").arg(starts.size() - 1));
}

/// " AND <column> IN (articles of the filter's category and author)", or nothing.
Sql articleFilter(const StatsFilter &filter, const QString &column)
{
    Sql sql;
    if (filter.categoryId == 0 && filter.authorId == 0) {
        return sql;
    }
    sql.add(QStringLiteral(" AND %1 IN (SELECT id FROM articles WHERE 1 = 1").arg(column));
    if (filter.categoryId != 0) {
        sql.add(QStringLiteral(" AND category_id IN (SELECT id FROM categories WHERE id = ? OR parent_id = ?)"),
                {filter.categoryId, filter.categoryId});
    }
    if (filter.authorId != 0) {
        sql.add(QStringLiteral(" AND author_id = ?"), {filter.authorId});
    }
    return sql.add(QStringLiteral(")"));
}

/// " WHERE" the transitions of the period (alias e) into one of `states`, with the filters.
Sql transitionsInto(const StatsFilter &filter, const QList<WorkflowState> &states)
{
    Sql sql;
    QStringList marks;
    QVariantList keys;
    for (WorkflowState state : states) {
        marks.append(QStringLiteral("?"));
        keys.append(workflowStateKey(state));
    }
    sql.add(QStringLiteral(" WHERE e.action = 'transition' AND e.to_state IN (") + marks.join(QStringLiteral(", ")) +
                QStringLiteral(")"),
            keys);
    sql.add(QStringLiteral(" AND e.at >= ? AND e.at < ?"), {dayStartMs(filter.from), dayStartMs(filter.to.addDays(1))});
    const Sql restrict = articleFilter(filter, QStringLiteral("e.article_id"));
    return sql.add(restrict.text, restrict.values);
}

/// The figures of the period in one statement, so that the events are read once: the period's review
/// decisions and publications (p) are gathered first, then counted per week, per month, by category and by
/// author. Each row: kind, bucket or id, count, returned, rejected, name.
Result<void> periodFigures(Database &db, const StatsFilter &filter, NewsroomStats &stats)
{
    enum Kind
    {
        Total,
        Week,
        Month,
        Rates,
        ByCategory,
        ByAuthor
    };
    const QList<QDate> weeks = bucketStarts(filter, true);
    const QList<QDate> months = bucketStarts(filter, false);
    const Sql week = bucketOf(weeks);
    const Sql month = bucketOf(months);
    const Sql where = transitionsInto(
        filter, {WorkflowState::Published, WorkflowState::Approved, WorkflowState::Returned, WorkflowState::Rejected});
    const QString published = workflowStateKey(WorkflowState::Published);
    Sql sql;
    sql.add(QStringLiteral("WITH p AS MATERIALIZED (SELECT e.article_id, e.to_state, "))
        .add(week.text, week.values)
        .add(QStringLiteral(" AS w, "))
        .add(month.text, month.values)
        .add(QStringLiteral(" AS m FROM events e"))
        .add(where.text, where.values)
        .add(QStringLiteral(") SELECT %1, 0, count(DISTINCT article_id), 0, 0, CAST(NULL AS TEXT) FROM p WHERE "
                            "to_state = ?")
                 .arg(Total),
             {published})
        .add(QStringLiteral(" UNION ALL SELECT %1, w, count(DISTINCT article_id), 0, 0, NULL FROM p WHERE to_state = "
                            "? GROUP BY w")
                 .arg(Week),
             {published})
        .add(QStringLiteral(" UNION ALL SELECT %1, m, count(DISTINCT article_id), 0, 0, NULL FROM p WHERE to_state = "
                            "? GROUP BY m")
                 .arg(Month),
             {published})
        .add(QStringLiteral(" UNION ALL SELECT %1, m, count(*), sum(CASE WHEN to_state = ? THEN 1 ELSE 0 END), "
                            "sum(CASE WHEN to_state = ? THEN 1 ELSE 0 END), NULL FROM p WHERE to_state <> ? GROUP BY m")
                 .arg(Rates),
             {workflowStateKey(WorkflowState::Returned), workflowStateKey(WorkflowState::Rejected), published})
        // "+a.id": not a look-up of each article's row (its category and author sit behind the body, on overflow
        // pages) but a scan of the small index by category (by author) that holds the id.
        .add(QStringLiteral(" UNION ALL SELECT %1, a.category_id, count(*), 0, 0, c.name FROM articles a LEFT JOIN "
                            "categories c ON c.id = a.category_id WHERE +a.id IN (SELECT article_id FROM p WHERE "
                            "to_state = ?) GROUP BY a.category_id, c.name")
                 .arg(ByCategory),
             {published})
        .add(
            QStringLiteral(" UNION ALL SELECT %1, a.author_id, count(*), 0, 0, u.display_name FROM articles a JOIN "
                           "users u ON u.id = a.author_id WHERE +a.id IN (SELECT article_id FROM p WHERE to_state = ?) "
                           "GROUP BY a.author_id, u.display_name")
                .arg(ByAuthor),
            {published});
    TOASOAN_TRY(q, db.exec(sql.text, sql.values));
    for (const QDate &start : weeks) {
        stats.publishedPerWeek.append(PeriodCount{start, 0});
    }
    for (const QDate &start : months) {
        stats.publishedPerMonth.append(PeriodCount{start, 0});
        stats.rates.append(MonthRates{start});
    }
    while (q->next()) {
        const int kind = q->value(0).toInt();
        const qint64 key = q->value(1).toLongLong();
        const int count = q->value(2).toInt();
        const bool inMonths = key >= 0 && key < months.size();
        switch (kind) {
        case Total:
            stats.publishedTotal = count;
            break;
        case Week:
            if (key >= 0 && key < weeks.size()) {
                stats.publishedPerWeek[key].count = count;
            }
            break;
        case Month:
            if (inMonths) {
                stats.publishedPerMonth[key].count = count;
            }
            break;
        case Rates:
            if (inMonths) {
                stats.rates[key].decisions = count;
                stats.rates[key].returned = q->value(3).toInt();
                stats.rates[key].rejected = q->value(4).toInt();
            }
            break;
        case ByCategory:
        case ByAuthor: {
            NamedCount row{key, q->value(5).toString(), count};
            if (row.id == 0) {
                row.name = QCoreApplication::translate("toasoan::NewsroomStats", "No category");
            }
            (kind == ByCategory ? stats.byCategory : stats.byAuthor).append(row);
            break;
        }
        default:
            break;
        }
    }
    QCollator &collator = text::vietnameseCollator();
    for (QList<NamedCount> *rows : {&stats.byCategory, &stats.byAuthor}) {
        std::sort(rows->begin(), rows->end(), [&](const NamedCount &a, const NamedCount &b) {
            return a.count != b.count ? a.count > b.count : collator.compare(a.name, b.name) < 0;
        });
    }
    return {};
}

Result<QList<StateCount>> pipeline(Database &db, const StatsFilter &filter)
{
    // The whole office's counts are kept up to date in article_counts (the article list's total).
    const Sql restrict = articleFilter(filter, QStringLiteral("id"));
    TOASOAN_TRY(q, restrict.text.isEmpty()
                       ? db.exec(QStringLiteral("SELECT state, n FROM article_counts WHERE trashed = 0"))
                       : db.exec(QStringLiteral("SELECT state, count(*) FROM articles WHERE deleted_at IS NULL") +
                                     restrict.text + QStringLiteral(" GROUP BY state"),
                                 restrict.values));
    QHash<QString, int> byKey;
    while (q->next()) {
        byKey[q->value(0).toString()] += q->value(1).toInt();
    }
    QList<StateCount> counts;
    for (WorkflowState state : allWorkflowStates()) {
        counts.append(StateCount{state, byKey.value(workflowStateKey(state))});
    }
    return counts;
}

Result<std::optional<WaitingItem>> oldestWaiting(Database &db, const StatsFilter &filter)
{
    // When it entered its state: its last transition. The oldest is found before its row is read.
    const Sql restrict = articleFilter(filter, QStringLiteral("id"));
    Sql sql;
    sql.add(QStringLiteral("SELECT a.id, a.title, a.state, w.since FROM (SELECT e.article_id, max(e.at) AS since FROM "
                           "events e WHERE e.action = 'transition' AND e.article_id IN (SELECT id FROM articles WHERE "
                           "deleted_at IS NULL AND state IN (?, ?)"),
            {workflowStateKey(WorkflowState::Submitted), workflowStateKey(WorkflowState::AwaitingApproval)})
        .add(restrict.text, restrict.values)
        .add(QStringLiteral(") GROUP BY e.article_id ORDER BY since, e.article_id LIMIT 1) w JOIN articles a ON a.id = "
                            "w.article_id"));
    TOASOAN_TRY(q, db.exec(sql.text, sql.values));
    if (!q->next()) {
        return std::optional<WaitingItem>{};
    }
    WaitingItem item;
    item.articleId = q->value(0).toLongLong();
    item.title = q->value(1).toString();
    item.state = workflowStateFromKey(q->value(2).toString()).value_or(WorkflowState::Submitted);
    item.since = fromDbTime(q->value(3));
    return std::optional<WaitingItem>(item);
}

Result<ReviewTimes> reviewTimes(Database &db, const StatsFilter &filter)
{
    // Each approval against the last submission before it (from a draft or a returned article).
    const Sql where = transitionsInto(filter, {WorkflowState::Approved});
    Sql sql;
    sql.add(QStringLiteral("SELECT article_id, took FROM (SELECT e.article_id, e.at - (SELECT max(s.at) FROM events s "
                           "WHERE s.article_id = e.article_id AND s.action = 'transition' AND s.from_state IN (?, ?) "
                           "AND s.to_state IN (?, ?) AND s.at <= e.at) AS took FROM events e"),
            {workflowStateKey(WorkflowState::Draft), workflowStateKey(WorkflowState::Returned),
             workflowStateKey(WorkflowState::Submitted), workflowStateKey(WorkflowState::AwaitingApproval)})
        .add(where.text, where.values)
        .add(QStringLiteral(") t ORDER BY took, article_id"));
    TOASOAN_TRY(q, db.exec(sql.text, sql.values));
    QList<qint64> took;
    qint64 slowestId = 0;
    while (q->next()) {
        // An approval without a submission before it (imported so) has no review time. Left out here, not in
        // a WHERE: PostgreSQL would look the submission up twice.
        if (q->isNull(1)) {
            continue;
        }
        slowestId = q->value(0).toLongLong();
        took.append(q->value(1).toLongLong());
    }
    ReviewTimes times;
    times.reviews = int(took.size());
    if (took.isEmpty()) {
        return times;
    }
    const qsizetype mid = took.size() / 2;
    times.medianMs = took.size() % 2 == 1 ? took.at(mid) : (took.at(mid - 1) + took.at(mid)) / 2;
    times.slowestMs = took.constLast();
    times.slowestArticleId = slowestId;
    TOASOAN_TRY(title, db.value(QStringLiteral("SELECT title FROM articles WHERE id = ?"), {slowestId}));
    times.slowestTitle = title->toString();
    return times;
}

} // namespace

QString reviewDurationText(qint64 ms)
{
    const qint64 minutes = qMax<qint64>(0, ms) / 60000;
    const qint64 hours = minutes / 60;
    if (hours == 0) {
        return QCoreApplication::translate("toasoan::NewsroomStats", "%1 min").arg(minutes);
    }
    if (hours < 24) {
        return QCoreApplication::translate("toasoan::NewsroomStats", "%1 h %2 min").arg(hours).arg(minutes % 60);
    }
    return QCoreApplication::translate("toasoan::NewsroomStats", "%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

Result<NewsroomStats> computeNewsroomStats(Database &db, const StatsFilter &filter)
{
    if (!filter.from.isValid() || !filter.to.isValid() || filter.to < filter.from) {
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("toasoan::NewsroomStats",
                                                     "The period must start on or before the day it ends."),
                         filter.from.toString(Qt::ISODate) + QStringLiteral(" .. ") + filter.to.toString(Qt::ISODate));
    }
    NewsroomStats stats;
    stats.filter = filter;
    TOASOAN_CHECK(periodFigures(db, filter, stats));
    TOASOAN_TRY(states, pipeline(db, filter));
    stats.pipeline = *states;
    TOASOAN_TRY(waiting, oldestWaiting(db, filter));
    stats.oldestWaiting = *waiting;
    TOASOAN_TRY(review, reviewTimes(db, filter));
    stats.review = *review;
    return stats;
}

} // namespace toasoan
