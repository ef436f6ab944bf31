#pragma once

#include "ui/editor/TextSearch.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace toasoan::ui {

class RichTextEditor;

/// Find and replace in the body, without blocking the editor (not modal). "Match diacritics" off
/// lets "quan uy" find "Quận ủy" and "Quận uỷ".
class FindReplaceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindReplaceDialog)

public:
    explicit FindReplaceDialog(RichTextEditor *editor);

    /// Shows the dialog with the find field (or the replace field) focused; `query` prefills it.
    void showFor(bool replace, const QString &query);
    SearchOptions options() const;
    QString query() const;

    void findNext();
    void findPrevious();
    void replace();
    void replaceAll();

private:
    void report(const QString &message);

    RichTextEditor *m_editor;
    QLineEdit *m_find = nullptr;
    QLineEdit *m_replace = nullptr;
    QCheckBox *m_matchCase = nullptr;
    QCheckBox *m_matchDiacritics = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace toasoan::ui
