#include "LoginDialog.h"

#include "settings/Settings.h"
#include "storage/UserRepository.h"
#include "text/Normalize.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace toasoan::ui {

LoginDialog::LoginDialog(UserRepository &users, Settings &settings, QWidget *parent)
    : QDialog(parent), m_users(users), m_settings(settings)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Log in"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/toasoan.svg")));

    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/toasoan.svg")).pixmap(56, 56));
    auto *intro = new QLabel(tr("<b>ToaSoan</b><br>Log in to continue."), this);

    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_login->setAccessibleName(tr("Login"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *loginButton = buttons->addButton(tr("Log in"), QDialogButtonBox::AcceptRole);
    loginButton->setObjectName(QStringLiteral("loginButton"));
    loginButton->setDefault(true);
    buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *header = new QHBoxLayout;
    header->addWidget(logo);
    header->addWidget(intro, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(380);

    m_login->setText(m_settings.lastLogin());
    (m_login->text().isEmpty() ? m_login : m_password)->setFocus();
}

QString LoginDialog::errorMessage() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LoginDialog::accept()
{
    const QString login = text::normalize(m_login->text().trimmed());
    if (login.isEmpty() || m_password->text().isEmpty()) {
        showError(tr("Please enter your login and password."));
        (login.isEmpty() ? m_login : m_password)->setFocus();
        return;
    }
    auto user = m_users.authenticate(login, text::normalize(m_password->text()));
    if (!user) {
        showError(user.error().message);
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_user = user.value();
    m_password->clear();
    m_settings.setLastLogin(login);
    m_settings.sync();
    QDialog::accept();
}

void LoginDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace toasoan::ui
