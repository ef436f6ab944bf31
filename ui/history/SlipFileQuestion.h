#pragma once

#include <QCoreApplication>
#include <QString>

class QFileDialog;
class QWidget;

namespace toasoan::ui {

/// Asks where to save an approval slip; windows receive one so tests answer without a modal loop.
class SlipFileQuestion
{
public:
    virtual ~SlipFileQuestion() = default;
    /// The chosen PDF path, or an empty string when the user cancelled.
    virtual QString askPath(QWidget *parent, const QString &suggestedPath) = 0;
};

/// The real question: Qt's save dialog (in Vietnamese through qt_vi), PDF files only.
class FileDialogSlipQuestion final : public SlipFileQuestion
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::ui::FileDialogSlipQuestion)

public:
    QString askPath(QWidget *parent, const QString &suggestedPath) override;
    /// The dialog askPath() shows, not shown yet (the Vietnamese UI test reads its strings).
    static QFileDialog *createDialog(QWidget *parent, const QString &suggestedPath);
};

} // namespace toasoan::ui
