// An article as a QTextDocument, the one layout behind the .odt and PDF exports.
#include "app/slip/ArticleDocument.h"

#include "app/html/BodyHtml.h"
#include "app/html/Entities.h"
#include "app/html/HtmlLexer.h"
#include "app/html/UrlPolicy.h"
#include "app/io/ZipPackage.h"
#include "app/slip/ApprovalSlip.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QColor>
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace toasoan::slip {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::ArticleDocument)
};

// A4 less the margins of slipPageLayout() (30 + 20 mm) is 160 mm: about 600 pixels at 96 dpi.
constexpr int kMaxImageWidth = 600;
// A picture on the web is not fetched: its frame in the .odt is given the text's width, at 4:3.
constexpr QSize kWebImageSize(kMaxImageWidth, kMaxImageWidth * 3 / 4);

Result<void> saveAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return makeError(ErrorCode::Io, Tr::tr("Cannot write the file %1.").arg(QDir::toNativeSeparators(path)),
                         file.errorString());
    }
    return {};
}

// Heading levels as the .odt reader maps them back (level 1 → h2, 2 → h3; the first heading is the
// title); Qt's h6 captions become italic paragraphs, which the reader takes for captions.
void setBlockLevels(QTextDocument &document)
{
    QTextCursor cursor(&document);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level < 2) {
            continue;
        }
        cursor.setPosition(block.position());
        QTextBlockFormat format = block.blockFormat();
        format.setHeadingLevel(level == 2 ? 1 : level == 3 ? 2 : 0);
        cursor.setBlockFormat(format);
        if (level == 6) {
            cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
            QTextCharFormat caption;
            caption.setFontItalic(true);
            cursor.mergeCharFormat(caption);
        }
    }
}

// Wide photos are shown at the width of the text.
void fitImages(QTextDocument &document, const QHash<QString, QSize> &sizes)
{
    QTextCursor cursor(&document);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat()) {
                continue;
            }
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            const QSize size = sizes.value(format.name());
            if (size.isEmpty()) {
                continue;
            }
            const double scale = std::min(1.0, double(kMaxImageWidth) / size.width());
            format.setWidth(size.width() * scale);
            format.setHeight(size.height() * scale);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
    }
}

// QTextDocumentWriter (Qt 6.4) closes an open list only at the next plain paragraph: a table right
// after a list would be written inside its last item, its first cell cut. An empty paragraph (the
// importers skip it) ends the list first.
void separateTablesFromLists(QTextDocument &document)
{
    QList<int> before;
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        if (qobject_cast<QTextTable *>(frame) && document.findBlock(frame->firstPosition() - 1).textList()) {
            before.prepend(frame->firstPosition() - 1); // from the end: positions stay valid
        }
    }
    for (const int position : std::as_const(before)) {
        QTextCursor cursor(&document);
        cursor.setPosition(position);
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    }
}

// QTextDocumentWriter (Qt 6.4) writes every block as a text:p and images without their description:
// heading blocks (whose automatic paragraph style, "p" and the block format's index, only they use)
// become text:h with their outline level, and each picture frame (named by its src) gets its alt text
// as svg:desc; a picture on the web, whose frame Qt leaves empty, is linked by its address (a
// draw:image with an xlink:href to it, sized as kWebImageSize). The rest of the file is copied as Qt wrote it.
QByteArray markHeadingsAndDescriptions(const QByteArray &content, const QHash<QString, int> &headingStyles,
                                       const QHash<QString, QString> &descriptions, const QList<int> &headerRows)
{
    const QString tableNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
    int table = -1;
    int row = 0;
    const QString textNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
    const QString drawNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0");
    const QString svgNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");
    const QString xlinkNs = QStringLiteral("http://www.w3.org/1999/xlink");
    QByteArray out;
    QXmlStreamReader reader(content);
    QXmlStreamWriter writer(&out);
    QStringList frames;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.namespaceUri() == textNs && reader.name() == QLatin1String("p") &&
            headingStyles.contains(reader.attributes().value(textNs, QStringLiteral("style-name")).toString())) {
            const QXmlStreamAttributes attributes = reader.attributes();
            writer.writeStartElement(textNs, QStringLiteral("h"));
            writer.writeAttributes(attributes);
            writer.writeAttribute(textNs, QStringLiteral("outline-level"),
                                  QString::number(headingStyles.value(
                                      attributes.value(textNs, QStringLiteral("style-name")).toString())));
            continue;
        }
        // A table's header rows (from the body's thead) go in table:header-rows, which the reader reads as th.
        if (reader.namespaceUri() == tableNs && reader.name() == QLatin1String("table") && reader.isStartElement()) {
            ++table;
            row = 0;
        } else if (reader.namespaceUri() == tableNs && reader.name() == QLatin1String("table-row")) {
            const int header = headerRows.value(table);
            if (reader.isStartElement() && row == 0 && header > 0) {
                writer.writeStartElement(tableNs, QStringLiteral("table-header-rows"));
            }
            if (reader.isEndElement() && ++row == header) {
                writer.writeCurrentToken(reader);
                writer.writeEndElement();
                continue;
            }
        }
        if (reader.isStartElement() && reader.namespaceUri() == drawNs && reader.name() == QLatin1String("frame")) {
            const QString name = reader.attributes().value(drawNs, QStringLiteral("name")).toString();
            frames.append(name);
            if (html::isWebImageSource(name)) {
                // Qt leaves the frame of a picture it has no bytes for empty: it links its address.
                writer.writeStartElement(drawNs, QStringLiteral("frame"));
                writer.writeAttributes(reader.attributes());
                writer.writeAttribute(svgNs, QStringLiteral("width"),
                                      QStringLiteral("%1pt").arg(kWebImageSize.width() * 0.75));
                writer.writeAttribute(svgNs, QStringLiteral("height"),
                                      QStringLiteral("%1pt").arg(kWebImageSize.height() * 0.75));
                writer.writeAttribute(textNs, QStringLiteral("anchor-type"), QStringLiteral("as-char"));
                writer.writeEmptyElement(drawNs, QStringLiteral("image"));
                writer.writeAttribute(xlinkNs, QStringLiteral("href"), name);
                writer.writeAttribute(xlinkNs, QStringLiteral("type"), QStringLiteral("simple"));
                writer.writeAttribute(xlinkNs, QStringLiteral("show"), QStringLiteral("embed"));
                writer.writeAttribute(xlinkNs, QStringLiteral("actuate"), QStringLiteral("onLoad"));
                continue;
            }
        } else if (reader.isEndElement() && reader.namespaceUri() == drawNs &&
                   reader.name() == QLatin1String("frame")) {
            const QString description = descriptions.value(frames.takeLast());
            if (!description.isEmpty()) {
                writer.writeTextElement(svgNs, QStringLiteral("desc"), description);
            }
        }
        writer.writeCurrentToken(reader);
    }
    return reader.hasError() ? content : out;
}

// A picture on the web cannot be printed without fetching it: the PDF shows, in its place, its
// description and its address as a link.
void showWebImagesAsLinks(QTextDocument &document)
{
    QList<std::pair<int, QTextImageFormat>> pictures; // from the end: positions stay valid
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat() && html::isWebImageSource(format.toImageFormat().name())) {
                for (int i = 0; i < it.fragment().length(); ++i) {
                    pictures.prepend({it.fragment().position() + i, format.toImageFormat()});
                }
            }
        }
    }
    for (const auto &[position, image] : std::as_const(pictures)) {
        QTextCursor cursor(&document);
        cursor.setPosition(position);
        cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
        const QString address = image.name();
        const QString alt = image.property(QTextFormat::ImageAltText).toString();
        QTextCharFormat text;
        cursor.insertText(Tr::tr("Picture on the web: %1").arg(alt.isEmpty() ? address : alt), text);
        cursor.insertText(QString(QChar::LineSeparator), text);
        QTextCharFormat link;
        link.setAnchor(true);
        link.setAnchorHref(address);
        link.setFontUnderline(true);
        link.setForeground(QColor(0x05, 0x63, 0xC1));
        cursor.insertText(address, link);
    }
}

} // namespace

Result<void> fillArticleDocument(QTextDocument &document, const Article &article, const io::ExportMediaLookup &media)
{
    const QString body = html::normalizeBody(io::bodyWithDateline(article));
    QHash<QString, QSize> sizes;
    for (const QString &src : html::bodyImageSources(body)) {
        if (html::isWebImageSource(src)) {
            sizes.insert(src, kWebImageSize); // an address on the web: never fetched
            continue;
        }
        const qint64 id = html::mediaIdFromSource(src);
        if (id <= 0) {
            continue;
        }
        auto found = media ? media(id) : Result<Media>(makeError(ErrorCode::NotFound, QString()));
        const QImage image = found ? QImage::fromData(found->data) : QImage();
        if (image.isNull()) {
            return makeError(ErrorCode::NotFound, Tr::tr("The image %1 of the article cannot be read.").arg(src),
                             found ? QStringLiteral("not an image") : found.error().detail);
        }
        // The file's own bytes: the .odt then holds the very image of the media, not a re-encoded copy.
        document.addResource(QTextDocument::ImageResource, QUrl(src), found->data);
        sizes.insert(src, image.size());
    }
    QString html = QStringLiteral("<html><body><h1 align=\"center\" style=\"font-size:18pt\">") +
                   html::escapeText(article.title) + QStringLiteral("</h1>");
    if (!article.sapo.isEmpty()) {
        html +=
            QStringLiteral("<p align=\"justify\"><b>") + html::escapeText(article.sapo) + QStringLiteral("</b></p>");
    }
    html += html::bodyToQtHtml(body);
    if (!article.byline.isEmpty()) {
        html +=
            QStringLiteral("<p align=\"right\"><b>") + html::escapeText(article.byline) + QStringLiteral("</b></p>");
    }
    document.setHtml(html + QStringLiteral("</body></html>"));
    document.setMetaInformation(QTextDocument::DocumentTitle, article.title);
    setBlockLevels(document);
    fitImages(document, sizes);
    return {};
}

Result<void> writeArticleOdt(const Article &article, const io::ExportMediaLookup &media, const QString &path)
{
    QTextDocument document;
    document.setDefaultFont(QFont(QStringLiteral("Times New Roman"), 13));
    TOASOAN_CHECK(fillArticleDocument(document, article, media));
    separateTablesFromLists(document);
    QHash<QString, int> headingStyles;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (const int level = block.blockFormat().headingLevel(); level > 0) {
            headingStyles.insert(QStringLiteral("p%1").arg(block.blockFormatIndex()), level);
        }
    }
    QList<int> headerRows;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        auto *table = qobject_cast<QTextTable *>(QTextCursor(block).currentTable());
        if (table && block.position() == table->firstPosition()) {
            headerRows.append(qMin(table->format().headerRowCount(), table->rows()));
        }
    }
    QHash<QString, QString> descriptions;
    for (const html::Token &t : html::tokenize(html::normalizeBody(article.body))) {
        if (t.kind == html::Token::Kind::Start && t.name == QLatin1String("img")) {
            descriptions.insert(t.attribute(QStringLiteral("src")), t.attribute(QStringLiteral("alt")));
        }
    }

    QByteArray written;
    QBuffer buffer(&written);
    QTextDocumentWriter writer(&buffer, "odf");
    const auto failed = [&](const QString &detail) {
        return makeError(ErrorCode::Io, Tr::tr("Cannot write the file %1.").arg(QDir::toNativeSeparators(path)),
                         detail);
    };
    if (!writer.write(&document)) {
        return failed(QStringLiteral("QTextDocumentWriter failed"));
    }
    TOASOAN_TRY(package, io::ZipPackage::open(written, path));
    QList<QPair<QString, QByteArray>> entries;
    for (const QString &name : package->names()) {
        QByteArray entry = package->entry(name);
        if (name == QLatin1String("content.xml")) {
            entry = markHeadingsAndDescriptions(entry, headingStyles, descriptions, headerRows);
        }
        entries.append({name, entry});
    }
    TOASOAN_TRY(bytes, io::writeZipPackage(entries, {QStringLiteral("mimetype")}));
    return saveAtomically(path, *bytes);
}

Result<void> writeArticlePdf(const Article &article, const io::ExportMediaLookup &media, const QString &path)
{
    const QString family = slipFontFamily();
    if (family.isEmpty()) {
        return makeError(ErrorCode::Io, Tr::tr("The font for the PDF could not be loaded."),
                         QStringLiteral(":/fonts/DejaVuSans.ttf"));
    }
    QTextDocument document;
    document.setDefaultFont(QFont(family, 12));
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("ToaSoan"));
        writer.setTitle(article.title);
        writer.setResolution(300);
        writer.setPageLayout(slipPageLayout());
        document.documentLayout()->setPaintDevice(&writer);
        TOASOAN_CHECK(fillArticleDocument(document, article, media));
        showWebImagesAsLinks(document);
        // Laid out on the writer itself, in its page: the layout's margins are the page's.
        document.documentLayout()->setPaintDevice(&writer);
        document.setPageSize(writer.pageLayout().paintRectPixels(writer.logicalDpiY()).size());
        QTextFrameFormat root = document.rootFrame()->frameFormat();
        root.setMargin(0);
        document.rootFrame()->setFrameFormat(root);
        printPages(document, writer, family);
    }
    return saveAtomically(path, bytes);
}

} // namespace toasoan::slip
