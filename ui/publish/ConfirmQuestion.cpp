#include "ui/publish/ConfirmQuestion.h"

#include <QMessageBox>
#include <QPushButton>

namespace toasoan::ui {

bool MessageBoxConfirmQuestion::confirm(QWidget *parent, const QString &title, const QString &question,
                                        const QString &confirmText)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
    QPushButton *yes = box.addButton(confirmText, QMessageBox::DestructiveRole);
    QPushButton *no = box.addButton(tr("Keep"), QMessageBox::RejectRole);
    box.setDefaultButton(no);
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

} // namespace toasoan::ui
