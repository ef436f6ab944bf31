// The test proxy that cuts connections to PostgreSQL on command (tests/support/CutProxy.h), against the
// test server: it forwards, and each cut has the effect the offline tests rely on (issue 14).
#include "app/storage/Database.h"
#include "tests/support/CutProxy.h"
#include "tests/support/PostgresScratch.h"

#include <QElapsedTimer>
#include <QTest>

using namespace toasoan;
using toasoan::test::CutProxy;
using toasoan::test::PostgresScratch;

class TestCutProxy : public QObject
{
    Q_OBJECT

private:
    struct Setup
    {
        PostgresScratch scratch;
        std::unique_ptr<CutProxy> proxy;
        std::unique_ptr<Database> direct;  // not through the proxy: what the server holds
        std::unique_ptr<Database> proxied; // the "PC"
    };

    static bool make(Setup &s)
    {
        if (!s.scratch.ok()) {
            return false;
        }
        s.proxy = CutProxy::inFrontOf(PostgresScratch::serverLocation());
        if (!s.proxy->isListening()) {
            return false;
        }
        auto direct = Database::open(s.scratch.location());
        if (!direct) {
            qWarning("%s", qPrintable(direct.error().detail));
            return false;
        }
        s.direct = std::move(*direct);
        auto proxied = Database::open(s.proxy->route(s.scratch.location()));
        if (!proxied) {
            qWarning("%s", qPrintable(proxied.error().detail));
            return false;
        }
        s.proxied = std::move(*proxied);
        return true;
    }

    static qint64 tagsNamed(Database &db, const QString &name)
    {
        return db.value(QStringLiteral("SELECT count(*) FROM tags WHERE name = ?"), {name})->toLongLong();
    }

    static Result<void> addTag(Database &db, const QString &name)
    {
        return db.transaction([&]() -> Result<void> {
            return db.exec(QStringLiteral("INSERT INTO tags (name, slug) VALUES (?, ?)"), {name, name}).discard();
        });
    }

    // The connection comes back once the proxy forwards again (Database's back-off: up to 8 s).
    static bool comesBack(Database &db)
    {
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 20000) {
            if (db.checkConnection()) {
                return true;
            }
            QTest::qWait(100);
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        if (PostgresScratch::serverLocation().isEmpty()) {
            QSKIP("TOASOAN_TEST_PG is not set: start scripts/test-servers/postgres.sh and eval its env");
        }
    }

    void forwardsAndCutsNow()
    {
        Setup s;
        QVERIFY(make(s));
        QVERIFY(addTag(*s.proxied, QStringLiteral("qua")));
        QCOMPARE(tagsNamed(*s.direct, QStringLiteral("qua")), 1);
        const int before = s.proxy->connectionsCut();
        s.proxy->cutNow();
        QVERIFY(s.proxy->connectionsCut() > before);
        // A write (Database repeats a read on a new connection by itself).
        auto lost = s.proxied->exec(QStringLiteral("UPDATE tags SET slug = slug"));
        QVERIFY(!lost);
        QVERIFY2(Database::isConnectionLoss(lost.error()), qPrintable(lost.error().detail));
        QVERIFY(!s.proxied->isOnline());
        QVERIFY(comesBack(*s.proxied));
        QCOMPARE(tagsNamed(*s.proxied, QStringLiteral("qua")), 1);
    }

    // Cut before the update and before the commit: the server never applies the change.
    void cutBeforeTheMessageLosesIt_data()
    {
        QTest::addColumn<QByteArray>("pattern");
        QTest::newRow("before the insert") << QByteArray("INSERT INTO tags");
        QTest::newRow("before the commit") << QByteArray("COMMIT");
    }
    void cutBeforeTheMessageLosesIt()
    {
        QFETCH(QByteArray, pattern);
        Setup s;
        QVERIFY(make(s));
        s.proxy->cutWhenClientSends(pattern);
        auto failed = addTag(*s.proxied, QStringLiteral("mất"));
        QVERIFY(!failed);
        QVERIFY2(Database::isConnectionLoss(failed.error()), qPrintable(failed.error().detail));
        QCOMPARE(tagsNamed(*s.direct, QStringLiteral("mất")), 0);
        // One-shot: the next connection forwards everything.
        QVERIFY(comesBack(*s.proxied));
        QVERIFY(addTag(*s.proxied, QStringLiteral("mất")));
        QCOMPARE(tagsNamed(*s.direct, QStringLiteral("mất")), 1);
    }

    // Cut after the commit, before its reply reaches the PC: the PC is told the commit was lost, and the
    // server has applied it.
    void cutOfTheReplyKeepsTheChangeOnTheServer()
    {
        Setup s;
        QVERIFY(make(s));
        s.proxy->cutServerReplyTo("COMMIT");
        auto failed = addTag(*s.proxied, QStringLiteral("còn"));
        QVERIFY(!failed);
        QVERIFY2(Database::isConnectionLoss(failed.error()), qPrintable(failed.error().detail));
        QCOMPARE(tagsNamed(*s.direct, QStringLiteral("còn")), 1);
        QVERIFY(comesBack(*s.proxied));
        QCOMPARE(tagsNamed(*s.proxied, QStringLiteral("còn")), 1);
    }

    void refusingKeepsTheServerAway()
    {
        Setup s;
        QVERIFY(make(s));
        s.proxy->setRefusing(true);
        auto away = Database::open(s.proxy->route(s.scratch.location()));
        QVERIFY(!away);
        QCOMPARE(away.error().code, ErrorCode::Network);
        s.proxy->setRefusing(false);
        auto back = Database::open(s.proxy->route(s.scratch.location()));
        QVERIFY2(back, back ? "" : qPrintable(back.error().detail));
    }
};

QTEST_GUILESS_MAIN(TestCutProxy)
#include "tst_cut_proxy.moc"
