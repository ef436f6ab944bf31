#pragma once

// Shared by the RichTextEditor*.cpp files only.

#include "app/editing/TextCounts.h"
#include "ui/editor/EditorInfoBar.h"
#include "ui/editor/EditorMediaStore.h"
#include "ui/editor/RichTextEditor.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTextCursor>
#include <QTimer>
#include <optional>

class QMenu;
class QTextTable;

namespace toasoan::ui {

class FindReplaceDialog;
class SpellHighlighter;
class SpellService;

struct RichTextEditor::Private
{
    RichTextEditor *q = nullptr;
    QHash<Action, QAction *> actions;
    EditorMediaStore store;
    EditorInfoBar *infoBar = nullptr;
    FindReplaceDialog *findDialog = nullptr;

    QTimer countTimer;
    quint64 countGeneration = 0;
    editing::TextCounts counts;
    bool countsDirty = true;

    int zoom = 0;
    bool plainPaste = false;
    bool loading = false;

    QPointer<SpellService> spell;
    SpellHighlighter *spellHighlighter = nullptr;
    /// The context menu at `pos` (viewport coordinates) for the text at document `position`.
    QMenu *contextMenu(const QPoint &pos, int position);
    /// Suggestions, "add to dictionary" and "ignore" when a misspelled word is at `position`.
    void addSpellingActions(QMenu *menu, int position);
    void replaceMisspelling(QTextCursor word, const QString &misspelled, const QString &replacement);
    void showSpellNotice();

    /// The last paste, while its legacy-encoding conversion is on offer.
    struct LegacyOffer
    {
        // The paste's first and last characters: a cursor at the end would grow with what is
        // typed right after the paste.
        QTextCursor first;
        QTextCursor last;
        QString convertedBody;
        QString convertedLine; ///< a one-line plain paste: inserted as typed
    };
    std::optional<LegacyOffer> legacy;

    QAction *make(Action id, const QString &text, const QString &icon, const QList<QKeySequence> &keys,
                  const QString &tip);
    QAction *separator();
    mutable QList<QAction *> separators;

    /// The image block the cursor is on (or whose caption it is in); invalid when none.
    QTextBlock currentImageBlock() const;
    /// The image decoded at the size it is shown (at most the text column's width).
    QImage displayImage(const QByteArray &bytes) const;
    /// A frame to show while an image is decoded (no label) or when it cannot be shown.
    QImage placeholderImage(const QString &label, QSize size = {}) const;
    void decodeLater(const QString &src, const QByteArray &bytes);
    void imageDecoded(const QString &src, const QImage &image);
    QSet<QString> pendingDecodes;
    mutable QHash<quint64, QImage> placeholders; ///< by size
    /// Inserts body subset (or one line of text, as typed) at the cursor; gives the inserted range.
    void insertBody(const QString &body, QTextCursor *insertedRange);
    void insertLine(const QString &line, QTextCursor *insertedRange);
};

} // namespace toasoan::ui
