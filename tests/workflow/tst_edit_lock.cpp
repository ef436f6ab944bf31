// Soft edit locks: who holds them, heartbeats, expiry and explicit take-over. The clock is
// injected: nothing sleeps.
#include "app/storage/EditLockRepository.h"
#include "app/workflow/WorkflowService.h"
#include "tests/workflow/WorkflowFixture.h"

#include <QTest>

using namespace toasoan;

class tst_EditLock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TOASOAN_REQUIRE_TEST_BACKEND();
        QVERIFY(f.setUp());
    }
    void init() { m_now = QDateTime(QDate(2022, 11, 9), QTime(7, 5), Qt::UTC); }

    void acquireHeldReleased();
    void refusalSaysWhoAndSince();
    void heartbeatKeepsItAlive();
    void staleLockIsFree_data();
    void staleLockIsFree();
    void takeOverIsLogged();
    void takeOverOfFreeLockIsNotLogged();
    void releaseAllOnLogOut();
    void missingArticle();
    void serviceSaysWhoHoldsIt();

private:
    EditLockRepository locks(int minutes = 10)
    {
        return EditLockRepository(
            f.db(), [this] { return m_now; }, minutes);
    }
    test::WorkflowFixture f;
    QDateTime m_now;
};

void tst_EditLock::acquireHeldReleased()
{
    const qint64 id = f.draft(f.reporter);
    auto mine = locks().acquire(id, f.editor);
    QVERIFY(mine.ok());
    QCOMPARE(mine->userId, f.editor);
    QCOMPARE(mine->userName, QStringLiteral("Trần Thị Bình"));
    QCOMPARE(mine->acquiredAt, m_now);

    // Acquiring again renews it but keeps "since".
    const QDateTime since = m_now;
    m_now = m_now.addSecs(120);
    auto again = locks().acquire(id, f.editor);
    QVERIFY(again.ok());
    QCOMPARE(again->acquiredAt, since);
    QCOMPARE(again->heartbeatAt, m_now);

    auto other = locks().acquire(id, f.approver);
    QVERIFY(!other.ok());
    QCOMPARE(other.error().code, ErrorCode::Conflict);

    QVERIFY(locks().release(id, f.approver).ok()); // not theirs: nothing happens
    QCOMPARE((*locks().current(id))->userId, f.editor);
    QVERIFY(locks().release(id, f.editor).ok());
    QVERIFY(!locks().current(id)->has_value());
    QVERIFY(locks().acquire(id, f.approver).ok());
}

void tst_EditLock::refusalSaysWhoAndSince()
{
    const qint64 id = f.draft(f.reporter);
    QVERIFY(locks().acquire(id, f.editor).ok());
    m_now = m_now.addSecs(3 * 60);
    auto refused = locks().acquire(id, f.approver);
    QVERIFY(!refused.ok());
    const QString since =
        QDateTime(QDate(2022, 11, 9), QTime(7, 5), Qt::UTC).toLocalTime().toString(QStringLiteral("HH:mm"));
    QVERIFY2(refused.error().message.contains(QStringLiteral("Trần Thị Bình")), qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(since), qPrintable(refused.error().message));
}

void tst_EditLock::heartbeatKeepsItAlive()
{
    const qint64 id = f.draft(f.reporter);
    QVERIFY(locks().acquire(id, f.editor).ok());
    // Heartbeats every 5 minutes keep a 10-minute lock alive for an hour.
    for (int i = 0; i < 12; ++i) {
        m_now = m_now.addSecs(5 * 60);
        QVERIFY(locks().heartbeat(id, f.editor).ok());
        QVERIFY(!locks().acquire(id, f.approver).ok());
    }
}

void tst_EditLock::staleLockIsFree_data()
{
    QTest::addColumn<int>("silentSeconds");
    QTest::addColumn<bool>("free");
    QTest::newRow("nominal: 9 minutes without heartbeat: still held") << 9 * 60 << false;
    QTest::newRow("nominal: exactly 10 minutes: still held") << 10 * 60 << false;
    QTest::newRow("nominal: 11 minutes: free") << 11 * 60 << true;
    QTest::newRow("robustness: a day later: free") << 24 * 3600 << true;
}

void tst_EditLock::staleLockIsFree()
{
    QFETCH(int, silentSeconds);
    QFETCH(bool, free);
    const qint64 id = f.draft(f.reporter);
    QVERIFY(locks().acquire(id, f.editor).ok());
    m_now = m_now.addSecs(silentSeconds);
    QCOMPARE(!locks().current(id)->has_value(), free);
    auto taken = locks().acquire(id, f.approver);
    QCOMPARE(taken.ok(), free);
    if (free) {
        QCOMPARE(taken->acquiredAt, m_now); // a new holder starts a new "since"
        // The old holder finds out at the next heartbeat.
        QCOMPARE(locks().heartbeat(id, f.editor).error().code, ErrorCode::Conflict);
    }
}

void tst_EditLock::takeOverIsLogged()
{
    const qint64 id = f.draft(f.reporter);
    QVERIFY(locks().acquire(id, f.editor).ok());
    m_now = m_now.addSecs(60);
    auto taken = locks().takeOver(id, f.approver);
    QVERIFY(taken.ok());
    QCOMPARE(taken->userId, f.approver);
    QCOMPARE(taken->acquiredAt, m_now);

    // The fake clock is years behind the real one the article was created with: find the line
    // by its action rather than by its place.
    Event logged;
    for (const Event &e : f.events(id)) {
        if (e.action == QLatin1String("lock_takeover")) {
            QCOMPARE(logged.id, 0); // exactly one
            logged = e;
        }
    }
    QCOMPARE(logged.action, QStringLiteral("lock_takeover"));
    QCOMPARE(logged.userId, f.approver);
    QCOMPARE(logged.at, m_now);
    QVERIFY2(logged.comment.contains(QStringLiteral("Trần Thị Bình")), qPrintable(logged.comment));

    auto lost = locks().heartbeat(id, f.editor);
    QVERIFY(!lost.ok());
    QCOMPARE(lost.error().code, ErrorCode::Conflict);
    QVERIFY(lost.error().message.contains(QStringLiteral("Lê Văn Cường")));
    QVERIFY(!locks().acquire(id, f.editor).ok());
}

void tst_EditLock::takeOverOfFreeLockIsNotLogged()
{
    const qint64 id = f.draft(f.reporter);
    const qsizetype before = f.events(id).size();
    QVERIFY(locks().takeOver(id, f.approver).ok());
    QVERIFY(locks().takeOver(id, f.approver).ok()); // already mine
    QCOMPARE(f.events(id).size(), before);
}

void tst_EditLock::releaseAllOnLogOut()
{
    const qint64 a = f.draft(f.reporter);
    const qint64 b = f.draft(f.reporter);
    QVERIFY(locks().acquire(a, f.editor).ok());
    QVERIFY(locks().acquire(b, f.editor).ok());
    QVERIFY(locks().releaseAll(f.editor).ok());
    QVERIFY(!locks().current(a)->has_value());
    QVERIFY(!locks().current(b)->has_value());
}

void tst_EditLock::missingArticle()
{
    auto missing = locks().acquire(99999, f.editor);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

void tst_EditLock::serviceSaysWhoHoldsIt()
{
    const qint64 id = f.draft(f.reporter);
    WorkflowService service(f.db(), [this] { return m_now; });
    QVERIFY(!service.currentLock(id)->has_value());
    QVERIFY(service.acquireLock(id, f.reporter).ok());
    auto held = service.currentLock(id);
    QVERIFY(held.ok());
    QVERIFY(held->has_value());
    QCOMPARE((*held)->userId, f.reporter);
    QCOMPARE((*held)->userName, QStringLiteral("Nguyễn Văn An"));
    QCOMPARE((*held)->acquiredAt, m_now);
    m_now = m_now.addSecs(11 * 60); // no heartbeat for longer than the office's 10 minutes
    QVERIFY(!service.currentLock(id)->has_value());
}

QTEST_GUILESS_MAIN(tst_EditLock)
#include "tst_edit_lock.moc"
