#include "ui/workflow/StepQuestion.h"

#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>

namespace toasoan::ui {

bool MessageBoxStepQuestion::confirm(QWidget *parent, const QString &title, const QString &question,
                                     const QString &confirmText, bool &dontAskAgain)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
    QPushButton *yes = box.addButton(confirmText, QMessageBox::AcceptRole);
    QPushButton *no = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(no);
    box.setEscapeButton(no);
    auto *again = new QCheckBox(tr("Do not ask again"), &box);
    again->setObjectName(QStringLiteral("dontAskAgain"));
    box.setCheckBox(again);
    box.exec();
    const bool confirmed = box.clickedButton() == yes;
    dontAskAgain = confirmed && again->isChecked();
    return confirmed;
}

} // namespace toasoan::ui
