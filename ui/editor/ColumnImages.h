#pragma once

#include <QObject>
#include <QTextObjectInterface>

class QTextDocument;

namespace toasoan::ui {

/// Draws a document's images no wider than its text column, scaled down with their proportions,
/// so that a wide photo never overflows the editor or the preview. Only the drawing changes: the
/// document's image formats, and so the saved body, and the stored image stay as they are. Each
/// layout asks again, so the images follow the column when the window is resized.
class ColumnImages final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
    Q_DISABLE_COPY_MOVE(ColumnImages)

public:
    /// Draws `document`'s images this way (the handler belongs to the document).
    static void install(QTextDocument *document);
    /// The width an image in the paragraph at `position` may take; unbounded without wrapping.
    static qreal columnWidth(const QTextDocument *document, int position);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    explicit ColumnImages(QObject *parent) : QObject(parent) {}
};

} // namespace toasoan::ui
