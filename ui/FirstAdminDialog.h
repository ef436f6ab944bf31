#pragma once

#include "app/model/User.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace toasoan {
class Database;
}

namespace toasoan::ui {

class StatusLabel;

/// Shown once, on a workspace without users: creates the first administrator account.
class FirstAdminDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstAdminDialog)

public:
    explicit FirstAdminDialog(Database &db, QWidget *parent = nullptr);

    /// The account created, valid after the dialog was accepted.
    const User &createdUser() const { return m_user; }
    /// The error shown under the fields; empty when none.
    QString errorMessage() const;

public slots:
    void accept() override;

private:
    void showError(const QString &message, QLineEdit *focus);

    Database &m_db;
    User m_user;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    StatusLabel *m_error = nullptr;
};

} // namespace toasoan::ui
