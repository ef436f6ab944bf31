#pragma once

#include "app/model/User.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace toasoan {
class AuthService;
class Settings;
} // namespace toasoan

namespace toasoan::ui {

class StatusLabel;

/// Asks for login and password and checks them with AuthService, which locks a login out for a
/// while after repeated failures: the dialog then says how long to wait, counts down and keeps
/// the Log in button disabled meanwhile. The last login is remembered in Settings; the password
/// never is.
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    LoginDialog(AuthService &auth, Settings &settings, QWidget *parent = nullptr);

    /// The authenticated user, valid after the dialog was accepted.
    const User &user() const { return m_user; }
    /// The error shown under the fields; empty when none.
    QString errorMessage() const;

    /// Seconds before the typed login may try again (0 when it may try now).
    qint64 secondsToWait() const { return m_wait; }

public slots:
    void accept() override;
    /// Asks AuthService whether the typed login is locked out, and shows it (run every second
    /// while it is).
    void checkLockout();

private:
    void showError(const QString &message);

    AuthService &m_auth;
    Settings &m_settings;
    User m_user;
    qint64 m_wait = 0;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    StatusLabel *m_error = nullptr;
    QPushButton *m_loginButton = nullptr;
    QTimer *m_countdown = nullptr;
};

} // namespace toasoan::ui
