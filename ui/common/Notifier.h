#pragma once

#include "app/core/Result.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace toasoan::ui {

/// How windows tell the user about failures and ask for confirmation. Windows receive one
/// instead of calling QMessageBox themselves, so tests can record what would have been shown
/// without a modal loop.
class Notifier
{
public:
    virtual ~Notifier() = default;
    /// Shows `error.message` under `title`; `error.detail` goes behind "Show details".
    virtual void showError(QWidget *parent, const QString &title, const Error &error) = 0;
    /// Asks whether unsaved changes may be thrown away; true = discard.
    virtual bool confirmDiscard(QWidget *parent, const QString &question) = 0;
};

/// The real notifier: modal message boxes.
class MessageBoxNotifier final : public Notifier
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::ui::MessageBoxNotifier)

public:
    void showError(QWidget *parent, const QString &title, const Error &error) override;
    bool confirmDiscard(QWidget *parent, const QString &question) override;
};

} // namespace toasoan::ui
