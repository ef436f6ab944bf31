// Images (stored as Media, shown as figures with a caption under them) and simple tables.
#include "ui/editor/RichTextEditor_p.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QMimeDatabase>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QTextList>
#include <QTextTable>

namespace toasoan::ui {

namespace {

Qt::Alignment toQt(html::ImageAlignment alignment)
{
    switch (alignment) {
    case html::ImageAlignment::Left:
        return Qt::AlignLeft | Qt::AlignAbsolute;
    case html::ImageAlignment::Right:
        return Qt::AlignRight | Qt::AlignAbsolute;
    case html::ImageAlignment::Center:
        break;
    }
    return Qt::AlignHCenter;
}

} // namespace

bool RichTextEditor::insertImageFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showNotice(tr("The image %1 could not be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    return insertImage(file.readAll(), QFileInfo(path).fileName());
}

bool RichTextEditor::insertImage(const QByteArray &bytes, const QString &fileName)
{
    if (!d->store.isValid()) {
        showNotice(tr("Images cannot be inserted here: there is no workspace to keep them in."));
        return false;
    }
    const QString mime = QMimeDatabase().mimeTypeForData(bytes).name();
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader probe(&buffer);
    if (!mime.startsWith(QLatin1String("image/")) || mime.contains(QLatin1String("svg")) || !probe.canRead()) {
        showNotice(tr("%1 is not an image the site can show.").arg(fileName));
        return false;
    }
    const Result<Media> media = d->store.add(bytes, fileName, mime);
    if (!media.ok()) {
        showNotice(media.error().message);
        return false;
    }
    const QString src = html::mediaSource(media->id);
    const QImage shown = d->displayImage(bytes);
    document()->addResource(QTextDocument::ImageResource, QUrl(src), shown);

    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    cursor.removeSelectedText();
    if (QTextTable *table = cursor.currentTable()) {
        // Figures do not go in tables: after it.
        cursor.setPosition(table->lastPosition());
        cursor.movePosition(QTextCursor::NextBlock);
    }
    // The figure gets blocks of its own: split the paragraph, and leave lists.
    if (!cursor.block().text().isEmpty() || cursor.currentList() || cursor.block().blockFormat().headingLevel() > 0) {
        cursor.insertBlock(Private::paragraphFormat(), Private::plainCharFormat());
    }
    if (QTextList *list = cursor.currentList()) {
        list->remove(cursor.block());
    }
    QTextBlockFormat imageBlock = Private::paragraphFormat();
    imageBlock.setAlignment(Qt::AlignHCenter);
    cursor.setBlockFormat(imageBlock);
    QTextImageFormat image;
    image.setName(src);
    image.setProperty(QTextFormat::ImageAltText, QString());
    cursor.insertImage(image);
    cursor.insertBlock(Private::captionFormat(Qt::AlignHCenter), Private::captionCharFormat());
    cursor.endEditBlock();
    setTextCursor(cursor); // in the caption: type it right away
    updateActions();
    return true;
}

void RichTextEditor::setImageAlignment(html::ImageAlignment alignment)
{
    const QTextBlock image = d->currentImageBlock();
    if (!image.isValid()) {
        return;
    }
    QTextCursor cursor(image);
    cursor.beginEditBlock();
    QTextBlockFormat f = image.blockFormat();
    f.setAlignment(toQt(alignment));
    cursor.setBlockFormat(f);
    if (Private::isCaptionBlock(image.next())) {
        QTextCursor caption(image.next());
        QTextBlockFormat c = image.next().blockFormat();
        c.setAlignment(toQt(alignment));
        caption.setBlockFormat(c);
    }
    cursor.endEditBlock();
    updateActions();
}

void RichTextEditor::focusImageCaption()
{
    const QTextBlock image = d->currentImageBlock();
    if (!image.isValid()) {
        return;
    }
    QTextCursor cursor(image);
    if (Private::isCaptionBlock(image.next())) {
        cursor = QTextCursor(image.next());
        cursor.movePosition(QTextCursor::EndOfBlock);
    } else {
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertBlock(Private::captionFormat(image.blockFormat().alignment()), Private::captionCharFormat());
    }
    setTextCursor(cursor);
    setFocus();
}

void RichTextEditor::insertTable(int rows, int columns, bool headerRow)
{
    QTextCursor cursor = textCursor();
    if (cursor.currentTable()) {
        return; // the site's tables are simple: no tables in tables
    }
    cursor.beginEditBlock();
    if (!cursor.block().text().isEmpty()) {
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertBlock(Private::paragraphFormat(), Private::plainCharFormat());
    }
    if (QTextList *list = cursor.currentList()) {
        list->remove(cursor.block());
    }
    QTextTableFormat format;
    format.setBorder(1);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setCellSpacing(0);
    format.setCellPadding(4);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setHeaderRowCount(headerRow ? 1 : 0);
    QTextTable *table = cursor.insertTable(std::max(1, rows), std::max(1, columns), format);
    if (headerRow) {
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        for (int c = 0; c < table->columns(); ++c) {
            QTextCursor cell = table->cellAt(0, c).firstCursorPosition();
            cell.mergeBlockCharFormat(bold);
        }
    }
    cursor.endEditBlock();
    setTextCursor(table->cellAt(0, 0).firstCursorPosition());
    updateActions();
}

void RichTextEditor::addTableRow()
{
    QTextCursor cursor = textCursor();
    if (QTextTable *table = cursor.currentTable()) {
        table->insertRows(table->cellAt(cursor).row() + 1, 1);
    }
}

void RichTextEditor::addTableColumn()
{
    QTextCursor cursor = textCursor();
    if (QTextTable *table = cursor.currentTable()) {
        table->insertColumns(table->cellAt(cursor).column() + 1, 1);
    }
}

void RichTextEditor::removeTableRow()
{
    QTextCursor cursor = textCursor();
    if (QTextTable *table = cursor.currentTable()) {
        table->removeRows(table->cellAt(cursor).row(), 1); // the last row takes the table with it
    }
    updateActions();
}

void RichTextEditor::removeTableColumn()
{
    QTextCursor cursor = textCursor();
    if (QTextTable *table = cursor.currentTable()) {
        table->removeColumns(table->cellAt(cursor).column(), 1);
    }
    updateActions();
}

void RichTextEditor::Private::insertBody(const QString &body, QTextCursor *insertedRange)
{
    QTextCursor cursor = q->textCursor();
    cursor.beginEditBlock();
    cursor.removeSelectedText();
    const int start = cursor.position();
    cursor.insertFragment(QTextDocumentFragment::fromHtml(html::bodyToQtHtml(body), q->document()));
    cursor.endEditBlock();
    if (insertedRange) {
        *insertedRange = QTextCursor(q->document());
        insertedRange->setPosition(start);
        insertedRange->setPosition(cursor.position(), QTextCursor::KeepAnchor);
    }
    q->setTextCursor(cursor);
    q->ensureCursorVisible();
}

void RichTextEditor::Private::insertLine(const QString &line, QTextCursor *insertedRange)
{
    QTextCursor cursor = q->textCursor();
    cursor.beginEditBlock();
    cursor.removeSelectedText();
    const int start = cursor.position();
    cursor.insertText(line); // in the format at the cursor: a plain paste takes its surroundings' look
    cursor.endEditBlock();
    if (insertedRange) {
        *insertedRange = QTextCursor(q->document());
        insertedRange->setPosition(start);
        insertedRange->setPosition(cursor.position(), QTextCursor::KeepAnchor);
    }
    q->setTextCursor(cursor);
    q->ensureCursorVisible();
}

} // namespace toasoan::ui
