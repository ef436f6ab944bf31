#pragma once

#include "app/core/Result.h"
#include "app/io/DocxExport.h"
#include "app/model/Article.h"

#include <QString>

class QTextDocument;

namespace toasoan::slip {

/// The article laid out for reading and printing: the title, the sapo in bold, the body (its dateline
/// opening the first paragraph, the media's images as the document's resources, captions under them
/// in italics) and the byline on the right. Block heading levels are those the .odt reader maps back:
/// the title and the body's h2 at level 1, h3 at level 2. Fails when an image's media cannot be read.
/// Needs a QGuiApplication.
Result<void> fillArticleDocument(QTextDocument &document, const Article &article, const io::ExportMediaLookup &media);

/// The article as an OpenDocument text (.odt) written by QTextDocumentWriter, atomically.
Result<void> writeArticleOdt(const Article &article, const io::ExportMediaLookup &media, const QString &path);

/// The article as an A4 PDF in the embedded DejaVu Sans (every Vietnamese letter shows and copies as
/// text), with its images; pages numbered. Written atomically.
Result<void> writeArticlePdf(const Article &article, const io::ExportMediaLookup &media, const QString &path);

} // namespace toasoan::slip
