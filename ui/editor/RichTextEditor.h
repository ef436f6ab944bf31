#pragma once

#include "app/html/BodyHtml.h"
#include "app/text/LegacyEncoding.h"
#include "ui/editor/EditorMediaStore.h"
#include "ui/editor/TextSearch.h"

#include <QList>
#include <QTextEdit>
#include <functional>

class QAction;
class QThread;

namespace toasoan::ui {

class EditorInfoBar;
class SpellHighlighter;
class SpellService;

/// The body editor: a QTextEdit that reads and writes the defined HTML subset, cleans pastes,
/// and offers its formatting actions (bold ... tables, undo/redo, zoom) for menus and toolbars.
///
/// Actions carry their shortcuts with Qt::WidgetWithChildrenShortcut: they act on the focused
/// editor, so several editors (tabs) can live in one window. A window menu that shows them should
/// show the current tab's editor's actions.
class RichTextEditor final : public QTextEdit
{
    Q_OBJECT

public:
    /// Every action the editor offers; see action().
    enum class Action
    {
        Bold,
        Italic,
        Underline,
        Paragraph,
        Heading1, ///< the first heading level (stored as h2: the site's title is the h1)
        Heading2, ///< the second level (h3)
        BulletList,
        NumberedList,
        IndentList,  ///< the list item one level deeper (also Tab in a list item)
        OutdentList, ///< the list item one level up (also Shift+Tab in a nested item)
        BlockQuote,
        InsertLink, ///< insert or edit
        RemoveLink,
        InsertImage,
        ImageCaption,
        ImageDescription, ///< the image's alt text and caption, in a dialog
        AlignImageLeft,
        AlignImageCenter,
        AlignImageRight,
        InsertTable,
        AddTableRow,
        AddTableColumn,
        RemoveTableRow,
        RemoveTableColumn,
        ClearFormatting,
        Undo,
        Redo,
        Find,
        Replace,
        PastePlainText,
        ZoomIn,
        ZoomOut,
        ZoomReset,
        SpellCheck, ///< underline misspelled words (on/off for every editor, kept in the settings)
    };
    Q_ENUM(Action)

    explicit RichTextEditor(QWidget *parent = nullptr);
    ~RichTextEditor() override;

    /// Loads body HTML (the subset stored in Article::body); resets undo and the modified flag.
    void setBodyHtml(const QString &html);
    /// The body as the HTML subset, NFC.
    QString bodyHtml() const;
    /// The same for any document (e.g. a clone() made on the UI thread and read in a worker).
    static QString bodyHtmlFromDocument(const QTextDocument &document);
    /// What an autosave takes on the UI thread: a copy of the document (QTextDocument::clone(), a
    /// couple of milliseconds for a 20,000-word article) given to `worker`. The function returned
    /// runs once, on `worker`: it turns the copy into exactly what bodyHtml() gives at this moment
    /// (the same pipeline; later edits do not reach the copy) and deletes the copy there. The copy
    /// holds text, formats and decoded images (QImage) only: nothing bound to the UI thread.
    std::function<QString()> bodySnapshot(QThread *worker) const;

    /// Formatting and editing actions, in menu order; separators are QActions with isSeparator().
    QList<QAction *> formatActions() const;
    QList<QAction *> editActions() const; ///< undo, redo, find/replace, paste as plain text, spell check
    QList<QAction *> viewActions() const; ///< zoom in/out/reset
    QAction *action(Action id) const;

    int wordCount() const;      ///< Vietnamese words (syllables separated by spaces) in the body
    int characterCount() const; ///< grapheme clusters

    /// Where images go and come from. Without a store, images cannot be inserted.
    void setMediaStore(EditorMediaStore store);
    /// False makes the body read-only (it can still be selected, copied and searched) and
    /// disables the actions that would change it.
    void setEditable(bool editable);
    bool isEditable() const { return !isReadOnly(); }

    // The operations behind the actions, for the window and for tests.
    void setHeading(int level); ///< 0 = normal paragraph, 1 or 2
    void toggleList(bool numbered);
    /// The list item at the cursor (with its sub-items) one level deeper or up; false when it cannot
    /// (outside a list, at the depth limit, the first item of its level, a top-level item).
    bool indentListItem();
    bool outdentListItem();
    void toggleBlockQuote();
    void clearFormatting();
    /// Links the selection (or inserts `text` linked) to `url` (http, https, mailto); edits the
    /// link under the cursor when there is one. False when the URL is not acceptable.
    bool insertLink(const QString &url, const QString &text = {});
    void removeLink();
    QString linkAtCursor() const;
    /// Stores the image file as Media and inserts it as a figure, described by `alt`, with
    /// `caption` (may be empty) under it.
    bool insertImageFile(const QString &path, const QString &alt = {}, const QString &caption = {});
    bool insertImage(const QByteArray &bytes, const QString &fileName, const QString &alt = {},
                     const QString &caption = {});
    /// Asks for the image's description and caption (ImageDialog), then inserts it; false when
    /// cancelled or the file is not an image.
    bool insertImageFileAsking(const QString &path);
    /// Edits the description and caption of the image at the cursor (ImageDialog).
    void editImageDescription();
    void setImageAlignment(html::ImageAlignment alignment);
    void focusImageCaption();
    void insertTable(int rows, int columns, bool headerRow);
    void addTableRow();
    void addTableColumn();
    void removeTableRow();
    void removeTableColumn();
    bool find(const QString &query, const SearchOptions &options);
    /// Replaces the selection when it is a match of `query`; true when it did.
    bool replaceCurrent(const QString &query, const QString &replacement, const SearchOptions &options);
    int replaceAll(const QString &query, const QString &replacement, const SearchOptions &options);
    void pasteAsPlainText();
    int zoomSteps() const;
    void zoomBy(int steps);
    void resetZoom();

    /// Replaces the last paste with its conversion from the legacy encoding that was detected.
    void convertLegacyPaste();
    /// Keeps the last paste as it is and forgets the conversion.
    void keepLegacyPaste();
    EditorInfoBar *infoBar() const;

    /// Underlines misspelled words and offers corrections in the context menu, with the checker the
    /// window's editors share (this starts loading it, in the background).
    void setSpellService(SpellService *service);
    SpellService *spellService() const;
    SpellHighlighter *spellHighlighter() const;

signals:
    void countsChanged(int words, int characters);
    /// A paste looks typed in TCVN3 or VNI; `convertedText` is its Unicode conversion. The editor
    /// also offers the conversion in its info bar.
    void legacyEncodingDetected(toasoan::text::LegacyEncoding encoding, const QString &convertedText);
    /// A paste was refused, shortened to plain text, or lost images (translated, for a status bar).
    void pasteNotice(const QString &message);

protected:
    bool event(QEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    QMimeData *createMimeDataFromSelection() const override;
    QVariant loadResource(int type, const QUrl &name) override;
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void createActions();
    void updateActions();
    void scheduleCounts();
    void layoutInfoBar();
    void showNotice(const QString &message);
    void updateSpellAction();
    void noteTyping(const QString &text);

    struct Private;
    Private *d;
};

} // namespace toasoan::ui
