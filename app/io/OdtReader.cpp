// OpenDocument text (.odt, LibreOffice's own format): content.xml with the styles of styles.xml,
// read with QXmlStreamReader.
#include "app/html/UrlPolicy.h"
#include "app/io/OfficeDocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QXmlStreamReader>
#include <optional>

namespace toasoan::io::office {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::io)
};

struct OdfStyle
{
    QString displayName;
    QString parent;
    std::optional<bool> bold;
    std::optional<bool> italic;
    std::optional<bool> underline;
    QString font;
    QString listStyle;
    QString align;                ///< fo:text-align
    std::optional<bool> indented; ///< margins on both sides (a quotation), when the style sets them
};

// A length of fo: attributes in points ("30pt", "1cm", "0.5in"…); 0 when unreadable.
double points(const QString &length)
{
    static const QList<QPair<QString, double>> units{
        {QStringLiteral("pt"), 1.0},  {QStringLiteral("cm"), 72.0 / 2.54}, {QStringLiteral("mm"), 7.2 / 2.54},
        {QStringLiteral("in"), 72.0}, {QStringLiteral("px"), 0.75},        {QStringLiteral("pc"), 12.0}};
    const QString value = length.trimmed().toLower();
    for (const auto &[unit, factor] : units) {
        if (value.endsWith(unit)) {
            return value.chopped(unit.size()).toDouble() * factor;
        }
    }
    return 0;
}

class OdtParser
{
public:
    explicit OdtParser(const ZipPackage &package) : m_package(package) {}

    Result<Document> run(const QString &shown);

private:
    void readStyles(const QByteArray &xml);
    void blocks(QXmlStreamReader &x, int listLevel, const QString &listStyle);
    void list(QXmlStreamReader &x, int level, QString listStyle);
    QList<Segment> paragraph(QXmlStreamReader &x);
    void inlineContent(QXmlStreamReader &x, QList<Segment> &segments, const RunFormat &format);
    void frame(QXmlStreamReader &x, QList<Segment> &segments);
    QString note(QXmlStreamReader &x);
    QString table(QXmlStreamReader &x);
    void tableRows(QXmlStreamReader &x, bool header, QString &head, QString &body);

    RunFormat format(const QString &styleName, RunFormat base, int depth = 0) const;
    bool styleIsCaption(const QString &styleName) const;
    int styleHeading(const QString &styleName) const;
    int styleListLevel(const QString &styleName) const;
    int levelByStyleName(const QString &styleName, int (*level)(const QString &)) const;
    QList<QPair<QString, OdfStyle>> styleChain(const QString &styleName) const;
    bool styleIsQuote(const QString &styleName) const;
    QString styleAlign(const QString &styleName) const;

    const ZipPackage &m_package;
    QHash<QString, OdfStyle> m_styles;
    QHash<QString, QString> m_fontFamilies;
    QHash<QString, QHash<int, bool>> m_listOrdered;
    RunFormat m_defaults;
    Document m_doc;
    int m_depth = 0;
};

RunFormat OdtParser::format(const QString &styleName, RunFormat base, int depth) const
{
    const auto it = m_styles.constFind(styleName);
    if (it == m_styles.cend() || depth > 16) {
        return base;
    }
    if (!it->parent.isEmpty()) {
        base = format(it->parent, base, depth + 1);
    }
    base.bold = it->bold.value_or(base.bold);
    base.italic = it->italic.value_or(base.italic);
    base.underline = it->underline.value_or(base.underline);
    if (!it->font.isEmpty()) {
        base.encoding = text::LegacyEncoding::Unicode;
        base.capsFont = false;
        applyFontName(base, m_fontFamilies.value(it->font, it->font));
    }
    return base;
}

bool OdtParser::styleIsCaption(const QString &styleName) const
{
    QString name = styleName;
    for (int depth = 0; depth < 16 && !name.isEmpty(); ++depth) {
        const OdfStyle style = m_styles.value(name);
        if (isCaptionStyleName(name) || isCaptionStyleName(style.displayName)) {
            return true;
        }
        name = style.parent;
    }
    return false;
}

// The style and its parents, nearest first, each with its name as LibreOffice shows it (without a
// display name, the name itself with LibreOffice's escapes: "Heading_20_1").
QList<QPair<QString, OdfStyle>> OdtParser::styleChain(const QString &styleName) const
{
    QList<QPair<QString, OdfStyle>> chain;
    QString name = styleName;
    for (int depth = 0; depth < 16 && !name.isEmpty(); ++depth) {
        const OdfStyle style = m_styles.value(name);
        QString shown = style.displayName.isEmpty() ? name : style.displayName;
        shown.replace(QLatin1String("_20_"), QLatin1String(" "));
        chain.append({shown, style});
        name = style.parent;
    }
    return chain;
}

// A quotation by its style's name, or indented on both sides as Qt's writer (the .odt export) and
// LibreOffice's Quotations style make it; the nearest style that sets the margins decides.
bool OdtParser::styleIsQuote(const QString &styleName) const
{
    for (const auto &[shown, style] : styleChain(styleName)) {
        if (isQuoteStyleName(shown)) {
            return true;
        }
        if (style.indented) {
            return *style.indented;
        }
    }
    return false;
}

QString OdtParser::styleAlign(const QString &styleName) const
{
    for (const auto &link : styleChain(styleName)) {
        if (!link.second.align.isEmpty()) {
            return link.second.align;
        }
    }
    return {};
}

// The first non-zero answer of `level` for the names of the style and its parents.
int OdtParser::levelByStyleName(const QString &styleName, int (*level)(const QString &)) const
{
    for (const auto &link : styleChain(styleName)) {
        if (const int found = level(link.first); found != 0) {
            return found;
        }
    }
    return 0;
}

int OdtParser::styleHeading(const QString &styleName) const
{
    return levelByStyleName(styleName, headingLevelFromStyleName);
}

// A "List Bullet 2" paragraph (a Word file saved by LibreOffice) is nested by its style alone.
int OdtParser::styleListLevel(const QString &styleName) const
{
    return levelByStyleName(styleName, listLevelFromStyleName);
}

void OdtParser::readStyles(const QByteArray &xml)
{
    QXmlStreamReader x(xml);
    QString current;
    QString listStyle;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement()) {
            const auto name = x.name();
            if (name == QLatin1String("font-face")) {
                QString family = attributeByName(x, QLatin1StringView("font-family"));
                family.remove(QLatin1Char('\'')).remove(QLatin1Char('"'));
                m_fontFamilies.insert(attributeByName(x, QLatin1StringView("name")), family);
            } else if (name == QLatin1String("style") || name == QLatin1String("default-style")) {
                current = name == QLatin1String("style") ? attributeByName(x, QLatin1StringView("name"))
                                                         : QStringLiteral("\x01");
                OdfStyle &style = m_styles[current];
                style.displayName = attributeByName(x, QLatin1StringView("display-name"));
                style.parent = attributeByName(x, QLatin1StringView("parent-style-name"));
                if (style.parent.isEmpty() && current != QStringLiteral("\x01")) {
                    style.parent = QStringLiteral("\x01");
                }
                style.listStyle = attributeByName(x, QLatin1StringView("list-style-name"));
            } else if (name == QLatin1String("text-properties") && !current.isEmpty()) {
                OdfStyle &style = m_styles[current];
                const QString weight = attributeByName(x, QLatin1StringView("font-weight"));
                if (!weight.isEmpty()) {
                    style.bold = weight == QLatin1String("bold") || weight.toInt() >= 600;
                }
                const QString slant = attributeByName(x, QLatin1StringView("font-style"));
                if (!slant.isEmpty()) {
                    style.italic = slant == QLatin1String("italic") || slant == QLatin1String("oblique");
                }
                const QString underline = attributeByName(x, QLatin1StringView("text-underline-style"));
                if (!underline.isEmpty()) {
                    style.underline = underline != QLatin1String("none");
                }
                QString font = attributeByName(x, QLatin1StringView("font-name"));
                if (font.isEmpty()) {
                    font = attributeByName(x, QLatin1StringView("font-family"));
                    font.remove(QLatin1Char('\'')).remove(QLatin1Char('"'));
                }
                if (!font.isEmpty()) {
                    style.font = font;
                }
            } else if (name == QLatin1String("paragraph-properties") && !current.isEmpty()) {
                OdfStyle &style = m_styles[current];
                style.align = attributeByName(x, QLatin1StringView("text-align"));
                const QString left = attributeByName(x, QLatin1StringView("margin-left"));
                const QString right = attributeByName(x, QLatin1StringView("margin-right"));
                if (!left.isEmpty() || !right.isEmpty()) {
                    style.indented = points(left) >= 20 && points(right) >= 20;
                }
            } else if (name == QLatin1String("list-style")) {
                listStyle = attributeByName(x, QLatin1StringView("name"));
            } else if ((name == QLatin1String("list-level-style-number") ||
                        name == QLatin1String("list-level-style-bullet")) &&
                       !listStyle.isEmpty()) {
                const int level = attributeByName(x, QLatin1StringView("level")).toInt();
                const QString numFormat = attributeByName(x, QLatin1StringView("num-format"));
                m_listOrdered[listStyle].insert(level, name == QLatin1String("list-level-style-number") &&
                                                           !numFormat.isEmpty());
            }
        } else if (x.isEndElement()) {
            if (x.name() == QLatin1String("style") || x.name() == QLatin1String("default-style")) {
                current.clear();
            } else if (x.name() == QLatin1String("list-style")) {
                listStyle.clear();
            }
        }
    }
}

void OdtParser::blocks(QXmlStreamReader &x, int listLevel, const QString &listStyle)
{
    const NestingGuard guard(m_depth);
    if (guard.tooDeep()) {
        x.skipCurrentElement();
        return;
    }
    while (x.readNextStartElement()) {
        const auto name = x.name();
        if (name == QLatin1String("p") || name == QLatin1String("h")) {
            const QString style = attributeByName(x, QLatin1StringView("style-name"));
            int heading = name == QLatin1String("h")
                              ? qMax(1, attributeByName(x, QLatin1StringView("outline-level")).toInt())
                              : styleHeading(style);
            if (name == QLatin1String("h") && styleHeading(style) == -1) {
                heading = -1;
            }
            const QList<Segment> segments = paragraph(x);
            if (listLevel >= 0) {
                m_doc.addListItems(segments, qMax(listLevel, styleListLevel(style)),
                                   m_listOrdered.value(listStyle).value(listLevel + 1, false));
                continue;
            }
            m_doc.flushList();
            const Block::Kind kind = heading == -1           ? Block::Kind::Title
                                     : heading > 0           ? Block::Kind::Heading
                                     : styleIsCaption(style) ? Block::Kind::Caption
                                     : styleIsQuote(style)   ? Block::Kind::Quote
                                                             : Block::Kind::Paragraph;
            m_doc.addParagraph(segments, kind, qMax(heading, 0), pictureAlignment(styleAlign(style)));
        } else if (name == QLatin1String("list")) {
            QString style = attributeByName(x, QLatin1StringView("style-name"));
            // LibreOffice writes each item of a list as a text:list of its own: neighbours are one list
            // (the next paragraph, table or the end closes it).
            list(x, listLevel + 1, style.isEmpty() ? listStyle : style);
        } else if (name == QLatin1String("table") && listLevel < 0) {
            m_doc.flushList();
            Block block;
            block.kind = Block::Kind::Markup;
            block.html = table(x);
            m_doc.blocks.append(block);
        } else if (name == QLatin1String("section") || name == QLatin1String("text") ||
                   name == QLatin1String("list-item") || name == QLatin1String("list-header")) {
            blocks(x, listLevel, listStyle);
        } else {
            // tracked-changes (the deleted text lives there), sequence-decls, forms, tables of contents
            x.skipCurrentElement();
        }
    }
}

void OdtParser::list(QXmlStreamReader &x, int level, QString listStyle)
{
    if (listStyle.isEmpty()) {
        listStyle = QStringLiteral("\x01");
    }
    blocks(x, level, listStyle);
}

QList<Segment> OdtParser::paragraph(QXmlStreamReader &x)
{
    const QString style = attributeByName(x, QLatin1StringView("style-name"));
    QList<Segment> segments(1);
    inlineContent(x, segments, format(style, m_defaults));
    return segments;
}

void OdtParser::inlineContent(QXmlStreamReader &x, QList<Segment> &segments, const RunFormat &runFormat)
{
    const NestingGuard guard(m_depth);
    if (guard.tooDeep()) {
        x.skipCurrentElement();
        return;
    }
    while (!x.atEnd()) {
        x.readNext();
        if (x.isEndElement()) {
            return;
        }
        if (x.isCharacters()) {
            segments.last().text.addText(x.text().toString(), runFormat);
            continue;
        }
        if (!x.isStartElement()) {
            continue;
        }
        const auto name = x.name();
        if (name == QLatin1String("span")) {
            inlineContent(x, segments, format(attributeByName(x, QLatin1StringView("style-name")), runFormat));
        } else if (name == QLatin1String("a")) {
            const QString href = attributeByName(x, QLatin1StringView("href"));
            const bool external = !href.startsWith(QLatin1Char('#')) && !href.isEmpty();
            if (external) {
                segments.last().text.startLink(href);
            }
            inlineContent(x, segments, runFormat);
            if (external) {
                segments.last().text.endLink();
            }
        } else if (name == QLatin1String("s")) {
            const int count = qBound(1, attributeByName(x, QLatin1StringView("c")).toInt(), 100);
            segments.last().text.addText(QString(count, QLatin1Char(' ')), runFormat);
            x.skipCurrentElement();
        } else if (name == QLatin1String("tab")) {
            segments.last().text.addText(QStringLiteral(" "), runFormat);
            x.skipCurrentElement();
        } else if (name == QLatin1String("line-break")) {
            segments.last().text.addLineBreak();
            x.skipCurrentElement();
        } else if (name == QLatin1String("note")) {
            m_doc.footnotes.append(note(x));
            segments.last().text.addNoteMark(int(m_doc.footnotes.size()));
        } else if (name == QLatin1String("frame")) {
            frame(x, segments);
        } else if (name == QLatin1String("meta") || name == QLatin1String("ruby-base")) {
            inlineContent(x, segments, runFormat);
        } else {
            // office:annotation (comments), text:change marks, bookmarks, fields' hidden parts
            x.skipCurrentElement();
        }
    }
}

// A picture (draw:image) becomes a segment of its own; a caption frame (draw:text-box) holds the
// picture and its caption paragraph.
void OdtParser::frame(QXmlStreamReader &x, QList<Segment> &segments)
{
    const NestingGuard guard(m_depth);
    if (guard.tooDeep()) {
        x.skipCurrentElement();
        return;
    }
    QString alt; // draw:name is LibreOffice's "Image1": only svg:title and svg:desc describe the picture
    // svg:title and svg:desc follow the draw:image they describe (as LibreOffice writes them).
    const qsizetype firstSegment = segments.size();
    const auto describe = [&]() {
        for (qsizetype i = firstSegment; i < segments.size(); ++i) {
            if (segments.at(i).isPicture() && segments.at(i).alt.isEmpty()) {
                segments[i].alt = alt;
            }
        }
    };
    while (x.readNextStartElement()) {
        const auto name = x.name();
        if (name == QLatin1String("image")) {
            const QString href = attributeByName(x, QLatin1StringView("href"));
            x.skipCurrentElement();
            if (href.isEmpty()) {
                continue;
            }
            if (html::isWebImageSource(href)) {
                Segment picture; // a picture on the web stays where it is: its address
                picture.webSource = href;
                picture.alt = alt;
                segments.append(picture);
                segments.append(Segment{});
                continue;
            }
            if (href.contains(QLatin1String("://")) || href.startsWith(QLatin1String("../"))) {
                m_doc.missingImages.append(href.section(QLatin1Char('/'), -1)); // linked, not in the file
                continue;
            }
            const int index =
                m_doc.addImage(m_package, QDir::cleanPath(href.startsWith(QLatin1String("./")) ? href.mid(2) : href));
            if (index < 0) {
                continue;
            }
            Segment picture;
            picture.imageIndex = index;
            picture.alt = alt;
            segments.append(picture);
            segments.append(Segment{});
        } else if (name == QLatin1String("title") || name == QLatin1String("desc")) {
            const QString described = x.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
            if (!described.isEmpty()) {
                alt = described;
            }
        } else if (name == QLatin1String("text-box")) {
            while (x.readNextStartElement()) {
                if (x.name() != QLatin1String("p") && x.name() != QLatin1String("h")) {
                    x.skipCurrentElement();
                    continue;
                }
                const bool caption = styleIsCaption(attributeByName(x, QLatin1StringView("style-name")));
                QList<Segment> inner = paragraph(x);
                for (Segment &segment : inner) {
                    segment.caption = caption && !segment.isPicture();
                    if (segment.isPicture() || !segment.text.isEmpty()) {
                        segments.append(std::move(segment));
                    }
                }
                segments.append(Segment{});
            }
        } else {
            x.skipCurrentElement();
        }
    }
    describe();
}

QString OdtParser::note(QXmlStreamReader &x)
{
    const NestingGuard guard(m_depth);
    if (guard.tooDeep()) {
        x.skipCurrentElement();
        return {};
    }
    QStringList parts;
    while (x.readNextStartElement()) {
        if (x.name() != QLatin1String("note-body")) {
            x.skipCurrentElement(); // text:note-citation, the number
            continue;
        }
        while (x.readNextStartElement()) {
            if (x.name() != QLatin1String("p")) {
                x.skipCurrentElement();
                continue;
            }
            for (const Segment &segment : paragraph(x)) {
                if (!segment.isPicture() && !segment.text.isEmpty()) {
                    parts.append(segment.text.html().trimmed());
                    m_doc.legacyRuns += segment.text.legacyRuns();
                }
            }
        }
    }
    return parts.join(QLatin1Char(' '));
}

void OdtParser::tableRows(QXmlStreamReader &x, bool header, QString &head, QString &body)
{
    const NestingGuard guard(m_depth);
    if (guard.tooDeep()) {
        x.skipCurrentElement();
        return;
    }
    while (x.readNextStartElement()) {
        const auto name = x.name();
        if (name == QLatin1String("table-header-rows")) {
            tableRows(x, true, head, body);
            continue;
        }
        if (name == QLatin1String("table-rows") || name == QLatin1String("table-row-group")) {
            tableRows(x, header, head, body);
            continue;
        }
        if (name != QLatin1String("table-row")) {
            x.skipCurrentElement();
            continue;
        }
        QString row;
        while (x.readNextStartElement()) {
            if (x.name() != QLatin1String("table-cell")) {
                x.skipCurrentElement(); // covered cells of a merge
                continue;
            }
            QStringList lines;
            while (x.readNextStartElement()) {
                if (x.name() != QLatin1String("p") && x.name() != QLatin1String("h")) {
                    x.skipCurrentElement();
                    continue;
                }
                for (const Segment &segment : paragraph(x)) {
                    if (!segment.isPicture() && !segment.text.isEmpty()) {
                        lines.append(segment.text.html());
                        m_doc.legacyRuns += segment.text.legacyRuns();
                    }
                }
            }
            const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
            row += QLatin1Char('<') + tag + QLatin1Char('>') + lines.join(QStringLiteral("<br>")) +
                   QStringLiteral("</") + tag + QLatin1Char('>');
        }
        (header ? head : body) += QStringLiteral("<tr>") + row + QStringLiteral("</tr>");
    }
}

QString OdtParser::table(QXmlStreamReader &x)
{
    QString head;
    QString body;
    tableRows(x, false, head, body);
    QString html = QStringLiteral("<table>");
    if (!head.isEmpty()) {
        html += QStringLiteral("<thead>") + head + QStringLiteral("</thead>");
    }
    return html + QStringLiteral("<tbody>") + body + QStringLiteral("</tbody></table>");
}

Result<Document> OdtParser::run(const QString &shown)
{
    if (!m_package.contains(QStringLiteral("content.xml"))) {
        return makeError(ErrorCode::Io,
                         Text::tr("%1 is not an OpenDocument text: the package has no content.xml.").arg(shown),
                         QStringLiteral("missing content.xml"));
    }
    // Encrypted OpenDocument files keep their parts ciphered and say so in the manifest.
    if (m_package.entry(QStringLiteral("META-INF/manifest.xml")).contains("encryption-data")) {
        return makeError(ErrorCode::Io,
                         Text::tr("%1 is protected with a password. Open it in Word or LibreOffice, remove the "
                                  "password, save it and import it again.")
                             .arg(shown),
                         QStringLiteral("manifest:encryption-data"));
    }
    const QByteArray content = m_package.entry(QStringLiteral("content.xml"));
    readStyles(m_package.entry(QStringLiteral("styles.xml")));
    readStyles(content);
    m_defaults = format(QStringLiteral("\x01"), RunFormat{});
    QXmlStreamReader x(content);
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() && x.name() == QLatin1String("text") &&
            x.namespaceUri() == QLatin1String("urn:oasis:names:tc:opendocument:xmlns:office:1.0")) {
            blocks(x, -1, QString());
            m_doc.flushList();
            break;
        }
    }
    if (x.hasError()) {
        return makeError(ErrorCode::Io, Text::tr("%1 is damaged: its text (content.xml) is not valid XML.").arg(shown),
                         x.errorString());
    }
    return std::move(m_doc);
}

} // namespace

Result<Document> readOdt(const ZipPackage &package, const QString &shownName)
{
    OdtParser parser(package);
    return parser.run(QDir::toNativeSeparators(shownName));
}

} // namespace toasoan::io::office
