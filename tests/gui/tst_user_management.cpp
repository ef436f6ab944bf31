// The user management dialog, driven as an administrator would: the accounts it creates,
// deactivates and changes really log in (or not) through AuthService.
#include "app/settings/Settings.h"
#include "app/workflow/AuthService.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/support/TestWorkspace.h"
#include "ui/MainWindow.h"
#include "ui/users/UserManagementDialog.h"
#include "ui/users/UserTableModel.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace toasoan;
using toasoan::test::TestWorkspace;

namespace {

const QString kPassword = QStringLiteral("mat-khau-1"); // TestWorkspace::addUser's
const QString kNewPassword = QStringLiteral("mật-khẩu-mới-9");

struct Fixture
{
    TestWorkspace ws;
    User admin;
    qint64 reporterId = 0;
    std::unique_ptr<ui::UserManagementDialog> dialog;

    Fixture()
    {
        const qint64 id = ws.addUser(QStringLiteral("quantri"), Role::Admin, QStringLiteral("Trần Thị Hòa"));
        reporterId = ws.addUser(QStringLiteral("phongvien"), Role::Reporter, QStringLiteral("Nguyễn Văn An"));
        if (id > 0) {
            admin = UserRepository(ws.db()).load(id).value();
        }
    }

    ui::UserManagementDialog *open(const User &as)
    {
        dialog = std::make_unique<ui::UserManagementDialog>(ws.db(), as);
        dialog->show();
        return dialog.get();
    }

    template <typename T>
    T *child(const char *name)
    {
        return dialog->findChild<T *>(QString::fromLatin1(name));
    }

    void fill(const char *name, const QString &text)
    {
        QLineEdit *edit = child<QLineEdit>(name);
        QVERIFY(edit);
        edit->clear();
        test::typeText(edit, text);
    }

    void click(const char *name)
    {
        QPushButton *button = child<QPushButton>(name);
        QVERIFY(button);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

    void chooseRole(const char *comboName, Role role)
    {
        QComboBox *combo = child<QComboBox>(comboName);
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(roleKey(role)));
        QCOMPARE(combo->currentData().toString(), roleKey(role));
    }

    bool logsIn(const QString &login, const QString &password)
    {
        return AuthService(ws.db()).logIn(login, password).ok();
    }

    QString cell(qint64 id, int column)
    {
        const int row = dialog->model()->rowOf(id);
        return row < 0 ? QString() : dialog->model()->index(row, column).data().toString();
    }
};

} // namespace

class TestUserManagement : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TOASOAN_REQUIRE_TEST_BACKEND(); }
    void menuEntryOnlyForAdmins_data();
    void menuEntryOnlyForAdmins();
    void listsUsers();
    void createsUserWhoCanLogIn();
    void mismatchedPasswordsKeepTheForm();
    void coreRulesShowInline();
    void deactivateBlocksLogIn();
    void resetPasswordWorks();
    void changesRole();
    void lastAdminCannotDeactivateThemselves();
    void nonAdminIsRefused();
};

void TestUserManagement::menuEntryOnlyForAdmins_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("shown");
    QTest::newRow("nominal: administrator") << int(Role::Admin) << true;
    QTest::newRow("nominal: approver") << int(Role::Approver) << false;
    QTest::newRow("nominal: reporter") << int(Role::Reporter) << false;
}

void TestUserManagement::menuEntryOnlyForAdmins()
{
    QFETCH(int, role);
    QFETCH(bool, shown);
    Fixture f;
    const qint64 id = f.ws.addUser(QStringLiteral("nguoidung"), Role(role), QStringLiteral("Phạm Minh Đức"));
    const User user = UserRepository(f.ws.db()).load(id).value();
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    test::RecordingNotifier notifier;
    ui::MainWindow window(f.ws.db(), user, settings, notifier);
    auto *action = window.findChild<QAction *>(QStringLiteral("manageUsersAction"));
    QVERIFY(action);
    QCOMPARE(action->isVisible(), shown);
    QCOMPARE(action->isEnabled(), shown);
    if (shown) {
        action->trigger();
        auto *dialog = window.findChild<ui::UserManagementDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->model()->rowCount(), 3);
    }
}

void TestUserManagement::listsUsers()
{
    Fixture f;
    ui::UserManagementDialog *dialog = f.open(f.admin);
    QCOMPARE(dialog->model()->rowCount(), 2);
    QCOMPARE(f.cell(f.reporterId, ui::UserTableModel::LoginColumn), QStringLiteral("phongvien"));
    QCOMPARE(f.cell(f.reporterId, ui::UserTableModel::NameColumn), QStringLiteral("Nguyễn Văn An"));
    QCOMPARE(f.cell(f.reporterId, ui::UserTableModel::RoleColumn), roleLabel(Role::Reporter));
    QCOMPARE(f.cell(f.reporterId, ui::UserTableModel::StatusColumn), ui::UserTableModel::statusText(true));
    QCOMPARE(dialog->selectedUserId(), f.admin.id); // starts on the administrator's own account
    QVERIFY(dialog->message().isEmpty());
}

void TestUserManagement::createsUserWhoCanLogIn()
{
    Fixture f;
    ui::UserManagementDialog *dialog = f.open(f.admin);
    f.fill("newLoginEdit", QStringLiteral("thu.hang"));
    f.fill("newNameEdit", test::nfd(QStringLiteral("Lê Thị Thu Hằng")));
    f.chooseRole("newRoleCombo", Role::Editor);
    f.fill("newPasswordEdit", kNewPassword);
    f.fill("newPasswordAgainEdit", kNewPassword);
    f.click("createUserButton");
    QVERIFY2(!dialog->messageIsError(), qPrintable(dialog->message()));

    auto created = UserRepository(f.ws.db()).findByLogin(QStringLiteral("thu.hang"));
    QVERIFY(created.ok());
    QCOMPARE(created->displayName, QStringLiteral("Lê Thị Thu Hằng")); // NFC
    QCOMPARE(created->role, Role::Editor);
    QCOMPARE(dialog->model()->rowCount(), 3);
    QCOMPARE(dialog->selectedUserId(), created->id);
    QCOMPARE(f.cell(created->id, ui::UserTableModel::RoleColumn), roleLabel(Role::Editor));
    QVERIFY(f.child<QLineEdit>("newLoginEdit")->text().isEmpty()); // ready for the next one
    QVERIFY(f.logsIn(QStringLiteral("thu.hang"), kNewPassword));
}

void TestUserManagement::mismatchedPasswordsKeepTheForm()
{
    Fixture f;
    ui::UserManagementDialog *dialog = f.open(f.admin);
    f.fill("newLoginEdit", QStringLiteral("thu.hang"));
    f.fill("newNameEdit", QStringLiteral("Lê Thị Thu Hằng"));
    f.fill("newPasswordEdit", kNewPassword);
    f.fill("newPasswordAgainEdit", kNewPassword + QStringLiteral("x"));
    f.click("createUserButton");
    QVERIFY(dialog->messageIsError());
    QVERIFY(!dialog->message().isEmpty());
    QVERIFY(!UserRepository(f.ws.db()).findByLogin(QStringLiteral("thu.hang")).ok());
    QCOMPARE(f.child<QLineEdit>("newLoginEdit")->text(), QStringLiteral("thu.hang"));
    QCOMPARE(f.child<QLineEdit>("newNameEdit")->text(), QStringLiteral("Lê Thị Thu Hằng"));
}

void TestUserManagement::coreRulesShowInline()
{
    Fixture f;
    ui::UserManagementDialog *dialog = f.open(f.admin);
    f.fill("newLoginEdit", QStringLiteral("ngan"));
    f.fill("newNameEdit", QStringLiteral("Mật Khẩu Ngắn"));
    f.fill("newPasswordEdit", QStringLiteral("1234567"));
    f.fill("newPasswordAgainEdit", QStringLiteral("1234567"));
    f.click("createUserButton");
    QVERIFY(dialog->messageIsError());
    QVERIFY(dialog->message().contains(QStringLiteral("8")));
    QCOMPARE(dialog->model()->rowCount(), 2);
    QCOMPARE(f.child<QLineEdit>("newLoginEdit")->text(), QStringLiteral("ngan"));
}

void TestUserManagement::deactivateBlocksLogIn()
{
    Fixture f;
    ui::UserManagementDialog *dialog = f.open(f.admin);
    dialog->selectUser(f.reporterId);
    QPushButton *toggle = f.child<QPushButton>("toggleActiveButton");
    const QString deactivateText = toggle->text();
    f.click("toggleActiveButton");
    QVERIFY2(!dialog->messageIsError(), qPrintable(dialog->message()));
    QCOMPARE(f.cell(f.reporterId, ui::UserTableModel::StatusColumn), ui::UserTableModel::statusText(false));
    QVERIFY(toggle->text() != deactivateText); // now offers to reactivate
    QVERIFY(!f.logsIn(QStringLiteral("phongvien"), kPassword));

    f.click("toggleActiveButton");
    QCOMPARE(f.cell(f.reporterId, ui::UserTableModel::StatusColumn), ui::UserTableModel::statusText(true));
    QVERIFY(f.logsIn(QStringLiteral("phongvien"), kPassword));
}

void TestUserManagement::resetPasswordWorks()
{
    Fixture f;
    ui::UserManagementDialog *dialog = f.open(f.admin);
    dialog->selectUser(f.reporterId);
    f.fill("resetPasswordEdit", kNewPassword);
    f.fill("resetPasswordAgainEdit", kNewPassword);
    f.click("resetPasswordButton");
    QVERIFY2(!dialog->messageIsError(), qPrintable(dialog->message()));
    QVERIFY(f.child<QLineEdit>("resetPasswordEdit")->text().isEmpty());
    QVERIFY(!f.logsIn(QStringLiteral("phongvien"), kPassword));
    QVERIFY(f.logsIn(QStringLiteral("phongvien"), kNewPassword));
}

void TestUserManagement::changesRole()
{
    Fixture f;
    ui::UserManagementDialog *dialog = f.open(f.admin);
    dialog->selectUser(f.reporterId);
    f.chooseRole("roleCombo", Role::Approver);
    f.click("changeRoleButton");
    QVERIFY2(!dialog->messageIsError(), qPrintable(dialog->message()));
    QCOMPARE(UserRepository(f.ws.db()).load(f.reporterId)->role, Role::Approver);
    QCOMPARE(f.cell(f.reporterId, ui::UserTableModel::RoleColumn), roleLabel(Role::Approver));
}

void TestUserManagement::lastAdminCannotDeactivateThemselves()
{
    Fixture f;
    ui::UserManagementDialog *dialog = f.open(f.admin);
    dialog->selectUser(f.admin.id);
    f.click("toggleActiveButton");
    QVERIFY(dialog->messageIsError());
    QVERIFY(!dialog->message().isEmpty());
    QVERIFY(UserRepository(f.ws.db()).load(f.admin.id)->active);

    f.chooseRole("roleCombo", Role::Editor);
    f.click("changeRoleButton");
    QVERIFY(dialog->messageIsError());
    QCOMPARE(UserRepository(f.ws.db()).load(f.admin.id)->role, Role::Admin);
    // The combo shows the role the account still has.
    QCOMPARE(f.child<QComboBox>("roleCombo")->currentData().toString(), roleKey(Role::Admin));
}

void TestUserManagement::nonAdminIsRefused()
{
    Fixture f;
    const User reporter = UserRepository(f.ws.db()).load(f.reporterId).value();
    ui::UserManagementDialog *dialog = f.open(reporter);
    QVERIFY(dialog->messageIsError());
    QVERIFY(!dialog->message().isEmpty());
    QCOMPARE(dialog->model()->rowCount(), 0);
    QVERIFY(!f.child<QPushButton>("createUserButton")->isEnabled());
    QVERIFY(!dialog->createUser()); // even when asked directly, the core refuses
    QVERIFY(!UserRepository(f.ws.db()).findByLogin(QString()).ok());
    QCOMPARE(UserRepository(f.ws.db()).count().value(), 2);
}

QTEST_MAIN(TestUserManagement)
#include "tst_user_management.moc"
