#pragma once

#include "app/core/Result.h"
#include "app/model/WorkflowState.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace toasoan {

class Database;

/// Which part of the newsroom's history the figures cover. Days are local calendar days.
struct StatsFilter
{
    QDate from;            ///< first day
    QDate to;              ///< last day, inclusive
    qint64 categoryId = 0; ///< 0 = every category; a category counts with its subcategories
    qint64 authorId = 0;   ///< 0 = every author
};

/// Articles counted in one bucket of the period (a week from Monday, or a month from the 1st, cut at
/// the period's ends).
struct PeriodCount
{
    QDate start; ///< the bucket's first day inside the period
    int count = 0;
};

struct NamedCount
{
    qint64 id = 0; ///< 0 = no category
    QString name;
    int count = 0;
};

struct StateCount
{
    WorkflowState state = WorkflowState::Draft;
    int count = 0;
};

/// The article that has waited longest for review (submitted or awaiting approval).
struct WaitingItem
{
    qint64 articleId = 0;
    QString title;
    WorkflowState state = WorkflowState::Submitted;
    QDateTime since; ///< when it entered that state (UTC)
};

/// Time from submitting to approval, over the approvals of the period.
struct ReviewTimes
{
    int reviews = 0;     ///< approvals that followed a submission
    qint64 medianMs = 0; ///< the middle one (mean of the two middle ones for an even count)
    qint64 slowestMs = 0;
    qint64 slowestArticleId = 0;
    QString slowestTitle;
};

/// Review decisions of one month: approvals, returns and rejections. The rates are shares of the
/// decisions (returned / decisions), 0 when there were none.
struct MonthRates
{
    QDate month; ///< the month's first day inside the period
    int decisions = 0;
    int returned = 0;
    int rejected = 0;
    double returnRate() const { return decisions > 0 ? double(returned) / decisions : 0.0; }
    double rejectionRate() const { return decisions > 0 ? double(rejected) / decisions : 0.0; }
};

/// The statistics window's figures (Xem ▸ Thống kê, `toasoan report stats`). "Published" means a move to
/// the Published state; an article published twice in one bucket counts once there.
struct NewsroomStats
{
    StatsFilter filter;
    int publishedTotal = 0;               ///< distinct articles published in the period
    QList<PeriodCount> publishedPerWeek;  ///< every week of the period, empty weeks included
    QList<PeriodCount> publishedPerMonth; ///< every month of the period
    QList<NamedCount> byCategory;         ///< most published first
    QList<NamedCount> byAuthor;           ///< most published first
    QList<StateCount> pipeline;           ///< now, outside the trash: every state in workflow order
    std::optional<WaitingItem> oldestWaiting;
    ReviewTimes review;
    QList<MonthRates> rates; ///< every month of the period
};

/// Computes every figure in SQL (SQLite and PostgreSQL alike). Invalid when the period is empty or
/// reversed. The pipeline is the state now and ignores the period; the filters apply to everything.
Result<NewsroomStats> computeNewsroomStats(Database &db, const StatsFilter &filter);

/// A review time for people: "45 min", "6 h 30 min", "2 d 3 h" (translated), rounded down to the minute.
QString reviewDurationText(qint64 ms);

} // namespace toasoan
