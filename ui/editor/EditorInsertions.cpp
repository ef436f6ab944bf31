// Images (stored as Media, shown as figures with a caption under them) and simple tables.
#include "ui/editor/DocumentOps.h"
#include "ui/editor/ImageDialog.h"
#include "ui/editor/RichTextEditor_p.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QMimeDatabase>
#include <QTextBlock>
#include <QTextDocumentFragment>
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

bool RichTextEditor::insertImageFile(const QString &path, const QString &alt, const QString &caption)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showNotice(tr("The image %1 could not be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    return insertImage(file.readAll(), QFileInfo(path).fileName(), alt, caption);
}

bool RichTextEditor::insertImageFileAsking(const QString &path)
{
    ImageDialog dialog(QFileInfo(path).fileName(), this);
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    return insertImageFile(path, dialog.alt(), dialog.caption());
}

void RichTextEditor::editImageDescription()
{
    const QTextBlock image = d->currentImageBlock();
    if (!image.isValid()) {
        return;
    }
    ImageDialog dialog(QString(), this);
    dialog.setAlt(docops::imageAlt(image));
    dialog.setCaption(docops::figureCaption(image));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    docops::setImageDescription(image, dialog.alt(), dialog.caption());
    updateActions();
}

bool RichTextEditor::insertImage(const QByteArray &bytes, const QString &fileName, const QString &alt,
                                 const QString &caption)
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

    // In the caption: type (or go on typing) it right away.
    setTextCursor(docops::insertFigure(textCursor(), src, alt, caption));
    updateActions();
    return true;
}

void RichTextEditor::setImageAlignment(html::ImageAlignment alignment)
{
    const QTextBlock image = d->currentImageBlock();
    if (!image.isValid()) {
        return;
    }
    docops::setFigureAlignment(image, toQt(alignment));
    updateActions();
}

void RichTextEditor::focusImageCaption()
{
    const QTextBlock image = d->currentImageBlock();
    if (!image.isValid()) {
        return;
    }
    setTextCursor(docops::captionCursor(image));
    setFocus();
}

void RichTextEditor::insertTable(int rows, int columns, bool headerRow)
{
    QTextTable *table = docops::insertTable(textCursor(), rows, columns, headerRow);
    if (!table) {
        return; // the site's tables are simple: no tables in tables
    }
    setTextCursor(table->cellAt(0, 0).firstCursorPosition());
    updateActions();
}

void RichTextEditor::addTableRow()
{
    docops::addTableRow(textCursor());
}

void RichTextEditor::addTableColumn()
{
    docops::addTableColumn(textCursor());
}

void RichTextEditor::removeTableRow()
{
    docops::removeTableRow(textCursor());
    updateActions();
}

void RichTextEditor::removeTableColumn()
{
    docops::removeTableColumn(textCursor());
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
