#include "ui/workflow/ReasonDialog.h"

#include "app/text/Normalize.h"
#include "ui/common/StatusLabel.h"
#include "ui/workflow/WorkflowActionText.h"

#include <QDialogButtonBox>
#include <QKeySequence>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace toasoan::ui {

ReasonDialog::ReasonDialog(Action action, const QString &articleTitle, Perform perform, QWidget *parent)
    : QDialog(parent), m_action(action), m_perform(std::move(perform))
{
    setObjectName(QStringLiteral("reasonDialog"));
    QString title;
    QString question;
    QString placeholder;
    switch (action) {
    case Action::Return:
        title = tr("Return to the author");
        question = tr("What should the author change in “%1”? They will see your reason.");
        placeholder = tr("For example: the sapo is too long, and the quote in paragraph 2 needs its source.");
        break;
    case Action::Reject:
        title = tr("Reject the article");
        question = tr("Why is “%1” rejected? The author will see your reason (optional).");
        placeholder = tr("For example: the event was cancelled.");
        break;
    default:
        title = tr("Take the article off the websites");
        question = tr("Why is “%1” taken off the websites? (optional)");
        placeholder = tr("For example: a figure in the article was wrong.");
        break;
    }
    setWindowTitle(title);

    auto *label = new QLabel(question.arg(articleTitle), this);
    label->setWordWrap(true);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(placeholder);
    m_reason->setTabChangesFocus(true);
    label->setBuddy(m_reason);

    m_error = new StatusLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setAccessibleName(tr("Error"));

    auto *buttons = new QDialogButtonBox(this);
    m_confirm =
        buttons->addButton(WorkflowActionText::buttonText(action).remove(QChar(0x2026)), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->setToolTip(tr("Ctrl+Enter"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReasonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter makes a new line in the reason; Ctrl+Enter confirms.
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        connect(new QShortcut(keys, this), &QShortcut::activated, this, [this] {
            if (m_confirm->isEnabled()) {
                accept();
            }
        });
    }
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ReasonDialog::updateButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(460, 260);
    setWindowModality(Qt::WindowModal);
    updateButton();
    m_reason->setFocus();
}

QString ReasonDialog::errorMessage() const
{
    return m_error->message();
}

void ReasonDialog::updateButton()
{
    const bool blank = m_reason->toPlainText().trimmed().isEmpty();
    m_confirm->setEnabled(!(blank && WorkflowActionText::reasonRequired(m_action)));
}

void ReasonDialog::accept()
{
    const QString reason = text::normalize(m_reason->toPlainText()).trimmed();
    if (reason.isEmpty() && WorkflowActionText::reasonRequired(m_action)) {
        m_reason->setFocus();
        return;
    }
    if (auto done = m_perform(reason); !done) {
        m_error->showError(done.error().message);
        return; // the reason stays, to be sent again or copied
    }
    QDialog::accept();
}

} // namespace toasoan::ui
