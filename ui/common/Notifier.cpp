#include "ui/common/Notifier.h"

#include <QMessageBox>
#include <QPushButton>

namespace toasoan::ui {

namespace {

// QMessageBox names its details button itself, and Debian ships no Qt catalogue for Vietnamese:
// listing the strings here puts them in our own catalogue, under Qt's context.
[[maybe_unused]] constexpr const char *kQtMessageBoxStrings[] = {
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details..."),
    QT_TRANSLATE_NOOP("QMessageBox", "Hide Details..."),
};

} // namespace

void MessageBoxNotifier::showError(QWidget *parent, const QString &title, const Error &error)
{
    QMessageBox box(QMessageBox::Warning, title, error.message, QMessageBox::NoButton, parent);
    // Qt ships no Vietnamese catalogue on Debian: name the buttons ourselves.
    box.addButton(tr("Close"), QMessageBox::AcceptRole);
    if (!error.detail.isEmpty()) {
        box.setDetailedText(error.detail);
    }
    box.exec();
}

bool MessageBoxNotifier::confirmDiscard(QWidget *parent, const QString &question)
{
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"), question, QMessageBox::NoButton, parent);
    QPushButton *discard = box.addButton(tr("Discard changes"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(tr("Keep editing"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == discard;
}

} // namespace toasoan::ui
