#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace toasoan::ui {

/// A coloured strip with a message and buttons, across the top of an article: why it is
/// read-only, who is editing it, why it came back. It stays until the situation changes (no
/// Close button, unlike EditorInfoBar's notes).
class Banner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Banner)

public:
    enum class Tone
    {
        Info,
        Warning,
        Problem,
    };

    Banner(const QString &objectName, Tone tone, QWidget *parent = nullptr);

    /// Shows `text` (plain text); an empty text hides the banner.
    void setText(const QString &text);
    QString text() const;
    QPushButton *addButton(const QString &text, const QString &objectName);

private:
    QLabel *m_label = nullptr;
    QHBoxLayout *m_buttons = nullptr;
};

} // namespace toasoan::ui
