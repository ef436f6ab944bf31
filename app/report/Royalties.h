#pragma once

#include "app/core/Clock.h"
#include "app/core/Result.h"
#include "app/model/Article.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <optional>

namespace toasoan {
class Database;
}

namespace toasoan::report {

/// The kind and points the approving leader gave an article.
struct ArticleRoyalty
{
    qint64 articleId = 0;
    QString kindKey;
    QString kindName;
    int points = 0; ///< tenths of a point
    qint64 setBy = 0;
    QDateTime setAt;
};

/// One published article on a month's statement.
struct RoyaltyLine
{
    qint64 articleId = 0;
    QString title;
    QDateTime publishedAt; ///< UTC; the first publication (see Royalties)
    bool scored = false;   ///< false: nobody gave it a kind and points yet (counted as 0)
    QString kindKey;
    QString kindName;
    int points = 0;    ///< tenths
    qint64 amount = 0; ///< VND, amountFor(points, the month's point value)
};

/// One author's part of a month's statement.
struct AuthorRoyalties
{
    qint64 authorId = 0;
    QString login;
    QString name;
    bool active = true; ///< false: the account is deactivated now (its month is still paid)
    QList<RoyaltyLine> lines;
    int points = 0;
    qint64 amount = 0;
};

/// A month's royalties, per author (sorted by name, Vietnamese order), with the office total.
struct MonthRoyalties
{
    QDate month; ///< the first day of the month
    qint64 pointValue = 0;
    bool closed = false;
    QString closedBy; ///< display name
    QDateTime closedAt;
    QList<AuthorRoyalties> authors;
    /// Non-zero: the statement holds only this author's articles, and its totals are theirs (a reporter or
    /// an editor reads their own: readsEveryonesRoyalties()).
    qint64 onlyAuthorId = 0;
    int articles = 0;
    int unscored = 0;
    int points = 0;
    qint64 total = 0;
};

/// Royalties (nhuận bút): each article's kind and points, the months' statements, closing.
///
/// What "published in a month" means: an article belongs to the month, in the office's time
/// (Asia/Ho_Chi_Minh, UTC+7, no daylight saving), of its FIRST publication: the first event of
/// the log that moved it to "published". It is paid once: unpublishing it later does not take it
/// off that month, and republishing it neither counts it again nor moves it to another month.
/// The author paid is the article's author (the account), whatever the byline says; a
/// deactivated author keeps the articles published while active.
///
/// Money: each article's amount is points × point value rounded half up to a whole đồng
/// (amountFor()); totals are sums of these amounts. An open month uses the scheme's point value
/// of now; a closed month keeps the value it was closed with.
///
/// Closing: only a month that has ended can be closed; while it is closed, the points of its
/// articles cannot change (reopen it first). Setting points, closing and reopening need
/// Action::SetRoyalties (approvers, administrators) and are written in the event log.
class Royalties final
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::report::Royalties)

public:
    explicit Royalties(Database &db, Clock clock = systemClock());

    /// UTC+7, the office's time for month boundaries.
    static QTimeZone officeTimeZone();
    /// "2026-11" → 1 Nov 2026; nullopt for anything else.
    static std::optional<QDate> parseMonth(const QString &text);
    static QString monthKey(const QDate &month); ///< "2026-11"
    /// The month (its first day) of an instant, in the office's time.
    static QDate monthOf(const QDateTime &instant);

    /// When the article was first published, if ever.
    Result<std::optional<QDateTime>> firstPublished(qint64 articleId);
    Result<std::optional<ArticleRoyalty>> royaltyOf(qint64 articleId);
    /// What the approve dialog proposes: the article's royalty when set, else the kind whose
    /// length band holds the body's word count, with that kind's lowest points.
    Result<ArticleRoyalty> suggestion(qint64 articleId);

    /// Gives the article a kind (by key) and points. Needs SetRoyalties; the article must be
    /// awaiting approval or later (approved, published, unpublished, archived) and not trashed;
    /// one's own article only when the office lets approvers approve their own; the kind must be
    /// in use and the points within its range; refused (Forbidden) when the month of the
    /// article's first publication is closed. Logged ("royalty": who set what, and what was before).
    Result<void> setRoyalty(qint64 articleId, qint64 actorId, const QString &kindKey, int points);
    /// Approves (WorkflowService::approve) and sets the royalty, both or neither.
    Result<Article> approve(qint64 articleId, qint64 actorId, const QString &kindKey, int points,
                            const QString &comment = {}, int expectedVersion = 0);

    /// The month's statement as `viewerId` may read it: every author's for approvers and administrators,
    /// else only the viewer's own articles (MonthRoyalties::onlyAuthorId). Forbidden for an id that names
    /// nobody or a deactivated account.
    Result<MonthRoyalties> month(const QDate &month, qint64 viewerId);
    Result<bool> isClosed(const QDate &month);
    /// Freezes a month that has ended (Conflict when already closed). Logged.
    Result<void> closeMonth(const QDate &month, qint64 actorId);
    /// Opens a closed month again (Conflict when it is open). Logged with `reason`.
    Result<void> reopenMonth(const QDate &month, qint64 actorId, const QString &reason = {});

private:
    Result<void> checkKindAndPoints(const QString &kindKey, int points);

    Database &m_db;
    Clock m_clock;
};

} // namespace toasoan::report
