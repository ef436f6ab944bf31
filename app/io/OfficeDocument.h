#pragma once

// What the .docx and .odt readers share: the runs of text they find (with the little formatting an
// article keeps and the font's legacy encoding), the blocks they make of them, and the assembly of
// those blocks into an article (title, sapo, byline, figures with captions, footnotes).

#include "app/io/OfficeImport.h"
#include "app/io/ZipPackage.h"
#include "app/text/LegacyEncoding.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QXmlStreamReader>

namespace toasoan::io::office {

/// The character formatting an article keeps, and the font's encoding.
struct RunFormat
{
    bool bold = false;
    bool italic = false;
    bool underline = false;
    text::LegacyEncoding encoding = text::LegacyEncoding::Unicode; ///< from the run's font name
    bool capsFont = false;
};

/// Reads a font name (".VnTime", "VNI-Times", "Arial") into `format`'s encoding.
void applyFontName(RunFormat &format, const QString &fontName);

/// Collects one paragraph's runs and gives its inline HTML (strong/em/u/a/br), legacy runs decoded.
class ParagraphText
{
public:
    void addText(const QString &text, const RunFormat &format);
    void addLineBreak();
    /// A footnote mark "[n]".
    void addNoteMark(int number);
    void startLink(const QString &href);
    void endLink();

    bool isEmpty() const;
    /// The paragraph's text (NFC, spaces collapsed), legacy runs decoded.
    QString plainText() const;
    /// Inline HTML; legacy runs decoded. Without `italics`, italic runs are written upright.
    QString html(bool italics = true) const;
    /// Every letter is bold (a sapo).
    bool allBold() const;
    /// Every letter is italic (an image caption).
    bool allItalic() const;
    /// Runs in a legacy font whose text changes once decoded.
    int legacyRuns() const;

private:
    struct Piece
    {
        QString text;
        RunFormat format;
        QString link;
        bool lineBreak = false;
    };
    QList<Piece> m_pieces;
    QString m_link;
    int m_legacyRuns = 0;
};

/// A paragraph as a reader finds it: runs of text, cut where pictures sit.
struct Segment
{
    ParagraphText text;
    int imageIndex = -1; ///< a picture (Document::images) instead of text
    QString webSource;   ///< or a picture linked to its https address (html::isWebImageSource())
    QString alt;
    bool caption = false; ///< text of a caption (an OpenDocument caption frame)

    bool isPicture() const { return imageIndex >= 0 || !webSource.isEmpty(); }
};

/// One block of the document, in order.
struct Block
{
    enum class Kind
    {
        Paragraph,
        Title,
        Heading, ///< `level` 1..9
        Caption, ///< a paragraph in a caption style
        Quote,   ///< a paragraph in a quote style ("Quote", "Quotations", "Trích dẫn"…)
        Image,   ///< `imageIndex` into Document::images (or `webSource`), `alt`
        Markup,  ///< a list or a table, already HTML
    };
    Kind kind = Kind::Paragraph;
    int level = 0;
    QString html;        ///< inline HTML for paragraphs, headings, captions; block HTML for Markup
    QString uprightHtml; ///< `html` without its italics: a caption recognised by them (see assemble())
    QString text;        ///< plain text
    bool allBold = false;
    bool allItalic = false;
    int imageIndex = -1;
    QString webSource; ///< Image: its https address when it is linked, not in the file
    QString alt;
    QString align; ///< Image: "left" or "right" as its paragraph is aligned; empty: centred
};

/// A list item as the readers find them: nesting level (0 = outermost), ordered or bulleted.
struct ListItem
{
    int level = 0;
    bool ordered = false;
    QString html; ///< inline HTML
};

/// Everything a reader found in a document.
struct Document
{
    QList<Block> blocks;
    QStringList footnotes; ///< inline HTML, numbered from 1 in order of their marks
    QList<ImportedImage> images;
    QStringList missingImages; ///< pictures left out: see ImportedArticle::missingImages
    int legacyRuns = 0;

    /// The paragraph's segments as blocks of `kind` (pictures as Image blocks); counts legacy runs.
    /// `align` ("left", "right") places the paragraph's pictures.
    void addParagraph(const QList<Segment> &segments, Block::Kind kind, int level = 0, const QString &align = {});
    /// The paragraph's text segments as items of the list being read (see flushList()).
    void addListItems(const QList<Segment> &segments, int level, bool ordered);
    /// Ends the list being read: one Markup block.
    void flushList();

    /// The index in `images` of the package's entry `path`, added once; -1 (and the name noted in
    /// missingImages) when the entry is missing or is not in a format web pages show.
    int addImage(const ZipPackage &package, const QString &path);

private:
    QHash<QString, int> m_imageByPath;
    QList<ListItem> m_list;
};

/// How deep the readers follow nested elements (sections, lists, spans, insertions, frames): a file of
/// elements nested thousands deep must not exhaust the stack. Deeper elements are skipped.
class NestingGuard
{
public:
    explicit NestingGuard(int &depth) : m_depth(depth) { ++m_depth; }
    ~NestingGuard() { --m_depth; }
    NestingGuard(const NestingGuard &) = delete;
    NestingGuard &operator=(const NestingGuard &) = delete;

    bool tooDeep() const { return m_depth > 64; }

private:
    int &m_depth;
};

/// Nested ul/ol markup for consecutive list items.
QString listHtml(const QList<ListItem> &items);

/// An attribute by its local name, whatever prefix the file binds to its namespace.
QString attributeByName(const QXmlStreamReader &x, QLatin1StringView local);

/// PNG, JPEG, GIF or WebP: what a web page shows.
bool isWebImage(const QByteArray &bytes);

/// The src a body image holds until it is stored as media ("embedded:3").
QString embeddedImageSource(int index);

/// Turns the blocks into an article: the Title block (else the first heading) is the title, a first
/// paragraph in bold the sapo, a short last paragraph that is a person's name the byline; a caption
/// after an image becomes its figcaption (upright when its italics are what made it one); footnotes follow the body as
/// "[n] text" paragraphs. The body is raw HTML with images at embeddedImageSource(): finishImport() runs the body
/// pipeline.
ImportedArticle assemble(Document document);

/// Word style names that say heading/title, in English and in localized Word ("Heading 1",
/// "Tiêu đề 1", "Title"): 0 for none, 1..9 for a heading level, -1 for the title.
int headingLevelFromStyleName(const QString &styleName);
/// Word's "List Bullet 2", "List Number 3"… (English in every Word; LibreOffice keeps them): a list
/// of their own that nests by its style alone; the nesting level they stand for (1, 2…), else 0.
int listLevelFromStyleName(const QString &styleName);
/// "Caption", "Chú thích" and LibreOffice's "Illustration", "Figure"…
bool isCaptionStyleName(const QString &styleName);
/// "Quote", "Intense Quote", LibreOffice's "Quotations", "Trích dẫn"…
bool isQuoteStyleName(const QString &styleName);
/// A paragraph alignment as Word or OpenDocument writes it ("left", "right", "end", "center"…):
/// "left" or "right" for a picture off centre, else empty ("start" is every paragraph's default).
QString pictureAlignment(const QString &paragraphAlignment);

/// The document's bytes, read by the format's reader.
Result<Document> readDocx(const ZipPackage &package, const QString &shownName);
Result<Document> readOdt(const ZipPackage &package, const QString &shownName);

} // namespace toasoan::io::office
