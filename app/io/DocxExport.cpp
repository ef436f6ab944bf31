// An article as a Word document: the parts of a WordprocessingML package (ECMA-376) written with
// QXmlStreamWriter from the body subset's tokens, packed with QuaZip.
#include "app/io/DocxExport.h"

#include "app/html/BodyHtml.h"
#include "app/html/HtmlLexer.h"
#include "app/html/UrlPolicy.h"
#include "app/io/ImageSize.h"
#include "app/io/ZipPackage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSize>
#include <QUrl>
#include <QXmlStreamWriter>
#include <algorithm>
#include <utility>

namespace toasoan::io {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::io)
};

using html::Token;

const QString W = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString R = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString WP = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing");
const QString A = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main");
const QString PIC = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture");
const QString kRelTypes = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");

constexpr qint64 kEmuPerPixel = 9525;                // at 96 dpi
constexpr qint64 kMaxImageWidthEmu = 5760720;        // 6.3 in: the text width between the margins below
constexpr qint64 kMaxImageHeightEmu = 7315200;       // 8 in
constexpr int kTextWidthTwips = 11906 - 1701 - 1134; // A4 less the left and right margins

struct Relationship
{
    QString id;
    QString type;
    QString target;
    bool external = false;
};

struct MediaPart
{
    QString path; ///< word/media/image1.png
    QByteArray bytes;
};

QString extensionForMime(const QString &mime)
{
    if (mime == QLatin1String("image/jpeg")) {
        return QStringLiteral("jpeg");
    }
    if (mime == QLatin1String("image/gif")) {
        return QStringLiteral("gif");
    }
    if (mime == QLatin1String("image/webp")) {
        return QStringLiteral("webp");
    }
    return QStringLiteral("png");
}

// Writes document.xml's body from the subset's tokens; collects relationships, media and lists.
class DocxBody final
{
public:
    DocxBody(QXmlStreamWriter &w, const ExportMediaLookup &media) : m_w(w), m_media(media) {}

    Result<void> write(const QList<Token> &tokens);
    void paragraph(const QString &text, const QString &style, const QString &align, bool bold);

    QList<Relationship> relationships;
    QList<MediaPart> mediaParts;
    /// numId - 1 → ordered and nesting level: each ul/ol of the body, nested ones too, is a w:num of
    /// its own, so that every numbered list starts again at 1.
    QList<std::pair<bool, int>> lists;

private:
    void startParagraph(const QString &style, const QString &align = {});
    void endParagraph();
    void run(const QString &text);
    void lineBreak();
    Result<void> image(const Token &t);
    void picture(const QString &rel, bool linked, qint64 cx, qint64 cy, const QString &alt, const QString &name);
    void startTable(const QList<Token> &tokens, qsizetype at);
    QString addRelationship(const QString &type, const QString &target, bool external);

    QXmlStreamWriter &m_w;
    const ExportMediaLookup &m_media;
    bool m_inParagraph = false;
    int m_bold = 0;
    int m_italic = 0;
    int m_underline = 0;
    bool m_inLink = false;
    bool m_quote = false;
    bool m_headerRow = false;
    int m_columns = 0;
    QList<int> m_lists; ///< numIds of the open lists, outermost first
    QString m_figureAlign = QStringLiteral("center");
    int m_images = 0;
};

QString DocxBody::addRelationship(const QString &type, const QString &target, bool external)
{
    const QString id = QStringLiteral("rId") + QString::number(relationships.size() + 10);
    relationships.append(Relationship{id, kRelTypes + type, target, external});
    return id;
}

void DocxBody::startParagraph(const QString &style, const QString &align)
{
    endParagraph();
    m_w.writeStartElement(W, QStringLiteral("p"));
    if (!style.isEmpty() || !align.isEmpty() || !m_lists.isEmpty()) {
        m_w.writeStartElement(W, QStringLiteral("pPr"));
        if (!style.isEmpty()) {
            m_w.writeEmptyElement(W, QStringLiteral("pStyle"));
            m_w.writeAttribute(W, QStringLiteral("val"), style);
        }
        if (!m_lists.isEmpty()) {
            m_w.writeStartElement(W, QStringLiteral("numPr"));
            m_w.writeEmptyElement(W, QStringLiteral("ilvl"));
            m_w.writeAttribute(W, QStringLiteral("val"), QString::number(m_lists.size() - 1));
            m_w.writeEmptyElement(W, QStringLiteral("numId"));
            m_w.writeAttribute(W, QStringLiteral("val"), QString::number(m_lists.constLast()));
            m_w.writeEndElement();
        }
        if (!align.isEmpty()) {
            m_w.writeEmptyElement(W, QStringLiteral("jc"));
            m_w.writeAttribute(W, QStringLiteral("val"), align);
        }
        m_w.writeEndElement();
    }
    m_inParagraph = true;
}

void DocxBody::endParagraph()
{
    if (m_inParagraph) {
        m_w.writeEndElement();
        m_inParagraph = false;
    }
}

void DocxBody::run(const QString &text)
{
    if (!m_inParagraph || text.isEmpty()) {
        return;
    }
    m_w.writeStartElement(W, QStringLiteral("r"));
    const bool bold = m_bold > 0 || m_headerRow;
    if (bold || m_italic > 0 || m_underline > 0 || m_inLink) {
        m_w.writeStartElement(W, QStringLiteral("rPr"));
        if (m_inLink) {
            m_w.writeEmptyElement(W, QStringLiteral("rStyle"));
            m_w.writeAttribute(W, QStringLiteral("val"), QStringLiteral("Hyperlink"));
        }
        if (bold) {
            m_w.writeEmptyElement(W, QStringLiteral("b"));
        }
        if (m_italic > 0) {
            m_w.writeEmptyElement(W, QStringLiteral("i"));
        }
        if (m_underline > 0) {
            m_w.writeEmptyElement(W, QStringLiteral("u"));
            m_w.writeAttribute(W, QStringLiteral("val"), QStringLiteral("single"));
        }
        m_w.writeEndElement();
    }
    m_w.writeStartElement(W, QStringLiteral("t"));
    m_w.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
    m_w.writeCharacters(text);
    m_w.writeEndElement();
    m_w.writeEndElement();
}

void DocxBody::lineBreak()
{
    if (m_inParagraph) {
        m_w.writeStartElement(W, QStringLiteral("r"));
        m_w.writeEmptyElement(W, QStringLiteral("br"));
        m_w.writeEndElement();
    }
}

void DocxBody::paragraph(const QString &text, const QString &style, const QString &align, bool bold)
{
    startParagraph(style, align);
    m_bold += bold ? 1 : 0;
    run(text);
    m_bold -= bold ? 1 : 0;
    endParagraph();
}

Result<void> DocxBody::image(const Token &t)
{
    const QString src = t.attribute(QStringLiteral("src"));
    if (html::isWebImageSource(src)) {
        // A picture on the web is linked (r:link to an external target), never fetched: Word shows it
        // at a 4:3 extent of the text's width, the importer reads its address back.
        ++m_images;
        picture(addRelationship(QStringLiteral("image"), src, true), true, kMaxImageWidthEmu, kMaxImageWidthEmu * 3 / 4,
                t.attribute(QStringLiteral("alt")),
                QUrl(src).fileName().isEmpty() ? QStringLiteral("image%1").arg(m_images) : QUrl(src).fileName());
        return {};
    }
    const qint64 id = html::mediaIdFromSource(src);
    if (id <= 0) {
        return {}; // an http: address: not published, not exported
    }
    auto media = m_media ? m_media(id) : Result<Media>(makeError(ErrorCode::NotFound, QString()));
    if (!media || media->data.isEmpty()) {
        return makeError(ErrorCode::NotFound,
                         Text::tr("The image %1 of the article is missing from the workspace.").arg(src),
                         media ? QStringLiteral("no bytes") : media.error().detail);
    }
    ++m_images;
    const QString path = QStringLiteral("media/image%1.").arg(m_images) + extensionForMime(media->mimeType.toLower());
    mediaParts.append(MediaPart{QStringLiteral("word/") + path, media->data});
    const QString rel = addRelationship(QStringLiteral("image"), path, false);

    QSize size = imagePixelSize(media->data);
    if (!size.isValid() || size.isEmpty()) {
        size = QSize(640, 480);
    }
    qint64 cx = size.width() * kEmuPerPixel;
    qint64 cy = size.height() * kEmuPerPixel;
    const double scale =
        std::min({1.0, double(kMaxImageWidthEmu) / double(cx), double(kMaxImageHeightEmu) / double(cy)});
    cx = qint64(double(cx) * scale);
    cy = qint64(double(cy) * scale);
    picture(rel, false, cx, cy, t.attribute(QStringLiteral("alt")), path.section(QLatin1Char('/'), -1));
    return {};
}

// The figure's paragraph holding one inline picture: `rel` embeds its part, or links its address.
void DocxBody::picture(const QString &rel, bool linked, qint64 cx, qint64 cy, const QString &alt, const QString &name)
{
    const QString number = QString::number(m_images);
    startParagraph(QString(), m_figureAlign);
    m_w.writeStartElement(W, QStringLiteral("r"));
    m_w.writeStartElement(W, QStringLiteral("drawing"));
    m_w.writeStartElement(WP, QStringLiteral("inline"));
    for (const char *side : {"distT", "distB", "distL", "distR"}) {
        m_w.writeAttribute(QString::fromLatin1(side), QStringLiteral("0"));
    }
    m_w.writeEmptyElement(WP, QStringLiteral("extent"));
    m_w.writeAttribute(QStringLiteral("cx"), QString::number(cx));
    m_w.writeAttribute(QStringLiteral("cy"), QString::number(cy));
    m_w.writeEmptyElement(WP, QStringLiteral("docPr"));
    m_w.writeAttribute(QStringLiteral("id"), number);
    m_w.writeAttribute(QStringLiteral("name"), QStringLiteral("Picture ") + number);
    m_w.writeAttribute(QStringLiteral("descr"), alt);
    m_w.writeStartElement(WP, QStringLiteral("cNvGraphicFramePr"));
    m_w.writeEmptyElement(A, QStringLiteral("graphicFrameLocks"));
    m_w.writeAttribute(QStringLiteral("noChangeAspect"), QStringLiteral("1"));
    m_w.writeEndElement();
    m_w.writeStartElement(A, QStringLiteral("graphic"));
    m_w.writeStartElement(A, QStringLiteral("graphicData"));
    m_w.writeAttribute(QStringLiteral("uri"), PIC);
    m_w.writeStartElement(PIC, QStringLiteral("pic"));
    m_w.writeStartElement(PIC, QStringLiteral("nvPicPr"));
    m_w.writeEmptyElement(PIC, QStringLiteral("cNvPr"));
    m_w.writeAttribute(QStringLiteral("id"), number);
    m_w.writeAttribute(QStringLiteral("name"), name);
    m_w.writeAttribute(QStringLiteral("descr"), alt);
    m_w.writeEmptyElement(PIC, QStringLiteral("cNvPicPr"));
    m_w.writeEndElement(); // nvPicPr
    m_w.writeStartElement(PIC, QStringLiteral("blipFill"));
    m_w.writeEmptyElement(A, QStringLiteral("blip"));
    m_w.writeAttribute(R, linked ? QStringLiteral("link") : QStringLiteral("embed"), rel);
    m_w.writeStartElement(A, QStringLiteral("stretch"));
    m_w.writeEmptyElement(A, QStringLiteral("fillRect"));
    m_w.writeEndElement();
    m_w.writeEndElement(); // blipFill
    m_w.writeStartElement(PIC, QStringLiteral("spPr"));
    m_w.writeStartElement(A, QStringLiteral("xfrm"));
    m_w.writeEmptyElement(A, QStringLiteral("off"));
    m_w.writeAttribute(QStringLiteral("x"), QStringLiteral("0"));
    m_w.writeAttribute(QStringLiteral("y"), QStringLiteral("0"));
    m_w.writeEmptyElement(A, QStringLiteral("ext"));
    m_w.writeAttribute(QStringLiteral("cx"), QString::number(cx));
    m_w.writeAttribute(QStringLiteral("cy"), QString::number(cy));
    m_w.writeEndElement(); // xfrm
    m_w.writeStartElement(A, QStringLiteral("prstGeom"));
    m_w.writeAttribute(QStringLiteral("prst"), QStringLiteral("rect"));
    m_w.writeEmptyElement(A, QStringLiteral("avLst"));
    m_w.writeEndElement(); // prstGeom
    m_w.writeEndElement(); // spPr
    m_w.writeEndElement(); // pic
    m_w.writeEndElement(); // graphicData
    m_w.writeEndElement(); // graphic
    m_w.writeEndElement(); // inline
    m_w.writeEndElement(); // drawing
    m_w.writeEndElement(); // r
    endParagraph();
}

// Word needs the table's grid before its rows: the columns of the widest row.
void DocxBody::startTable(const QList<Token> &tokens, qsizetype at)
{
    int columns = 0;
    int inRow = 0;
    for (qsizetype i = at + 1; i < tokens.size(); ++i) {
        const Token &t = tokens.at(i);
        if (t.name == QLatin1String("table") && t.kind == Token::Kind::End) {
            break;
        }
        if (t.kind == Token::Kind::Start && t.name == QLatin1String("tr")) {
            inRow = 0;
        } else if (t.kind == Token::Kind::Start && (t.name == QLatin1String("td") || t.name == QLatin1String("th"))) {
            columns = std::max(columns, ++inRow);
        }
    }
    m_columns = std::max(1, columns);
    m_w.writeStartElement(W, QStringLiteral("tbl"));
    m_w.writeStartElement(W, QStringLiteral("tblPr"));
    m_w.writeEmptyElement(W, QStringLiteral("tblStyle"));
    m_w.writeAttribute(W, QStringLiteral("val"), QStringLiteral("TableGrid"));
    m_w.writeEmptyElement(W, QStringLiteral("tblW"));
    m_w.writeAttribute(W, QStringLiteral("w"), QString::number(kTextWidthTwips));
    m_w.writeAttribute(W, QStringLiteral("type"), QStringLiteral("dxa"));
    m_w.writeEndElement();
    m_w.writeStartElement(W, QStringLiteral("tblGrid"));
    for (int c = 0; c < m_columns; ++c) {
        m_w.writeEmptyElement(W, QStringLiteral("gridCol"));
        m_w.writeAttribute(W, QStringLiteral("w"), QString::number(kTextWidthTwips / m_columns));
    }
    m_w.writeEndElement();
}

Result<void> DocxBody::write(const QList<Token> &tokens)
{
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens.at(i);
        const QString &n = t.name;
        if (t.kind == Token::Kind::Text) {
            run(t.text);
            continue;
        }
        const bool start = t.kind == Token::Kind::Start;
        const int delta = start ? 1 : -1;
        if (n == QLatin1String("strong")) {
            m_bold += delta;
        } else if (n == QLatin1String("em")) {
            m_italic += delta;
        } else if (n == QLatin1String("u")) {
            m_underline += delta;
        } else if (n == QLatin1String("br")) {
            lineBreak();
        } else if (n == QLatin1String("a")) {
            if (start && m_inParagraph && !m_inLink) {
                m_w.writeStartElement(W, QStringLiteral("hyperlink"));
                m_w.writeAttribute(
                    R, QStringLiteral("id"),
                    addRelationship(QStringLiteral("hyperlink"), t.attribute(QStringLiteral("href")), true));
                m_inLink = true;
            } else if (!start && m_inLink) {
                m_w.writeEndElement();
                m_inLink = false;
            }
        } else if (n == QLatin1String("p")) {
            if (start) {
                startParagraph(m_quote ? QStringLiteral("Quote") : QString());
            } else {
                endParagraph();
            }
        } else if (n == QLatin1String("h2") || n == QLatin1String("h3")) {
            if (start) {
                startParagraph(n == QLatin1String("h2") ? QStringLiteral("Heading1") : QStringLiteral("Heading2"));
            } else {
                endParagraph();
            }
        } else if (n == QLatin1String("blockquote")) {
            m_quote = start;
        } else if (n == QLatin1String("ul") || n == QLatin1String("ol")) {
            endParagraph(); // a nested list ends its item's paragraph
            if (start) {
                lists.append({n == QLatin1String("ol"), int(m_lists.size())});
                m_lists.append(int(lists.size()));
            } else if (!m_lists.isEmpty()) {
                m_lists.removeLast();
            }
        } else if (n == QLatin1String("li")) {
            if (start) {
                startParagraph(QStringLiteral("ListParagraph"));
            } else {
                endParagraph();
            }
        } else if (n == QLatin1String("figure")) {
            const auto align = html::alignmentFromClass(t.attribute(QStringLiteral("class")));
            m_figureAlign = align == html::ImageAlignment::Left    ? QStringLiteral("left")
                            : align == html::ImageAlignment::Right ? QStringLiteral("right")
                                                                   : QStringLiteral("center");
        } else if (n == QLatin1String("img") && start) {
            TOASOAN_CHECK(image(t));
        } else if (n == QLatin1String("figcaption")) {
            if (start) {
                startParagraph(QStringLiteral("Caption"), m_figureAlign);
            } else {
                endParagraph();
            }
        } else if (n == QLatin1String("table")) {
            if (start) {
                startTable(tokens, i);
            } else {
                m_w.writeEndElement();
            }
        } else if (n == QLatin1String("thead")) {
            m_headerRow = start;
        } else if (n == QLatin1String("tr")) {
            if (start) {
                m_w.writeStartElement(W, QStringLiteral("tr"));
                if (m_headerRow) {
                    m_w.writeStartElement(W, QStringLiteral("trPr"));
                    m_w.writeEmptyElement(W, QStringLiteral("tblHeader"));
                    m_w.writeEndElement();
                }
            } else {
                m_w.writeEndElement();
            }
        } else if (n == QLatin1String("td") || n == QLatin1String("th")) {
            if (start) {
                m_w.writeStartElement(W, QStringLiteral("tc"));
                m_w.writeStartElement(W, QStringLiteral("tcPr"));
                m_w.writeEmptyElement(W, QStringLiteral("tcW"));
                m_w.writeAttribute(W, QStringLiteral("w"), QString::number(kTextWidthTwips / m_columns));
                m_w.writeAttribute(W, QStringLiteral("type"), QStringLiteral("dxa"));
                m_w.writeEndElement();
                startParagraph(QString());
            } else {
                endParagraph();
                m_w.writeEndElement();
            }
        }
    }
    endParagraph();
    return {};
}

void startPart(QXmlStreamWriter &w, const QString &name, const QList<std::pair<QString, QString>> &namespaces)
{
    w.setAutoFormatting(false);
    w.writeStartDocument(QStringLiteral("1.0"), true);
    for (const auto &[prefix, uri] : namespaces) {
        w.writeNamespace(uri, prefix);
    }
    w.writeStartElement(namespaces.constFirst().second, name);
}

QByteArray contentTypes(const QList<MediaPart> &media)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    const QString ns = QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types");
    w.writeStartDocument(QStringLiteral("1.0"), true);
    w.writeDefaultNamespace(ns);
    w.writeStartElement(ns, QStringLiteral("Types"));
    auto byDefault = [&](const QString &extension, const QString &type) {
        w.writeEmptyElement(ns, QStringLiteral("Default"));
        w.writeAttribute(QStringLiteral("Extension"), extension);
        w.writeAttribute(QStringLiteral("ContentType"), type);
    };
    byDefault(QStringLiteral("rels"), QStringLiteral("application/vnd.openxmlformats-package.relationships+xml"));
    byDefault(QStringLiteral("xml"), QStringLiteral("application/xml"));
    QStringList extensions;
    for (const MediaPart &part : media) {
        const QString extension = part.path.section(QLatin1Char('.'), -1);
        if (!extensions.contains(extension)) {
            extensions.append(extension);
            byDefault(extension, QStringLiteral("image/") + extension);
        }
    }
    const QString wml = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.");
    const QList<std::pair<QString, QString>> overrides = {
        {QStringLiteral("/word/document.xml"), wml + QStringLiteral("document.main+xml")},
        {QStringLiteral("/word/styles.xml"), wml + QStringLiteral("styles+xml")},
        {QStringLiteral("/word/numbering.xml"), wml + QStringLiteral("numbering+xml")},
        {QStringLiteral("/docProps/core.xml"),
         QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml")},
    };
    for (const auto &[part, type] : overrides) {
        w.writeEmptyElement(ns, QStringLiteral("Override"));
        w.writeAttribute(QStringLiteral("PartName"), part);
        w.writeAttribute(QStringLiteral("ContentType"), type);
    }
    w.writeEndDocument();
    return xml;
}

QByteArray relationshipsPart(const QList<Relationship> &relationships)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    const QString ns = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
    w.writeStartDocument(QStringLiteral("1.0"), true);
    w.writeDefaultNamespace(ns);
    w.writeStartElement(ns, QStringLiteral("Relationships"));
    for (const Relationship &rel : relationships) {
        w.writeEmptyElement(ns, QStringLiteral("Relationship"));
        w.writeAttribute(QStringLiteral("Id"), rel.id);
        w.writeAttribute(QStringLiteral("Type"), rel.type);
        w.writeAttribute(QStringLiteral("Target"), rel.target);
        if (rel.external) {
            w.writeAttribute(QStringLiteral("TargetMode"), QStringLiteral("External"));
        }
    }
    w.writeEndDocument();
    return xml;
}

QByteArray corePart(const Article &article, const ArticleNames &names)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    const QString cp = QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
    const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
    const QString dcterms = QStringLiteral("http://purl.org/dc/terms/");
    const QString xsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
    w.writeStartDocument(QStringLiteral("1.0"), true);
    w.writeNamespace(cp, QStringLiteral("cp"));
    w.writeNamespace(dc, QStringLiteral("dc"));
    w.writeNamespace(dcterms, QStringLiteral("dcterms"));
    w.writeNamespace(xsi, QStringLiteral("xsi"));
    w.writeStartElement(cp, QStringLiteral("coreProperties"));
    w.writeTextElement(dc, QStringLiteral("title"), article.title);
    w.writeTextElement(dc, QStringLiteral("creator"), article.byline.isEmpty() ? names.authorName : article.byline);
    w.writeTextElement(dc, QStringLiteral("language"), QStringLiteral("vi-VN"));
    const QDateTime when = article.updatedAt.isValid() ? article.updatedAt : QDateTime::currentDateTimeUtc();
    w.writeStartElement(dcterms, QStringLiteral("modified"));
    w.writeAttribute(xsi, QStringLiteral("type"), QStringLiteral("dcterms:W3CDTF"));
    w.writeCharacters(when.toUTC().toString(Qt::ISODate));
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

// Built-in Word styles by their English names (what Word and the importer recognise in any locale),
// in Times New Roman 13 pt, the size of administrative documents; the text is Vietnamese.
QByteArray stylesPart()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" "
        "w:eastAsia=\"Times New Roman\" w:cs=\"Times New Roman\"/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/>"
        "<w:lang w:val=\"vi-VN\" w:eastAsia=\"en-US\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
        "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"276\" w:lineRule=\"auto\"/></w:pPr>"
        "</w:pPrDefault></w:docDefaults>"
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
        "<w:pPr><w:jc w:val=\"both\"/></w:pPr></w:style>"
        "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
        "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/>"
        "<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before=\"120\" w:after=\"240\"/>"
        "<w:jc w:val=\"center\"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val=\"36\"/><w:szCs w:val=\"36\"/></w:rPr>"
        "</w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
        "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/>"
        "<w:spacing w:before=\"240\" w:after=\"120\"/><w:jc w:val=\"left\"/><w:outlineLvl w:val=\"0\"/></w:pPr>"
        "<w:rPr><w:b/><w:bCs/><w:sz w:val=\"30\"/><w:szCs w:val=\"30\"/></w:rPr></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/>"
        "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/>"
        "<w:spacing w:before=\"200\" w:after=\"120\"/><w:jc w:val=\"left\"/><w:outlineLvl w:val=\"1\"/></w:pPr>"
        "<w:rPr><w:b/><w:bCs/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"Caption\"><w:name w:val=\"caption\"/>"
        "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:after=\"200\"/>"
        "<w:jc w:val=\"center\"/></w:pPr><w:rPr><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/></w:rPr></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"ListParagraph\"><w:name w:val=\"List Paragraph\"/>"
        "<w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:after=\"60\"/><w:ind w:left=\"720\"/>"
        "<w:contextualSpacing/></w:pPr></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"Quote\"><w:name w:val=\"Quote\"/><w:basedOn w:val=\"Normal\"/>"
        "<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:ind w:left=\"720\" w:right=\"720\"/></w:pPr></w:style>"
        "<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/>"
        "<w:basedOn w:val=\"DefaultParagraphFont\"/><w:rPr><w:color w:val=\"0563C1\"/><w:u w:val=\"single\"/>"
        "</w:rPr></w:style>"
        "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
        "<w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" "
        "w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right "
        "w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
        "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/>"
        "<w:basedOn w:val=\"TableNormal\"/><w:pPr><w:spacing w:after=\"0\"/><w:jc w:val=\"left\"/></w:pPr>"
        "<w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
        "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:bottom w:val=\"single\" "
        "w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" "
        "w:color=\"auto\"/><w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:insideV "
        "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/></w:tblBorders></w:tblPr></w:style>"
        "</w:styles>\n");
}

// One bulleted and one numbered list definition, each with the levels the body can nest
// (html::BodyWriter keeps 5); each list of the body is a w:num of its own, so that every numbered
// list starts again at 1.
QByteArray numberingPart(const QList<std::pair<bool, int>> &lists)
{
    constexpr int kLevels = 9; // as Word defines them; the body uses the first 5
    static const QStringList bullets{QStringLiteral("•"), QStringLiteral("◦"), QStringLiteral("▪")};
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartDocument(QStringLiteral("1.0"), true);
    w.writeNamespace(W, QStringLiteral("w"));
    w.writeStartElement(W, QStringLiteral("numbering"));
    for (int abstract = 0; abstract < 2; ++abstract) {
        const bool ordered = abstract == 1;
        w.writeStartElement(W, QStringLiteral("abstractNum"));
        w.writeAttribute(W, QStringLiteral("abstractNumId"), QString::number(abstract));
        w.writeEmptyElement(W, QStringLiteral("multiLevelType"));
        w.writeAttribute(W, QStringLiteral("val"), QStringLiteral("hybridMultilevel"));
        for (int level = 0; level < kLevels; ++level) {
            w.writeStartElement(W, QStringLiteral("lvl"));
            w.writeAttribute(W, QStringLiteral("ilvl"), QString::number(level));
            w.writeEmptyElement(W, QStringLiteral("start"));
            w.writeAttribute(W, QStringLiteral("val"), QStringLiteral("1"));
            w.writeEmptyElement(W, QStringLiteral("numFmt"));
            w.writeAttribute(W, QStringLiteral("val"), ordered ? QStringLiteral("decimal") : QStringLiteral("bullet"));
            w.writeEmptyElement(W, QStringLiteral("lvlText"));
            w.writeAttribute(W, QStringLiteral("val"),
                             ordered ? QLatin1Char('%') + QString::number(level + 1) + QLatin1Char('.')
                                     : bullets.at(level % bullets.size()));
            w.writeEmptyElement(W, QStringLiteral("lvlJc"));
            w.writeAttribute(W, QStringLiteral("val"), QStringLiteral("left"));
            w.writeStartElement(W, QStringLiteral("pPr"));
            w.writeEmptyElement(W, QStringLiteral("ind"));
            w.writeAttribute(W, QStringLiteral("left"), QString::number(720 * (level + 1)));
            w.writeAttribute(W, QStringLiteral("hanging"), QStringLiteral("360"));
            w.writeEndElement();
            w.writeEndElement(); // lvl
        }
        w.writeEndElement(); // abstractNum
    }
    for (qsizetype i = 0; i < lists.size(); ++i) {
        const auto [ordered, level] = lists.at(i);
        w.writeStartElement(W, QStringLiteral("num"));
        w.writeAttribute(W, QStringLiteral("numId"), QString::number(i + 1));
        w.writeEmptyElement(W, QStringLiteral("abstractNumId"));
        w.writeAttribute(W, QStringLiteral("val"), ordered ? QStringLiteral("1") : QStringLiteral("0"));
        if (ordered) {
            w.writeStartElement(W, QStringLiteral("lvlOverride"));
            w.writeAttribute(W, QStringLiteral("ilvl"), QString::number(level));
            w.writeEmptyElement(W, QStringLiteral("startOverride"));
            w.writeAttribute(W, QStringLiteral("val"), QStringLiteral("1"));
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    w.writeEndDocument();
    return xml;
}

} // namespace

Result<QByteArray> articleToDocx(const Article &article, const ArticleNames &names, const ExportMediaLookup &media)
{
    QByteArray document;
    QXmlStreamWriter w(&document);
    startPart(w, QStringLiteral("document"),
              {{QStringLiteral("w"), W},
               {QStringLiteral("r"), R},
               {QStringLiteral("wp"), WP},
               {QStringLiteral("a"), A},
               {QStringLiteral("pic"), PIC}});
    w.writeStartElement(W, QStringLiteral("body"));
    DocxBody body(w, media);
    body.paragraph(article.title, QStringLiteral("Title"), QString(), false);
    if (!article.sapo.isEmpty()) {
        body.paragraph(article.sapo, QString(), QString(), true);
    }
    TOASOAN_CHECK(body.write(html::tokenize(html::normalizeBody(bodyWithDateline(article)))));
    if (!article.byline.isEmpty()) {
        body.paragraph(article.byline, QString(), QStringLiteral("right"), true);
    }
    // A4 portrait, margins of administrative documents (left 30 mm, the others 20 mm).
    w.writeStartElement(W, QStringLiteral("sectPr"));
    w.writeEmptyElement(W, QStringLiteral("pgSz"));
    w.writeAttribute(W, QStringLiteral("w"), QStringLiteral("11906"));
    w.writeAttribute(W, QStringLiteral("h"), QStringLiteral("16838"));
    w.writeEmptyElement(W, QStringLiteral("pgMar"));
    for (const auto &[side, twips] :
         {std::pair{"top", "1134"}, std::pair{"right", "1134"}, std::pair{"bottom", "1134"}, std::pair{"left", "1701"},
          std::pair{"header", "709"}, std::pair{"footer", "709"}, std::pair{"gutter", "0"}}) {
        w.writeAttribute(W, QString::fromLatin1(side), QString::fromLatin1(twips));
    }
    w.writeEndElement(); // sectPr
    w.writeEndDocument();

    QList<Relationship> documentRels = {
        {QStringLiteral("rId1"), kRelTypes + QStringLiteral("styles"), QStringLiteral("styles.xml"), false},
        {QStringLiteral("rId2"), kRelTypes + QStringLiteral("numbering"), QStringLiteral("numbering.xml"), false},
    };
    documentRels += body.relationships;
    const QList<Relationship> packageRels = {
        {QStringLiteral("rId1"), kRelTypes + QStringLiteral("officeDocument"), QStringLiteral("word/document.xml"),
         false},
        {QStringLiteral("rId2"),
         QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
         QStringLiteral("docProps/core.xml"), false},
    };
    QList<QPair<QString, QByteArray>> entries = {
        {QStringLiteral("[Content_Types].xml"), contentTypes(body.mediaParts)},
        {QStringLiteral("_rels/.rels"), relationshipsPart(packageRels)},
        {QStringLiteral("docProps/core.xml"), corePart(article, names)},
        {QStringLiteral("word/document.xml"), document},
        {QStringLiteral("word/_rels/document.xml.rels"), relationshipsPart(documentRels)},
        {QStringLiteral("word/styles.xml"), stylesPart()},
        {QStringLiteral("word/numbering.xml"), numberingPart(body.lists)},
    };
    for (const MediaPart &part : std::as_const(body.mediaParts)) {
        entries.append({part.path, part.bytes});
    }
    return writeZipPackage(entries);
}

Result<void> writeArticleFile(const Article &article, const ArticleNames &names, const ExportMediaLookup &media,
                              const QString &format, const QString &path)
{
    QByteArray bytes;
    if (format == QLatin1String("docx")) {
        TOASOAN_TRY(docx, articleToDocx(article, names, media));
        bytes = *docx;
    } else if (format == QLatin1String("json")) {
        bytes = QJsonDocument(articleToJson(article, names)).toJson(QJsonDocument::Indented);
    } else if (format == QLatin1String("html")) {
        bytes = articleToHtmlDocument(article, names).toUtf8();
    } else {
        return makeError(ErrorCode::Invalid, Text::tr("ToaSoan does not write %1 files.").arg(format.toUpper()));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return makeError(ErrorCode::Io, Text::tr("Cannot write the file %1.").arg(QDir::toNativeSeparators(path)),
                         file.errorString());
    }
    return {};
}

} // namespace toasoan::io
