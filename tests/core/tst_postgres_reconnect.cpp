// The shared database server goes away in the middle of the work (issue 13): the save or the
// workflow step fails with a clear message, nothing is half-written (article row, revision, search
// index, event log: all or nothing), and the same Database object works again once the server is
// back, without opening it again. Runs a PostgreSQL cluster of its own (tests/support/
// PrivatePostgres.h), which it kills (pg_ctl stop -m immediate) or whose sessions it ends
// (pg_terminate_backend); skipped when the PostgreSQL server programs are not installed.
#include "app/search/SearchIndex.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"
#include "app/storage/PostgresConnection.h"
#include "app/storage/UserRepository.h"
#include "app/workflow/WorkflowService.h"
#include "tests/support/PrivatePostgres.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSqlError>
#include <QTest>
#include <QThread>
#include <memory>

using namespace toasoan;
using toasoan::test::PrivatePostgres;

namespace {

enum class Fault
{
    KillServer,            ///< pg_ctl stop -m immediate while a statement waits
    EndSession,            ///< pg_terminate_backend of the app's session while a statement waits
    KillBeforeCommit,      ///< the server dies after the last statement, before COMMIT
    EndSessionBeforeCommit ///< the app's session ends after the last statement, before COMMIT
};

// What the database holds of one article, to tell "all or nothing" from "half".
struct Stored
{
    int version = 0;
    QString title;
    QString state;
    qint64 revisions = 0;
    QString lastSnapshot;
    QString indexedTitle;
    qint64 events = 0;
};

} // namespace

Q_DECLARE_METATYPE(Fault)

class TestPostgresReconnect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void saveInterrupted_data();
    void saveInterrupted();
    void transitionInterrupted_data();
    void transitionInterrupted();
    void idleSessionEndedIsInvisible();
    void deadServerIsNotHammered();

private:
    Result<Article> draft(const QString &title);
    Stored stored(qint64 id);
    /// Holds `table` against writers from a connection of the test's own, so that the app's
    /// transaction waits at its write to it; then `fault` strikes from another thread.
    Result<void> interrupt(const QString &table, Fault fault, const std::function<Result<void>()> &work);
    void bringServerBack();

    PrivatePostgres m_server;
    std::unique_ptr<Database> m_db;
    qint64 m_reporter = 0;
    QList<bool> m_changes; ///< what the connection observer heard
    QMutex m_changesMutex;
};

void TestPostgresReconnect::initTestCase()
{
    if (PrivatePostgres::binDir().isEmpty()) {
        QSKIP("the PostgreSQL server programs are not installed (/usr/lib/postgresql/*/bin)");
    }
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
}

void TestPostgresReconnect::init()
{
    QVERIFY(
        m_server.psql(QStringLiteral("DROP SCHEMA public CASCADE; CREATE SCHEMA public;"), QStringLiteral("toasoan")));
    auto opened = Database::open(m_server.location());
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().detail));
    m_db = std::move(opened.value());
    searchindex::attach(*m_db);
    auto reporter = UserRepository(*m_db).create(QStringLiteral("phongvien"), QStringLiteral("Nguyễn Văn An"),
                                                 Role::Reporter, QStringLiteral("mat-khau-1"));
    QVERIFY(reporter);
    m_reporter = reporter->id;
    m_changes.clear();
    m_db->addConnectionObserver([this](bool online) {
        QMutexLocker lock(&m_changesMutex);
        m_changes.append(online);
    });
}

void TestPostgresReconnect::cleanup()
{
    m_db.reset();
}

Result<Article> TestPostgresReconnect::draft(const QString &title)
{
    Article a;
    a.title = title;
    a.body = QStringLiteral("<p>Bản đầu.</p>");
    return ArticleRepository(*m_db).create(a, m_reporter);
}

namespace {

QVariant valueOrNull(const Result<QVariant> &result)
{
    return result ? *result : QVariant();
}

} // namespace

Stored TestPostgresReconnect::stored(qint64 id)
{
    Stored s;
    auto row = m_db->exec(QStringLiteral("SELECT version, title, state FROM articles WHERE id = ?"), {id});
    if (row && row->next()) {
        s.version = row->value(0).toInt();
        s.title = row->value(1).toString();
        s.state = row->value(2).toString();
    }
    s.revisions = valueOrNull(m_db->value(QStringLiteral("SELECT count(*) FROM revisions WHERE article_id = ?"), {id}))
                      .toLongLong();
    s.lastSnapshot =
        valueOrNull(m_db->value(QStringLiteral("SELECT snapshot FROM revisions WHERE article_id = ? ORDER BY number "
                                               "DESC LIMIT 1"),
                                {id}))
            .toString();
    s.indexedTitle =
        valueOrNull(m_db->value(QStringLiteral("SELECT title FROM search_docs WHERE article_id = ?"), {id})).toString();
    s.events =
        valueOrNull(m_db->value(QStringLiteral("SELECT count(*) FROM events WHERE article_id = ?"), {id})).toLongLong();
    return s;
}

Result<void> TestPostgresReconnect::interrupt(const QString &table, Fault fault,
                                              const std::function<Result<void>()> &work)
{
    if (fault == Fault::KillBeforeCommit || fault == Fault::EndSessionBeforeCommit) {
        return m_db->transaction([&]() -> Result<void> {
            TOASOAN_CHECK(work());
            if (!(fault == Fault::KillBeforeCommit ? m_server.kill() : m_server.terminateSessions())) {
                return makeError(ErrorCode::Invalid, QStringLiteral("kill failed"), m_server.error());
            }
            return {};
        });
    }
    const QString lockerName = QStringLiteral("test-locker");
    Result<void> result;
    {
        QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), lockerName);
        postgres::configure(
            locker, parsePostgresLocation(m_server.location() + QStringLiteral(" application_name=toasoan-test-locker"))
                        .value());
        QSqlQuery lock(locker);
        if (!locker.open() || !lock.exec(QStringLiteral("BEGIN")) ||
            !lock.exec(QStringLiteral("LOCK TABLE %1 IN SHARE ROW EXCLUSIVE MODE").arg(table))) {
            return makeError(ErrorCode::Invalid, QStringLiteral("cannot lock"), lock.lastError().text());
        }
        // The app's write waits for the lock until the fault strikes.
        std::unique_ptr<QThread> striker(QThread::create([this, fault] {
            QThread::msleep(1500);
            if (fault == Fault::KillServer) {
                QVERIFY2(m_server.kill(), qPrintable(m_server.error()));
            } else {
                QVERIFY2(m_server.terminateSessions(), qPrintable(m_server.error()));
            }
        }));
        striker->start();
        result = work();
        striker->wait();
        lock.finish();
        locker.close(); // rolls the locker back, if it is still there
    }
    QSqlDatabase::removeDatabase(lockerName);
    return result;
}

void TestPostgresReconnect::bringServerBack()
{
    QVERIFY2(m_server.restart(), qPrintable(m_server.error()));
}

void TestPostgresReconnect::saveInterrupted_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::newRow("server killed while the revision is written") << Fault::KillServer;
    QTest::newRow("session ended while the revision is written") << Fault::EndSession;
    QTest::newRow("server killed before COMMIT") << Fault::KillBeforeCommit;
    QTest::newRow("session ended before COMMIT") << Fault::EndSessionBeforeCommit;
}

void TestPostgresReconnect::saveInterrupted()
{
    QFETCH(Fault, fault);
    ArticleRepository articles(*m_db);
    const auto created = draft(QStringLiteral("Quận ủy tổ chức hội nghị giao ban"));
    QVERIFY(created);
    const Stored before = stored(created->id);
    QCOMPARE(before.revisions, 1);
    QCOMPARE(before.indexedTitle, created->title);

    Article edited = *created;
    edited.title = QStringLiteral("Đắk Lắk đón mưa vàng");
    edited.body = QStringLiteral("<p>Bản thứ hai.</p>");
    const Result<void> saved = interrupt(QStringLiteral("revisions"), fault, [&]() -> Result<void> {
        TOASOAN_TRY(done, articles.save(edited, m_reporter));
        return {};
    });
    QVERIFY(!saved);
    QVERIFY2(Database::isConnectionLoss(saved.error()), qPrintable(saved.error().message + saved.error().detail));
    QVERIFY(saved.error().message.contains(m_db->displayName()));
    if (fault == Fault::KillBeforeCommit || fault == Fault::EndSessionBeforeCommit) {
        // The outcome is not known: it must not say "nothing was written, try again".
        QVERIFY2(saved.error().message.contains(QLatin1String("not known")), qPrintable(saved.error().message));
    }
    QVERIFY(!m_db->isOnline());

    if (fault == Fault::KillServer || fault == Fault::KillBeforeCommit) {
        QVERIFY(!articles.load(created->id)); // the server is down
        bringServerBack();
    }
    // The same Database object, not opened again.
    QTRY_VERIFY_WITH_TIMEOUT(articles.load(created->id).ok(), 20000);
    QVERIFY(m_db->isOnline());
    {
        QMutexLocker lock(&m_changesMutex);
        QCOMPARE(m_changes.constFirst(), false);
        QCOMPARE(m_changes.constLast(), true);
    }

    const Stored after = stored(created->id);
    // All or nothing: here nothing, as the transaction never committed.
    QCOMPARE(after.version, before.version);
    QCOMPARE(after.title, before.title);
    QCOMPARE(after.revisions, before.revisions);
    QCOMPARE(after.lastSnapshot, before.lastSnapshot);
    QCOMPARE(after.indexedTitle, before.title);
    QCOMPARE(after.events, before.events);

    // And the next save goes through, whole.
    auto again = articles.save(edited, m_reporter);
    QVERIFY2(again, qPrintable(again ? QString() : again.error().detail));
    const Stored last = stored(created->id);
    QCOMPARE(last.version, before.version + 1);
    QCOMPARE(last.title, edited.title);
    QCOMPARE(last.revisions, before.revisions + 1);
    QVERIFY(last.lastSnapshot.contains(edited.title));
    QCOMPARE(last.indexedTitle, edited.title);
    QCOMPARE(last.events, before.events + 1);
}

void TestPostgresReconnect::transitionInterrupted_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::newRow("server killed while the event is written") << Fault::KillServer;
    QTest::newRow("session ended while the event is written") << Fault::EndSession;
    QTest::newRow("server killed before COMMIT") << Fault::KillBeforeCommit;
    QTest::newRow("session ended before COMMIT") << Fault::EndSessionBeforeCommit;
}

void TestPostgresReconnect::transitionInterrupted()
{
    QFETCH(Fault, fault);
    ArticleRepository articles(*m_db);
    WorkflowService workflow(*m_db);
    const auto created = draft(QStringLiteral("Hội nghị giao ban quý IV"));
    QVERIFY(created);
    const Stored before = stored(created->id);
    QCOMPARE(before.state, QStringLiteral("draft"));

    const Result<void> submitted = interrupt(QStringLiteral("events"), fault, [&]() -> Result<void> {
        TOASOAN_TRY(done, workflow.submit(created->id, m_reporter));
        return {};
    });
    QVERIFY(!submitted);
    QVERIFY2(Database::isConnectionLoss(submitted.error()),
             qPrintable(submitted.error().message + submitted.error().detail));
    if (fault == Fault::KillServer || fault == Fault::KillBeforeCommit) {
        bringServerBack();
    }
    QTRY_VERIFY_WITH_TIMEOUT(articles.load(created->id).ok(), 20000);
    const Stored after = stored(created->id);
    QCOMPARE(after.state, before.state);
    QCOMPARE(after.version, before.version);
    QCOMPARE(after.events, before.events);
    QCOMPARE(after.revisions, before.revisions);

    auto again = workflow.submit(created->id, m_reporter);
    QVERIFY2(again, qPrintable(again ? QString() : again.error().detail));
    const Stored last = stored(created->id);
    QCOMPARE(last.state, QStringLiteral("submitted"));
    QCOMPARE(last.version, before.version + 1);
    QCOMPARE(last.events, before.events + 1);
}

// The server ended the session while the app was idle (a restart of the server, an administrator's
// pg_terminate_backend): the connection still looks open, and only the next request finds out. A
// read and a whole transaction that had not begun yet are safe to run again on a new connection,
// so the person never sees the loss.
void TestPostgresReconnect::idleSessionEndedIsInvisible()
{
    ArticleRepository articles(*m_db);
    const auto created = draft(QStringLiteral("Tin ngắn"));
    QVERIFY(created);
    QVERIFY2(m_server.terminateSessions(), qPrintable(m_server.error()));
    auto loaded = articles.load(created->id);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().detail));

    QVERIFY2(m_server.terminateSessions(), qPrintable(m_server.error()));
    Article edited = *loaded;
    edited.title = QStringLiteral("Tin ngắn, sửa lại");
    auto saved = articles.save(edited, m_reporter);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().detail));
    QCOMPARE(stored(created->id).revisions, 2);
    // The new connection got the session settings again.
    QCOMPARE(m_db->value(QStringLiteral("SELECT current_setting('client_min_messages')"))->toString(),
             QStringLiteral("warning"));
    QVERIFY(m_db->isOnline());
    QMutexLocker lock(&m_changesMutex);
    QVERIFY(m_changes.isEmpty()); // nobody was told of a loss that did not matter
}

// While the server is down, requests fail at once instead of each waiting for a new connection:
// after a failed attempt the next one waits (0.5 s, doubling).
void TestPostgresReconnect::deadServerIsNotHammered()
{
    QVERIFY(m_server.kill());
    const int attemptsBefore = m_db->reconnectAttempts();
    QElapsedTimer timer;
    timer.start();
    int failures = 0;
    while (timer.elapsed() < 1400) {
        QVERIFY(!m_db->checkConnection());
        ++failures;
    }
    QVERIFY(failures > 10);
    // Attempts at 0 s, 0.5 s (then the next waits until 1.5 s).
    QVERIFY2(m_db->reconnectAttempts() - attemptsBefore <= 2,
             qPrintable(QString::number(m_db->reconnectAttempts() - attemptsBefore)));
    QVERIFY(!m_db->isOnline());
    bringServerBack();
    QTRY_VERIFY_WITH_TIMEOUT(m_db->checkConnection().ok(), 20000);
    QVERIFY(m_db->isOnline());
}

QTEST_GUILESS_MAIN(TestPostgresReconnect)
#include "tst_postgres_reconnect.moc"
