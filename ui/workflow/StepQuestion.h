#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace toasoan::ui {

/// The confirmation before a workflow step that hands the article on (submit, forward, approve),
/// with a "Không hỏi lại" box. The controller receives one so tests can answer without a modal
/// loop.
class StepQuestion
{
public:
    virtual ~StepQuestion() = default;
    /// True when the user chose `confirmText`; `dontAskAgain` tells whether they ticked the box.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &question, const QString &confirmText,
                         bool &dontAskAgain) = 0;
};

/// The real question: a message box with the check box; "Cancel" is the default button.
class MessageBoxStepQuestion final : public StepQuestion
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::ui::MessageBoxStepQuestion)

public:
    bool confirm(QWidget *parent, const QString &title, const QString &question, const QString &confirmText,
                 bool &dontAskAgain) override;
};

} // namespace toasoan::ui
