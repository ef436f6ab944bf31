#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace toasoan::ui {

/// Asks before a revision is restored; windows receive one so tests can answer without a modal
/// loop (the pattern of SaveQuestion).
class RestoreQuestion
{
public:
    virtual ~RestoreQuestion() = default;
    /// True when the user confirmed restoring revision `number` of `articleTitle`.
    virtual bool confirm(QWidget *parent, int number, const QString &articleTitle) = 0;
};

/// The real question: a message box with "Khôi phục" / "Hủy".
class MessageBoxRestoreQuestion final : public RestoreQuestion
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::ui::MessageBoxRestoreQuestion)

public:
    bool confirm(QWidget *parent, int number, const QString &articleTitle) override;
};

} // namespace toasoan::ui
