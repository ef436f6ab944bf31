#include "ui/users/UserManagementDialog.h"

#include "app/storage/UserRepository.h"
#include "app/users/UserAdmin.h"
#include "ui/common/StatusLabel.h"
#include "ui/common/WindowContext.h"
#include "ui/users/UserTableModel.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace toasoan::ui {

namespace {

constexpr Role kRoles[] = {Role::Reporter, Role::Editor, Role::Approver, Role::Admin};

QLineEdit *makeEdit(QWidget *parent, const char *objectName, const QString &accessibleName, bool password = false)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setAccessibleName(accessibleName);
    if (password) {
        edit->setEchoMode(QLineEdit::Password);
    }
    return edit;
}

Role roleOf(const QComboBox *combo)
{
    return roleFromKey(combo->currentData().toString()).value_or(Role::Reporter);
}

} // namespace

UserManagementDialog::UserManagementDialog(Database &db, const User &admin, QWidget *parent)
    : QDialog(parent), m_db(db), m_admin(admin)
{
    setObjectName(QStringLiteral("userManagementDialog"));
    setWindowTitle(tr("Manage users"));
    setAccessibleName(tr("Manage users"));

    auto *intro = new QLabel(tr("Deactivated accounts cannot log in; their articles and history are kept. A "
                                "password must have at least %n character(s).",
                                nullptr, UserRepository::kMinPasswordLength),
                             this);
    intro->setWordWrap(true);

    m_model = new UserTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setAccessibleName(tr("Users"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(UserTableModel::NameColumn, QHeaderView::Stretch);

    auto *forms = new QHBoxLayout;
    forms->addWidget(createNewUserForm(), 1);
    forms->addWidget(createSelectedUserForm(), 1);

    m_message = new StatusLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setAccessibleName(tr("Message"));

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(forms);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(900, 620);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UserManagementDialog::updateSelection);
    connect(m_create, &QPushButton::clicked, this, &UserManagementDialog::createUser);
    connect(m_changeRole, &QPushButton::clicked, this, &UserManagementDialog::changeRole);
    connect(m_reset, &QPushButton::clicked, this, &UserManagementDialog::resetPassword);
    connect(m_toggleActive, &QPushButton::clicked, this, &UserManagementDialog::toggleActive);

    reload();
    selectUser(m_admin.id);
}

QComboBox *UserManagementDialog::createRoleCombo(const char *objectName, const QString &accessibleName)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(QString::fromLatin1(objectName));
    combo->setAccessibleName(accessibleName);
    for (Role role : kRoles) {
        combo->addItem(roleLabel(role), roleKey(role));
    }
    return combo;
}

QGroupBox *UserManagementDialog::createNewUserForm()
{
    auto *box = new QGroupBox(tr("New user"), this);
    m_newLogin = makeEdit(box, "newLoginEdit", tr("Login of the new user"));
    m_newLogin->setPlaceholderText(tr("e.g. lan.nguyen"));
    m_newName = makeEdit(box, "newNameEdit", tr("Full name of the new user"));
    m_newName->setPlaceholderText(tr("e.g. Nguyễn Thị Lan"));
    m_newRole = createRoleCombo("newRoleCombo", tr("Role of the new user"));
    m_newPassword = makeEdit(box, "newPasswordEdit", tr("Password of the new user"), true);
    m_newPassword->setPlaceholderText(tr("at least %n character(s)", nullptr, UserRepository::kMinPasswordLength));
    m_newPasswordAgain = makeEdit(box, "newPasswordAgainEdit", tr("New user's password again"), true);
    m_create = new QPushButton(tr("&Create account"), box);
    m_create->setObjectName(QStringLiteral("createUserButton"));

    auto *form = new QFormLayout(box);
    form->addRow(tr("&Login:"), m_newLogin);
    form->addRow(tr("Full &name:"), m_newName);
    form->addRow(tr("R&ole:"), m_newRole);
    form->addRow(tr("&Password:"), m_newPassword);
    form->addRow(tr("Password &again:"), m_newPasswordAgain);
    form->addRow(QString(), m_create);
    return box;
}

QGroupBox *UserManagementDialog::createSelectedUserForm()
{
    m_selectedBox = new QGroupBox(tr("Selected account"), this);
    m_selectedName = new QLabel(m_selectedBox);
    m_selectedName->setObjectName(QStringLiteral("selectedUserLabel"));
    m_selectedName->setWordWrap(true);
    m_role = createRoleCombo("roleCombo", tr("Role of the selected user"));
    m_changeRole = new QPushButton(tr("C&hange role"), m_selectedBox);
    m_changeRole->setObjectName(QStringLiteral("changeRoleButton"));
    auto *roleRow = new QHBoxLayout;
    roleRow->addWidget(m_role, 1);
    roleRow->addWidget(m_changeRole);
    m_resetPassword = makeEdit(m_selectedBox, "resetPasswordEdit", tr("New password of the selected user"), true);
    m_resetPasswordAgain =
        makeEdit(m_selectedBox, "resetPasswordAgainEdit", tr("Selected user's new password again"), true);
    m_reset = new QPushButton(tr("&Reset password"), m_selectedBox);
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));
    m_toggleActive = new QPushButton(m_selectedBox);
    m_toggleActive->setObjectName(QStringLiteral("toggleActiveButton"));

    auto *form = new QFormLayout(m_selectedBox);
    form->addRow(m_selectedName);
    // A label made by addRow(text, layout) has no buddy: its mnemonic would show as a bare "&".
    auto *roleLabelWidget = new QLabel(tr("Ro&le:"), m_selectedBox);
    roleLabelWidget->setBuddy(m_role);
    form->addRow(roleLabelWidget, roleRow);
    form->addRow(tr("New pass&word:"), m_resetPassword);
    form->addRow(tr("New password a&gain:"), m_resetPasswordAgain);
    form->addRow(QString(), m_reset);
    form->addRow(QString(), m_toggleActive);
    return m_selectedBox;
}

QAction *UserManagementDialog::createMenuAction(WindowContext &context)
{
    QWidget *window = context.dialogParent();
    Database &db = context.database();
    const User &user = context.user();
    auto *action = new QAction(tr("Manage &users…"), window);
    action->setObjectName(QStringLiteral("manageUsersAction"));
    action->setStatusTip(tr("Create accounts, change roles, reset passwords, deactivate accounts"));
    action->setToolTip(tr("Manage users"));
    // The core refuses anyone else anyway; the entry only shows where it can work.
    const bool admin = UserAdmin(db).check(user.id).ok();
    action->setVisible(admin);
    action->setEnabled(admin);
    QObject::connect(action, &QAction::triggered, window, [&db, user, window] {
        auto *dialog = window->findChild<UserManagementDialog *>();
        if (!dialog) {
            dialog = new UserManagementDialog(db, user, window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
        }
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
    return action;
}

void UserManagementDialog::reload()
{
    const qint64 selected = selectedUserId();
    auto users = UserAdmin(m_db).list(m_admin.id);
    if (!users) {
        m_refused = true;
        m_model->setUsers({});
        showMessage(users.error().message, true);
        updateSelection();
        return;
    }
    m_model->setUsers(*users);
    m_table->resizeColumnToContents(UserTableModel::LoginColumn);
    m_table->resizeColumnToContents(UserTableModel::RoleColumn);
    selectUser(selected);
}

void UserManagementDialog::selectUser(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        m_table->clearSelection();
    } else {
        m_table->selectRow(row);
    }
    updateSelection();
}

qint64 UserManagementDialog::selectedUserId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->user(rows.constFirst().row()).id;
}

void UserManagementDialog::updateSelection()
{
    m_create->setEnabled(!m_refused);
    const int row = m_model->rowOf(selectedUserId());
    m_selectedBox->setEnabled(!m_refused && row >= 0);
    if (row < 0) {
        m_selectedName->setText(tr("Select a user in the list."));
        m_toggleActive->setText(tr("&Deactivate account"));
        return;
    }
    const User &user = m_model->user(row);
    m_selectedName->setText(QStringLiteral("<b>%1</b> (%2) — %3")
                                .arg(user.displayName.toHtmlEscaped(), user.login.toHtmlEscaped(),
                                     UserTableModel::statusText(user.active).toHtmlEscaped()));
    m_role->setCurrentIndex(m_role->findData(roleKey(user.role)));
    m_toggleActive->setText(user.active ? tr("&Deactivate account") : tr("Re&activate account"));
}

void UserManagementDialog::showMessage(const QString &text, bool error)
{
    m_message->showMessage(error ? StatusLabel::Kind::Error : StatusLabel::Kind::Success, text);
}

QString UserManagementDialog::message() const
{
    return m_message->message();
}

bool UserManagementDialog::messageIsError() const
{
    return m_message->kind() == StatusLabel::Kind::Error;
}

bool UserManagementDialog::passwordsMatch(QLineEdit *password, QLineEdit *again)
{
    if (password->text() == again->text()) {
        return true;
    }
    again->clear();
    again->setFocus();
    showMessage(tr("The two passwords do not match. Please type the password again."), true);
    return false;
}

bool UserManagementDialog::createUser()
{
    if (!passwordsMatch(m_newPassword, m_newPasswordAgain)) {
        return false;
    }
    auto created = UserAdmin(m_db).create(m_admin.id, m_newLogin->text(), m_newName->text(), roleOf(m_newRole),
                                          m_newPassword->text());
    if (!created) {
        showMessage(created.error().message, true);
        return false;
    }
    for (QLineEdit *edit : {m_newLogin, m_newName, m_newPassword, m_newPasswordAgain}) {
        edit->clear();
    }
    m_newRole->setCurrentIndex(0);
    reload();
    selectUser(created->id);
    showMessage(tr("Created the account %1 for %2.").arg(created->login, created->displayName), false);
    return true;
}

bool UserManagementDialog::changeRole()
{
    const qint64 id = selectedUserId();
    if (id == 0) {
        return false;
    }
    auto changed = UserAdmin(m_db).setRole(m_admin.id, id, roleOf(m_role));
    if (!changed) {
        reload(); // shows the role as it still is
        showMessage(changed.error().message, true);
        return false;
    }
    reload();
    showMessage(tr("%1 is now: %2.").arg(changed->displayName, roleLabel(changed->role)), false);
    return true;
}

bool UserManagementDialog::resetPassword()
{
    const qint64 id = selectedUserId();
    if (id == 0 || !passwordsMatch(m_resetPassword, m_resetPasswordAgain)) {
        return false;
    }
    auto reset = UserAdmin(m_db).resetPassword(m_admin.id, id, m_resetPassword->text());
    if (!reset) {
        showMessage(reset.error().message, true);
        return false;
    }
    m_resetPassword->clear();
    m_resetPasswordAgain->clear();
    showMessage(tr("The password of %1 was changed. Tell them the new one in person.")
                    .arg(m_model->user(m_model->rowOf(id)).displayName),
                false);
    return true;
}

bool UserManagementDialog::toggleActive()
{
    const int row = m_model->rowOf(selectedUserId());
    if (row < 0) {
        return false;
    }
    const User user = m_model->user(row);
    auto changed = UserAdmin(m_db).setActive(m_admin.id, user.id, !user.active);
    if (!changed) {
        showMessage(changed.error().message, true);
        return false;
    }
    reload();
    showMessage(changed->active ? tr("%1 can log in again.").arg(changed->displayName)
                                : tr("%1 can no longer log in.").arg(changed->displayName),
                false);
    return true;
}

} // namespace toasoan::ui
