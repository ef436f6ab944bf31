// A new office's first start: the first administrator is logged straight in and offered the
// first-start wizard (office, categories, review mode, first users), every page applied through the
// core or skipped; a workspace with users (the demo's too) asks for a log-in instead.
#include "app/demo/DemoWorkspace.h"
#include "app/settings/Settings.h"
#include "app/storage/TaxonomyRepository.h"
#include "app/storage/UserRepository.h"
#include "app/workflow/OfficeSetup.h"
#include "app/workflow/WorkflowService.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/support/TestWorkspace.h"
#include "ui/FirstAdminDialog.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/SignIn.h"
#include "ui/setup/FirstStartWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace toasoan;
using toasoan::test::ModalDriver;
using toasoan::test::TestWorkspace;

namespace {

const QString kPassword = QStringLiteral("mật khẩu 2024");

void setText(QWidget *parent, const char *name, const QString &text)
{
    auto *edit = parent->findChild<QLineEdit *>(QString::fromLatin1(name));
    QVERIFY2(edit, name);
    edit->clear();
    test::typeText(edit, text);
}

/// A workspace and a settings file, as a first start finds them.
struct Start
{
    TestWorkspace ws;
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
};

/// Fills the first-administrator dialog and presses "Create account".
void createAdmin(ui::FirstAdminDialog *dialog, const QString &login)
{
    setText(dialog, "loginEdit", login);
    setText(dialog, "nameEdit", QStringLiteral("Phạm Thu Hà"));
    setText(dialog, "passwordEdit", kPassword);
    setText(dialog, "confirmEdit", kPassword);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createButton")), Qt::LeftButton);
}

QListWidgetItem *findLine(QListWidget *list, const QString &text)
{
    const QList<QListWidgetItem *> found = list->findItems(text, Qt::MatchExactly);
    return found.isEmpty() ? nullptr : found.constFirst();
}

void fillUser(QTableWidget *table, int row, const QString &login, const QString &name, Role role,
              const QString &password)
{
    table->item(row, 0)->setText(login);
    table->item(row, 1)->setText(name);
    auto *combo = qobject_cast<QComboBox *>(table->cellWidget(row, 2));
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(roleKey(role)));
    table->item(row, 3)->setText(password);
}

QStringList categoryNames(Database &db)
{
    QStringList names;
    const auto categories = TaxonomyRepository(db).listCategories();
    for (const Category &category : categories.value()) {
        names.append(category.name);
    }
    return names;
}

} // namespace

class TestFirstStart : public QObject
{
    Q_OBJECT

private slots:
    void wizardAppliesEveryPage()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        const qint64 adminId = ws.addUser(QStringLiteral("quantri"), Role::Admin);
        const User admin = UserRepository(ws.db()).load(adminId).value();
        ui::FirstStartWizard wizard(ws.db(), admin);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(wizard.width() <= 1366 && wizard.height() <= 728);

        // The office.
        QCOMPARE(wizard.currentId(), int(ui::FirstStartWizard::OfficePage));
        setText(&wizard, "officeNameEdit", QStringLiteral("Trung tâm Văn hóa - Thông tin và Thể thao"));
        setText(&wizard, "officePlaceEdit", test::nfd(QStringLiteral("Nam Từ Liêm")));
        wizard.next();

        // The categories: every suggestion ticked; one unticked, one renamed, one added.
        QCOMPARE(wizard.currentId(), int(ui::FirstStartWizard::CategoriesPage));
        QListWidget *list = wizard.categoryList();
        QCOMPARE(list->count(), OfficeSetup::suggestedCategories().size());
        for (int i = 0; i < list->count(); ++i) {
            QCOMPARE(list->item(i)->checkState(), Qt::Checked);
        }
        QVERIFY(findLine(list, QStringLiteral("Thông báo")));
        findLine(list, QStringLiteral("Thông báo"))->setCheckState(Qt::Unchecked);
        QVERIFY(findLine(list, QStringLiteral("Đô thị")));
        findLine(list, QStringLiteral("Đô thị"))->setText(QStringLiteral("Đô thị - Giao thông"));
        QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("addCategoryButton")), Qt::LeftButton);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY2(editor, "the new line is being edited");
        // Still being edited when Next is pressed (a mnemonic keeps the focus where it is): taken all the same.
        test::typeText(editor, QStringLiteral("Hoạt động của Quận ủy"));
        wizard.next();
        QStringList expected = OfficeSetup::suggestedCategories();
        expected.removeAll(QStringLiteral("Thông báo"));
        expected.replace(expected.indexOf(QStringLiteral("Đô thị")), QStringLiteral("Đô thị - Giao thông"));
        expected.append(QStringLiteral("Hoạt động của Quận ủy"));
        QCOMPARE(categoryNames(ws.db()), expected);

        // The review mode: two steps unless changed.
        QCOMPARE(wizard.currentId(), int(ui::FirstStartWizard::ReviewPage));
        QVERIFY(wizard.twoStepButton()->isChecked());
        wizard.oneStepButton()->click();
        QVERIFY(wizard.oneStepButton()->isChecked());
        wizard.next();

        // The users: a short password is refused on its line; the lines before it are created once.
        QCOMPARE(wizard.currentId(), int(ui::FirstStartWizard::UsersPage));
        QTableWidget *table = wizard.userTable();
        QCOMPARE(table->rowCount(), 3);
        fillUser(table, 0, QStringLiteral("lan.nguyen"), QStringLiteral("Nguyễn Thị Lan"), Role::Reporter, kPassword);
        fillUser(table, 1, QStringLiteral("minh.tran"), QStringLiteral("Trần Văn Minh"), Role::Editor,
                 QStringLiteral("ngắn"));
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QVERIFY(wizard.isVisible());
        QVERIFY2(wizard.message(ui::FirstStartWizard::UsersPage).startsWith(QStringLiteral("Line 2:")),
                 qPrintable(wizard.message(ui::FirstStartWizard::UsersPage)));
        QCOMPARE(table->currentRow(), 1);
        table->item(1, 3)->setText(kPassword);
        QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("addUserButton")), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 4);
        fillUser(table, 3, QStringLiteral("hung.le"), QStringLiteral("Lê Quang Hùng"), Role::Approver, kPassword);
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));

        const OfficeSettings office = WorkflowService(ws.db()).officeSettings().value();
        QCOMPARE(office.officeName, QStringLiteral("Trung tâm Văn hóa - Thông tin và Thể thao"));
        QCOMPARE(office.officePlace, QStringLiteral("Nam Từ Liêm"));
        QCOMPARE(office.reviewMode, ReviewMode::OneStep);
        UserRepository users(ws.db());
        QCOMPARE(users.count().value(), 4);
        QCOMPARE(users.findByLogin(QStringLiteral("lan.nguyen"))->role, Role::Reporter);
        QCOMPARE(users.findByLogin(QStringLiteral("minh.tran"))->role, Role::Editor);
        QCOMPARE(users.findByLogin(QStringLiteral("hung.le"))->role, Role::Approver);
        QVERIFY(users.authenticate(QStringLiteral("minh.tran"), kPassword).ok());
        QCOMPARE(categoryNames(ws.db()), expected);
    }

    void skippingLeavesEverythingAsItWas()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        const qint64 adminId = ws.addUser(QStringLiteral("quantri"), Role::Admin);
        ui::FirstStartWizard wizard(ws.db(), UserRepository(ws.db()).load(adminId).value());
        wizard.show();
        setText(&wizard, "officeNameEdit", QStringLiteral("Không lưu"));
        QAbstractButton *skip = wizard.button(QWizard::CustomButton1);
        QVERIFY(skip && skip->isVisible());
        for (int page = 0; page < 4; ++page) {
            QCOMPARE(wizard.currentId(), page);
            QTest::mouseClick(skip, Qt::LeftButton);
        }
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QCOMPARE(WorkflowService(ws.db()).officeSettings().value(), OfficeSettings());
        QVERIFY(categoryNames(ws.db()).isEmpty());
        QCOMPARE(UserRepository(ws.db()).count().value(), 1);
    }

    void againFromTheMenuOffersOnlyWhatIsMissing()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        const qint64 adminId = ws.addUser(QStringLiteral("quantri"), Role::Admin);
        QVERIFY(TaxonomyRepository(ws.db()).createCategory(QStringLiteral("Văn hoá - Xã hội")));
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        test::RecordingNotifier notifier;
        ui::MainWindow window(ws.db(), UserRepository(ws.db()).load(adminId).value(), settings, notifier);
        auto *action = window.findChild<QAction *>(QStringLiteral("firstStartAction"));
        QVERIFY(action && action->isVisible() && action->isEnabled());
        action->trigger();
        auto *wizard = window.findChild<ui::FirstStartWizard *>();
        QVERIFY(wizard && wizard->isVisible());
        // The workspace's own category is listed, greyed; its other spelling is not suggested again.
        QListWidget *list = wizard->categoryList();
        QCOMPARE(list->count(), OfficeSetup::suggestedCategories().size());
        QListWidgetItem *own = list->item(0);
        QCOMPARE(own->text(), QStringLiteral("Văn hoá - Xã hội"));
        QVERIFY(!(own->flags() & Qt::ItemIsEnabled));
        QVERIFY(!findLine(list, QStringLiteral("Văn hóa - Xã hội")));
        wizard->next();
        wizard->next();
        QCOMPARE(categoryNames(ws.db()).size(), OfficeSetup::suggestedCategories().size());
        wizard->reject();
    }

    void notForOthers()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        const qint64 editorId = ws.addUser(QStringLiteral("bientap"), Role::Editor);
        const User editor = UserRepository(ws.db()).load(editorId).value();
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        test::RecordingNotifier notifier;
        ui::MainWindow window(ws.db(), editor, settings, notifier);
        auto *action = window.findChild<QAction *>(QStringLiteral("firstStartAction"));
        QVERIFY(action && !action->isVisible() && !action->isEnabled());
        // A crafted call is refused by the core, page by page.
        ui::FirstStartWizard wizard(ws.db(), editor);
        wizard.show();
        setText(&wizard, "officeNameEdit", QStringLiteral("Tòa soạn"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::FirstStartWizard::OfficePage));
        QVERIFY(!wizard.message(ui::FirstStartWizard::OfficePage).isEmpty());
        wizard.skipPage();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::FirstStartWizard::CategoriesPage));
        QVERIFY(!wizard.message(ui::FirstStartWizard::CategoriesPage).isEmpty());
        QVERIFY(categoryNames(ws.db()).isEmpty());
        QCOMPARE(WorkflowService(ws.db()).officeSettings().value(), OfficeSettings());
    }

    // The start-up path as ui/GuiApp.cpp runs it: empty workspace → first administrator → logged in
    // (no log-in dialog) → the wizard; the next sign-in (after "Đăng xuất") asks for the password.
    void emptyWorkspaceLogsTheFirstAdminStraightIn()
    {
        Start start;
        QVERIFY(start.ws.ok());
        TestWorkspace &ws = start.ws;
        Settings &settings = start.settings;

        ModalDriver driver;
        driver.when<ui::FirstAdminDialog>(
            [](ui::FirstAdminDialog *dialog) { createAdmin(dialog, QStringLiteral("quantri")); });
        driver.when<ui::FirstStartWizard>([](ui::FirstStartWizard *wizard) {
            setText(wizard, "officeNameEdit", QStringLiteral("Trung tâm Văn hóa - Thông tin"));
            wizard->next();
            wizard->next(); // the suggested categories
            wizard->skipPage();
            wizard->skipPage();
        });
        auto who = ui::signIn(ws.db(), settings);
        QVERIFY(who && who->has_value());
        QCOMPARE(driver.pending(), 0);
        QCOMPARE((*who)->login, QStringLiteral("quantri"));
        QCOMPARE((*who)->role, Role::Admin);
        QCOMPARE(driver.seen, (QStringList{QStringLiteral("toasoan::ui::FirstAdminDialog"),
                                           QStringLiteral("toasoan::ui::FirstStartWizard")}));
        QCOMPARE(settings.lastLogin(), QStringLiteral("quantri"));
        QCOMPARE(WorkflowService(ws.db()).officeSettings()->officeName,
                 QStringLiteral("Trung tâm Văn hóa - Thông tin"));
        QCOMPARE(categoryNames(ws.db()), OfficeSetup::suggestedCategories());

        // The next start (or the next person after "Đăng xuất") is asked for a password.
        ModalDriver next;
        next.when<ui::LoginDialog>([](ui::LoginDialog *dialog) {
            setText(dialog, "passwordEdit", kPassword);
            dialog->accept();
        });
        auto again = ui::signIn(ws.db(), settings);
        QVERIFY(again && again->has_value());
        QCOMPARE((*again)->login, QStringLiteral("quantri"));
        QCOMPARE(next.seen, QStringList{QStringLiteral("toasoan::ui::LoginDialog")});
    }

    void closingTheWizardStillLogsIn()
    {
        Start start;
        QVERIFY(start.ws.ok());
        TestWorkspace &ws = start.ws;
        Settings &settings = start.settings;
        ModalDriver driver;
        driver.when<ui::FirstAdminDialog>(
            [](ui::FirstAdminDialog *dialog) { createAdmin(dialog, QStringLiteral("admin")); });
        driver.when<ui::FirstStartWizard>([](ui::FirstStartWizard *wizard) { wizard->reject(); });
        auto who = ui::signIn(ws.db(), settings);
        QVERIFY(who && who->has_value());
        QCOMPARE((*who)->login, QStringLiteral("admin"));
        QVERIFY(categoryNames(ws.db()).isEmpty());
    }

    void quittingTheFirstAdminDialogOpensNothing()
    {
        Start start;
        QVERIFY(start.ws.ok());
        TestWorkspace &ws = start.ws;
        Settings &settings = start.settings;
        ModalDriver driver;
        driver.when<ui::FirstAdminDialog>([](ui::FirstAdminDialog *dialog) { dialog->reject(); });
        auto who = ui::signIn(ws.db(), settings);
        QVERIFY(who && !who->has_value());
        QCOMPARE(driver.seen, QStringList{QStringLiteral("toasoan::ui::FirstAdminDialog")});
    }

    void demoWorkspaceAsksForALogIn()
    {
        Start start;
        QVERIFY(start.ws.ok());
        TestWorkspace &ws = start.ws;
        Settings &settings = start.settings;
        QVERIFY(demo::fillDemoWorkspaceIfEmpty(ws.db()));
        ModalDriver driver;
        driver.when<ui::LoginDialog>([](ui::LoginDialog *dialog) { dialog->reject(); });
        auto who = ui::signIn(ws.db(), settings);
        QVERIFY(who && !who->has_value());
        QCOMPARE(driver.seen, QStringList{QStringLiteral("toasoan::ui::LoginDialog")});
    }
};

QTEST_MAIN(TestFirstStart)
#include "tst_first_start.moc"
