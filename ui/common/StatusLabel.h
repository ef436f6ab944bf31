#pragma once

#include <QLabel>

class QPalette;

namespace toasoan::ui {

/// The message under a form or a dialog's buttons: an error ("Sai mật khẩu") or a success
/// ("Đã lưu"). Its colour is derived from the palette, so it stays legible on light and dark
/// themes; it hides while there is nothing to say. The detail behind an error is its tooltip.
class StatusLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusLabel)

public:
    enum class Kind
    {
        Neutral,
        Error,
        Success,
    };

    explicit StatusLabel(QWidget *parent = nullptr);

    void showError(const QString &text, const QString &detail = {});
    void showSuccess(const QString &text, const QString &detail = {});
    /// In the palette's own text colour ("Testing the connection…").
    void showNeutral(const QString &text, const QString &detail = {});
    void showMessage(Kind kind, const QString &text, const QString &detail = {});
    /// Empties (and hides) the label.
    void clearMessage();
    /// The text while it shows; empty while hidden.
    QString message() const;
    Kind kind() const { return m_kind; }
    /// False keeps the label's room while it is empty (a result area); true by default.
    void setHideWhenEmpty(bool hide);

    /// The text colour for `kind` on `palette`: a red or a green as light or dark as the window
    /// needs for a contrast of at least 4.5:1 (WCAG AA), else the palette's own text colour.
    static QColor color(Kind kind, const QPalette &palette);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColor();

    Kind m_kind = Kind::Neutral;
    bool m_hideWhenEmpty = true;
    bool m_applying = false;
};

} // namespace toasoan::ui
