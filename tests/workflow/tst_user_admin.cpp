// User administration (app/users/UserAdmin): only administrators manage users, the changes reach
// log-in, and the workspace always keeps an active administrator.
#include "app/storage/Database.h"
#include "app/storage/EventLog.h"
#include "app/storage/UserRepository.h"
#include "app/users/UserAdmin.h"
#include "app/workflow/AuthService.h"
#include "tests/support/TestWorkspace.h"

#include <QTest>

using namespace toasoan;

namespace {
const QString kPassword = QStringLiteral("mat-khau-1"); // TestWorkspace::addUser's
const QString kNewPassword = QStringLiteral("mật-khẩu-mới-2");
} // namespace

class tst_UserAdmin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TOASOAN_REQUIRE_TEST_BACKEND(); }
    void init();
    void cleanup();

    void adminCreatesUserWhoCanLogIn();
    void createFollowsRepositoryRules_data();
    void createFollowsRepositoryRules();
    void deactivateBlocksLogIn();
    void resetPasswordReplacesOldOne();
    void resetPasswordUnlocksLogin();
    void changeRole();
    void nonAdminIsRefused_data();
    void nonAdminIsRefused();
    void deactivatedAdminIsRefused();
    void unknownActorIsRefused();
    void lastAdminCannotDeactivateThemselves();
    void lastAdminCannotDemoteThemselves();
    void adminMayStepDownWhenAnotherRemains();
    void deactivatedAdminDoesNotCount();
    void changesAreLogged();

private:
    bool logsIn(const QString &login, const QString &password)
    {
        return AuthService(m_ws->db()).logIn(login, password).ok();
    }
    User load(qint64 id) { return UserRepository(m_ws->db()).load(id).value(); }

    std::unique_ptr<test::TestWorkspace> m_ws;
    qint64 m_admin = 0;
    qint64 m_reporter = 0;
};

void tst_UserAdmin::init()
{
    m_ws = std::make_unique<test::TestWorkspace>();
    QVERIFY(m_ws->ok());
    m_admin = m_ws->addUser(QStringLiteral("quantri"), Role::Admin, QStringLiteral("Trần Thị Hòa"));
    m_reporter = m_ws->addUser(QStringLiteral("phongvien"), Role::Reporter, QStringLiteral("Nguyễn Văn An"));
    QVERIFY(m_admin > 0 && m_reporter > 0);
}

void tst_UserAdmin::cleanup()
{
    m_ws.reset();
}

void tst_UserAdmin::adminCreatesUserWhoCanLogIn()
{
    UserAdmin admin(m_ws->db());
    auto created = admin.create(m_admin, QStringLiteral("BienTap2"), QStringLiteral("Lê Thị Thu Hằng"), Role::Editor,
                                kNewPassword);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    QCOMPARE(created->login, QStringLiteral("bientap2"));
    QCOMPARE(created->role, Role::Editor);
    QVERIFY(created->active);
    QVERIFY(logsIn(QStringLiteral("bientap2"), kNewPassword));
    auto users = admin.list(m_admin);
    QVERIFY(users.ok());
    QCOMPARE(users->size(), 3);
}

void tst_UserAdmin::createFollowsRepositoryRules_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("password");
    QTest::newRow("robustness: short password")
        << QStringLiteral("moi") << QStringLiteral("Người Mới") << QStringLiteral("1234567");
    QTest::newRow("robustness: login taken")
        << QStringLiteral("PhongVien") << QStringLiteral("Người Mới") << kNewPassword;
    QTest::newRow("robustness: accented login") << QStringLiteral("hòa") << QStringLiteral("Người Mới") << kNewPassword;
    QTest::newRow("robustness: no name") << QStringLiteral("moi") << QStringLiteral("  ") << kNewPassword;
}

void tst_UserAdmin::createFollowsRepositoryRules()
{
    QFETCH(QString, login);
    QFETCH(QString, name);
    QFETCH(QString, password);
    auto created = UserAdmin(m_ws->db()).create(m_admin, login, name, Role::Reporter, password);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, ErrorCode::Invalid);
    QVERIFY(!created.error().message.isEmpty());
    QCOMPARE(UserRepository(m_ws->db()).count().value(), 2);
}

void tst_UserAdmin::deactivateBlocksLogIn()
{
    UserAdmin admin(m_ws->db());
    QVERIFY(logsIn(QStringLiteral("phongvien"), kPassword));
    auto off = admin.setActive(m_admin, m_reporter, false);
    QVERIFY(off.ok());
    QVERIFY(!off->active);
    QVERIFY(!load(m_reporter).active);
    auto refused = AuthService(m_ws->db()).logIn(QStringLiteral("phongvien"), kPassword);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Auth);

    QVERIFY(admin.setActive(m_admin, m_reporter, true).ok());
    QVERIFY(logsIn(QStringLiteral("phongvien"), kPassword));
}

void tst_UserAdmin::resetPasswordReplacesOldOne()
{
    UserAdmin admin(m_ws->db());
    auto tooShort = admin.resetPassword(m_admin, m_reporter, QStringLiteral("ngan"));
    QVERIFY(!tooShort.ok());
    QCOMPARE(tooShort.error().code, ErrorCode::Invalid);
    QVERIFY(logsIn(QStringLiteral("phongvien"), kPassword));

    QVERIFY(admin.resetPassword(m_admin, m_reporter, kNewPassword).ok());
    QVERIFY(!logsIn(QStringLiteral("phongvien"), kPassword));
    QVERIFY(logsIn(QStringLiteral("phongvien"), kNewPassword));
}

void tst_UserAdmin::resetPasswordUnlocksLogin()
{
    AuthService auth(m_ws->db());
    for (int i = 0; i < AuthService::kFreeAttempts; ++i) {
        QVERIFY(!auth.logIn(QStringLiteral("phongvien"), QStringLiteral("sai-mat-khau")).ok());
    }
    QVERIFY(auth.secondsUntilRetry(QStringLiteral("phongvien")).value() > 0);
    QVERIFY(UserAdmin(m_ws->db()).resetPassword(m_admin, m_reporter, kNewPassword).ok());
    QCOMPARE(auth.secondsUntilRetry(QStringLiteral("phongvien")).value(), qint64(0));
    QVERIFY(logsIn(QStringLiteral("phongvien"), kNewPassword));
}

void tst_UserAdmin::changeRole()
{
    auto changed = UserAdmin(m_ws->db()).setRole(m_admin, m_reporter, Role::Approver);
    QVERIFY(changed.ok());
    QCOMPARE(changed->role, Role::Approver);
    QCOMPARE(load(m_reporter).role, Role::Approver);
}

void tst_UserAdmin::nonAdminIsRefused_data()
{
    QTest::addColumn<Role>("role");
    QTest::newRow("nominal: reporter") << Role::Reporter;
    QTest::newRow("nominal: editor") << Role::Editor;
    QTest::newRow("nominal: approver") << Role::Approver;
}

void tst_UserAdmin::nonAdminIsRefused()
{
    QFETCH(Role, role);
    const qint64 actor = m_ws->addUser(QStringLiteral("nguoidung"), role, QStringLiteral("Phạm Minh Đức"));
    QVERIFY(actor > 0);
    UserAdmin admin(m_ws->db());
    auto expectForbidden = [](const Error &error) {
        QCOMPARE(error.code, ErrorCode::Forbidden);
        QVERIFY(!error.message.isEmpty());
    };

    auto listed = admin.list(actor);
    QVERIFY(!listed.ok());
    expectForbidden(listed.error());
    auto created = admin.create(actor, QStringLiteral("moi"), QStringLiteral("Người Mới"), Role::Admin, kNewPassword);
    QVERIFY(!created.ok());
    expectForbidden(created.error());
    auto off = admin.setActive(actor, m_admin, false);
    QVERIFY(!off.ok());
    expectForbidden(off.error());
    auto promoted = admin.setRole(actor, actor, Role::Admin);
    QVERIFY(!promoted.ok());
    expectForbidden(promoted.error());
    auto reset = admin.resetPassword(actor, m_admin, kNewPassword);
    QVERIFY(!reset.ok());
    expectForbidden(reset.error());

    // Nothing changed.
    QVERIFY(!UserRepository(m_ws->db()).findByLogin(QStringLiteral("moi")).ok());
    QVERIFY(load(m_admin).active);
    QCOMPARE(load(actor).role, role);
    QVERIFY(logsIn(QStringLiteral("quantri"), kPassword));
}

void tst_UserAdmin::deactivatedAdminIsRefused()
{
    const qint64 second = m_ws->addUser(QStringLiteral("quantri2"), Role::Admin, QStringLiteral("Đỗ Văn Bình"));
    UserAdmin admin(m_ws->db());
    QVERIFY(admin.setActive(m_admin, second, false).ok());
    auto refused = admin.setActive(second, m_reporter, false);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Forbidden);
    QVERIFY(load(m_reporter).active);
}

void tst_UserAdmin::unknownActorIsRefused()
{
    auto refused = UserAdmin(m_ws->db()).list(9999);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Forbidden);
}

void tst_UserAdmin::lastAdminCannotDeactivateThemselves()
{
    auto refused = UserAdmin(m_ws->db()).setActive(m_admin, m_admin, false);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Forbidden);
    QVERIFY(!refused.error().message.isEmpty());
    QVERIFY(load(m_admin).active);
    QVERIFY(logsIn(QStringLiteral("quantri"), kPassword));
}

void tst_UserAdmin::lastAdminCannotDemoteThemselves()
{
    auto refused = UserAdmin(m_ws->db()).setRole(m_admin, m_admin, Role::Approver);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Forbidden);
    QCOMPARE(load(m_admin).role, Role::Admin);
    // Staying an administrator is no demotion.
    QVERIFY(UserAdmin(m_ws->db()).setRole(m_admin, m_admin, Role::Admin).ok());
}

void tst_UserAdmin::adminMayStepDownWhenAnotherRemains()
{
    UserAdmin admin(m_ws->db());
    QVERIFY(admin.setRole(m_admin, m_reporter, Role::Admin).ok());
    auto demoted = admin.setRole(m_admin, m_admin, Role::Approver);
    QVERIFY2(demoted.ok(), qPrintable(demoted.ok() ? QString() : demoted.error().message));
    QCOMPARE(load(m_admin).role, Role::Approver);
    // Now the former reporter is the last one.
    auto refused = admin.setActive(m_reporter, m_reporter, false);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Forbidden);
}

void tst_UserAdmin::deactivatedAdminDoesNotCount()
{
    const qint64 second = m_ws->addUser(QStringLiteral("quantri2"), Role::Admin, QStringLiteral("Đỗ Văn Bình"));
    UserAdmin admin(m_ws->db());
    QVERIFY(admin.setActive(m_admin, second, false).ok());
    auto refused = admin.setActive(m_admin, m_admin, false);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Forbidden);
    QVERIFY(load(m_admin).active);
}

void tst_UserAdmin::changesAreLogged()
{
    UserAdmin admin(m_ws->db());
    QVERIFY(admin.setActive(m_admin, m_reporter, false).ok());
    QVERIFY(admin.setRole(m_admin, m_reporter, Role::Editor).ok());
    QVERIFY(admin.resetPassword(m_admin, m_reporter, kNewPassword).ok());
    auto events = EventLog(m_ws->db()).recent(10);
    QVERIFY(events.ok());
    QStringList actions;
    for (const Event &e : std::as_const(*events)) {
        if (e.userId == m_admin) {
            actions.prepend(e.action);
            QVERIFY(e.comment.startsWith(QStringLiteral("phongvien")));
        }
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("user_deactivate"), QStringLiteral("user_role"),
                                   QStringLiteral("user_password")}));
}

QTEST_GUILESS_MAIN(tst_UserAdmin)
#include "tst_user_admin.moc"
