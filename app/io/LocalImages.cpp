// The pictures beside an imported HTML file: only files inside its folder, read as a browser would
// find them (percent-decoded relative paths), become the article's media.
#include "app/io/LocalImages.h"

#include "app/io/OfficeDocument.h"
#include "app/storage/MediaRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace toasoan::io {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::io)
};

bool isInside(const QString &path, const QString &folder)
{
    return !folder.isEmpty() && path.startsWith(folder.endsWith(QLatin1Char('/')) ? folder : folder + QLatin1Char('/'));
}

Result<ImportedImage> readLocalImage(const QString &htmlPath, const QString &src)
{
    const QString shownFile = QDir::toNativeSeparators(htmlPath);
    const QString shownImage = QUrl::fromPercentEncoding(src.toUtf8());
    const auto outside = [&] {
        return makeError(ErrorCode::Io,
                         Text::tr("%1: the image \"%2\" is outside the folder of the file. Only pictures in that "
                                  "folder (or a folder inside it) are imported: copy the picture there, change the "
                                  "link and import the file again.")
                             .arg(shownFile, shownImage),
                         src);
    };
    const QUrl url(QString(src).replace(QLatin1Char('\\'), QLatin1Char('/')));
    const QString relative = url.path(QUrl::FullyDecoded);
    if (!url.scheme().isEmpty() || !url.host().isEmpty() || relative.startsWith(QLatin1Char('/'))) {
        return outside(); // file:, a drive letter, a share or an absolute path
    }
    const QFileInfo html(htmlPath);
    const QString folder = QDir::cleanPath(html.absolutePath());
    const QString wanted = QDir::cleanPath(folder + QLatin1Char('/') + relative);
    if (!isInside(wanted, folder)) {
        return outside();
    }
    const QFileInfo image(wanted);
    if (!image.isFile()) {
        return makeError(ErrorCode::NotFound,
                         Text::tr("%1: the image \"%2\" was not found in the folder of the file. Put the picture "
                                  "there (or take it out of the file) and import the file again.")
                             .arg(shownFile, shownImage),
                         wanted);
    }
    if (!isInside(image.canonicalFilePath(), html.canonicalPath())) {
        return outside(); // a symbolic link leading out of the folder
    }
    if (image.size() > MediaRepository::kMaxSize) {
        return makeError(ErrorCode::Io,
                         Text::tr("%1: the image \"%2\" is too large (more than %3 MB).")
                             .arg(shownFile, shownImage)
                             .arg(MediaRepository::kMaxSize / (1024 * 1024)),
                         wanted);
    }
    QFile file(wanted);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, Text::tr("%1: the image \"%2\" cannot be read.").arg(shownFile, shownImage),
                         file.errorString());
    }
    return ImportedImage{file.readAll(), image.fileName(), src};
}

} // namespace

bool isLocalImageSource(const QString &src)
{
    if (src.isEmpty() || src.startsWith(QLatin1String("data:"), Qt::CaseInsensitive) ||
        src.startsWith(QLatin1String("media:")) || src.startsWith(QLatin1String("#"))) {
        return false;
    }
    const QUrl url(src);
    const QString scheme = url.scheme().toLower();
    // Web addresses ("https:", "//host/…") are the body policy's concern; "cid:", "javascript:"… name
    // no file and are dropped by it.
    return scheme.isEmpty() ? url.host().isEmpty() : scheme == QLatin1String("file") || scheme.size() == 1;
}

Result<QList<ImportedImage>> readLocalImages(const QString &htmlPath, const QStringList &sources, QStringList &leftOut)
{
    QList<ImportedImage> images;
    for (const QString &src : sources) {
        TOASOAN_TRY(image, readLocalImage(htmlPath, src));
        if (office::isWebImage(image->bytes)) {
            images.append(std::move(image).value());
        } else if (!leftOut.contains(image->fileName)) {
            leftOut.append(image->fileName); // an SVG icon of a saved page: left out, as a document's EMF is
        }
    }
    return images;
}

} // namespace toasoan::io
