// Royalties (nhuận bút): a month's statement checked against hand-computed sums, with the edge
// cases (published at 23:59 local time on the last day, unpublished then republished, points changed after
// closing, an author deactivated mid-month), the permissions and the event log.
#include "app/report/Money.h"
#include "app/report/Royalties.h"
#include "app/report/RoyaltyScheme.h"
#include "tests/report/RoyaltyFixture.h"

#include <QTest>

using namespace toasoan;
using namespace toasoan::report;

namespace {

QDateTime local(int y, int m, int d, int h, int min)
{
    return test::RoyaltyFixture::local(y, m, d, h, min);
}

} // namespace

class tst_Royalties : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void monthBoundaries();
    void statementMatchesHandComputedSums();
    void closedMonthRefusesChanges();
    void closedMonthKeepsItsPointValue();
    void onlyApproversSetPoints();
    void approveSetsTheRoyaltyOrNothing();
    void schemeIsTheAdministrators();
    void suggestionFollowsTheLengthBand();
    void whoReadsWhichStatement();

private:
    qint64 approved(qint64 author, const QString &title, const QString &kind = {}, int points = 0)
    {
        return f.approved(author, title, kind, points);
    }
    bool moveAt(qint64 id, WorkflowState to, const QDateTime &at) { return f.moveAt(id, to, at); }
    QList<Event> royaltyEvents(qint64 id);
    Royalties royalties() { return f.royalties(); }

    test::RoyaltyFixture f;
};

void tst_Royalties::initTestCase()
{
    QVERIFY(f.setUp());
}

void tst_Royalties::init()
{
    // Every test starts with open months; each publishes in months of its own.
    QVERIFY(f.db().exec(QStringLiteral("DELETE FROM royalty_months")));
    QVERIFY(f.db().exec(QStringLiteral("UPDATE users SET active = 1")));
    QVERIFY(f.db().exec(QStringLiteral("UPDATE royalty_scheme SET point_value = 100000")));
}

QList<Event> tst_Royalties::royaltyEvents(qint64 id)
{
    QList<Event> list;
    for (const Event &e : f.events(id)) {
        if (e.action == QStringLiteral("royalty")) {
            list.append(e);
        }
    }
    return list;
}

void tst_Royalties::monthBoundaries()
{
    QCOMPARE(Royalties::monthOf(local(2026, 11, 30, 23, 59)), QDate(2026, 11, 1));
    QCOMPARE(Royalties::monthOf(local(2026, 12, 1, 0, 0)), QDate(2026, 12, 1));
    // 17:30 UTC on 31 October is 00:30 on 1 November in Viet Nam.
    QCOMPARE(Royalties::monthOf(QDateTime(QDate(2026, 10, 31), QTime(17, 30), QTimeZone::utc())), QDate(2026, 11, 1));
    QCOMPARE(Royalties::parseMonth(QStringLiteral("2026-11")), std::optional<QDate>(QDate(2026, 11, 1)));
    QCOMPARE(Royalties::parseMonth(QStringLiteral("2026-13")), std::nullopt);
    QCOMPARE(Royalties::parseMonth(QStringLiteral("11/2026")), std::nullopt);
    QCOMPARE(Royalties::monthKey(QDate(2026, 3, 1)), QStringLiteral("2026-03"));
}

void tst_Royalties::statementMatchesHandComputedSums()
{
    QVERIFY(f.buildNovember());
    const qint64 lastMinute = f.lastMinute, nextMonth = f.nextMonth, earlyLocal = f.earlyLocal;
    const qint64 unscored = f.unscored, republished = f.republished, october = f.october;

    auto nov = royalties().month(QDate(2026, 11, 1), f.approver);
    QVERIFY2(nov, nov ? "" : qPrintable(nov.error().detail));
    // By hand, 100.000 đ a point:
    //   An:  2,5 × 100.000 = 250.000 (23:59 on the 30th) + 4 × 100.000 = 400.000 (00:30 on the 1st) + 0 (unscored)
    //   Dung: 12 × 100.000 = 1.200.000 (first published 10/11; its republication in December counts nothing);
    //         the October article republished in November stays in October
    //   Em:   1 × 100.000 = 100.000, deactivated since but published while active
    //   Office: 1.950.000 đ, 5 articles, 1 unscored, 19,5 points
    QCOMPARE(nov->pointValue, qint64(100000));
    QCOMPARE(nov->authors.size(), 3);
    QCOMPARE(nov->authors[0].name, QStringLiteral("Nguyễn Văn An"));
    QCOMPARE(nov->authors[0].amount, qint64(650000));
    QCOMPARE(nov->authors[0].points, 65);
    QCOMPARE(nov->authors[0].lines.size(), 3);
    QCOMPARE(nov->authors[0].lines[0].articleId, earlyLocal);
    QCOMPARE(nov->authors[0].lines[0].kindName, QStringLiteral("Bài"));
    QCOMPARE(nov->authors[0].lines[1].articleId, unscored);
    QVERIFY(!nov->authors[0].lines[1].scored);
    QCOMPARE(nov->authors[0].lines[2].articleId, lastMinute);
    QCOMPARE(nov->authors[0].lines[2].amount, qint64(250000));
    QCOMPARE(nov->authors[1].name, QStringLiteral("Phạm Thị Dung"));
    QCOMPARE(nov->authors[1].lines.size(), 1);
    QCOMPARE(nov->authors[1].lines[0].articleId, republished);
    QCOMPARE(nov->authors[1].amount, qint64(1200000));
    QCOMPARE(nov->authors[2].name, QStringLiteral("Vũ Văn Em"));
    QVERIFY(!nov->authors[2].active);
    QCOMPARE(nov->authors[2].amount, qint64(100000));
    QCOMPARE(nov->articles, 5);
    QCOMPARE(nov->unscored, 1);
    QCOMPARE(nov->points, 195);
    QCOMPARE(nov->total, qint64(1950000));
    QCOMPARE(vndInWords(nov->total), QStringLiteral("Một triệu chín trăm năm mươi nghìn đồng"));

    auto oct = royalties().month(QDate(2026, 10, 1), f.approver);
    QVERIFY(oct);
    QCOMPARE(oct->articles, 1);
    QCOMPARE(oct->authors[0].lines[0].articleId, october);
    QCOMPARE(oct->total, qint64(300000));

    auto dec = royalties().month(QDate(2026, 12, 1), f.approver);
    QVERIFY(dec);
    QCOMPARE(dec->articles, 1);
    QCOMPARE(dec->authors[0].lines[0].articleId, nextMonth);
    QCOMPARE(dec->total, qint64(500000));
}

void tst_Royalties::closedMonthRefusesChanges()
{
    const qint64 id = approved(f.reporter, QStringLiteral("Tin tháng 11"), QStringLiteral("tin"), 20);
    QVERIFY(id);
    QVERIFY(moveAt(id, WorkflowState::Published, local(2025, 11, 30, 23, 59)));

    // A month that has not ended cannot be closed (now is 5 December 2026).
    const auto early = royalties().closeMonth(QDate(2026, 12, 1), f.approver);
    QVERIFY(!early);
    QCOMPARE(early.error().code, ErrorCode::Invalid);

    QVERIFY(royalties().closeMonth(QDate(2025, 11, 1), f.approver));
    QCOMPARE(royalties().closeMonth(QDate(2025, 11, 1), f.approver).error().code, ErrorCode::Conflict);
    auto closed = royalties().month(QDate(2025, 11, 1), f.approver);
    QVERIFY(closed && closed->closed);
    QCOMPARE(closed->closedBy, QStringLiteral("Lê Văn Cường"));

    // Points changed after closing: refused, and nothing changes.
    const auto refused = royalties().setRoyalty(id, f.approver2, QStringLiteral("tin"), 30);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Forbidden);
    QCOMPARE(royalties().month(QDate(2025, 11, 1), f.approver)->total, qint64(200000));
    QCOMPARE(royaltyEvents(id).size(), 1);

    // Reopened (logged), the change goes through and is logged with who set what.
    QVERIFY(royalties().reopenMonth(QDate(2025, 11, 1), f.admin, QStringLiteral("Sửa điểm bài tin")));
    QCOMPARE(royalties().reopenMonth(QDate(2025, 11, 1), f.admin).error().code, ErrorCode::Conflict);
    QVERIFY(royalties().setRoyalty(id, f.approver2, QStringLiteral("tin"), 30));
    QCOMPARE(royalties().month(QDate(2025, 11, 1), f.approver)->total, qint64(300000));
    const QList<Event> logged = royaltyEvents(id);
    QCOMPARE(logged.size(), 2);
    QCOMPARE(logged[0].userId, f.approver);
    QCOMPARE(logged[0].comment, QStringLiteral("tin 2"));
    QCOMPARE(logged[1].userId, f.approver2);
    QCOMPARE(logged[1].comment, QStringLiteral("tin 3 ← tin 2"));

    auto monthEvents = f.db().exec(QStringLiteral("SELECT action, user_id, comment FROM events WHERE article_id IS "
                                                  "NULL AND action LIKE 'royalty_%' ORDER BY id"));
    QVERIFY(monthEvents);
    QVERIFY(monthEvents->next());
    QCOMPARE(monthEvents->value(0).toString(), QStringLiteral("royalty_close"));
    QCOMPARE(monthEvents->value(1).toLongLong(), f.approver);
    QVERIFY(monthEvents->next());
    QCOMPARE(monthEvents->value(0).toString(), QStringLiteral("royalty_reopen"));
    QCOMPARE(monthEvents->value(1).toLongLong(), f.admin);
    QCOMPARE(monthEvents->value(2).toString(), QStringLiteral("2025-11: Sửa điểm bài tin"));
}

void tst_Royalties::closedMonthKeepsItsPointValue()
{
    const qint64 id = approved(f.reporter, QStringLiteral("Bài tháng 11"), QStringLiteral("bai"), 35);
    const qint64 other = approved(f.reporter, QStringLiteral("Bài tháng 10"), QStringLiteral("bai"), 35);
    QVERIFY(id && other);
    QVERIFY(moveAt(id, WorkflowState::Published, local(2024, 11, 3, 8, 0)));
    QVERIFY(moveAt(other, WorkflowState::Published, local(2024, 10, 3, 8, 0)));
    QVERIFY(royalties().closeMonth(QDate(2024, 11, 1), f.admin));

    auto scheme = RoyaltySchemes(f.db()).load();
    QVERIFY(scheme);
    scheme->pointValue = 120001;
    QVERIFY(RoyaltySchemes(f.db()).save(f.admin, *scheme));

    QCOMPARE(royalties().month(QDate(2024, 11, 1), f.approver)->total, qint64(350000));
    // 3,5 × 120.001 = 420.003,5 đ, rounded half up.
    QCOMPARE(royalties().month(QDate(2024, 10, 1), f.approver)->total, qint64(420004));
    QVERIFY(RoyaltySchemes(f.db()).save(f.admin, [&] {
        RoyaltyScheme back = *scheme;
        back.pointValue = 100000;
        return back;
    }()));
}

void tst_Royalties::onlyApproversSetPoints()
{
    const qint64 id = approved(f.reporter, QStringLiteral("Tin chờ chấm"));
    QVERIFY(id);
    for (qint64 who : {f.reporter, f.editor}) {
        const auto refused = royalties().setRoyalty(id, who, QStringLiteral("tin"), 20);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Forbidden);
        QCOMPARE(royalties().closeMonth(QDate(2023, 10, 1), who).error().code, ErrorCode::Forbidden);
    }
    QVERIFY(royalties().setRoyalty(id, f.admin, QStringLiteral("tin"), 20));

    // Out of the kind's range, an unknown kind: Invalid.
    QCOMPARE(royalties().setRoyalty(id, f.approver, QStringLiteral("tin"), 35).error().code, ErrorCode::Invalid);
    QCOMPARE(royalties().setRoyalty(id, f.approver, QStringLiteral("tho"), 10).error().code, ErrorCode::Invalid);

    // A draft has no royalty yet; one's own article needs another approver.
    const qint64 draft = f.draft(f.reporter);
    QCOMPARE(royalties().setRoyalty(draft, f.approver, QStringLiteral("tin"), 20).error().code, ErrorCode::Forbidden);
    const qint64 own = f.inState(f.approver, WorkflowState::Approved);
    QCOMPARE(royalties().setRoyalty(own, f.approver, QStringLiteral("tin"), 20).error().code, ErrorCode::Forbidden);
    QVERIFY(royalties().setRoyalty(own, f.approver2, QStringLiteral("tin"), 20));

    // A deactivated approver can do nothing.
    QVERIFY(f.db().exec(QStringLiteral("UPDATE users SET active = 0 WHERE id = ?"), {f.approver2}));
    QCOMPARE(royalties().setRoyalty(id, f.approver2, QStringLiteral("tin"), 10).error().code, ErrorCode::Forbidden);
}

void tst_Royalties::approveSetsTheRoyaltyOrNothing()
{
    const qint64 id = f.inState(f.reporter, WorkflowState::AwaitingApproval);
    QVERIFY(id);
    // Points out of range: the article is not approved either.
    QVERIFY(!royalties().approve(id, f.approver, QStringLiteral("tin"), 99));
    QCOMPARE(f.stateOf(id), WorkflowState::AwaitingApproval);
    QVERIFY(!royalties().royaltyOf(id).value());

    auto done = royalties().approve(id, f.approver, QStringLiteral("phong-van"), 45, QStringLiteral("Đạt"));
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    QCOMPARE(f.stateOf(id), WorkflowState::Approved);
    const auto royalty = royalties().royaltyOf(id).value();
    QVERIFY(royalty);
    QCOMPARE(royalty->kindKey, QStringLiteral("phong-van"));
    QCOMPARE(royalty->points, 45);
    QCOMPARE(royalty->setBy, f.approver);
}

void tst_Royalties::schemeIsTheAdministrators()
{
    auto scheme = RoyaltySchemes(f.db()).load();
    QVERIFY(scheme);
    QVERIFY(scheme->kinds.size() >= 5);
    const RoyaltyScheme original = *scheme;

    RoyaltyScheme changed = original;
    changed.kinds.removeIf(
        [](const RoyaltyKind &k) { return k.key == QStringLiteral("anh") || k.key == QStringLiteral("tin"); });
    RoyaltyKind poem;
    poem.key = QStringLiteral("tho");
    poem.name = QStringLiteral("Thơ");
    poem.minPoints = 10;
    poem.maxPoints = 30;
    changed.kinds.append(poem);
    QCOMPARE(RoyaltySchemes(f.db()).save(f.approver, changed).error().code, ErrorCode::Forbidden);

    RoyaltyScheme reversed = changed;
    reversed.kinds.last().maxPoints = 5;
    QCOMPARE(RoyaltySchemes(f.db()).save(f.admin, reversed).error().code, ErrorCode::Invalid);

    // "tin" is used by an article: retired, not deleted; "anh" is unused: deleted.
    const qint64 id = approved(f.reporter, QStringLiteral("Tin dùng loại tin"), QStringLiteral("tin"), 20);
    QVERIFY(id);
    QVERIFY(RoyaltySchemes(f.db()).save(f.admin, changed));
    auto saved = RoyaltySchemes(f.db()).load();
    QVERIFY(saved);
    QVERIFY(!saved->example);
    QVERIFY(saved->kind(QStringLiteral("tho")));
    QVERIFY(!saved->kind(QStringLiteral("anh")));
    QVERIFY(saved->kind(QStringLiteral("tin")) && saved->kind(QStringLiteral("tin"))->retired);
    QCOMPARE(royalties().royaltyOf(id).value()->kindName, QStringLiteral("Tin"));
    // A retired kind is not offered any more.
    QCOMPARE(royalties().setRoyalty(id, f.approver, QStringLiteral("tin"), 20).error().code, ErrorCode::Invalid);

    // Back to the example's kinds for the other tests.
    RoyaltyScheme restored = original;
    for (RoyaltyKind &k : restored.kinds) {
        k.retired = false;
    }
    QVERIFY(RoyaltySchemes(f.db()).save(f.admin, restored));
    QVERIFY(!RoyaltySchemes(f.db()).load()->kind(QStringLiteral("tin"))->retired);
}

void tst_Royalties::suggestionFollowsTheLengthBand()
{
    const qint64 shortOne = f.inState(f.reporter, WorkflowState::AwaitingApproval);
    auto proposal = royalties().suggestion(shortOne);
    QVERIFY(proposal);
    QCOMPARE(proposal->kindKey, QStringLiteral("tin"));
    QCOMPARE(proposal->points, 10);

    Article longOne;
    longOne.title = QStringLiteral("Phóng sự dài");
    longOne.body = QStringLiteral("<p>") + QStringLiteral("Người dân xã ven sông làm giàu. ").repeated(250) +
                   QStringLiteral("</p>");
    auto created = ArticleRepository(f.db()).create(longOne, f.reporter);
    QVERIFY(created);
    proposal = royalties().suggestion(created->id);
    QCOMPARE(proposal->kindKey, QStringLiteral("phong-su")); // 1.750 words: past the 1.200 of a phóng sự
}

void tst_Royalties::whoReadsWhichStatement()
{
    const qint64 mine = approved(f.reporter, QStringLiteral("Tin của phóng viên"), QStringLiteral("tin"), 20);
    const qint64 theirs = approved(f.reporter2, QStringLiteral("Bài của phóng viên khác"), QStringLiteral("bai"), 40);
    const qint64 editors = approved(f.editor, QStringLiteral("Bài của biên tập viên"), QStringLiteral("bai"), 50);
    QVERIFY(mine && theirs && editors);
    for (const qint64 id : {mine, theirs, editors}) {
        QVERIFY(moveAt(id, WorkflowState::Published, local(2023, 11, 10, 8, 0)));
    }
    const QDate month(2023, 11, 1);
    // Approvers and administrators (who set points and close months) read every author's, and the office total.
    for (const qint64 viewer : {f.approver, f.admin}) {
        auto all = royalties().month(month, viewer);
        QVERIFY2(all, all ? "" : qPrintable(all.error().message));
        QCOMPARE(all->onlyAuthorId, 0);
        QCOMPARE(all->authors.size(), 3);
        QCOMPARE(all->articles, 3);
        QCOMPARE(all->total, qint64(1100000));
    }
    // A reporter and an editor read their own lines, and totals that are theirs.
    for (const auto &[viewer, total] : {std::pair{f.reporter, qint64(200000)}, std::pair{f.editor, qint64(500000)}}) {
        auto own = royalties().month(month, viewer);
        QVERIFY2(own, own ? "" : qPrintable(own.error().message));
        QCOMPARE(own->onlyAuthorId, viewer);
        QCOMPARE(own->authors.size(), 1);
        QCOMPARE(own->authors.at(0).authorId, viewer);
        QCOMPARE(own->articles, 1);
        QCOMPARE(own->total, total);
    }
    // Nothing of one's own that month: an empty statement, not the office's.
    auto none = royalties().month(month, f.reporter3);
    QVERIFY(none);
    QVERIFY(none->authors.isEmpty());
    QCOMPARE(none->total, qint64(0));
    // A deactivated account and an id that names nobody read nothing.
    QVERIFY(f.db().exec(QStringLiteral("UPDATE users SET active = 0 WHERE id = ?"), {f.reporter}));
    auto deactivated = royalties().month(month, f.reporter);
    QVERIFY(!deactivated);
    QCOMPARE(deactivated.error().code, ErrorCode::Forbidden);
    auto nobody = royalties().month(month, 999999);
    QVERIFY(!nobody);
    QCOMPARE(nobody.error().code, ErrorCode::Forbidden);
}

QTEST_GUILESS_MAIN(tst_Royalties)
#include "tst_royalties.moc"
