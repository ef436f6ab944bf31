// FirstAdminDialog and LoginDialog: validation shown inline, accounts created or checked
// through UserRepository, the last login remembered but never the password.
#include "app/settings/Settings.h"
#include "app/storage/UserRepository.h"
#include "app/workflow/AuthService.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/support/TestWorkspace.h"
#include "ui/FirstAdminDialog.h"
#include "ui/LoginDialog.h"

#include <QFile>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace toasoan;
using toasoan::test::TestWorkspace;

namespace {

void setField(QWidget &dialog, const char *name, const QString &text)
{
    auto *edit = dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
    QVERIFY2(edit, name);
    edit->clear();
    test::typeText(edit, text);
}

void click(QWidget &dialog, const char *name)
{
    auto *button = dialog.findChild<QPushButton *>(QString::fromLatin1(name));
    QVERIFY2(button, name);
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

class TestDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TOASOAN_REQUIRE_TEST_BACKEND(); }
    void firstAdmin_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("confirm");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("nominal: matching passwords create an admin")
            << QStringLiteral("quantri") << QStringLiteral("mật khẩu 2024") << QStringLiteral("mật khẩu 2024") << true;
        QTest::newRow("nominal: NFD confirmation matches NFC password")
            << QStringLiteral("quantri") << QStringLiteral("mật khẩu 2024")
            << test::nfd(QStringLiteral("mật khẩu 2024")) << true;
        QTest::newRow("robustness: passwords differ")
            << QStringLiteral("quantri") << QStringLiteral("mật khẩu 2024") << QStringLiteral("mật khẩu 2025") << false;
        QTest::newRow("robustness: password too short")
            << QStringLiteral("quantri") << QStringLiteral("ngắn") << QStringLiteral("ngắn") << false;
        QTest::newRow("robustness: login with spaces") << QStringLiteral("quản trị") << QStringLiteral("mật khẩu 2024")
                                                       << QStringLiteral("mật khẩu 2024") << false;
    }

    void firstAdmin()
    {
        QFETCH(QString, login);
        QFETCH(QString, password);
        QFETCH(QString, confirm);
        QFETCH(bool, accepted);
        TestWorkspace ws;
        QVERIFY(ws.ok());
        UserRepository users(ws.db());

        ui::FirstAdminDialog dialog(ws.db());
        dialog.show();
        setField(dialog, "loginEdit", login);
        setField(dialog, "nameEdit", QStringLiteral("Lê Văn Quản"));
        setField(dialog, "passwordEdit", password);
        setField(dialog, "confirmEdit", confirm);
        click(dialog, "createButton");

        QCOMPARE(dialog.result() == QDialog::Accepted, accepted);
        QCOMPARE(dialog.errorMessage().isEmpty(), accepted);
        QCOMPARE(users.count().value(), accepted ? 1 : 0);
        if (accepted) {
            QCOMPARE(dialog.createdUser().role, Role::Admin);
            QVERIFY(users.authenticate(login, password).ok());
        }
    }

    void firstAdminRefusedOnceSomeoneWasFirst()
    {
        // On a shared database another PC may have created the first administrator meanwhile:
        // the core refuses a second "first" one, and the dialog says so instead of accepting.
        TestWorkspace ws;
        QVERIFY(ws.ok());
        ui::FirstAdminDialog dialog(ws.db());
        dialog.show();
        QVERIFY(ws.addUser(QStringLiteral("quantri"), Role::Admin));
        setField(dialog, "loginEdit", QStringLiteral("quantri2"));
        setField(dialog, "nameEdit", QStringLiteral("Lê Văn Quản"));
        setField(dialog, "passwordEdit", QStringLiteral("mật khẩu 2024"));
        setField(dialog, "confirmEdit", QStringLiteral("mật khẩu 2024"));
        click(dialog, "createButton");
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(!dialog.errorMessage().isEmpty());
        QCOMPARE(UserRepository(ws.db()).count().value(), 1);
    }

    void firstAdminErrorKeepsTheLayout()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        ui::FirstAdminDialog dialog(ws.db());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *create = dialog.findChild<QPushButton *>(QStringLiteral("createButton"));
        const QPoint before = create->mapTo(&dialog, QPoint(0, 0));
        const QSize size = dialog.size();
        // What the layout needs, without the slack the window may happen to have.
        const int needed = dialog.heightForWidth(dialog.width());
        const QSize hint = dialog.sizeHint();
        setField(dialog, "loginEdit", QStringLiteral("admin"));
        setField(dialog, "passwordEdit", QStringLiteral("matkhau123"));
        setField(dialog, "confirmEdit", QStringLiteral("matkhau124"));
        click(dialog, "createButton");
        QVERIFY(!dialog.errorMessage().isEmpty());
        QCoreApplication::sendPostedEvents();
        dialog.layout()->activate();
        QCOMPARE(create->mapTo(&dialog, QPoint(0, 0)), before);
        QCOMPARE(dialog.size(), size);
        QCOMPARE(dialog.heightForWidth(dialog.width()), needed);
        QCOMPARE(dialog.sizeHint(), hint);
    }

    void login_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("nominal: right password") << QStringLiteral("bientap") << QStringLiteral("mat-khau-1") << true;
        QTest::newRow("nominal: login in capitals")
            << QStringLiteral("BienTap") << QStringLiteral("mat-khau-1") << true;
        QTest::newRow("robustness: wrong password")
            << QStringLiteral("bientap") << QStringLiteral("mat-khau-2") << false;
        QTest::newRow("robustness: unknown login")
            << QStringLiteral("khongco") << QStringLiteral("mat-khau-1") << false;
        QTest::newRow("robustness: empty password") << QStringLiteral("bientap") << QString() << false;
    }

    void login()
    {
        QFETCH(QString, login);
        QFETCH(QString, password);
        QFETCH(bool, accepted);
        TestWorkspace ws;
        QVERIFY(ws.ok());
        QVERIFY(ws.addUser(QStringLiteral("bientap"), Role::Editor) > 0);
        UserRepository users(ws.db());
        QTemporaryDir dir;
        const QString settingsFile = dir.filePath(QStringLiteral("settings.ini"));
        Settings settings(settingsFile);
        settings.setLastLogin(QStringLiteral("truoc-do"));

        AuthService auth(ws.db());
        ui::LoginDialog dialog(auth, settings);
        dialog.show();
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("loginEdit"))->text(), QStringLiteral("truoc-do"));
        setField(dialog, "loginEdit", login);
        setField(dialog, "passwordEdit", password);
        click(dialog, "loginButton");

        QCOMPARE(dialog.result() == QDialog::Accepted, accepted);
        QCOMPARE(dialog.errorMessage().isEmpty(), accepted);
        if (accepted) {
            QCOMPARE(dialog.user().login, QStringLiteral("bientap"));
            QCOMPARE(settings.lastLogin(), login);
        } else {
            QCOMPARE(settings.lastLogin(), QStringLiteral("truoc-do"));
            if (!password.isEmpty()) {
                // The repository's message, the same for a wrong login and a wrong password.
                QCOMPARE(dialog.errorMessage(),
                         users.authenticate(QStringLiteral("x"), QStringLiteral("y")).error().message);
            }
        }
        settings.sync();
        QFile file(settingsFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("mat-khau"));
    }

    void loginLockOut()
    {
        // After repeated failures AuthService locks the login: the dialog says how long, keeps
        // Log in disabled (even for the right password) and counts down. No sleeping: the
        // service's clock is the test's.
        TestWorkspace ws;
        QVERIFY(ws.ok());
        QVERIFY(ws.addUser(QStringLiteral("bientap"), Role::Editor) > 0);
        QDateTime now(QDate(2022, 11, 9), QTime(7, 5), Qt::UTC);
        AuthService auth(ws.db(), [&now] { return now; });
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        ui::LoginDialog dialog(auth, settings);
        dialog.show();
        auto *loginButton = dialog.findChild<QPushButton *>(QStringLiteral("loginButton"));
        setField(dialog, "loginEdit", QStringLiteral("bientap"));
        for (int i = 0; i < AuthService::kFreeAttempts; ++i) {
            QVERIFY(loginButton->isEnabled());
            setField(dialog, "passwordEdit", QStringLiteral("sai-mat-khau"));
            click(dialog, "loginButton");
        }
        QVERIFY(dialog.result() != QDialog::Accepted);
        QCOMPARE(dialog.secondsToWait(), AuthService::kFirstDelaySeconds);
        QVERIFY2(dialog.errorMessage().contains(AuthService::waitMessage(AuthService::kFirstDelaySeconds)),
                 qPrintable(dialog.errorMessage()));
        QVERIFY(!loginButton->isEnabled());

        setField(dialog, "passwordEdit", QStringLiteral("mat-khau-1"));
        QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit")), Qt::Key_Return);
        QVERIFY(dialog.result() != QDialog::Accepted); // the right password waits too

        now = now.addSecs(12);
        dialog.checkLockout();
        QCOMPARE(dialog.secondsToWait(), AuthService::kFirstDelaySeconds - 12);
        QVERIFY(dialog.errorMessage().contains(AuthService::waitMessage(AuthService::kFirstDelaySeconds - 12)));
        QVERIFY(!loginButton->isEnabled());

        // Another login is not locked out.
        setField(dialog, "loginEdit", QStringLiteral("phongvien"));
        QVERIFY(loginButton->isEnabled());
        setField(dialog, "loginEdit", QStringLiteral("bientap"));
        QVERIFY(!loginButton->isEnabled());

        now = now.addSecs(20);
        dialog.checkLockout();
        QCOMPARE(dialog.secondsToWait(), 0);
        QVERIFY(loginButton->isEnabled());
        QCOMPARE(dialog.errorMessage(), QStringLiteral("You can try again now."));
        setField(dialog, "passwordEdit", QStringLiteral("mat-khau-1"));
        click(dialog, "loginButton");
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.user().login, QStringLiteral("bientap"));
    }
};

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
