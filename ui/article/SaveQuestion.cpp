#include "ui/article/SaveQuestion.h"

#include <QMessageBox>
#include <QPushButton>

namespace toasoan::ui {

SaveAnswer MessageBoxSaveQuestion::ask(QWidget *parent, const QString &articleTitle)
{
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("“%1” has changes that are not saved. Save them before closing?").arg(articleTitle),
                    QMessageBox::NoButton, parent);
    // Qt ships no Vietnamese catalogue on Debian: name the buttons ourselves.
    QPushButton *save = box.addButton(tr("Save"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("Don't save"), QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(save);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == save) {
        return SaveAnswer::Save;
    }
    if (box.clickedButton() == discard) {
        return SaveAnswer::Discard;
    }
    return SaveAnswer::Cancel;
}

} // namespace toasoan::ui
