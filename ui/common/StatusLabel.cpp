#include "ui/common/StatusLabel.h"

#include <QEvent>
#include <QPalette>
#include <cmath>

namespace toasoan::ui {

namespace {

constexpr double kMinimumContrast = 4.5;

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &color)
{
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

StatusLabel::StatusLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    hide();
}

void StatusLabel::showError(const QString &text, const QString &detail)
{
    showMessage(Kind::Error, text, detail);
}

void StatusLabel::showSuccess(const QString &text, const QString &detail)
{
    showMessage(Kind::Success, text, detail);
}

void StatusLabel::showNeutral(const QString &text, const QString &detail)
{
    showMessage(Kind::Neutral, text, detail);
}

void StatusLabel::showMessage(Kind kind, const QString &text, const QString &detail)
{
    m_kind = kind;
    applyColor();
    setText(text);
    setToolTip(detail);
    if (m_hideWhenEmpty) {
        setVisible(!text.isEmpty());
    }
}

void StatusLabel::clearMessage()
{
    showMessage(Kind::Neutral, {});
}

QString StatusLabel::message() const
{
    return isHidden() ? QString() : text();
}

void StatusLabel::setHideWhenEmpty(bool hide)
{
    m_hideWhenEmpty = hide;
    if (!hide) {
        show();
    } else if (text().isEmpty()) {
        QLabel::hide();
    }
}

QColor StatusLabel::color(Kind kind, const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    if (kind == Kind::Neutral) {
        return text;
    }
    // The hues of the red and the green the light theme used to hard-code.
    const double hue = kind == Kind::Error ? 4.0 / 360.0 : 130.0 / 360.0;
    const bool darkWindow = luminance(window) < 0.18;
    // From a clear tone, towards the text's side (lighter on a dark window, darker on a light one)
    // until it reads well.
    const double step = darkWindow ? 0.03 : -0.03;
    for (double lightness = darkWindow ? 0.68 : 0.42; lightness >= 0.05 && lightness <= 0.95; lightness += step) {
        const QColor candidate = QColor::fromHslF(float(hue), 0.72f, float(lightness));
        if (contrast(candidate, window) >= kMinimumContrast) {
            return candidate;
        }
    }
    return text;
}

void StatusLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applying) {
        applyColor(); // a new theme: the window colour changed
    }
}

void StatusLabel::applyColor()
{
    m_applying = true;
    QPalette own = palette();
    // Back to the inherited text colour first, so Neutral and the window colour are the theme's.
    own.setColor(QPalette::WindowText, parentWidget() ? parentWidget()->palette().color(QPalette::WindowText)
                                                      : QPalette().color(QPalette::WindowText));
    own.setColor(QPalette::WindowText, color(m_kind, own));
    setPalette(own);
    m_applying = false;
}

} // namespace toasoan::ui
