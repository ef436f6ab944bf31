// Live refresh across PCs (issue 13): a commit at one connection to the shared database reaches a
// ChangeListener on another within 2 s through LISTEN/NOTIFY; a rolled-back transaction sends
// nothing; a burst of commits gives few hints; a listening connection killed by the server is
// noticed, opened again and listens again, also after the whole server was away for a while (a
// private server the test stops and starts); a lost notification is caught by the fallback poll.
// The PostgreSQL cases need the test server (TOASOAN_TEST_PG); on SQLite nothing is listened to.
#include "app/storage/ChangeListener.h"
#include "app/storage/Database.h"
#include "tests/support/PostgresScratch.h"
#include "tests/support/PrivatePostgres.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace toasoan;
using toasoan::test::PostgresScratch;
using toasoan::test::PrivatePostgres;

namespace {

// Hints from NOTIFY only: the heartbeat and the fallback poll stay out of the way unless asked.
ChangeListener::Timing notifyOnly()
{
    ChangeListener::Timing timing;
    timing.heartbeatMs = 3600 * 1000;
    timing.fallbackPollMs = 3600 * 1000;
    return timing;
}

Result<void> addTag(Database &db, const QString &name)
{
    return db.exec(QStringLiteral("INSERT INTO tags (name, slug) VALUES (?, ?)"), {name, name.toLower()}).discard();
}

} // namespace

class TestChangeListener : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        if (PostgresScratch::serverLocation().isEmpty()) {
            return;
        }
        m_scratch = std::make_unique<PostgresScratch>();
        QVERIFY(m_scratch->ok());
        auto writer = Database::open(m_scratch->location());
        QVERIFY2(writer, writer ? "" : qPrintable(writer.error().detail));
        m_writer = std::move(writer).value();
        auto other = Database::open(m_scratch->location());
        QVERIFY(other);
        m_other = std::move(other).value();
    }
    void cleanup()
    {
        m_writer.reset();
        m_other.reset();
        m_scratch.reset();
    }

    void sqliteHasNobodyToListenTo()
    {
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(QStringLiteral("one-pc.sqlite")));
        QVERIFY(db);
        ChangeListener listener(**db);
        QVERIFY(!listener.isActive());
        QSignalSpy changed(&listener, &ChangeListener::changed);
        QVERIFY((*db)->exec(QStringLiteral("INSERT INTO tags (name, slug) VALUES ('Đô thị', 'do-thi')")));
        QTest::qWait(300);
        QCOMPARE(changed.count(), 0);
    }

    void commitAtAnotherConnectionHintsWithinTwoSeconds()
    {
        TOASOAN_REQUIRE_TEST_PG();
        ChangeListener listener(*m_other, notifyOnly());
        QVERIFY(listener.isActive());
        QSignalSpy listening(&listener, &ChangeListener::listening);
        QVERIFY(listening.wait(10000));
        QSignalSpy changed(&listener, &ChangeListener::changed);

        QElapsedTimer clock;
        QVERIFY(m_writer->transaction([&]() -> Result<void> {
            TOASOAN_CHECK(addTag(*m_writer, QStringLiteral("Giao thông")));
            TOASOAN_CHECK(addTag(*m_writer, QStringLiteral("Đô thị")));
            clock.start(); // the commit follows
            return addTag(*m_writer, QStringLiteral("Thời tiết"));
        }));
        QVERIFY(changed.wait(2000));
        QVERIFY2(clock.elapsed() <= 2000, qPrintable(QString::number(clock.elapsed())));
        // One transaction, one hint, however many statements it ran.
        QTest::qWait(500);
        QCOMPARE(changed.count(), 1);

        // A statement outside any transaction commits by itself.
        QVERIFY(addTag(*m_writer, QStringLiteral("Kinh tế")));
        QVERIFY(changed.wait(2000));
    }

    void rolledBackTransactionHintsNothing()
    {
        TOASOAN_REQUIRE_TEST_PG();
        ChangeListener listener(*m_other, notifyOnly());
        QSignalSpy listening(&listener, &ChangeListener::listening);
        QVERIFY(listening.wait(10000));
        QSignalSpy changed(&listener, &ChangeListener::changed);

        QVERIFY(!m_writer->transaction([&]() -> Result<void> {
            TOASOAN_CHECK(addTag(*m_writer, QStringLiteral("Giao thông")));
            return makeError(ErrorCode::Invalid, QStringLiteral("changed my mind"));
        }));
        QTest::qWait(1500);
        QCOMPARE(changed.count(), 0);
        // Reads send nothing either.
        QVERIFY(m_writer->exec(QStringLiteral("SELECT count(*) FROM tags")));
        QTest::qWait(300);
        QCOMPARE(changed.count(), 0);
    }

    void burstOfCommitsGivesFewHints()
    {
        TOASOAN_REQUIRE_TEST_PG();
        ChangeListener listener(*m_other, notifyOnly());
        QSignalSpy listening(&listener, &ChangeListener::listening);
        QVERIFY(listening.wait(10000));
        QSignalSpy changed(&listener, &ChangeListener::changed);
        for (int i = 0; i < 30; ++i) {
            QVERIFY(addTag(*m_writer, QStringLiteral("Chủ đề %1").arg(i)));
        }
        QVERIFY(changed.wait(2000));
        QTest::qWait(500);
        QVERIFY2(changed.count() < 10, qPrintable(QString::number(changed.count())));
    }

    // The server ends the listening connection (a restart, an administrator, a network cut):
    // the listener notices by itself, connects and listens again, says so, and hints again.
    void listensAgainAfterItsConnectionIsKilled()
    {
        TOASOAN_REQUIRE_TEST_PG();
        ChangeListener::Timing timing = notifyOnly();
        timing.heartbeatMs = 200;
        ChangeListener listener(*m_other, timing);
        QSignalSpy listening(&listener, &ChangeListener::listening);
        QSignalSpy lost(&listener, &ChangeListener::lost);
        QVERIFY(listening.wait(10000));
        const qint64 firstPid = listening.takeFirst().at(0).toLongLong();
        QVERIFY(firstPid > 0);
        // Named for the office's administrator.
        QCOMPARE(
            m_writer->value(QStringLiteral("SELECT application_name FROM pg_stat_activity WHERE pid = ?"), {firstPid})
                ->toString(),
            QStringLiteral("toasoan-listen"));

        auto killed = m_writer->value(QStringLiteral("SELECT pg_terminate_backend(?)"), {firstPid});
        QVERIFY2(killed && killed->toBool(), killed ? "" : qPrintable(killed.error().detail));
        QVERIFY(lost.wait(5000));
        QVERIFY(listening.count() > 0 || listening.wait(10000));
        const qint64 secondPid = listening.takeFirst().at(0).toLongLong();
        QVERIFY(secondPid > 0);
        QVERIFY(secondPid != firstPid);

        // Whatever the reconnection hinted is over; a new commit reaches it through NOTIFY again
        // (the fallback poll is an hour away).
        QTest::qWait(300);
        QSignalSpy changed(&listener, &ChangeListener::changed);
        QVERIFY(addTag(*m_writer, QStringLiteral("Sau khi nối lại")));
        QVERIFY(changed.wait(2000));
    }

    // The whole server goes away for a while and comes back (a restart, a power cut at the server):
    // the listener keeps trying, and listens again once it is back.
    void listensAgainWhenTheServerIsBack()
    {
        PrivatePostgres server;
        if (!server.start()) {
            QSKIP(
                qPrintable(QStringLiteral("no PostgreSQL server of its own could be started here: ") + server.error()));
        }
        auto opened = Database::open(server.location());
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().detail));
        ChangeListener::Timing timing = notifyOnly();
        timing.heartbeatMs = 200;
        ChangeListener listener(**opened, timing);
        QSignalSpy listening(&listener, &ChangeListener::listening);
        QSignalSpy lost(&listener, &ChangeListener::lost);
        QVERIFY(listening.wait(10000));
        listening.clear();

        QVERIFY(server.kill());
        QVERIFY(lost.count() > 0 || lost.wait(5000));
        QTest::qWait(1000); // a few attempts to reconnect fail meanwhile
        QCOMPARE(listening.count(), 0);

        QSignalSpy changed(&listener, &ChangeListener::changed);
        QVERIFY(server.restart());
        QVERIFY(listening.wait(10000));
        QVERIFY(changed.count() > 0 || changed.wait(2000)); // whatever happened meanwhile: read again
        QTest::qWait(300);
        changed.clear();
        auto writer = Database::open(server.location()); // the old connection died with the server
        QVERIFY(writer);
        QVERIFY(addTag(**writer, QStringLiteral("Sau khi máy chủ trở lại")));
        QVERIFY(changed.wait(2000));
    }

    // Something that moved the change counter without a notification: the fallback poll hints.
    void fallbackPollCatchesALostNotification()
    {
        TOASOAN_REQUIRE_TEST_PG();
        ChangeListener::Timing timing = notifyOnly();
        timing.fallbackPollMs = 300;
        ChangeListener listener(*m_other, timing);
        QSignalSpy listening(&listener, &ChangeListener::listening);
        QVERIFY(listening.wait(10000));
        QTest::qWait(400);
        QSignalSpy changed(&listener, &ChangeListener::changed);
        QTest::qWait(700);
        QCOMPARE(changed.count(), 0); // the counter did not move: nothing to say

        QVERIFY(m_writer->exec(QStringLiteral("UPDATE sync_state SET version = version + 1 WHERE id = 1")));
        QVERIFY(changed.wait(2000));
    }

private:
    std::unique_ptr<PostgresScratch> m_scratch;
    std::unique_ptr<Database> m_writer;
    std::unique_ptr<Database> m_other;
};

QTEST_GUILESS_MAIN(TestChangeListener)
#include "tst_change_listener.moc"
