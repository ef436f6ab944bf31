#include "ui/workflow/Banner.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>

namespace toasoan::ui {

namespace {

struct Colours
{
    const char *background;
    const char *border;
    const char *text;
    const char *icon;
};

// Fixed light tones with dark text, readable in light and dark themes alike.
Colours colours(Banner::Tone tone)
{
    switch (tone) {
    case Banner::Tone::Warning:
        return {"#fff4ce", "#e0c36a", "#3b2f00", ":/icons/lock.svg"};
    case Banner::Tone::Problem:
        return {"#fde7e9", "#e8a3a9", "#5c0b12", ":/icons/warning.svg"};
    case Banner::Tone::Info:
        break;
    }
    return {"#e8f1fb", "#9cc0e6", "#0b2e55", ":/icons/about.svg"};
}

} // namespace

Banner::Banner(const QString &objectName, Tone tone, QWidget *parent) : QFrame(parent)
{
    setObjectName(objectName);
    const Colours c = colours(tone);
    setStyleSheet(QStringLiteral("QFrame#%1 { background: %2; border: none; border-bottom: 1px solid %3; }"
                                 "QFrame#%1 QLabel { color: %4; }")
                      .arg(objectName, QLatin1String(c.background), QLatin1String(c.border), QLatin1String(c.text)));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QLatin1String(c.icon)).pixmap(18, 18));
    icon->setAlignment(Qt::AlignTop);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("bannerText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_buttons = new QHBoxLayout;
    m_buttons->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(icon);
    layout->addWidget(m_label, 1);
    layout->addLayout(m_buttons);
    hide();
}

void Banner::setText(const QString &text)
{
    m_label->setText(text);
    setAccessibleName(text);
    setVisible(!text.isEmpty());
}

QString Banner::text() const
{
    return isHidden() ? QString() : m_label->text();
}

QPushButton *Banner::addButton(const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    m_buttons->addWidget(button, 0, Qt::AlignVCenter);
    return button;
}

} // namespace toasoan::ui
