// Log-in lock-out: free attempts, then a doubling delay; the clock is injected (no sleeping).
#include "app/storage/Database.h"
#include "app/workflow/AuthService.h"
#include "tests/support/TestWorkspace.h"

#include <QTest>

using namespace toasoan;

class tst_AuthService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TOASOAN_REQUIRE_TEST_BACKEND();
        QVERIFY(m_ws.ok());
        QVERIFY(m_ws.addUser(QStringLiteral("phongvien"), Role::Reporter, QStringLiteral("Nguyễn Văn An")));
    }
    void init()
    {
        m_now = QDateTime(QDate(2022, 11, 9), QTime(8, 0), Qt::UTC);
        QVERIFY(auth().clearFailures(QStringLiteral("phongvien")).ok());
    }

    void delays_data();
    void delays();
    void rightPasswordLogsIn();
    void lockOutAfterFiveFailures();
    void lockedLoginRefusesEvenTheRightPassword();
    void successForgetsFailures();
    void unknownLoginsAreDelayedToo();
    void quietDayForgetsFailures();
    void loginIsNormalized();

private:
    AuthService auth()
    {
        return AuthService(m_ws.db(), [this] { return m_now; });
    }
    void fail(int times)
    {
        for (int i = 0; i < times; ++i) {
            auto r = auth().logIn(QStringLiteral("phongvien"), QStringLiteral("sai-mat-khau"));
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, ErrorCode::Auth);
        }
    }
    test::TestWorkspace m_ws;
    QDateTime m_now;
};

void tst_AuthService::delays_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("nominal: 1 failure, no delay") << 1 << qint64(0);
    QTest::newRow("nominal: 4 failures, no delay") << 4 << qint64(0);
    QTest::newRow("nominal: 5 failures, 30 s") << 5 << qint64(30);
    QTest::newRow("nominal: 6 failures, 1 min") << 6 << qint64(60);
    QTest::newRow("nominal: 7 failures, 2 min") << 7 << qint64(120);
    QTest::newRow("nominal: 9 failures, 8 min") << 9 << qint64(480);
    QTest::newRow("nominal: 10 failures, capped at 15 min") << 10 << qint64(900);
    QTest::newRow("robustness: 1000 failures, still 15 min") << 1000 << qint64(900);
}

void tst_AuthService::delays()
{
    QFETCH(int, failures);
    QFETCH(qint64, seconds);
    QCOMPARE(AuthService::delayAfterFailures(failures), seconds);
}

void tst_AuthService::rightPasswordLogsIn()
{
    auto user = auth().logIn(QStringLiteral("phongvien"), QStringLiteral("mat-khau-1"));
    QVERIFY(user.ok());
    QCOMPARE(user->displayName, QStringLiteral("Nguyễn Văn An"));
}

void tst_AuthService::lockOutAfterFiveFailures()
{
    fail(4);
    QCOMPARE(*auth().secondsUntilRetry(QStringLiteral("phongvien")), qint64(0));
    fail(1);
    QCOMPARE(*auth().secondsUntilRetry(QStringLiteral("phongvien")), qint64(30));
    m_now = m_now.addSecs(29);
    QCOMPARE(*auth().secondsUntilRetry(QStringLiteral("phongvien")), qint64(1));
    m_now = m_now.addSecs(1);
    QCOMPARE(*auth().secondsUntilRetry(QStringLiteral("phongvien")), qint64(0));
    // The sixth failure doubles the delay.
    fail(1);
    QCOMPARE(*auth().secondsUntilRetry(QStringLiteral("phongvien")), qint64(60));
}

void tst_AuthService::lockedLoginRefusesEvenTheRightPassword()
{
    fail(5);
    auto refused = auth().logIn(QStringLiteral("phongvien"), QStringLiteral("mat-khau-1"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Auth);
    QVERIFY2(refused.error().message.contains(QLatin1String("30")), qPrintable(refused.error().message));
    // Attempts while locked do not make the delay grow.
    QCOMPARE(*auth().secondsUntilRetry(QStringLiteral("phongvien")), qint64(30));
    m_now = m_now.addSecs(31);
    QVERIFY(auth().logIn(QStringLiteral("phongvien"), QStringLiteral("mat-khau-1")).ok());
}

void tst_AuthService::successForgetsFailures()
{
    fail(4);
    QVERIFY(auth().logIn(QStringLiteral("phongvien"), QStringLiteral("mat-khau-1")).ok());
    fail(4);
    QCOMPARE(*auth().secondsUntilRetry(QStringLiteral("phongvien")), qint64(0));
}

void tst_AuthService::unknownLoginsAreDelayedToo()
{
    for (int i = 0; i < 5; ++i) {
        auto r = auth().logIn(QStringLiteral("khong-co-ai"), QStringLiteral("doan-bua"));
        QCOMPARE(r.error().code, ErrorCode::Auth);
    }
    QCOMPARE(*auth().secondsUntilRetry(QStringLiteral("khong-co-ai")), qint64(30));
    QCOMPARE(*auth().secondsUntilRetry(QStringLiteral("phongvien")), qint64(0));
}

void tst_AuthService::quietDayForgetsFailures()
{
    fail(4);
    m_now = m_now.addDays(2);
    fail(4); // counted from zero again: 4, not 8
    QCOMPARE(*auth().secondsUntilRetry(QStringLiteral("phongvien")), qint64(0));
}

void tst_AuthService::loginIsNormalized()
{
    for (int i = 0; i < 5; ++i) {
        QVERIFY(!auth().logIn(QStringLiteral("  PhongVien "), QStringLiteral("sai")).ok());
    }
    QCOMPARE(*auth().secondsUntilRetry(QStringLiteral("phongvien")), qint64(30));
}

QTEST_GUILESS_MAIN(tst_AuthService)
#include "tst_auth_service.moc"
