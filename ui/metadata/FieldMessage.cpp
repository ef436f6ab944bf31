#include "ui/metadata/FieldMessage.h"

#include "ui/common/ThemedIcon.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace toasoan::ui {

FieldMessage::FieldMessage(QWidget *field, QWidget *parent) : QWidget(parent), m_field(field)
{
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    // Errors stand out by weight and icon, not by a colour the theme may not agree with.
    QFont font = m_text->font();
    font.setItalic(true);
    m_text->setFont(font);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    setVisible(false);
}

void FieldMessage::showIssue(editing::ValidationIssue::Severity severity, const QString &message)
{
    m_error = severity == editing::ValidationIssue::Severity::Error;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(themedIcon(m_error ? QStringLiteral(":/icons/error.svg") : QStringLiteral(":/icons/warning.svg"))
                          .pixmap(QSize(size, size), devicePixelRatioF()));
    QFont font = m_text->font();
    font.setBold(m_error);
    m_text->setFont(font);
    m_text->setText(message);
    setAccessibleName(message);
    if (m_field) {
        m_field->setAccessibleDescription(message);
    }
    setVisible(!message.isEmpty());
}

void FieldMessage::clearIssue()
{
    m_text->clear();
    m_error = false;
    setAccessibleName({});
    if (m_field) {
        m_field->setAccessibleDescription({});
    }
    setVisible(false);
}

QString FieldMessage::text() const
{
    return m_text->text();
}

} // namespace toasoan::ui
