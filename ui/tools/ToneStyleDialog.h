#pragma once

#include "app/text/ToneStyle.h"

#include <QDialog>
#include <QList>
#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTextCursor;
class QTextEdit;
class QTreeWidget;

namespace toasoan {
class Database;
}

namespace toasoan::ui {

/// "Chuẩn hóa dấu thanh": moves tone marks in oa/oe/uy syllables to one style (the office's house
/// style by default), after showing how many words change and each of them with its context. Every
/// change has a tick; words that look like names start unticked, so names are never rewritten unless
/// someone asks for it. The dialog itself never touches the text: its caller applies the result.
class ToneStyleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToneStyleDialog)

public:
    /// `text` is the selection or the whole article; it is normalized (NFC) first.
    ToneStyleDialog(const QString &text, text::ToneStyle target, QWidget *parent = nullptr);

    /// Opens the dialog (window-modal, deleted when closed) on `text` in the house style stored in `db`,
    /// and calls `apply` with the new text when the user confirms. Returns the dialog (tests drive it).
    static ToneStyleDialog *openForText(QWidget *parent, Database &db, const QString &text,
                                        std::function<void(const QString &)> apply);
    /// The same for the selection of `edit`, or its whole document without one. Confirmed changes are
    /// written into the document in place, keeping each letter's formatting, as one undo step.
    static ToneStyleDialog *openForTextEdit(QWidget *parent, Database &db, QTextEdit *edit);
    /// Writes `changes` (positions counted from `start` in `cursor`'s document) letter by letter; a
    /// change whose text no longer matches is skipped. Returns how many were written.
    static int applyToDocument(QTextCursor cursor, int start, const QList<text::ToneChange> &changes);

    QString sourceText() const { return m_text; }
    text::ToneStyle targetStyle() const;
    void setTargetStyle(text::ToneStyle style);
    /// Every syllable the conversion would rewrite, in text order (one row each in changeList()).
    const QList<text::ToneChange> &proposedChanges() const { return m_changes; }
    /// The changes still ticked.
    QList<text::ToneChange> selectedChanges() const;
    /// The source text with the ticked changes applied.
    QString resultText() const;
    /// The sentence above the list ("3 words use the other style; 2 ticked …").
    QString summary() const;
    QTreeWidget *changeList() const { return m_list; }
    void setAllTicked(bool ticked);

signals:
    /// The user confirmed: `newText` is resultText(), `changes` the ticked changes.
    void changesAccepted(const QString &newText, const QList<toasoan::text::ToneChange> &changes);

public slots:
    void accept() override;

private:
    void recompute();
    void updateSummary();

    QString m_text;
    QList<text::ToneChange> m_changes;
    QComboBox *m_style = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_tickAll = nullptr;
    QPushButton *m_tickNone = nullptr;
};

} // namespace toasoan::ui
