// Paragraph styles (headings, lists, quotes), clearing formatting and links.
#include "ui/editor/LinkDialog.h"
#include "ui/editor/RichTextEditor_p.h"

#include <QTextBlock>
#include <QTextList>

namespace toasoan::ui {

namespace {

constexpr int kQuoteIndent = 40; // what QTextDocument gives <blockquote>; read back as a quote

// Heading looks, as QTextDocument gives <h2>/<h3> when loading HTML.
constexpr int kHeadingSize[] = {0, 2, 1}; // QTextFormat::FontSizeAdjustment per level
constexpr int kHeadingTopMargin[] = {0, 16, 14};

// Runs `apply` on every block the cursor's selection touches.
template <typename F>
void forEachBlock(QTextCursor cursor, F apply)
{
    const int start = cursor.selectionStart();
    const int end = cursor.selectionEnd();
    QTextBlock block = cursor.document()->findBlock(start);
    // A selection that ends at the very start of a block does not touch that block.
    while (block.isValid() && (block.position() < end || block.position() <= start)) {
        apply(block);
        block = block.next();
    }
}

QTextCursor blockCursor(const QTextBlock &block)
{
    QTextCursor c(block);
    c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    return c;
}

QString hrefOf(const QTextFragment &fragment)
{
    const QTextCharFormat f = fragment.charFormat();
    return f.isAnchor() ? f.anchorHref() : QString();
}

// The extent of the link at `position`: the neighbouring fragments with the same address.
QTextCursor linkExtent(const QTextBlock &block, int position)
{
    QList<QTextFragment> fragments;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        fragments.append(it.fragment());
    }
    qsizetype index = -1;
    for (qsizetype i = 0; i < fragments.size() && index < 0; ++i) {
        const QTextFragment &f = fragments.at(i);
        if (position >= f.position() && position <= f.position() + f.length() && !hrefOf(f).isEmpty()) {
            index = i;
        }
    }
    QTextCursor c(block);
    if (index < 0) {
        return c;
    }
    const QString href = hrefOf(fragments.at(index));
    qsizetype first = index;
    qsizetype last = index;
    while (first > 0 && hrefOf(fragments.at(first - 1)) == href) {
        --first;
    }
    while (last + 1 < fragments.size() && hrefOf(fragments.at(last + 1)) == href) {
        ++last;
    }
    c.setPosition(fragments.at(first).position());
    c.setPosition(fragments.at(last).position() + fragments.at(last).length(), QTextCursor::KeepAnchor);
    return c;
}

} // namespace

QTextBlockFormat RichTextEditor::Private::paragraphFormat()
{
    QTextBlockFormat f;
    f.setHeadingLevel(0);
    f.setTopMargin(0);
    f.setBottomMargin(12);
    return f;
}

QTextCharFormat RichTextEditor::Private::plainCharFormat()
{
    QTextCharFormat f;
    f.setFontWeight(QFont::Normal);
    f.setFontItalic(false);
    f.setFontUnderline(false);
    f.setProperty(QTextFormat::FontSizeAdjustment, 0);
    return f;
}

QTextCharFormat RichTextEditor::Private::captionCharFormat()
{
    QTextCharFormat f = plainCharFormat();
    f.setProperty(QTextFormat::FontSizeAdjustment, -1);
    return f;
}

QTextBlockFormat RichTextEditor::Private::captionFormat(Qt::Alignment alignment)
{
    QTextBlockFormat f;
    f.setHeadingLevel(6);
    f.setAlignment(alignment);
    f.setTopMargin(4);
    f.setBottomMargin(12);
    return f;
}

bool RichTextEditor::Private::isImageBlock(const QTextBlock &block)
{
    if (block.length() != 2 || block.text() != QString(QChar::ObjectReplacementCharacter)) {
        return false;
    }
    return block.begin().fragment().charFormat().isImageFormat();
}

bool RichTextEditor::Private::isCaptionBlock(const QTextBlock &block)
{
    return block.blockFormat().headingLevel() == 6 && isImageBlock(block.previous());
}

QTextBlock RichTextEditor::Private::currentImageBlock() const
{
    const QTextBlock block = q->textCursor().block();
    if (isImageBlock(block)) {
        return block;
    }
    if (isCaptionBlock(block)) {
        return block.previous();
    }
    return {};
}

void RichTextEditor::setHeading(int level)
{
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    forEachBlock(cursor, [&](const QTextBlock &block) {
        if (Private::isImageBlock(block)) {
            return;
        }
        QTextCursor c = blockCursor(block);
        const int was = block.blockFormat().headingLevel();
        if (QTextList *list = block.textList()) {
            list->remove(block);
        }
        QTextBlockFormat f = block.blockFormat();
        f.setHeadingLevel(level == 0 ? 0 : level + 1);
        f.setIndent(0);
        f.setProperty(QTextFormat::BlockQuoteLevel, 0);
        f.setLeftMargin(0);
        f.setRightMargin(0);
        f.setTopMargin(level == 0 ? 0 : kHeadingTopMargin[level]);
        f.setBottomMargin(12);
        c.setBlockFormat(f);
        // Headings look bold and larger; a paragraph that was a heading (or caption) loses that.
        QTextCharFormat chars;
        if (level > 0) {
            chars.setFontWeight(QFont::Bold);
            chars.setProperty(QTextFormat::FontSizeAdjustment, kHeadingSize[level]);
        } else if (was > 0) {
            chars = Private::plainCharFormat();
        }
        if (level > 0 || was > 0) {
            c.mergeCharFormat(chars);
            c.mergeBlockCharFormat(chars);
        }
    });
    cursor.endEditBlock();
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
    QTextCursor cursor = textCursor();
    if (cursor.currentTable()) {
        return;
    }
    const QTextListFormat::Style style = numbered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc;
    cursor.beginEditBlock();
    if (QTextList *list = cursor.currentList(); list && list->format().style() == style) {
        // Off: every selected item back to a paragraph.
        forEachBlock(cursor, [](const QTextBlock &block) {
            if (QTextList *l = block.textList()) {
                l->remove(block);
                QTextCursor c(block);
                QTextBlockFormat f = block.blockFormat();
                f.setIndent(0);
                c.setBlockFormat(f);
            }
        });
    } else if (list) {
        QTextListFormat f = list->format();
        f.setStyle(style);
        list->setFormat(f);
    } else {
        forEachBlock(cursor, [&](const QTextBlock &block) {
            QTextCursor c(block);
            QTextBlockFormat f = block.blockFormat();
            f.setHeadingLevel(0);
            f.setProperty(QTextFormat::BlockQuoteLevel, 0);
            f.setLeftMargin(0);
            f.setRightMargin(0);
            c.setBlockFormat(f);
        });
        QTextListFormat f;
        f.setStyle(style);
        f.setIndent(1);
        cursor.createList(f);
    }
    cursor.endEditBlock();
    updateActions();
}

void RichTextEditor::toggleBlockQuote()
{
    QTextCursor cursor = textCursor();
    if (cursor.currentTable()) {
        return;
    }
    const bool quoted = cursor.blockFormat().intProperty(QTextFormat::BlockQuoteLevel) > 0;
    cursor.beginEditBlock();
    forEachBlock(cursor, [&](const QTextBlock &block) {
        if (Private::isImageBlock(block)) {
            return;
        }
        if (QTextList *list = block.textList()) {
            list->remove(block);
        }
        QTextCursor c(block);
        QTextBlockFormat f = block.blockFormat();
        f.setProperty(QTextFormat::BlockQuoteLevel, quoted ? 0 : 1);
        f.setLeftMargin(quoted ? 0 : kQuoteIndent);
        f.setRightMargin(quoted ? 0 : kQuoteIndent);
        f.setIndent(0);
        c.setBlockFormat(f);
    });
    cursor.endEditBlock();
    updateActions();
}

void RichTextEditor::clearFormatting()
{
    QTextCursor cursor = textCursor();
    if (!cursor.hasSelection()) {
        cursor.select(QTextCursor::WordUnderCursor);
    }
    QTextCharFormat plain;
    plain.setFontWeight(QFont::Normal);
    plain.setFontItalic(false);
    plain.setFontUnderline(false);
    cursor.beginEditBlock();
    // Headings keep their look; links keep their address (clearing is about emphasis).
    forEachBlock(cursor, [&](const QTextBlock &block) {
        QTextCursor part = blockCursor(block);
        const int start = std::max(part.selectionStart(), cursor.selectionStart());
        const int end = std::min(part.selectionEnd(), cursor.selectionEnd());
        if (start >= end || block.blockFormat().headingLevel() > 0) {
            return;
        }
        part.setPosition(start);
        part.setPosition(end, QTextCursor::KeepAnchor);
        part.mergeCharFormat(plain);
    });
    cursor.endEditBlock();
    if (!textCursor().hasSelection()) {
        // What is typed next is plain too (with a selection this would restyle it).
        QTextCharFormat next = currentCharFormat();
        next.merge(plain);
        setCurrentCharFormat(next);
    }
    updateActions();
}

QString RichTextEditor::linkAtCursor() const
{
    const QTextCursor cursor = textCursor();
    const QTextCharFormat f = cursor.charFormat();
    if (f.isAnchor() && !f.anchorHref().isEmpty()) {
        return f.anchorHref();
    }
    // At the first character of a link the cursor's format is the one before it.
    QTextCursor next = cursor;
    if (!next.hasSelection() && next.movePosition(QTextCursor::NextCharacter)) {
        const QTextCharFormat n = next.charFormat();
        if (n.isAnchor() && !n.anchorHref().isEmpty() && next.block() == cursor.block()) {
            return n.anchorHref();
        }
    }
    return {};
}

bool RichTextEditor::insertLink(const QString &typedUrl, const QString &text)
{
    const QString url = LinkDialog::completeUrl(typedUrl);
    if (url.isEmpty()) {
        return false;
    }
    QTextCharFormat link;
    link.setAnchor(true);
    link.setAnchorHref(url);
    link.setFontUnderline(true);
    link.setForeground(palette().link());
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    if (!cursor.hasSelection() && !linkAtCursor().isEmpty()) {
        const QTextCursor current = linkExtent(cursor.block(), cursor.position());
        cursor.setPosition(current.selectionStart());
        cursor.setPosition(current.selectionEnd(), QTextCursor::KeepAnchor);
    }
    if (cursor.hasSelection()) {
        if (!text.isEmpty() && text != cursor.selectedText()) {
            QTextCharFormat f = cursor.charFormat();
            f.merge(link);
            cursor.insertText(text, f);
        } else {
            cursor.mergeCharFormat(link);
        }
    } else {
        QTextCharFormat f = cursor.charFormat();
        f.merge(link);
        cursor.insertText(text.isEmpty() ? url : text, f);
    }
    cursor.endEditBlock();
    // Text typed after the link is not part of it.
    QTextCharFormat after = currentCharFormat();
    after.setAnchor(false);
    after.setAnchorHref(QString());
    after.setFontUnderline(false);
    after.clearForeground();
    QTextCursor end = cursor;
    end.clearSelection();
    setTextCursor(end);
    setCurrentCharFormat(after);
    updateActions();
    return true;
}

void RichTextEditor::removeLink()
{
    QTextCursor cursor = textCursor();
    if (!cursor.hasSelection()) {
        cursor = linkExtent(cursor.block(), cursor.position());
        if (!cursor.hasSelection()) {
            return;
        }
    }
    QTextCharFormat plain;
    plain.setAnchor(false);
    plain.setAnchorHref(QString());
    plain.setFontUnderline(false);
    cursor.beginEditBlock();
    cursor.mergeCharFormat(plain);
    // mergeCharFormat cannot remove properties: clear the link colour fragment by fragment.
    forEachBlock(cursor, [&](const QTextBlock &block) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            const int start = std::max(f.position(), cursor.selectionStart());
            const int end = std::min(f.position() + f.length(), cursor.selectionEnd());
            if (start < end && f.charFormat().hasProperty(QTextFormat::ForegroundBrush)) {
                QTextCursor part(document());
                part.setPosition(start);
                part.setPosition(end, QTextCursor::KeepAnchor);
                QTextCharFormat format = f.charFormat();
                format.clearForeground();
                part.setCharFormat(format);
            }
        }
    });
    cursor.endEditBlock();
    updateActions();
}

} // namespace toasoan::ui
