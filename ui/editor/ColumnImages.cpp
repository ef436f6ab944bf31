#include "ui/editor/ColumnImages.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPixmap>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <limits>

namespace toasoan::ui {

namespace {

QImage imageOf(QTextDocument *document, const QTextImageFormat &format)
{
    // resource() asks the editor's or the preview's loadResource() the first time.
    const QVariant data = document->resource(QTextDocument::ImageResource, QUrl(format.name()));
    if (data.userType() == QMetaType::QImage) {
        return data.value<QImage>();
    }
    if (data.userType() == QMetaType::QPixmap) {
        return data.value<QPixmap>().toImage();
    }
    if (data.userType() == QMetaType::QByteArray) {
        return QImage::fromData(data.toByteArray());
    }
    return {};
}

// The size the image asks for: its format's width and height (one of them keeps the proportions),
// or the image's own (logical) size.
QSizeF naturalSize(const QImage &image, const QTextImageFormat &format)
{
    const QSizeF own = image.isNull() ? QSizeF(16, 16) : image.deviceIndependentSize();
    const bool hasWidth = format.hasProperty(QTextFormat::ImageWidth);
    const bool hasHeight = format.hasProperty(QTextFormat::ImageHeight);
    QSizeF size = own;
    if (hasWidth && hasHeight) {
        size = QSizeF(format.width(), format.height());
    } else if (hasWidth && own.width() > 0) {
        size = QSizeF(format.width(), own.height() * format.width() / own.width());
    } else if (hasHeight && own.height() > 0) {
        size = QSizeF(own.width() * format.height() / own.height(), format.height());
    }
    return size;
}

} // namespace

void ColumnImages::install(QTextDocument *document)
{
    document->documentLayout()->registerHandler(QTextFormat::ImageObject, new ColumnImages(document));
}

qreal ColumnImages::columnWidth(const QTextDocument *document, int position)
{
    if (document->textWidth() < 0) {
        return std::numeric_limits<qreal>::infinity();
    }
    const QTextFrameFormat frame = document->rootFrame()->frameFormat();
    qreal width =
        document->textWidth() - frame.leftMargin() - frame.rightMargin() - 2 * (frame.padding() + frame.border());
    const QTextBlockFormat block = document->findBlock(position).blockFormat();
    width -= block.leftMargin() + block.rightMargin() + block.indent() * document->indentWidth();
    return std::max<qreal>(width, 1);
}

QSizeF ColumnImages::intrinsicSize(QTextDocument *document, int position, const QTextFormat &format)
{
    const QSizeF size = naturalSize(imageOf(document, format.toImageFormat()), format.toImageFormat());
    const qreal column = columnWidth(document, position);
    if (size.width() <= column || size.width() <= 0) {
        return size;
    }
    return QSizeF(column, size.height() * column / size.width());
}

void ColumnImages::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int,
                              const QTextFormat &format)
{
    const QImage image = imageOf(document, format.toImageFormat());
    if (image.isNull()) {
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->drawImage(rect, image);
    painter->restore();
}

} // namespace toasoan::ui
