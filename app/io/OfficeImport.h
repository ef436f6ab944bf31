#pragma once

#include "app/core/Result.h"
#include "app/model/Article.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace toasoan {
class MediaRepository;
}

namespace toasoan::io {

/// An image that came inside an imported document, waiting to become the article's media.
struct ImportedImage
{
    QByteArray bytes;
    QString fileName; ///< its name inside the package, without folders
    QString source;   ///< an HTML file's picture: its src in the file (see readLocalImages())
};

/// A file read for import, before anything is stored: for documents, the body still holds its images
/// as "embedded:N" (N indexes `images`) and finishImport() stores them and runs the body pipeline.
struct ImportedArticle
{
    Article article;    ///< body final when `bodySource` is empty
    QString bodySource; ///< raw body HTML of a document, for finishImport()
    /// An HTML file's text when it shows pictures from its folder (`images`, by their source):
    /// finishImport() reads its body again with them stored.
    QString html;
    QList<ImportedImage> images;
    /// Pictures of the document that cannot become the article's media: linked to a file outside
    /// it, missing from the package, or in a format web pages do not show (Word's EMF/WMF drawings).
    QStringList missingImages;
    int legacyRuns = 0; ///< runs typed in a TCVN3 or VNI font, converted to Unicode
};

/// Stores one embedded image; gives its media id.
using ImportImageStore = std::function<Result<qint64>(const ImportedImage &image)>;

/// Reads a Word (.docx) or OpenDocument (.odt) file's bytes (see OfficeDocument.h for what is kept).
/// Io errors with a translated message naming `shownName`: an old binary .doc (save it as .docx), a
/// password-protected document, not a zip or damaged, a zip bomb, unsafe entry names, no
/// word/document.xml or content.xml.
Result<ImportedArticle> readOfficeDocument(const QByteArray &bytes, const QString &shownName);

/// True for file names read by readOfficeDocument() (.docx, .odt, and .doc for its message).
bool isOfficeFileName(const QString &fileName);

/// The article with its final body: the embedded images (or an HTML file's pictures) stored through
/// `store` (an image that is not one is dropped), the body through html::normalizeBody(), its "(NTL)"
/// dateline split off.
Result<Article> finishImport(ImportedArticle imported, const ImportImageStore &store);
/// The same, storing the images in the workspace's media.
Result<Article> finishImport(ImportedArticle imported, MediaRepository &media);

} // namespace toasoan::io
