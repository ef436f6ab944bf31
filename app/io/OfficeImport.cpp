#include "app/io/OfficeImport.h"

#include "app/html/BodyHtml.h"
#include "app/html/UrlPolicy.h"
#include "app/io/HtmlImport.h"
#include "app/io/OfficeDocument.h"
#include "app/io/ZipPackage.h"
#include "app/storage/MediaRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace toasoan::io {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::io)
};

// An OLE compound file lists its streams' names in UTF-16: an encrypted Word 2007+ document keeps
// its package in "EncryptedPackage" beside "EncryptionInfo"; anything else is an old binary .doc
// (or .xls, .ppt), which ToaSoan does not read.
bool oleHoldsEncryptedPackage(const QByteArray &bytes)
{
    const QString name = QStringLiteral("EncryptionInfo");
    const QByteArray utf16(reinterpret_cast<const char *>(name.utf16()), name.size() * 2);
    return bytes.contains(utf16);
}

enum class Format
{
    Docx,
    Odt,
};

Format formatOf(const ZipPackage &package, const QString &fileName)
{
    if (package.entry(QStringLiteral("mimetype")).startsWith("application/vnd.oasis.opendocument")) {
        return Format::Odt;
    }
    if (package.contains(QStringLiteral("[Content_Types].xml")) ||
        package.contains(QStringLiteral("word/document.xml"))) {
        return Format::Docx;
    }
    if (package.contains(QStringLiteral("content.xml"))) {
        return Format::Odt;
    }
    return QFileInfo(fileName).suffix().toLower() == QLatin1String("odt") ? Format::Odt : Format::Docx;
}

} // namespace

bool isOfficeFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == QLatin1String("docx") || suffix == QLatin1String("odt") || suffix == QLatin1String("doc");
}

Result<ImportedArticle> readOfficeDocument(const QByteArray &bytes, const QString &shownName)
{
    const QString shown = QDir::toNativeSeparators(shownName);
    if (isOleCompoundFile(bytes)) {
        if (oleHoldsEncryptedPackage(bytes)) {
            return makeError(ErrorCode::Io,
                             Text::tr("%1 is protected with a password. Open it in Word or LibreOffice, remove the "
                                      "password, save it and import it again.")
                                 .arg(shown),
                             QStringLiteral("OLE file with EncryptionInfo"));
        }
        return makeError(ErrorCode::Io,
                         Text::tr("%1 is an old Word document (.doc, Word 97-2003), which ToaSoan does not read. "
                                  "Open it in Word or LibreOffice, save it as .docx and import that file.")
                             .arg(shown),
                         QStringLiteral("OLE compound file"));
    }
    TOASOAN_TRY(package, ZipPackage::open(bytes, shownName));
    const Format format = formatOf(*package, shownName);
    TOASOAN_TRY(document,
                format == Format::Odt ? office::readOdt(*package, shownName) : office::readDocx(*package, shownName));
    return office::assemble(std::move(document).value());
}

Result<Article> finishImport(ImportedArticle imported, const ImportImageStore &store)
{
    Article article = std::move(imported.article);
    const bool fromHtml = !imported.html.isEmpty();
    if (imported.bodySource.isEmpty() && !fromHtml) {
        return article;
    }
    // A document's images are "embedded:N"; an HTML file's are found by the src the file gives them.
    const QString prefix = office::embeddedImageSource(0).chopped(1);
    const auto indexOf = [&](const QString &src) -> qsizetype {
        if (!fromHtml) {
            return src.startsWith(prefix) ? src.mid(prefix.size()).toInt() : -1;
        }
        for (qsizetype i = 0; i < imported.images.size(); ++i) {
            if (imported.images.at(i).source == src) {
                return i;
            }
        }
        return -1;
    };
    QHash<QString, QString> stored;
    std::optional<Error> failure;
    auto resolve = [&](const QString &src) -> QString {
        if (const auto found = stored.constFind(src); found != stored.cend()) {
            return *found;
        }
        // An HTML file's web images stay; a document's pictures linked to an https address too.
        QString kept = fromHtml || html::isWebImageSource(src) ? src : QString();
        const qsizetype index = indexOf(src);
        if (index >= 0 && index < imported.images.size() && store && !failure) {
            auto id = store(imported.images.at(index)); // web formats only: see Document::addImage()
            if (id) {
                kept = html::mediaSource(*id);
            } else {
                failure = id.error();
            }
        }
        stored.insert(src, kept);
        return kept;
    };
    if (fromHtml) {
        const HtmlArticle parsed = parseHtmlArticle(imported.html, resolve);
        article.body = parsed.body;
        article.dateline = parsed.dateline;
    } else {
        article.body = html::normalizeBody(imported.bodySource, resolve);
        article.dateline = takeDateline(article.body);
    }
    if (failure) {
        return *failure;
    }
    return article;
}

Result<Article> finishImport(ImportedArticle imported, MediaRepository &media)
{
    return finishImport(std::move(imported), [&media](const ImportedImage &image) -> Result<qint64> {
        TOASOAN_TRY(stored, media.addFromBytes(image.bytes, image.fileName));
        return stored->id;
    });
}

} // namespace toasoan::io
