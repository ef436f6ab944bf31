#pragma once

// The royalty tests' newsroom (WorkflowFixture's users and a third reporter) and the November 2026
// statement computed by hand in tst_royalties, with the edge cases: published at 23:59 local time
// on the last day of the month, at 00:00 on the first of the next, at 00:30 on the first (still 31 October
// in UTC), unpublished then republished the next month, an October article republished in November, an
// author deactivated mid-month, an article nobody scored. 100.000 đ a point:
//   Nguyễn Văn An   2,5 + 4 + 0 points  =   650.000 đ (3 articles, 1 not scored)
//   Phạm Thị Dung   12 points           = 1.200.000 đ
//   Vũ Văn Em       1 point             =   100.000 đ (deactivated)
//   Office                                1.950.000 đ, 5 articles, 19,5 points

#include "app/report/Royalties.h"
#include "app/storage/UserRepository.h"
#include "app/workflow/WorkflowService.h"
#include "tests/workflow/WorkflowFixture.h"

namespace toasoan::test {

class RoyaltyFixture : public WorkflowFixture
{
public:
    bool setUp()
    {
        if (!WorkflowFixture::setUp()) {
            return false;
        }
        auto user = UserRepository(db()).create(QStringLiteral("phongvien3"), QStringLiteral("Vũ Văn Em"),
                                                Role::Reporter, QStringLiteral("mat-khau-1"));
        reporter3 = user ? user->id : 0;
        return reporter3 != 0;
    }

    static QDateTime local(int y, int m, int d, int h, int min)
    {
        return QDateTime(QDate(y, m, d), QTime(h, min), report::Royalties::officeTimeZone()).toUTC();
    }

    report::Royalties royalties()
    {
        return report::Royalties(db(), [this] { return now; });
    }

    /// An article by `author`, approved by the approver with `kind`/`points` (no royalty when kind is empty).
    qint64 approved(qint64 author, const QString &title, const QString &kind = {}, int points = 0)
    {
        const qint64 id = draft(author, title);
        if (!id || !ArticleRepository(db()).transition(id, WorkflowState::AwaitingApproval, author)) {
            return 0;
        }
        if (kind.isEmpty()) {
            return WorkflowService(db()).approve(id, approver) ? id : 0;
        }
        auto done = royalties().approve(id, approver, kind, points);
        if (!done) {
            qWarning("%s", qPrintable(done.error().message));
        }
        return done ? id : 0;
    }

    /// Moves the article to `to` and dates the event-log line at `at` (UTC).
    bool moveAt(qint64 id, WorkflowState to, const QDateTime &at)
    {
        if (!ArticleRepository(db()).transition(id, to, approver)) {
            return false;
        }
        return db()
            .exec(
                QStringLiteral("UPDATE events SET at = ? WHERE id = (SELECT max(id) FROM events WHERE article_id = ?)"),
                {toDbTime(at), id})
            .ok();
    }

    /// Builds the November 2026 statement described above (plus one article in October and one in December).
    bool buildNovember()
    {
        lastMinute = approved(reporter, QStringLiteral("Tin 23:59 ngày cuối tháng"), QStringLiteral("tin"), 25);
        nextMonth = approved(reporter, QStringLiteral("Tin 00:00 ngày đầu tháng sau"), QStringLiteral("bai"), 50);
        earlyLocal = approved(reporter, QStringLiteral("Bài 00:30 ngày 1/11"), QStringLiteral("bai"), 40);
        unscored = approved(reporter, QStringLiteral("Bài chưa chấm điểm"));
        republished = approved(reporter2, QStringLiteral("Phóng sự gỡ rồi đăng lại"), QStringLiteral("phong-su"), 120);
        october = approved(reporter2, QStringLiteral("Bài tháng 10 đăng lại tháng 11"), QStringLiteral("bai"), 30);
        leaver = approved(reporter3, QStringLiteral("Tin của người đã nghỉ"), QStringLiteral("tin"), 10);
        return lastMinute && nextMonth && earlyLocal && unscored && republished && october && leaver &&
               moveAt(lastMinute, WorkflowState::Published, local(2026, 11, 30, 23, 59)) &&
               moveAt(nextMonth, WorkflowState::Published, local(2026, 12, 1, 0, 0)) &&
               moveAt(earlyLocal, WorkflowState::Published, local(2026, 11, 1, 0, 30)) &&
               moveAt(unscored, WorkflowState::Published, local(2026, 11, 7, 9, 0)) &&
               moveAt(republished, WorkflowState::Published, local(2026, 11, 10, 8, 0)) &&
               moveAt(republished, WorkflowState::Unpublished, local(2026, 11, 12, 8, 0)) &&
               moveAt(republished, WorkflowState::Published, local(2026, 12, 2, 8, 0)) &&
               moveAt(october, WorkflowState::Published, local(2026, 10, 20, 8, 0)) &&
               moveAt(october, WorkflowState::Unpublished, local(2026, 10, 25, 8, 0)) &&
               moveAt(october, WorkflowState::Published, local(2026, 11, 15, 8, 0)) &&
               moveAt(leaver, WorkflowState::Published, local(2026, 11, 5, 8, 0)) &&
               db().exec(QStringLiteral("UPDATE users SET active = 0 WHERE id = ?"), {reporter3}).ok();
    }

    qint64 reporter3 = 0;
    QDateTime now = QDateTime(QDate(2026, 12, 5), QTime(3, 0), QTimeZone::utc());
    qint64 lastMinute = 0, nextMonth = 0, earlyLocal = 0, unscored = 0, republished = 0, october = 0, leaver = 0;
};

} // namespace toasoan::test
