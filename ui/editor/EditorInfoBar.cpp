#include "ui/editor/EditorInfoBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace toasoan::ui {

EditorInfoBar::EditorInfoBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("editorInfoBar"));
    setAccessibleName(tr("Editor message"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase); // a light/dark aware "notice" colour
    setForegroundRole(QPalette::ToolTipText);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("editorInfoMessage"));
    m_label->setWordWrap(true);
    m_label->setForegroundRole(QPalette::ToolTipText);
    m_buttons = new QHBoxLayout;
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("editorInfoClose"));
    close->setText(QStringLiteral("×"));
    close->setToolTip(tr("Close this message"));
    close->setAccessibleName(tr("Close this message"));
    close->setAutoRaise(true);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addLayout(m_buttons);
    layout->addWidget(close);
    hide();
}

void EditorInfoBar::showMessage(const QString &message, const QList<Button> &buttons)
{
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        if (QWidget *old = item->widget()) {
            old->hide();
            old->deleteLater(); // may be the button whose click is showing this message
        }
        delete item;
    }
    m_label->setText(message);
    for (const Button &b : buttons) {
        auto *button = new QPushButton(b.text, this);
        button->setObjectName(b.objectName);
        button->setAccessibleName(QString(b.text).remove(QLatin1Char('&')));
        connect(button, &QPushButton::clicked, this, [this, action = b.action] {
            hide();
            if (action) {
                action();
            }
        });
        m_buttons->addWidget(button);
    }
    show();
    emit visibilityChanged();
}

QString EditorInfoBar::message() const
{
    return m_label->text();
}

void EditorInfoBar::showEvent(QShowEvent *event)
{
    QFrame::showEvent(event);
    emit visibilityChanged();
}

void EditorInfoBar::hideEvent(QHideEvent *event)
{
    QFrame::hideEvent(event);
    emit visibilityChanged();
}

} // namespace toasoan::ui
