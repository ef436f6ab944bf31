#pragma once

#include "app/model/User.h"

#include <QDialog>

class QAction;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace toasoan {
class Database;
}

namespace toasoan::ui {

class StatusLabel;
class UserTableModel;
class WindowContext;

/// "Quản lý người dùng": the workspace's users (login, name, role, active), with forms to
/// create a user, change a role, reset a password and deactivate or reactivate an account.
/// Every change goes through UserAdmin, which checks that the logged-in user is an
/// administrator and keeps an active administrator; refusals show inline, translated, and the
/// typed text stays.
class UserManagementDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserManagementDialog)

public:
    UserManagementDialog(Database &db, const User &admin, QWidget *parent = nullptr);

    /// The "Quản lý người dùng…" menu entry for the window: shown and enabled only for
    /// administrators; it opens the dialog without blocking (or raises it).
    static QAction *createMenuAction(WindowContext &context);

    UserTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void selectUser(qint64 id);
    qint64 selectedUserId() const;
    /// The message under the forms (success or the core's refusal); empty when none.
    QString message() const;
    bool messageIsError() const;

public slots:
    void reload();
    bool createUser();
    bool changeRole();
    bool resetPassword();
    /// Deactivates the selected account, or reactivates it when it is deactivated.
    bool toggleActive();

private:
    QGroupBox *createNewUserForm();
    QGroupBox *createSelectedUserForm();
    QComboBox *createRoleCombo(const char *objectName, const QString &accessibleName);
    void updateSelection();
    void showMessage(const QString &text, bool error);
    bool passwordsMatch(QLineEdit *password, QLineEdit *again);

    Database &m_db;
    User m_admin;
    bool m_refused = false;

    UserTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_newLogin = nullptr;
    QLineEdit *m_newName = nullptr;
    QComboBox *m_newRole = nullptr;
    QLineEdit *m_newPassword = nullptr;
    QLineEdit *m_newPasswordAgain = nullptr;
    QPushButton *m_create = nullptr;
    QGroupBox *m_selectedBox = nullptr;
    QLabel *m_selectedName = nullptr;
    QComboBox *m_role = nullptr;
    QPushButton *m_changeRole = nullptr;
    QLineEdit *m_resetPassword = nullptr;
    QLineEdit *m_resetPasswordAgain = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_toggleActive = nullptr;
    StatusLabel *m_message = nullptr;
};

} // namespace toasoan::ui
