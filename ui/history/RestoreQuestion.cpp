#include "ui/history/RestoreQuestion.h"

#include <QMessageBox>
#include <QPushButton>

namespace toasoan::ui {

bool MessageBoxRestoreQuestion::confirm(QWidget *parent, int number, const QString &articleTitle)
{
    QMessageBox box(QMessageBox::Question, tr("Restore revision %1").arg(number),
                    tr("Restore revision %1 of “%2”? Its text and details become a new revision; every revision "
                       "stays in the history, so this can be undone by restoring another one.")
                        .arg(number)
                        .arg(articleTitle),
                    QMessageBox::NoButton, parent);
    QPushButton *restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == restore;
}

} // namespace toasoan::ui
