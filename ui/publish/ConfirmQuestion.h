#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace toasoan::ui {

/// A yes/no question before something that cannot be undone (cancel a publishing job, remove a
/// website connection). Windows receive one so tests can answer without a modal loop.
class ConfirmQuestion
{
public:
    virtual ~ConfirmQuestion() = default;
    /// True when the user chose `confirmText` (the button doing it); false for the safe answer.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &question,
                         const QString &confirmText) = 0;
};

/// The real question: a message box whose default button is the safe one.
class MessageBoxConfirmQuestion final : public ConfirmQuestion
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::ui::MessageBoxConfirmQuestion)

public:
    bool confirm(QWidget *parent, const QString &title, const QString &question, const QString &confirmText) override;
};

} // namespace toasoan::ui
