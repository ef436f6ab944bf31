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

/// "CASE WHEN e.at < ? THEN 0 ... ELSE n END": the bucket of an event already inside the period.
Sql bucketOf(const QList<QDate> &starts)
{
    Sql sql;
    if (starts.size() == 1) {
        return sql.add(QStringLiteral("0"));
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

Result<QList<PeriodCount>> publishedPer(Database &db, const StatsFilter &filter, bool weeks)
{
    const QList<QDate> starts = bucketStarts(filter, weeks);
    const Sql bucket = bucketOf(starts);
    const Sql where = transitionsInto(filter, {WorkflowState::Published});
    Sql sql;
    sql.add(QStringLiteral("SELECT b, count(DISTINCT article_id) FROM (SELECT "))
        .add(bucket.text, bucket.values)
        .add(QStringLiteral(" AS b, e.article_id FROM events e"))
        .add(where.text, where.values)
        .add(QStringLiteral(") t GROUP BY b"));
    TOASOAN_TRY(q, db.exec(sql.text, sql.values));
    QList<PeriodCount> counts;
    for (const QDate &start : starts) {
        counts.append(PeriodCount{start, 0});
    }
    while (q->next()) {
        const int index = q->value(0).toInt();
        if (index >= 0 && index < counts.size()) {
            counts[index].count = q->value(1).toInt();
        }
    }
    return counts;
}

/// Published articles by category or by author, most first, then by name.
Result<QList<NamedCount>> publishedBy(Database &db, const StatsFilter &filter, bool byCategory)
{
    const Sql where = transitionsInto(filter, {WorkflowState::Published});
    Sql sql;
    sql.add(byCategory ? QStringLiteral("SELECT c.id, c.name, count(DISTINCT e.article_id) FROM events e JOIN articles "
                                        "a ON a.id = e.article_id LEFT JOIN categories c ON c.id = a.category_id")
                       : QStringLiteral("SELECT u.id, u.display_name, count(DISTINCT e.article_id) FROM events e JOIN "
                                        "articles a ON a.id = e.article_id JOIN users u ON u.id = a.author_id"))
        .add(where.text, where.values)
        .add(byCategory ? QStringLiteral(" GROUP BY c.id, c.name") : QStringLiteral(" GROUP BY u.id, u.display_name"));
    TOASOAN_TRY(q, db.exec(sql.text, sql.values));
    QList<NamedCount> counts;
    while (q->next()) {
        NamedCount row{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toInt()};
        if (row.id == 0) {
            row.name = QCoreApplication::translate("toasoan::NewsroomStats", "No category");
        }
        counts.append(row);
    }
    QCollator &collator = text::vietnameseCollator();
    std::sort(counts.begin(), counts.end(), [&](const NamedCount &a, const NamedCount &b) {
        return a.count != b.count ? a.count > b.count : collator.compare(a.name, b.name) < 0;
    });
    return counts;
}

Result<int> publishedTotal(Database &db, const StatsFilter &filter)
{
    const Sql where = transitionsInto(filter, {WorkflowState::Published});
    TOASOAN_TRY(total, db.value(QStringLiteral("SELECT count(DISTINCT e.article_id) FROM events e") + where.text,
                                where.values));
    return total->toInt();
}

Result<QList<StateCount>> pipeline(Database &db, const StatsFilter &filter)
{
    const Sql restrict = articleFilter(filter, QStringLiteral("id"));
    TOASOAN_TRY(q, db.exec(QStringLiteral("SELECT state, count(*) FROM articles WHERE deleted_at IS NULL") +
                               restrict.text + QStringLiteral(" GROUP BY state"),
                           restrict.values));
    QHash<QString, int> byKey;
    while (q->next()) {
        byKey.insert(q->value(0).toString(), q->value(1).toInt());
    }
    QList<StateCount> counts;
    for (WorkflowState state : allWorkflowStates()) {
        counts.append(StateCount{state, byKey.value(workflowStateKey(state))});
    }
    return counts;
}

Result<std::optional<WaitingItem>> oldestWaiting(Database &db, const StatsFilter &filter)
{
    // When it entered its state: its last transition.
    const Sql restrict = articleFilter(filter, QStringLiteral("id"));
    Sql sql;
    sql.add(QStringLiteral("SELECT a.id, a.title, a.state, w.since FROM (SELECT e.article_id, max(e.at) AS since FROM "
                           "events e WHERE e.action = 'transition' AND e.article_id IN (SELECT id FROM articles WHERE "
                           "deleted_at IS NULL AND state IN (?, ?)"),
            {workflowStateKey(WorkflowState::Submitted), workflowStateKey(WorkflowState::AwaitingApproval)})
        .add(restrict.text, restrict.values)
        .add(QStringLiteral(") GROUP BY e.article_id) w JOIN articles a ON a.id = w.article_id ORDER BY w.since, a.id "
                            "LIMIT 1"));
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
        .add(QStringLiteral(") t WHERE took IS NOT NULL ORDER BY took, article_id"));
    TOASOAN_TRY(q, db.exec(sql.text, sql.values));
    QList<qint64> took;
    qint64 slowestId = 0;
    while (q->next()) {
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

Result<QList<MonthRates>> monthRates(Database &db, const StatsFilter &filter)
{
    const QList<QDate> starts = bucketStarts(filter, false);
    const Sql bucket = bucketOf(starts);
    const Sql where =
        transitionsInto(filter, {WorkflowState::Approved, WorkflowState::Returned, WorkflowState::Rejected});
    Sql sql;
    sql.add(QStringLiteral("SELECT b, count(*), sum(CASE WHEN to_state = ? THEN 1 ELSE 0 END), sum(CASE WHEN to_state "
                           "= ? THEN 1 ELSE 0 END) FROM (SELECT "),
            {workflowStateKey(WorkflowState::Returned), workflowStateKey(WorkflowState::Rejected)})
        .add(bucket.text, bucket.values)
        .add(QStringLiteral(" AS b, e.to_state FROM events e"))
        .add(where.text, where.values)
        .add(QStringLiteral(") t GROUP BY b"));
    TOASOAN_TRY(q, db.exec(sql.text, sql.values));
    QList<MonthRates> rates;
    for (const QDate &start : starts) {
        rates.append(MonthRates{start});
    }
    while (q->next()) {
        const int index = q->value(0).toInt();
        if (index >= 0 && index < rates.size()) {
            rates[index].decisions = q->value(1).toInt();
            rates[index].returned = q->value(2).toInt();
            rates[index].rejected = q->value(3).toInt();
        }
    }
    return rates;
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
    TOASOAN_TRY(total, publishedTotal(db, filter));
    stats.publishedTotal = *total;
    TOASOAN_TRY(weeks, publishedPer(db, filter, true));
    stats.publishedPerWeek = *weeks;
    TOASOAN_TRY(months, publishedPer(db, filter, false));
    stats.publishedPerMonth = *months;
    TOASOAN_TRY(categories, publishedBy(db, filter, true));
    stats.byCategory = *categories;
    TOASOAN_TRY(authors, publishedBy(db, filter, false));
    stats.byAuthor = *authors;
    TOASOAN_TRY(states, pipeline(db, filter));
    stats.pipeline = *states;
    TOASOAN_TRY(waiting, oldestWaiting(db, filter));
    stats.oldestWaiting = *waiting;
    TOASOAN_TRY(review, reviewTimes(db, filter));
    stats.review = *review;
    TOASOAN_TRY(rates, monthRates(db, filter));
    stats.rates = *rates;
    return stats;
}

} // namespace toasoan
