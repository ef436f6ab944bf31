#pragma once

#include "model/User.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace toasoan {
class Settings;
class UserRepository;
} // namespace toasoan

namespace toasoan::ui {

/// Asks for login and password and checks them with UserRepository::authenticate. The last
/// login is remembered in Settings; the password never is.
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    LoginDialog(UserRepository &users, Settings &settings, QWidget *parent = nullptr);

    /// The authenticated user, valid after the dialog was accepted.
    const User &user() const { return m_user; }
    /// The error shown under the fields; empty when none.
    QString errorMessage() const;

public slots:
    void accept() override;

private:
    void showError(const QString &message);

    UserRepository &m_users;
    Settings &m_settings;
    User m_user;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace toasoan::ui
