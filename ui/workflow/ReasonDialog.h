#pragma once

#include "app/core/Result.h"
#include "app/workflow/Permissions.h"

#include <QDialog>
#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace toasoan::ui {

class StatusLabel;

/// Asks why an article is returned, rejected or unpublished. The confirm button hands the
/// reason to `perform` (the workflow service): when the core refuses (the article moved on,
/// someone else changed it), its translated message shows in the dialog, which stays open
/// with the text typed. Open it with open() or show(): nothing waits in a modal loop.
class ReasonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReasonDialog)

public:
    using Perform = std::function<Result<void>(const QString &reason)>;

    ReasonDialog(Action action, const QString &articleTitle, Perform perform, QWidget *parent = nullptr);

    Action action() const { return m_action; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QPushButton *confirmButton() const { return m_confirm; }
    /// The refusal shown, empty when none.
    QString errorMessage() const;

public slots:
    void accept() override;

private:
    void updateButton();

    Action m_action;
    Perform m_perform;
    QPlainTextEdit *m_reason = nullptr;
    StatusLabel *m_error = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace toasoan::ui
