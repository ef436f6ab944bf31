// NewsroomStats: the statistics window's figures against a hand-computed newsroom history, on SQLite and
// (as tst_newsroom_stats_postgresql) on PostgreSQL. Days are Vietnamese local days (TZ=Asia/Ho_Chi_Minh).
#include "app/report/NewsroomStats.h"
#include "app/storage/ArticleRepository.h"
#include "tests/support/TestWorkspace.h"

#include <QTest>
#include <ctime>

using namespace toasoan;
using toasoan::test::TestWorkspace;
using S = WorkflowState;

namespace {

constexpr qint64 kHour = 3600 * 1000;

QDateTime local(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute));
}

} // namespace

class TestNewsroomStats : public QObject
{
    Q_OBJECT

private:
    TestWorkspace m_ws;
    qint64 m_reporter1 = 0; // Nguyễn Thị Hồng Nhung
    qint64 m_reporter2 = 0; // Trần Quốc Bảo
    qint64 m_editor = 0;
    qint64 m_thoiSu = 0; // Thời sự, with its child Xã hội
    qint64 m_xaHoi = 0;
    qint64 m_kinhTe = 0;
    QHash<QString, qint64> m_ids;

    qint64 category(const QString &name, qint64 parentId)
    {
        auto id = m_ws.db().insert(
            QStringLiteral("INSERT INTO categories (parent_id, name, slug, position) VALUES (?, ?, ?, 0) RETURNING id"),
            {toDbId(parentId), name, name});
        return id ? *id : 0;
    }

    qint64 article(const QString &name, qint64 authorId, qint64 categoryId)
    {
        Article a;
        a.title = QStringLiteral("Bài ") + name;
        a.authorId = authorId;
        a.categoryId = categoryId;
        auto created = ArticleRepository(m_ws.db()).create(a, authorId);
        if (!created) {
            return 0;
        }
        m_ids.insert(name, created->id);
        return created->id;
    }

    /// A real transition, then its log line moved to `at` (the repository stamps the present).
    bool step(const QString &name, S to, const QDateTime &at)
    {
        const qint64 id = m_ids.value(name);
        if (!ArticleRepository(m_ws.db()).transition(id, to, m_editor, QStringLiteral("ghi chú"))) {
            return false;
        }
        return bool(m_ws.db().exec(QStringLiteral("UPDATE events SET at = ? WHERE id = (SELECT max(id) FROM events "
                                                  "WHERE article_id = ?)"),
                                   {toDbTime(at), id}));
    }

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
        qputenv("TZ", "Asia/Ho_Chi_Minh");
        tzset();
        QVERIFY(m_ws.ok());
        m_reporter1 =
            m_ws.addUser(QStringLiteral("hongnhung"), Role::Reporter, QStringLiteral("Nguyễn Thị Hồng Nhung"));
        m_reporter2 = m_ws.addUser(QStringLiteral("quocbao"), Role::Reporter, QStringLiteral("Trần Quốc Bảo"));
        m_editor = m_ws.addUser(QStringLiteral("minhduc"), Role::Editor, QStringLiteral("Lê Minh Đức"));
        m_thoiSu = category(QStringLiteral("Thời sự"), 0);
        m_xaHoi = category(QStringLiteral("Xã hội"), m_thoiSu);
        m_kinhTe = category(QStringLiteral("Kinh tế"), 0);
        QVERIFY(m_reporter1 && m_reporter2 && m_editor && m_thoiSu && m_xaHoi && m_kinhTe);

        // A1: approved a day after it was submitted, published on Tuesday 3 March.
        QVERIFY(article(QStringLiteral("A1"), m_reporter1, m_xaHoi));
        QVERIFY(step(QStringLiteral("A1"), S::Submitted, local(3, 2, 8)));
        QVERIFY(step(QStringLiteral("A1"), S::AwaitingApproval, local(3, 2, 10)));
        QVERIFY(step(QStringLiteral("A1"), S::Approved, local(3, 3, 8))); // 24 h
        QVERIFY(step(QStringLiteral("A1"), S::Published, local(3, 3, 9)));
        // A2: returned once, approved 6 h after the second submission, published, taken down, published again.
        QVERIFY(article(QStringLiteral("A2"), m_reporter1, m_kinhTe));
        QVERIFY(step(QStringLiteral("A2"), S::Submitted, local(3, 9, 8)));
        QVERIFY(step(QStringLiteral("A2"), S::Returned, local(3, 9, 12)));
        QVERIFY(step(QStringLiteral("A2"), S::Submitted, local(3, 10, 8)));
        QVERIFY(step(QStringLiteral("A2"), S::AwaitingApproval, local(3, 10, 9)));
        QVERIFY(step(QStringLiteral("A2"), S::Approved, local(3, 10, 14))); // 6 h
        QVERIFY(step(QStringLiteral("A2"), S::Published, local(3, 10, 15)));
        QVERIFY(step(QStringLiteral("A2"), S::Unpublished, local(3, 20, 10)));
        QVERIFY(step(QStringLiteral("A2"), S::Published, local(3, 21, 10)));
        // A3: approved across the month's end, published on the period's last day at 23:59 local time.
        QVERIFY(article(QStringLiteral("A3"), m_reporter2, m_thoiSu));
        QVERIFY(step(QStringLiteral("A3"), S::Submitted, local(3, 31, 23)));
        QVERIFY(step(QStringLiteral("A3"), S::AwaitingApproval, local(3, 31, 23, 30)));
        QVERIFY(step(QStringLiteral("A3"), S::Approved, local(4, 1, 1))); // 2 h
        QVERIFY(step(QStringLiteral("A3"), S::Published, local(4, 30, 23, 59)));
        // A4: rejected, no category.
        QVERIFY(article(QStringLiteral("A4"), m_reporter2, 0));
        QVERIFY(step(QStringLiteral("A4"), S::Submitted, local(4, 2, 8)));
        QVERIFY(step(QStringLiteral("A4"), S::AwaitingApproval, local(4, 2, 8, 30)));
        QVERIFY(step(QStringLiteral("A4"), S::Rejected, local(4, 2, 9)));
        // A5, A6: waiting for review; A7 a draft; A9 a draft in the trash.
        QVERIFY(article(QStringLiteral("A5"), m_reporter1, m_kinhTe));
        QVERIFY(step(QStringLiteral("A5"), S::Submitted, local(4, 5, 8)));
        QVERIFY(article(QStringLiteral("A6"), m_reporter2, m_kinhTe));
        QVERIFY(step(QStringLiteral("A6"), S::Submitted, local(4, 6, 8)));
        QVERIFY(step(QStringLiteral("A6"), S::AwaitingApproval, local(4, 7, 9)));
        QVERIFY(article(QStringLiteral("A7"), m_reporter1, m_kinhTe));
        QVERIFY(article(QStringLiteral("A9"), m_reporter1, m_kinhTe));
        QVERIFY(ArticleRepository(m_ws.db()).moveToTrash(m_ids.value(QStringLiteral("A9")), m_reporter1));
        // A8: approved in the period (12 h), published at midnight after it: 1 May 00:00 local, 30 April in UTC.
        QVERIFY(article(QStringLiteral("A8"), m_reporter2, m_xaHoi));
        QVERIFY(step(QStringLiteral("A8"), S::Submitted, local(4, 29, 8)));
        QVERIFY(step(QStringLiteral("A8"), S::AwaitingApproval, local(4, 29, 9)));
        QVERIFY(step(QStringLiteral("A8"), S::Approved, local(4, 29, 20)));
        QVERIFY(step(QStringLiteral("A8"), S::Published, local(5, 1, 0)));
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
        QCOMPARE(stats.oldestWaiting->articleId, m_ids.value(QStringLiteral("A5")));
        QCOMPARE(stats.oldestWaiting->state, S::Submitted);
        QCOMPARE(stats.oldestWaiting->since, local(4, 5, 8).toUTC());

        // Approvals: 2 h, 6 h, 12 h, 24 h.
        QCOMPARE(stats.review.reviews, 4);
        QCOMPARE(stats.review.medianMs, 9 * kHour);
        QCOMPARE(stats.review.slowestMs, 24 * kHour);
        QCOMPARE(stats.review.slowestArticleId, m_ids.value(QStringLiteral("A1")));
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
        const NewsroomStats stats = compute(QDate(2026, 3, 1), QDate(2026, 4, 30), m_thoiSu);
        QCOMPARE(stats.publishedTotal, 2); // A1 (Xã hội), A3 (Thời sự)
        QCOMPARE(named(stats.byCategory), QStringLiteral("Thời sự=1, Xã hội=1"));
        QCOMPARE(inState(stats, S::Published), 3); // A1, A3, A8
        QCOMPARE(stats.review.reviews, 3);         // 2 h, 12 h, 24 h
        QCOMPARE(stats.review.medianMs, 12 * kHour);
        QVERIFY(!stats.oldestWaiting.has_value());
        QCOMPARE(compute(QDate(2026, 3, 1), QDate(2026, 4, 30), m_kinhTe).publishedTotal, 1);
    }

    void oneAuthor()
    {
        const NewsroomStats stats = compute(QDate(2026, 3, 1), QDate(2026, 4, 30), 0, m_reporter2);
        QCOMPARE(stats.publishedTotal, 1);
        QCOMPARE(named(stats.byAuthor), QStringLiteral("Trần Quốc Bảo=1"));
        QCOMPARE(inState(stats, S::Rejected), 1);
        QCOMPARE(inState(stats, S::Draft), 0);
        QVERIFY(stats.oldestWaiting.has_value());
        QCOMPARE(stats.oldestWaiting->articleId, m_ids.value(QStringLiteral("A6")));
        QCOMPARE(stats.oldestWaiting->state, S::AwaitingApproval);
        QCOMPARE(stats.rates.at(0).decisions, 0);
        QCOMPARE(stats.rates.at(0).returnRate(), 0.0);
        // Both filters: Kinh tế by Trần Quốc Bảo has nothing published.
        QCOMPARE(compute(QDate(2026, 3, 1), QDate(2026, 4, 30), m_kinhTe, m_reporter2).publishedTotal, 0);
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
