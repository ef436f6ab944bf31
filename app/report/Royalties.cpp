#include "app/report/Royalties.h"

#include "app/editing/TextCounts.h"
#include "app/html/PlainText.h"
#include "app/report/Money.h"
#include "app/report/RoyaltyScheme.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"
#include "app/storage/EventLog.h"
#include "app/text/Normalize.h"
#include "app/text/VietnameseLocale.h"
#include "app/workflow/ActingUser.h"
#include "app/workflow/WorkflowService.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace toasoan::report {

namespace {

Error forbidden(const QString &message)
{
    return makeError(ErrorCode::Forbidden, message);
}

bool mayBePaid(WorkflowState state)
{
    switch (state) {
    case WorkflowState::AwaitingApproval:
    case WorkflowState::Approved:
    case WorkflowState::Published:
    case WorkflowState::Unpublished:
    case WorkflowState::Archived:
        return true;
    default:
        return false;
    }
}

} // namespace

Royalties::Royalties(Database &db, Clock clock) : m_db(db), m_clock(std::move(clock)) {}

QTimeZone Royalties::officeTimeZone()
{
    // Viet Nam has kept UTC+7 without daylight saving since 1975: a fixed offset gives the same
    // boundaries as Asia/Ho_Chi_Minh without depending on the system's time zone database.
    return QTimeZone(7 * 3600);
}

std::optional<QDate> Royalties::parseMonth(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), 1);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

QString Royalties::monthKey(const QDate &month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

QDate Royalties::monthOf(const QDateTime &instant)
{
    const QDate local = instant.toTimeZone(officeTimeZone()).date();
    return QDate(local.year(), local.month(), 1);
}

Result<std::optional<QDateTime>> Royalties::firstPublished(qint64 articleId)
{
    TOASOAN_TRY(at, m_db.value(QStringLiteral("SELECT min(at) FROM events WHERE article_id = ? AND to_state = ?"),
                               {articleId, workflowStateKey(WorkflowState::Published)}));
    if (at->isNull()) {
        return std::optional<QDateTime>();
    }
    return std::optional<QDateTime>(fromDbTime(*at));
}

Result<std::optional<ArticleRoyalty>> Royalties::royaltyOf(qint64 articleId)
{
    TOASOAN_TRY(rows, m_db.exec(QStringLiteral("SELECT k.key, k.name, r.points, r.set_by, r.set_at FROM "
                                               "article_royalties r JOIN royalty_kinds k ON k.id = r.kind_id WHERE "
                                               "r.article_id = ?"),
                                {articleId}));
    if (!rows->next()) {
        return std::optional<ArticleRoyalty>();
    }
    ArticleRoyalty royalty;
    royalty.articleId = articleId;
    royalty.kindKey = rows->value(0).toString();
    royalty.kindName = rows->value(1).toString();
    royalty.points = rows->value(2).toInt();
    royalty.setBy = rows->value(3).toLongLong();
    royalty.setAt = fromDbTime(rows->value(4));
    return std::optional<ArticleRoyalty>(royalty);
}

Result<ArticleRoyalty> Royalties::suggestion(qint64 articleId)
{
    TOASOAN_TRY(existing, royaltyOf(articleId));
    if (*existing) {
        return **existing;
    }
    TOASOAN_TRY(article, ArticleRepository(m_db).load(articleId));
    TOASOAN_TRY(scheme, RoyaltySchemes(m_db).load());
    ArticleRoyalty proposal;
    proposal.articleId = articleId;
    if (const RoyaltyKind *kind = scheme->suggestedKind(editing::wordCount(html::toPlainText(article->body)))) {
        proposal.kindKey = kind->key;
        proposal.kindName = kind->name;
        proposal.points = kind->minPoints;
    }
    return proposal;
}

Result<void> Royalties::checkKindAndPoints(const QString &kindKey, int points)
{
    TOASOAN_TRY(scheme, RoyaltySchemes(m_db).load());
    const RoyaltyKind *kind = scheme->kind(kindKey);
    if (!kind || kind->retired) {
        return makeError(ErrorCode::Invalid, tr("The royalty scheme has no kind of work \"%1\".").arg(kindKey));
    }
    if (points < kind->minPoints || points > kind->maxPoints) {
        return makeError(ErrorCode::Invalid,
                         tr("A \"%1\" gets from %2 to %3 points.")
                             .arg(kind->name, formatPoints(kind->minPoints), formatPoints(kind->maxPoints)));
    }
    return {};
}

Result<void> Royalties::setRoyalty(qint64 articleId, qint64 actorId, const QString &kindKey, int points)
{
    TOASOAN_TRY(actor, actingUser(m_db, actorId, Action::SetRoyalties));
    return m_db.transaction([&]() -> Result<void> {
        TOASOAN_TRY(article, ArticleRepository(m_db).load(articleId));
        if (article->deletedAt.isValid()) {
            return forbidden(tr("This article is in the trash. Restore it first."));
        }
        if (!mayBePaid(article->state)) {
            return forbidden(tr("Royalties are set when the article is approved: it is \"%1\".")
                                 .arg(workflowStateLabel(article->state)));
        }
        TOASOAN_TRY(office, WorkflowService(m_db, m_clock).officeSettings());
        if (article->authorId == actor->id && !office->approverMayApproveOwn) {
            return forbidden(tr("You cannot set the royalty of your own article: another approver has to do it."));
        }
        TOASOAN_CHECK(checkKindAndPoints(kindKey, points));
        TOASOAN_TRY(published, firstPublished(articleId));
        if (*published) {
            const QDate month = monthOf(**published);
            TOASOAN_TRY(closed, isClosed(month));
            if (*closed) {
                return forbidden(tr("The royalties of %1 are closed: reopen the month to change them.")
                                     .arg(month.toString(QStringLiteral("MM/yyyy"))));
            }
        }
        TOASOAN_TRY(before, royaltyOf(articleId));
        TOASOAN_TRY(kindId, m_db.value(QStringLiteral("SELECT id FROM royalty_kinds WHERE key = ?"), {kindKey}));
        const QVariant now = toDbTime(m_clock());
        if (*before) {
            TOASOAN_CHECK(m_db.exec(QStringLiteral("UPDATE article_royalties SET kind_id = ?, points = ?, set_by = ?, "
                                                   "set_at = ? WHERE article_id = ?"),
                                    {*kindId, points, actor->id, now, articleId}));
        } else {
            TOASOAN_CHECK(m_db.exec(QStringLiteral("INSERT INTO article_royalties (kind_id, points, set_by, set_at, "
                                                   "article_id) VALUES (?, ?, ?, ?, ?)"),
                                    {*kindId, points, actor->id, now, articleId}));
        }
        Event event;
        event.articleId = articleId;
        event.userId = actor->id;
        event.at = m_clock();
        event.action = QStringLiteral("royalty");
        event.comment = QStringLiteral("%1 %2").arg(kindKey, formatPoints(points));
        // The previous kind and points after an arrow: the log keeps data, not words of one language.
        if (*before) {
            event.comment += QStringLiteral(" ← %1 %2").arg((*before)->kindKey, formatPoints((*before)->points));
        }
        return EventLog(m_db).append(event).discard();
    });
}

Result<Article> Royalties::approve(qint64 articleId, qint64 actorId, const QString &kindKey, int points,
                                   const QString &comment, int expectedVersion)
{
    std::optional<Article> approved;
    TOASOAN_CHECK(m_db.transaction([&]() -> Result<void> {
        TOASOAN_TRY(article, WorkflowService(m_db, m_clock).approve(articleId, actorId, comment, expectedVersion));
        approved = *article;
        return setRoyalty(articleId, actorId, kindKey, points);
    }));
    return *approved;
}

Result<bool> Royalties::isClosed(const QDate &month)
{
    TOASOAN_TRY(n,
                m_db.value(QStringLiteral("SELECT count(*) FROM royalty_months WHERE month = ?"), {monthKey(month)}));
    return n->toInt() > 0;
}

Result<MonthRoyalties> Royalties::month(const QDate &month, qint64 viewerId)
{
    TOASOAN_TRY(viewer, actingUser(m_db, viewerId));
    if (!viewer->active) {
        return forbidden(tr("This account has been deactivated."));
    }
    MonthRoyalties result;
    result.onlyAuthorId = readsEveryonesRoyalties(*viewer) ? 0 : viewer->id;
    result.month = QDate(month.year(), month.month(), 1);
    const QDateTime from(result.month, QTime(0, 0), officeTimeZone());
    const QDateTime to(result.month.addMonths(1), QTime(0, 0), officeTimeZone());

    TOASOAN_TRY(closedRow, m_db.exec(QStringLiteral("SELECT m.point_value, m.closed_at, u.display_name FROM "
                                                    "royalty_months m LEFT JOIN users u ON u.id = m.closed_by WHERE "
                                                    "m.month = ?"),
                                     {monthKey(result.month)}));
    if (closedRow->next()) {
        result.closed = true;
        result.pointValue = closedRow->value(0).toLongLong();
        result.closedAt = fromDbTime(closedRow->value(1));
        result.closedBy = closedRow->value(2).toString();
    } else {
        TOASOAN_TRY(scheme, RoyaltySchemes(m_db).load());
        result.pointValue = scheme->pointValue;
    }

    // The month's first publications: a publication in the month with none before it. The event log's index by
    // state and time (migration 25) reads the month's publications only, not every one since the first.
    TOASOAN_TRY(rows,
                m_db.exec(QStringLiteral("SELECT a.id, a.title, a.author_id, u.login, u.display_name, u.active, "
                                         "p.first_at, r.points, k.key, k.name FROM (SELECT e.article_id, min(e.at) AS "
                                         "first_at FROM events e WHERE e.to_state = ? AND e.at >= ? AND e.at < ? AND "
                                         "e.article_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM events b WHERE "
                                         "b.article_id = e.article_id AND b.to_state = e.to_state AND b.at < ?) GROUP "
                                         "BY e.article_id) p JOIN articles a ON a.id = p.article_id JOIN users u ON "
                                         "u.id = a.author_id LEFT JOIN article_royalties r ON r.article_id = a.id LEFT "
                                         "JOIN royalty_kinds k ON k.id = r.kind_id WHERE ? = 0 OR a.author_id = ? "
                                         "ORDER BY p.first_at, a.id"),
                          {workflowStateKey(WorkflowState::Published), toDbTime(from), toDbTime(to), toDbTime(from),
                           result.onlyAuthorId, result.onlyAuthorId}));
    QHash<qint64, qsizetype> authorIndex;
    while (rows->next()) {
        const qint64 authorId = rows->value(2).toLongLong();
        if (!authorIndex.contains(authorId)) {
            AuthorRoyalties author;
            author.authorId = authorId;
            author.login = rows->value(3).toString();
            author.name = rows->value(4).toString();
            author.active = rows->value(5).toInt() != 0;
            authorIndex.insert(authorId, result.authors.size());
            result.authors.append(author);
        }
        AuthorRoyalties &author = result.authors[authorIndex.value(authorId)];
        RoyaltyLine line;
        line.articleId = rows->value(0).toLongLong();
        line.title = rows->value(1).toString();
        line.publishedAt = fromDbTime(rows->value(6));
        line.scored = !rows->value(7).isNull();
        line.points = rows->value(7).toInt();
        line.kindKey = rows->value(8).toString();
        line.kindName = rows->value(9).toString();
        line.amount = amountFor(line.points, result.pointValue);
        author.lines.append(line);
        author.points += line.points;
        author.amount += line.amount;
        result.articles += 1;
        result.unscored += line.scored ? 0 : 1;
        result.points += line.points;
        result.total += line.amount;
    }
    QCollator &collator = text::vietnameseCollator();
    std::stable_sort(result.authors.begin(), result.authors.end(),
                     [&](const AuthorRoyalties &a, const AuthorRoyalties &b) {
                         const int order = collator.compare(a.name, b.name);
                         return order != 0 ? order < 0 : a.authorId < b.authorId;
                     });
    return result;
}

Result<void> Royalties::closeMonth(const QDate &month, qint64 actorId)
{
    TOASOAN_TRY(actor, actingUser(m_db, actorId, Action::SetRoyalties));
    const QDate first(month.year(), month.month(), 1);
    if (monthOf(m_clock()) <= first) {
        return makeError(ErrorCode::Invalid, tr("%1 has not ended yet: a month is closed once it is over.")
                                                 .arg(first.toString(QStringLiteral("MM/yyyy"))));
    }
    return m_db.transaction([&]() -> Result<void> {
        TOASOAN_TRY(closed, isClosed(first));
        if (*closed) {
            return makeError(
                ErrorCode::Conflict,
                tr("The royalties of %1 are already closed.").arg(first.toString(QStringLiteral("MM/yyyy"))));
        }
        TOASOAN_TRY(scheme, RoyaltySchemes(m_db).load());
        TOASOAN_CHECK(m_db.exec(QStringLiteral("INSERT INTO royalty_months (month, point_value, closed_by, closed_at) "
                                               "VALUES (?, ?, ?, ?)"),
                                {monthKey(first), scheme->pointValue, actor->id, toDbTime(m_clock())}));
        Event event;
        event.userId = actor->id;
        event.at = m_clock();
        event.action = QStringLiteral("royalty_close");
        event.comment = QStringLiteral("%1 point_value=%2").arg(monthKey(first)).arg(scheme->pointValue);
        return EventLog(m_db).append(event).discard();
    });
}

Result<void> Royalties::reopenMonth(const QDate &month, qint64 actorId, const QString &reason)
{
    TOASOAN_TRY(actor, actingUser(m_db, actorId, Action::SetRoyalties));
    const QDate first(month.year(), month.month(), 1);
    return m_db.transaction([&]() -> Result<void> {
        TOASOAN_TRY(closed, isClosed(first));
        if (!*closed) {
            return makeError(ErrorCode::Conflict,
                             tr("The royalties of %1 are not closed.").arg(first.toString(QStringLiteral("MM/yyyy"))));
        }
        TOASOAN_CHECK(m_db.exec(QStringLiteral("DELETE FROM royalty_months WHERE month = ?"), {monthKey(first)}));
        Event event;
        event.userId = actor->id;
        event.at = m_clock();
        event.action = QStringLiteral("royalty_reopen");
        event.comment = monthKey(first);
        if (!reason.trimmed().isEmpty()) {
            event.comment += QStringLiteral(": ") + text::normalize(reason.trimmed());
        }
        return EventLog(m_db).append(event).discard();
    });
}

} // namespace toasoan::report
