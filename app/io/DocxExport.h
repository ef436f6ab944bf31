#pragma once

#include "app/core/Result.h"
#include "app/io/ArticleExport.h"
#include "app/model/Media.h"

#include <QByteArray>
#include <functional>

namespace toasoan::io {

/// Finds an image of the workspace's media by id, with its bytes (MediaRepository::load()).
using ExportMediaLookup = std::function<Result<Media>(qint64 mediaId)>;

/// The article as a Word document (.docx, WordprocessingML written with QuaZip): the title in the
/// Title style, the sapo in bold, the body (sub-headings as Heading 1 and 2, bold, italic, underline,
/// links, bulleted and numbered lists, tables, the media's images embedded with their captions) and
/// the byline on the right; styles.xml defines every style used. Reading it back with
/// readOfficeDocument() gives the same title, sapo, body, dateline and byline. An image whose media
/// cannot be read fails the export; images at an https:// address are left out (they are not fetched).
Result<QByteArray> articleToDocx(const Article &article, const ArticleNames &names, const ExportMediaLookup &media);

/// Writes the article at `path`, atomically, as `format`: "html" (articleToHtmlDocument()), "json"
/// (articleToJson()) or "docx" (articleToDocx()); .odt and PDF need QtGui (slip/ArticleDocument.h).
Result<void> writeArticleFile(const Article &article, const ArticleNames &names, const ExportMediaLookup &media,
                              const QString &format, const QString &path);

} // namespace toasoan::io
