#include "ui/history/SlipFileQuestion.h"

#include <QFileDialog>
#include <QFileInfo>
#include <memory>

namespace toasoan::ui {

QFileDialog *FileDialogSlipQuestion::createDialog(QWidget *parent, const QString &suggestedPath)
{
    auto *dialog = new QFileDialog(parent, tr("Save the approval slip"));
    dialog->setObjectName(QStringLiteral("slipFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilter(tr("PDF documents (*.pdf)"));
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    const QFileInfo suggested(suggestedPath);
    dialog->setDirectory(suggested.absolutePath());
    dialog->selectFile(suggested.fileName());
    return dialog;
}

QString FileDialogSlipQuestion::askPath(QWidget *parent, const QString &suggestedPath)
{
    std::unique_ptr<QFileDialog> dialog(createDialog(parent, suggestedPath));
    if (dialog->exec() != QDialog::Accepted || dialog->selectedFiles().isEmpty()) {
        return {};
    }
    return dialog->selectedFiles().constFirst();
}

} // namespace toasoan::ui
