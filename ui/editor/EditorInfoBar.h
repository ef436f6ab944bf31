#pragma once

#include <QFrame>
#include <functional>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace toasoan::ui {

/// A message strip across the top of the editor (legacy encoding found, paste notes), with its
/// own buttons, so the reporter never meets a modal box while typing.
class EditorInfoBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorInfoBar)

public:
    explicit EditorInfoBar(QWidget *parent = nullptr);

    struct Button
    {
        QString text;
        QString objectName;
        std::function<void()> action;
    };

    /// Shows `message` with `buttons` (a Close button is always there); replaces what was shown.
    void showMessage(const QString &message, const QList<Button> &buttons = {});
    QString message() const;

signals:
    void visibilityChanged();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QLabel *m_label = nullptr;
    QHBoxLayout *m_buttons = nullptr;
};

} // namespace toasoan::ui
