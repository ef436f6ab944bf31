#include "ui/LoginDialog.h"

#include "app/settings/Settings.h"
#include "app/text/Normalize.h"
#include "app/workflow/AuthService.h"
#include "ui/common/StatusLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace toasoan::ui {

LoginDialog::LoginDialog(AuthService &auth, Settings &settings, QWidget *parent)
    : QDialog(parent), m_auth(auth), m_settings(settings)
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

    m_error = new StatusLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setAccessibleName(tr("Error"));

    auto *buttons = new QDialogButtonBox(this);
    m_loginButton = buttons->addButton(tr("Log in"), QDialogButtonBox::AcceptRole);
    m_loginButton->setObjectName(QStringLiteral("loginButton"));
    m_loginButton->setDefault(true);
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

    m_countdown = new QTimer(this);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &LoginDialog::checkLockout);
    // Failures count per login: another login may not be locked out.
    connect(m_login, &QLineEdit::textChanged, this, &LoginDialog::checkLockout);

    m_login->setText(m_settings.lastLogin());
    (m_login->text().isEmpty() ? m_login : m_password)->setFocus();
    checkLockout();
}

void LoginDialog::checkLockout()
{
    const QString login = text::normalize(m_login->text().trimmed());
    const bool wasLocked = m_wait > 0;
    auto wait = login.isEmpty() ? Result<qint64>(qint64(0)) : m_auth.secondsUntilRetry(login);
    m_wait = wait ? *wait : 0;
    m_loginButton->setEnabled(m_wait == 0);
    if (m_wait > 0) {
        showError(AuthService::tr("Too many failed log-in attempts.") + QLatin1Char(' ') +
                  AuthService::waitMessage(m_wait));
        m_countdown->start();
        return;
    }
    m_countdown->stop();
    if (wasLocked) {
        showError(tr("You can try again now."));
    }
}

QString LoginDialog::errorMessage() const
{
    return m_error->message();
}

void LoginDialog::accept()
{
    const QString login = text::normalize(m_login->text().trimmed());
    if (login.isEmpty() || m_password->text().isEmpty()) {
        showError(tr("Please enter your login and password."));
        (login.isEmpty() ? m_login : m_password)->setFocus();
        return;
    }
    if (m_wait > 0) {
        return; // the button is disabled; Enter in a field still lands here
    }
    auto user = m_auth.logIn(login, text::normalize(m_password->text()));
    if (!user) {
        showError(user.error().message);
        m_password->clear();
        m_password->setFocus();
        const QString shown = user.error().message;
        checkLockout();
        if (m_wait > 0) {
            showError(shown); // "wrong password… wait 30 seconds": the countdown takes over next second
        }
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
    m_error->showError(message);
}

} // namespace toasoan::ui
