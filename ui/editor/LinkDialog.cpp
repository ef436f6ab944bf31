#include "ui/editor/LinkDialog.h"

#include "app/html/UrlPolicy.h"
#include "app/text/Normalize.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace toasoan::ui {

LinkDialog::LinkDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Link"));
    setAccessibleName(tr("Link"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("linkUrl"));
    m_url->setAccessibleName(tr("Web address"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("linkText"));
    m_text->setAccessibleName(tr("Text to show"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("linkProblem"));
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem with the address"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("&Text:"), m_text);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply link"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, &LinkDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    updateState();
}

void LinkDialog::setUrl(const QString &url)
{
    m_url->setText(url);
    m_url->selectAll();
}

void LinkDialog::setLinkText(const QString &text, bool editable)
{
    m_text->setText(text);
    m_text->setReadOnly(!editable);
}

QString LinkDialog::url() const
{
    return completeUrl(m_url->text());
}

QString LinkDialog::linkText() const
{
    return text::normalize(m_text->text()).simplified();
}

QString LinkDialog::completeUrl(const QString &typed)
{
    QString url = text::normalize(typed).trimmed();
    static const QRegularExpression email(QStringLiteral("^[^@\\s:/]+@[^@\\s:/]+\\.[^@\\s:/]+$"));
    static const QRegularExpression scheme(QStringLiteral("^[a-zA-Z][a-zA-Z0-9+.-]*:"));
    if (email.match(url).hasMatch()) {
        url.prepend(QStringLiteral("mailto:"));
    } else if (!url.isEmpty() && !scheme.match(url).hasMatch()) {
        url.prepend(QStringLiteral("https://"));
    }
    return html::isBodyLinkUrl(url) ? url : QString();
}

void LinkDialog::updateState()
{
    const bool typed = !m_url->text().trimmed().isEmpty();
    const bool ok = !url().isEmpty();
    m_problem->setText(typed && !ok ? tr("Only web (http, https) and e-mail addresses can be linked.") : QString());
    m_problem->setVisible(typed && !ok);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace toasoan::ui
