// Paragraph styles (headings, lists, quotes), clearing formatting and links: the document
// operations are docops' (DocumentOps.h); here, what typing goes on with and the actions' state.
#include "ui/editor/DocumentOps.h"
#include "ui/editor/LinkDialog.h"
#include "ui/editor/RichTextEditor_p.h"

namespace toasoan::ui {

QTextBlock RichTextEditor::Private::currentImageBlock() const
{
    return docops::imageBlockOf(q->textCursor().block());
}

void RichTextEditor::setHeading(int level)
{
    const QTextCursor cursor = textCursor();
    docops::setHeading(cursor, level);
    if (level > 0 || !cursor.hasSelection()) {
        // Typing goes on in the new style.
        QTextCharFormat next = level > 0 ? cursor.blockCharFormat() : currentCharFormat();
        if (level == 0) {
            next.setFontWeight(QFont::Normal);
            next.setProperty(QTextFormat::FontSizeAdjustment, 0);
        }
        setCurrentCharFormat(next);
    }
    updateActions();
}

void RichTextEditor::toggleList(bool numbered)
{
    if (docops::toggleList(textCursor(), numbered)) {
        updateActions();
    }
}

bool RichTextEditor::indentListItem()
{
    const bool done = isEditable() && docops::indentListItem(textCursor());
    updateActions();
    return done;
}

bool RichTextEditor::outdentListItem()
{
    const bool done = isEditable() && docops::outdentListItem(textCursor());
    updateActions();
    return done;
}

void RichTextEditor::toggleBlockQuote()
{
    if (docops::toggleBlockQuote(textCursor())) {
        updateActions();
    }
}

void RichTextEditor::clearFormatting()
{
    docops::clearEmphasis(textCursor());
    if (!textCursor().hasSelection()) {
        // What is typed next is plain too (with a selection this would restyle it).
        QTextCharFormat next = currentCharFormat();
        next.merge(docops::noEmphasisFormat());
        setCurrentCharFormat(next);
    }
    updateActions();
}

QString RichTextEditor::linkAtCursor() const
{
    return docops::linkAt(textCursor());
}

bool RichTextEditor::insertLink(const QString &typedUrl, const QString &text)
{
    const QString url = LinkDialog::completeUrl(typedUrl);
    if (url.isEmpty()) {
        return false;
    }
    const QTextCursor end = docops::insertLink(textCursor(), url, text, palette().link());
    // Text typed after the link is not part of it.
    QTextCharFormat after = currentCharFormat();
    after.setAnchor(false);
    after.setAnchorHref(QString());
    after.setFontUnderline(false);
    after.clearForeground();
    setTextCursor(end);
    setCurrentCharFormat(after);
    updateActions();
    return true;
}

void RichTextEditor::removeLink()
{
    if (docops::removeLink(textCursor())) {
        updateActions();
    }
}

} // namespace toasoan::ui
