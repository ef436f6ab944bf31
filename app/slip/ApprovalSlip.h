#pragma once

#include "app/core/Result.h"
#include "app/slip/SlipData.h"

#include <QPageLayout>
#include <QString>
#include <functional>

class QPagedPaintDevice;
class QTextDocument;

namespace toasoan::slip {

/// The slip as HTML for QTextDocument: office and national headers, the date line, the
/// article's metadata and full text, the workflow trail and the three signature blocks
/// (reporter, editor, approver). Text is escaped; labels are translated.
QString slipHtml(const SlipData &data);

/// Registers the embedded DejaVu Sans (regular and bold, which carry every Vietnamese glyph)
/// and gives its family name; empty when it could not be loaded. Needs a QGuiApplication.
QString slipFontFamily();

/// slipFontFamily(), or an error when there is no QGuiApplication or the font did not load.
Result<QString> slipFont();

/// Prints a laid-out document page by page, like QTextDocument::print(), plus "Page 1 of 2" under
/// each page: the pages of a signed document must not be swapped unnoticed.
void printPages(QTextDocument &document, QPagedPaintDevice &device, const QString &family);

/// Signature blocks (the document's last frame) are signed by hand: they must not start on one page
/// and end on the next; a page break before them when they would.
void keepLastFrameOnOnePage(QTextDocument &document);

/// A4 with the margins of administrative documents (left 30 mm, the others 20 mm).
QPageLayout slipPageLayout();

/// Paints the slip on a printer or PDF writer, whose page layout it follows (slipPageLayout() by
/// default): the print preview and the print dialog use it. Needs a QGuiApplication.
Result<void> paintApprovalSlip(const SlipData &data, QPagedPaintDevice &device);

/// Writes an A4 PDF (slipPageLayout(), 300 dpi) at `pdfPath`, atomically: `paint` draws the pages on
/// the writer with the embedded font family. Needs a QGuiApplication.
Result<void> writePdf(const QString &pdfPath, const QString &title,
                      const std::function<void(QPagedPaintDevice &device, const QString &family)> &paint);

/// Writes the slip as an A4 PDF at `pdfPath` (atomically: a failed write leaves no half
/// file). Fonts are embedded, so the PDF shows Vietnamese on any computer. Needs a
/// QGuiApplication (the offscreen platform is enough).
Result<void> writeApprovalSlip(const SlipData &data, const QString &pdfPath);

} // namespace toasoan::slip
