#include "app/io/OfficeDocument.h"

#include "app/html/Entities.h"
#include "app/io/ArticleImport.h"
#include "app/text/LegacyDetect.h"
#include "app/text/Normalize.h"

#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>

namespace toasoan::io::office {

namespace {

using html::escapeAttribute;
using html::escapeText;

bool sameFormat(const RunFormat &a, const RunFormat &b)
{
    return a.bold == b.bold && a.italic == b.italic && a.underline == b.underline && a.encoding == b.encoding &&
           a.capsFont == b.capsFont;
}

// Text typed in Unicode under a legacy font name (a .VnTime style kept over new text) holds letters
// no legacy byte gives: it stays as it is.
bool holdsLegacyBytes(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0xFF && text::legacyStringToBytes(QString(c)) == "?") {
            return false;
        }
    }
    return true;
}

QString decoded(const QString &text, const RunFormat &format)
{
    if (format.encoding == text::LegacyEncoding::Unicode || !holdsLegacyBytes(text)) {
        return text;
    }
    return text::decodeLegacy(text, format.encoding, format.capsFont);
}

} // namespace

void applyFontName(RunFormat &format, const QString &fontName)
{
    const text::FontHint hint = text::classifyFontName(fontName);
    if (hint.found) {
        format.encoding = hint.encoding;
        format.capsFont = hint.capsFont;
    }
}

void ParagraphText::addText(const QString &text, const RunFormat &format)
{
    if (text.isEmpty()) {
        return;
    }
    if (format.encoding != text::LegacyEncoding::Unicode && holdsLegacyBytes(text) &&
        text::decodeLegacy(text, format.encoding, format.capsFont) != text) {
        ++m_legacyRuns;
    }
    // Word splits runs anywhere (spelling marks, revisions): neighbours in the same format are one
    // piece, so a VNI letter and its mark in two runs decode together.
    if (!m_pieces.isEmpty() && !m_pieces.constLast().lineBreak && sameFormat(m_pieces.constLast().format, format) &&
        m_pieces.constLast().link == m_link) {
        m_pieces.last().text += text;
        return;
    }
    m_pieces.append(Piece{text, format, m_link, false});
}

void ParagraphText::addLineBreak()
{
    m_pieces.append(Piece{QString(), RunFormat{}, m_link, true});
}

void ParagraphText::addNoteMark(int number)
{
    addText(QStringLiteral("[%1]").arg(number), RunFormat{});
}

void ParagraphText::startLink(const QString &href)
{
    m_link = href;
}

void ParagraphText::endLink()
{
    m_link.clear();
}

bool ParagraphText::isEmpty() const
{
    return plainText().isEmpty();
}

QString ParagraphText::plainText() const
{
    QString out;
    for (const Piece &piece : m_pieces) {
        out += piece.lineBreak ? QStringLiteral(" ") : decoded(piece.text, piece.format);
    }
    return text::normalize(out.simplified());
}

QString ParagraphText::html(bool italics) const
{
    QString out;
    QString openLink;
    for (const Piece &piece : m_pieces) {
        if (piece.link != openLink) {
            if (!openLink.isEmpty()) {
                out += QStringLiteral("</a>");
            }
            if (!piece.link.isEmpty()) {
                out += QStringLiteral("<a href=\"") + escapeAttribute(piece.link) + QStringLiteral("\">");
            }
            openLink = piece.link;
        }
        if (piece.lineBreak) {
            out += QStringLiteral("<br>");
            continue;
        }
        QString text = escapeText(decoded(piece.text, piece.format));
        if (piece.format.underline) {
            text = QStringLiteral("<u>") + text + QStringLiteral("</u>");
        }
        if (piece.format.italic && italics) {
            text = QStringLiteral("<em>") + text + QStringLiteral("</em>");
        }
        if (piece.format.bold) {
            text = QStringLiteral("<strong>") + text + QStringLiteral("</strong>");
        }
        out += text;
    }
    if (!openLink.isEmpty()) {
        out += QStringLiteral("</a>");
    }
    return out;
}

bool ParagraphText::allBold() const
{
    bool any = false;
    for (const Piece &piece : m_pieces) {
        if (piece.text.trimmed().isEmpty()) {
            continue;
        }
        if (!piece.format.bold) {
            return false;
        }
        any = true;
    }
    return any;
}

bool ParagraphText::allItalic() const
{
    bool any = false;
    for (const Piece &piece : m_pieces) {
        if (piece.text.trimmed().isEmpty()) {
            continue;
        }
        if (!piece.format.italic) {
            return false;
        }
        any = true;
    }
    return any;
}

int ParagraphText::legacyRuns() const
{
    return m_legacyRuns;
}

QString listHtml(const QList<ListItem> &items)
{
    // Each open list remembers its tag; an item deeper than the open lists opens one inside the
    // previous item, a shallower one closes lists down to its level.
    QString out;
    QStringList open;
    for (const ListItem &item : items) {
        const int level = qBound(0, item.level, 8);
        const QString tag = item.ordered ? QStringLiteral("ol") : QStringLiteral("ul");
        while (open.size() > level + 1) {
            out += QStringLiteral("</li></") + open.takeLast() + QLatin1Char('>');
        }
        if (open.size() == level + 1 && open.constLast() != tag) {
            out += QStringLiteral("</li></") + open.takeLast() + QLatin1Char('>');
        } else if (open.size() == level + 1) {
            out += QStringLiteral("</li>");
        }
        while (open.size() < level + 1) {
            out += QLatin1Char('<') + tag + QLatin1Char('>');
            open.append(tag);
            if (open.size() < level + 1) {
                out += QStringLiteral("<li>");
            }
        }
        out += QStringLiteral("<li>") + item.html;
    }
    while (!open.isEmpty()) {
        out += QStringLiteral("</li></") + open.takeLast() + QLatin1Char('>');
    }
    return out;
}

QString attributeByName(const QXmlStreamReader &x, QLatin1StringView local)
{
    for (const QXmlStreamAttribute &a : x.attributes()) {
        if (a.name() == local) {
            return a.value().toString();
        }
    }
    return {};
}

void Document::addParagraph(const QList<Segment> &segments, Block::Kind kind, int level, const QString &align)
{
    for (const Segment &segment : segments) {
        Block block;
        if (segment.isPicture()) {
            block.kind = Block::Kind::Image;
            block.imageIndex = segment.imageIndex;
            block.webSource = segment.webSource;
            block.alt = segment.alt;
            block.align = align;
            blocks.append(block);
            continue;
        }
        block.kind = segment.caption ? Block::Kind::Caption : kind;
        block.level = level;
        block.html = segment.text.html();
        block.uprightHtml = segment.text.html(false);
        block.text = segment.text.plainText();
        block.allBold = segment.text.allBold();
        block.allItalic = segment.text.allItalic();
        legacyRuns += segment.text.legacyRuns();
        blocks.append(block);
    }
}

void Document::addListItems(const QList<Segment> &segments, int level, bool ordered)
{
    for (const Segment &segment : segments) {
        if (!segment.isPicture() && !segment.text.isEmpty()) {
            m_list.append(ListItem{level, ordered, segment.text.html()});
            legacyRuns += segment.text.legacyRuns();
        }
    }
}

void Document::flushList()
{
    if (m_list.isEmpty()) {
        return;
    }
    Block block;
    block.kind = Block::Kind::Markup;
    block.html = listHtml(m_list);
    blocks.append(block);
    m_list.clear();
}

int Document::addImage(const ZipPackage &package, const QString &path)
{
    if (const auto found = m_imageByPath.constFind(path); found != m_imageByPath.cend()) {
        return *found;
    }
    const QByteArray bytes = package.entry(path);
    if (bytes.isEmpty() || !isWebImage(bytes)) {
        // Word keeps drawings as EMF/WMF, which no browser shows; a linked file is not in the package.
        if (!missingImages.contains(QFileInfo(path).fileName())) {
            missingImages.append(QFileInfo(path).fileName());
        }
        return -1;
    }
    images.append(ImportedImage{bytes, QFileInfo(path).fileName(), {}});
    m_imageByPath.insert(path, int(images.size() - 1));
    return int(images.size() - 1);
}

QString embeddedImageSource(int index)
{
    return QStringLiteral("embedded:") + QString::number(index);
}

int listLevelFromStyleName(const QString &styleName)
{
    static const QRegularExpression nested(QStringLiteral("^list (?:bullet|number) ([2-9])$"),
                                           QRegularExpression::CaseInsensitiveOption);
    const auto m = nested.match(styleName.simplified());
    return m.hasMatch() ? m.captured(1).toInt() - 1 : 0;
}

int headingLevelFromStyleName(const QString &styleName)
{
    const QString name = text::normalize(styleName.simplified()).toLower();
    static const QRegularExpression heading(
        QStringLiteral("^(heading|tiêu đề|đầu đề|überschrift|titre|título|titolo|kop)\\s*([1-9])$"));
    if (const QRegularExpressionMatch m = heading.match(name); m.hasMatch()) {
        return m.captured(2).toInt();
    }
    if (name == QLatin1String("title") || name == QStringLiteral("tiêu đề") || name == QStringLiteral("tựa đề")) {
        return -1;
    }
    return 0;
}

bool isCaptionStyleName(const QString &styleName)
{
    const QString name = text::normalize(styleName.simplified()).toLower();
    return name == QLatin1String("caption") || name == QStringLiteral("chú thích") ||
           name == QStringLiteral("chú thích ảnh") || name == QLatin1String("illustration") ||
           name == QLatin1String("figure") || name == QLatin1String("image caption");
}

bool isQuoteStyleName(const QString &styleName)
{
    const QString name = text::normalize(styleName.simplified()).toLower();
    return name == QLatin1String("quote") || name == QLatin1String("intense quote") ||
           name == QLatin1String("quotations") || name == QStringLiteral("trích dẫn") ||
           name == QStringLiteral("trích dẫn đậm");
}

QString pictureAlignment(const QString &paragraphAlignment)
{
    const QString a = paragraphAlignment.trimmed().toLower();
    if (a == QLatin1String("left")) { // not "start": LibreOffice's default paragraph says so
        return QStringLiteral("left");
    }
    if (a == QLatin1String("right") || a == QLatin1String("end")) {
        return QStringLiteral("right");
    }
    return {};
}

bool isWebImage(const QByteArray &bytes)
{
    static const QMimeDatabase mimes;
    const QString mime = mimes.mimeTypeForData(bytes).name();
    return mime == QLatin1String("image/png") || mime == QLatin1String("image/jpeg") ||
           mime == QLatin1String("image/gif") || mime == QLatin1String("image/webp");
}

ImportedArticle assemble(Document document)
{
    ImportedArticle result;
    result.images = std::move(document.images);
    result.missingImages = std::move(document.missingImages);
    result.legacyRuns = document.legacyRuns;
    QList<Block> blocks;
    for (Block &block : document.blocks) {
        if (block.kind == Block::Kind::Image || block.kind == Block::Kind::Markup || !block.text.isEmpty()) {
            blocks.append(std::move(block));
        }
    }

    qsizetype titleAt = -1;
    for (qsizetype i = 0; i < blocks.size() && titleAt < 0; ++i) {
        if (blocks.at(i).kind == Block::Kind::Title) {
            titleAt = i;
        }
    }
    for (qsizetype i = 0; i < blocks.size() && titleAt < 0; ++i) {
        if (blocks.at(i).kind == Block::Kind::Heading) {
            titleAt = i;
        }
    }
    if (titleAt >= 0) {
        result.article.title = blocks.takeAt(titleAt).text;
    }
    if (!blocks.isEmpty() && blocks.constFirst().kind == Block::Kind::Paragraph && blocks.constFirst().allBold &&
        blocks.size() > 1) {
        result.article.sapo = blocks.takeFirst().text;
    }
    if (blocks.size() > 1 && blocks.constLast().kind == Block::Kind::Paragraph &&
        looksLikeByline(blocks.constLast().text)) {
        result.article.byline = blocks.takeLast().text;
    }

    QStringList html;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const Block &block = blocks.at(i);
        switch (block.kind) {
        case Block::Kind::Paragraph:
        case Block::Kind::Caption:
            html.append(QStringLiteral("<p>") + block.html + QStringLiteral("</p>"));
            break;
        case Block::Kind::Quote: {
            // Consecutive quote paragraphs are one quotation.
            QString quote = QStringLiteral("<blockquote>");
            for (; i < blocks.size() && blocks.at(i).kind == Block::Kind::Quote; ++i) {
                quote += QStringLiteral("<p>") + blocks.at(i).html + QStringLiteral("</p>");
            }
            --i;
            html.append(quote + QStringLiteral("</blockquote>"));
            break;
        }
        case Block::Kind::Title:
            html.append(QStringLiteral("<h2>") + block.html + QStringLiteral("</h2>"));
            break;
        case Block::Kind::Heading: {
            const QString tag = block.level <= 1 ? QStringLiteral("h2") : QStringLiteral("h3");
            html.append(QLatin1Char('<') + tag + QLatin1Char('>') + block.html + QStringLiteral("</") + tag +
                        QLatin1Char('>'));
            break;
        }
        case Block::Kind::Markup:
            html.append(block.html);
            break;
        case Block::Kind::Image: {
            QString figure =
                QStringLiteral("<figure class=\"align") +
                (block.align.isEmpty() ? QStringLiteral("center") : block.align) + QStringLiteral("\"><img src=\"") +
                (block.webSource.isEmpty() ? embeddedImageSource(block.imageIndex) : escapeAttribute(block.webSource)) +
                QStringLiteral("\" alt=\"") + escapeAttribute(block.alt) + QStringLiteral("\">");
            // The paragraph under a photo is its caption when it is styled so, or short and in italics.
            if (i + 1 < blocks.size()) {
                const Block &next = blocks.at(i + 1);
                // A caption that is one only by its italics is shown as captions are, upright.
                if (next.kind == Block::Kind::Caption) {
                    figure += QStringLiteral("<figcaption>") + next.html + QStringLiteral("</figcaption>");
                    ++i;
                } else if (next.kind == Block::Kind::Paragraph && next.allItalic && next.text.size() <= 300) {
                    figure += QStringLiteral("<figcaption>") + next.uprightHtml + QStringLiteral("</figcaption>");
                    ++i;
                }
            }
            html.append(figure + QStringLiteral("</figure>"));
            break;
        }
        }
    }
    for (qsizetype n = 0; n < document.footnotes.size(); ++n) {
        html.append(QStringLiteral("<p>[%1] ").arg(n + 1) + document.footnotes.at(n) + QStringLiteral("</p>"));
    }
    result.bodySource = html.join(QLatin1Char('\n'));
    return result;
}

} // namespace toasoan::io::office
