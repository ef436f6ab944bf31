#pragma once

#include "app/core/Result.h"
#include "app/io/OfficeImport.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace toasoan::io {

/// True for an image source that names a file on disk ("anh.png", "images/a%20b.jpg", "../x.png",
/// "/tmp/x.png", "file:///C:/x.png", "C:\x.png") rather than the web, the workspace or a data: URL.
bool isLocalImageSource(const QString &src);

/// The pictures an imported HTML file at `htmlPath` shows from its folder, read for finishImport() to
/// store as the article's media (each ImportedImage::source is its entry of `sources`, as the body
/// pipeline gives it: compacted, still percent-encoded). Io error naming the file and the picture for
/// one that is not there, too large, or outside the file's folder (an absolute path, a file: URL,
/// "../", a link leading out). A file in a format web pages do not show is left out: its name goes to
/// `leftOut` (ImportedArticle::missingImages).
Result<QList<ImportedImage>> readLocalImages(const QString &htmlPath, const QStringList &sources, QStringList &leftOut);

} // namespace toasoan::io
