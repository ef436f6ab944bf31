#include "ui/FirstAdminDialog.h"

#include "app/model/Role.h"
#include "app/text/Normalize.h"
#include "app/users/UserAdmin.h"
#include "ui/common/StatusLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace toasoan::ui {

FirstAdminDialog::FirstAdminDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("firstAdminDialog"));
    setWindowTitle(tr("Create the first administrator account"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/toasoan.svg")));

    // Also inside the dialog: the title bar is easy to miss on a first start.
    auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(windowTitle().toHtmlEscaped()), this);
    auto *intro = new QLabel(tr("This workspace has no users yet. Create the administrator account: it can "
                                "then add reporters, editors and approvers."),
                             this);
    intro->setWordWrap(true);

    auto makeEdit = [this](const char *objectName, const QString &accessibleName) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(objectName));
        edit->setAccessibleName(accessibleName);
        return edit;
    };
    m_login = makeEdit("loginEdit", tr("Login"));
    m_login->setPlaceholderText(tr("e.g. admin"));
    m_name = makeEdit("nameEdit", tr("Full name"));
    m_password = makeEdit("passwordEdit", tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least 8 characters"));
    m_confirm = makeEdit("confirmEdit", tr("Password again"));
    m_confirm->setEchoMode(QLineEdit::Password);

    m_error = new StatusLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setAccessibleName(tr("Error"));
    // Its two lines are kept free from the start: the buttons do not move when an error appears.
    m_error->setHideWhenEmpty(false);
    m_error->setMinimumHeight(2 * m_error->fontMetrics().lineSpacing());
    m_error->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *create = buttons->addButton(tr("Create account"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("createButton"));
    create->setDefault(true);
    buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAdminDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Full name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Password &again:"), m_confirm);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

QString FirstAdminDialog::errorMessage() const
{
    return m_error->message();
}

void FirstAdminDialog::accept()
{
    const QString password = text::normalize(m_password->text());
    if (password != text::normalize(m_confirm->text())) {
        m_confirm->clear();
        showError(tr("The two passwords do not match. Please type the password again."), m_confirm);
        return;
    }
    // The core checks the login, the name and the password length, with translated messages, and
    // that the workspace still has no users (another PC of a shared database may have been first).
    auto user = UserAdmin(m_db).createFirstAdministrator(text::normalize(m_login->text()),
                                                         text::normalize(m_name->text()), password);
    if (!user) {
        showError(user.error().message, m_login);
        return;
    }
    m_user = user.value();
    QDialog::accept();
}

void FirstAdminDialog::showError(const QString &message, QLineEdit *focus)
{
    m_error->showError(message);
    focus->setFocus();
}

} // namespace toasoan::ui
