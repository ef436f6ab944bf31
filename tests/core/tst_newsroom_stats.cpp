// NewsroomStats: the statistics window's figures against a hand-computed newsroom history, on SQLite and
// (as tst_newsroom_stats_postgresql) on PostgreSQL. The history and its hand-worked figures:
// tests/support/NewsroomHistory.h. Days are Vietnamese local days (TZ=Asia/Ho_Chi_Minh).
#include "app/report/NewsroomStats.h"
#include "app/storage/ArticleRepository.h"
#include "tests/support/NewsroomHistory.h"
#include "tests/support/TestWorkspace.h"

#include <QTest>

using namespace toasoan;
using toasoan::test::NewsroomHistory;
using toasoan::test::TestWorkspace;
using S = WorkflowState;

namespace {

constexpr qint64 kHour = 3600 * 1000;

} // namespace

class TestNewsroomStats : public QObject
{
    Q_OBJECT

private:
    TestWorkspace m_ws;
    NewsroomHistory m_h;

    NewsroomStats compute(const QDate &from, const QDate &to, qint64 categoryId = 0, qint64 authorId = 0)
    {
        auto stats = computeNewsroomStats(m_ws.db(), StatsFilter{from, to, categoryId, authorId});
        if (!stats) {
            qWarning("%s", qPrintable(stats.error().detail));
            return {};
        }
        return *stats;
    }

    static QList<int> counts(const QList<PeriodCount> &periods)
    {
        QList<int> out;
        for (const PeriodCount &p : periods) {
            out.append(p.count);
        }
        return out;
    }

    static QString named(const QList<NamedCount> &rows)
    {
        QStringList out;
        for (const NamedCount &r : rows) {
            out.append(r.name + QLatin1Char('=') + QString::number(r.count));
        }
        return out.join(QStringLiteral(", "));
    }

    static int inState(const NewsroomStats &stats, S state)
    {
        for (const StateCount &c : stats.pipeline) {
            if (c.state == state) {
                return c.count;
            }
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        test::useVietnamTime();
        QVERIFY(m_ws.ok());
        QVERIFY(m_h.build(m_ws));
    }

    void wholeOffice()
    {
        const NewsroomStats stats = compute(QDate(2026, 3, 1), QDate(2026, 4, 30));
        QCOMPARE(stats.publishedTotal, 3); // A1, A2 (twice, once counted), A3; not A8
        // Sunday 1 March alone, then the weeks from Monday 2 March to Monday 27 April.
        QCOMPARE(stats.publishedPerWeek.size(), 10);
        QCOMPARE(stats.publishedPerWeek.first().start, QDate(2026, 3, 1));
        QCOMPARE(stats.publishedPerWeek.at(1).start, QDate(2026, 3, 2));
        QCOMPARE(stats.publishedPerWeek.last().start, QDate(2026, 4, 27));
        QCOMPARE(counts(stats.publishedPerWeek), (QList<int>{0, 1, 1, 1, 0, 0, 0, 0, 0, 1}));
        QCOMPARE(counts(stats.publishedPerMonth), (QList<int>{2, 1}));
        QCOMPARE(stats.publishedPerMonth.at(1).start, QDate(2026, 4, 1));
        QCOMPARE(named(stats.byCategory), QStringLiteral("Kinh tế=1, Thời sự=1, Xã hội=1"));
        QCOMPARE(named(stats.byAuthor), QStringLiteral("Nguyễn Thị Hồng Nhung=2, Trần Quốc Bảo=1"));

        QCOMPARE(inState(stats, S::Published), 4);
        QCOMPARE(inState(stats, S::Rejected), 1);
        QCOMPARE(inState(stats, S::Submitted), 1);
        QCOMPARE(inState(stats, S::AwaitingApproval), 1);
        QCOMPARE(inState(stats, S::Draft), 1); // A9 is in the trash
        QCOMPARE(stats.pipeline.size(), allWorkflowStates().size());
        QVERIFY(stats.oldestWaiting.has_value());
        QCOMPARE(stats.oldestWaiting->articleId, m_h.ids.value(QStringLiteral("A5")));
        QCOMPARE(stats.oldestWaiting->state, S::Submitted);
        QCOMPARE(stats.oldestWaiting->since, NewsroomHistory::local(4, 5, 8).toUTC());

        // Approvals: 2 h, 6 h, 12 h, 24 h.
        QCOMPARE(stats.review.reviews, 4);
        QCOMPARE(stats.review.medianMs, 9 * kHour);
        QCOMPARE(stats.review.slowestMs, 24 * kHour);
        QCOMPARE(stats.review.slowestArticleId, m_h.ids.value(QStringLiteral("A1")));
        QCOMPARE(stats.review.slowestTitle, QStringLiteral("Bài A1"));

        QCOMPARE(stats.rates.size(), 2);
        QCOMPARE(stats.rates.at(0).decisions, 3); // A1, A2 approved; A2 returned
        QCOMPARE(stats.rates.at(0).returned, 1);
        QCOMPARE(stats.rates.at(0).rejected, 0);
        QCOMPARE(stats.rates.at(1).decisions, 3); // A3, A8 approved; A4 rejected
        QCOMPARE(stats.rates.at(1).rejected, 1);
        QCOMPARE(stats.rates.at(1).rejectionRate(), 1.0 / 3);
    }

    void lastDayEndsAtLocalMidnight()
    {
        // A3 went out at 23:59 on 30 April: a period ending the day before leaves it out.
        QCOMPARE(compute(QDate(2026, 3, 1), QDate(2026, 4, 29)).publishedTotal, 2);
        QCOMPARE(compute(QDate(2026, 4, 30), QDate(2026, 4, 30)).publishedTotal, 1);
        const NewsroomStats may = compute(QDate(2026, 5, 1), QDate(2026, 5, 31));
        QCOMPARE(may.publishedTotal, 1);
        QCOMPARE(may.review.reviews, 0);
        QCOMPARE(may.review.medianMs, 0);
    }

    void categoryWithItsChildren()
    {
        const NewsroomStats stats = compute(QDate(2026, 3, 1), QDate(2026, 4, 30), m_h.thoiSu);
        QCOMPARE(stats.publishedTotal, 2); // A1 (Xã hội), A3 (Thời sự)
        QCOMPARE(named(stats.byCategory), QStringLiteral("Thời sự=1, Xã hội=1"));
        QCOMPARE(inState(stats, S::Published), 3); // A1, A3, A8
        QCOMPARE(stats.review.reviews, 3);         // 2 h, 12 h, 24 h
        QCOMPARE(stats.review.medianMs, 12 * kHour);
        QVERIFY(!stats.oldestWaiting.has_value());
        QCOMPARE(compute(QDate(2026, 3, 1), QDate(2026, 4, 30), m_h.kinhTe).publishedTotal, 1);
    }

    void oneAuthor()
    {
        const NewsroomStats stats = compute(QDate(2026, 3, 1), QDate(2026, 4, 30), 0, m_h.reporter2);
        QCOMPARE(stats.publishedTotal, 1);
        QCOMPARE(named(stats.byAuthor), QStringLiteral("Trần Quốc Bảo=1"));
        QCOMPARE(inState(stats, S::Rejected), 1);
        QCOMPARE(inState(stats, S::Draft), 0);
        QVERIFY(stats.oldestWaiting.has_value());
        QCOMPARE(stats.oldestWaiting->articleId, m_h.ids.value(QStringLiteral("A6")));
        QCOMPARE(stats.oldestWaiting->state, S::AwaitingApproval);
        QCOMPARE(stats.rates.at(0).decisions, 0);
        QCOMPARE(stats.rates.at(0).returnRate(), 0.0);
        // Both filters: Kinh tế by Trần Quốc Bảo has nothing published.
        QCOMPARE(compute(QDate(2026, 3, 1), QDate(2026, 4, 30), m_h.kinhTe, m_h.reporter2).publishedTotal, 0);
    }

    void weeksAcrossAChangeOfClock()
    {
        // Berlin moves its clocks on 29 March 2026: the week from 23 March is an hour short, so the weeks are
        // told apart by their boundaries, not by arithmetic. A2 went out again on 21 March, 04:00 in Berlin.
        qputenv("TZ", "Europe/Berlin");
        tzset();
        const NewsroomStats stats = compute(QDate(2026, 3, 16), QDate(2026, 4, 12));
        test::useVietnamTime();
        QCOMPARE(stats.publishedPerWeek.size(), 4);
        QCOMPARE(stats.publishedPerWeek.at(2).start, QDate(2026, 3, 30));
        QCOMPARE(counts(stats.publishedPerWeek), (QList<int>{1, 0, 0, 0}));
        QCOMPARE(stats.review.reviews, 1); // A3, approved at 20:00 on 31 March in Berlin
    }

    void approvalWithoutSubmission()
    {
        // An article approved straight from the draft (as an import may leave it) has no review time, but its
        // approval is a decision of its month.
        Article a;
        a.title = QStringLiteral("Bài nhập từ hệ thống cũ");
        a.authorId = m_h.reporter1;
        auto created = ArticleRepository(m_ws.db()).create(a, m_h.reporter1);
        QVERIFY(created);
        QVERIFY(ArticleRepository(m_ws.db()).transition(created->id, S::Approved, m_h.editor));
        QVERIFY(
            m_ws.db().exec(QStringLiteral("UPDATE events SET at = ? WHERE article_id = ? AND action = 'transition'"),
                           {toDbTime(NewsroomHistory::local(6, 10, 9)), created->id}));
        const NewsroomStats june = compute(QDate(2026, 6, 1), QDate(2026, 6, 30));
        QCOMPARE(june.review.reviews, 0);
        QCOMPARE(june.review.slowestArticleId, 0);
        QCOMPARE(june.rates.at(0).decisions, 1);
        // The history's four approvals keep their times beside it.
        QCOMPARE(compute(QDate(2026, 3, 1), QDate(2026, 6, 30)).review.medianMs, 9 * kHour);
    }

    void durationsForPeople()
    {
        QCOMPARE(reviewDurationText(45 * 60000 + 59999), QStringLiteral("45 min"));
        QCOMPARE(reviewDurationText(9 * kHour + 30 * 60000), QStringLiteral("9 h 30 min"));
        QCOMPARE(reviewDurationText(51 * kHour), QStringLiteral("2 d 3 h"));
    }

    void reversedPeriodIsInvalid()
    {
        auto stats = computeNewsroomStats(m_ws.db(), StatsFilter{QDate(2026, 4, 30), QDate(2026, 3, 1)});
        QVERIFY(!stats);
        QCOMPARE(stats.error().code, ErrorCode::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestNewsroomStats)
#include "tst_newsroom_stats.moc"
