// Word's .docx (Office Open XML, ECMA-376): word/document.xml with its styles, numbering,
// relationships (links, images) and footnotes, read with QXmlStreamReader.
#include "app/html/UrlPolicy.h"
#include "app/io/OfficeDocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>
#include <optional>

namespace toasoan::io::office {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::io)
};

const QString kRelationshipsNs = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

// Attributes by local name: Word's own files use w:, r:, wp: prefixes, but a package written by
// another tool may bind them differently. Relationship ids (r:id, r:embed) are asked by namespace.
QString relationshipAttr(const QXmlStreamReader &x, QLatin1StringView local)
{
    const QString value = x.attributes().value(kRelationshipsNs, local).toString();
    return value.isEmpty() ? attributeByName(x, local) : value;
}

// w:b, w:i (and w:u) switch on when present, unless w:val says off.
bool toggleOn(const QXmlStreamReader &x)
{
    const QString val = attributeByName(x, QLatin1StringView("val")).toLower();
    return val != QLatin1String("0") && val != QLatin1String("false") && val != QLatin1String("off") &&
           val != QLatin1String("none");
}

struct RunProps
{
    std::optional<bool> bold;
    std::optional<bool> italic;
    std::optional<bool> underline;
    QString font;
    QString charStyle;

    void over(const RunProps &base)
    {
        if (!bold) {
            bold = base.bold;
        }
        if (!italic) {
            italic = base.italic;
        }
        if (!underline) {
            underline = base.underline;
        }
        if (font.isEmpty()) {
            font = base.font;
        }
    }
};

void readRunProps(QXmlStreamReader &x, RunProps &props)
{
    while (x.readNextStartElement()) {
        const auto name = x.name();
        if (name == QLatin1String("b")) {
            props.bold = toggleOn(x);
        } else if (name == QLatin1String("i")) {
            props.italic = toggleOn(x);
        } else if (name == QLatin1String("u")) {
            props.underline = toggleOn(x);
        } else if (name == QLatin1String("rFonts")) {
            // A theme font (w:asciiTheme) wins over w:ascii, as in Word; themes name Unicode fonts.
            if (!attributeByName(x, QLatin1StringView("asciiTheme")).isEmpty() ||
                !attributeByName(x, QLatin1StringView("hAnsiTheme")).isEmpty()) {
                props.font = QStringLiteral("+theme");
                x.skipCurrentElement();
                continue;
            }
            QString font = attributeByName(x, QLatin1StringView("ascii"));
            if (font.isEmpty()) {
                font = attributeByName(x, QLatin1StringView("hAnsi"));
            }
            if (!font.isEmpty()) {
                props.font = font;
            }
        } else if (name == QLatin1String("rStyle")) {
            props.charStyle = attributeByName(x, QLatin1StringView("val"));
        }
        x.skipCurrentElement();
    }
}

struct ParaProps
{
    QString style;
    int outlineLevel = -1;
    QString numId;
    int listLevel = -1;
    QString jc;
};

void readParaProps(QXmlStreamReader &x, ParaProps &props)
{
    while (x.readNextStartElement()) {
        const auto name = x.name();
        if (name == QLatin1String("pStyle")) {
            props.style = attributeByName(x, QLatin1StringView("val"));
        } else if (name == QLatin1String("jc")) {
            props.jc = attributeByName(x, QLatin1StringView("val"));
        } else if (name == QLatin1String("outlineLvl")) {
            props.outlineLevel = attributeByName(x, QLatin1StringView("val")).toInt();
        } else if (name == QLatin1String("numPr")) {
            while (x.readNextStartElement()) {
                if (x.name() == QLatin1String("numId")) {
                    props.numId = attributeByName(x, QLatin1StringView("val"));
                } else if (x.name() == QLatin1String("ilvl")) {
                    props.listLevel = attributeByName(x, QLatin1StringView("val")).toInt();
                }
                x.skipCurrentElement();
            }
            continue;
        }
        x.skipCurrentElement();
    }
}

struct Style
{
    QString name;
    QString basedOn;
    RunProps run;
    ParaProps para;
};

struct Relationship
{
    QString target;
    bool external = false;
};

class DocxParser
{
public:
    DocxParser(const ZipPackage &package) : m_package(package) {}

    Result<Document> run(const QString &shown);

private:
    void readStyles();
    void readNumbering();
    QHash<QString, Relationship> readRelationships(const QString &part) const;
    void readFootnotes();

    void body(QXmlStreamReader &x);
    void blocks(QXmlStreamReader &x);
    QList<Segment> paragraph(QXmlStreamReader &x, ParaProps &props);
    void inlineElement(QXmlStreamReader &x, QList<Segment> &segments);
    void inlineContent(QXmlStreamReader &x, QList<Segment> &segments);
    void textRun(QXmlStreamReader &x, QList<Segment> &segments);
    void image(QXmlStreamReader &x, QList<Segment> &segments);
    QString table(QXmlStreamReader &x);

    RunProps styleRun(const QString &id, int depth = 0) const;
    ParaProps styleParagraph(const QString &id, int depth = 0) const;
    int headingLevel(const QString &styleId, int depth = 0) const;
    bool styleNameIs(const QString &styleId, bool (*test)(const QString &), int depth = 0) const;
    int styleListLevel(const QString &styleId, int depth = 0) const;
    bool ordered(const QString &numId, int level) const;

    const ZipPackage &m_package;
    QHash<QString, Style> m_styles;
    QString m_defaultParagraphStyle;
    RunProps m_defaults;
    QHash<QString, QString> m_numToAbstract;
    QHash<QString, QHash<int, QString>> m_abstractFormats;
    QHash<QString, Relationship> m_rels;
    QHash<QString, Relationship> m_footnoteRels;
    const QHash<QString, Relationship> *m_currentRels = &m_rels;
    QHash<QString, QString> m_footnoteById;
    RunProps m_paragraphRun;
    Document m_doc;
    bool m_inFootnotes = false;
    int m_depth = 0;
};

RunProps DocxParser::styleRun(const QString &id, int depth) const
{
    const auto it = m_styles.constFind(id);
    if (it == m_styles.cend() || depth > 16) {
        return m_defaults;
    }
    RunProps props = it->run;
    props.over(it->basedOn.isEmpty() ? m_defaults : styleRun(it->basedOn, depth + 1));
    return props;
}

ParaProps DocxParser::styleParagraph(const QString &id, int depth) const
{
    const auto it = m_styles.constFind(id);
    if (it == m_styles.cend() || depth > 16) {
        return {};
    }
    ParaProps props = it->para;
    if (!it->basedOn.isEmpty()) {
        const ParaProps base = styleParagraph(it->basedOn, depth + 1);
        if (props.outlineLevel < 0) {
            props.outlineLevel = base.outlineLevel;
        }
        if (props.numId.isEmpty()) {
            props.numId = base.numId;
            if (props.listLevel < 0) {
                props.listLevel = base.listLevel;
            }
        }
    }
    return props;
}

// By the style's name (what Word shows, localized or not) and its bases; the id alone ("Heading1",
// "u1", "Tieude1") says nothing reliable.
int DocxParser::headingLevel(const QString &styleId, int depth) const
{
    const auto it = m_styles.constFind(styleId);
    if (it == m_styles.cend() || depth > 16) {
        return 0;
    }
    if (const int level = headingLevelFromStyleName(it->name); level != 0) {
        return level;
    }
    return it->basedOn.isEmpty() ? 0 : headingLevel(it->basedOn, depth + 1);
}

bool DocxParser::styleNameIs(const QString &styleId, bool (*test)(const QString &), int depth) const
{
    const auto it = m_styles.constFind(styleId);
    if (it == m_styles.cend() || depth > 16) {
        return false;
    }
    return test(it->name) || (!it->basedOn.isEmpty() && styleNameIs(it->basedOn, test, depth + 1));
}

int DocxParser::styleListLevel(const QString &styleId, int depth) const
{
    const auto it = m_styles.constFind(styleId);
    if (it == m_styles.cend() || depth > 16) {
        return 0;
    }
    if (const int level = listLevelFromStyleName(it->name); level > 0) {
        return level;
    }
    return it->basedOn.isEmpty() ? 0 : styleListLevel(it->basedOn, depth + 1);
}

bool DocxParser::ordered(const QString &numId, int level) const
{
    const QString format = m_abstractFormats.value(m_numToAbstract.value(numId)).value(level);
    return !format.isEmpty() && format != QLatin1String("bullet") && format != QLatin1String("none");
}

void DocxParser::readStyles()
{
    QXmlStreamReader x(m_package.entry(QStringLiteral("word/styles.xml")));
    while (!x.atEnd()) {
        x.readNext();
        if (!x.isStartElement()) {
            continue;
        }
        if (x.name() == QLatin1String("rPrDefault")) {
            while (x.readNextStartElement()) {
                if (x.name() == QLatin1String("rPr")) {
                    readRunProps(x, m_defaults);
                } else {
                    x.skipCurrentElement();
                }
            }
        } else if (x.name() == QLatin1String("style")) {
            const QString id = attributeByName(x, QLatin1StringView("styleId"));
            const bool isDefault = attributeByName(x, QLatin1StringView("default")) == QLatin1String("1");
            const QString type = attributeByName(x, QLatin1StringView("type"));
            Style style;
            while (x.readNextStartElement()) {
                const auto name = x.name();
                if (name == QLatin1String("name")) {
                    style.name = attributeByName(x, QLatin1StringView("val"));
                } else if (name == QLatin1String("basedOn")) {
                    style.basedOn = attributeByName(x, QLatin1StringView("val"));
                } else if (name == QLatin1String("rPr")) {
                    readRunProps(x, style.run);
                    continue;
                } else if (name == QLatin1String("pPr")) {
                    readParaProps(x, style.para);
                    continue;
                }
                x.skipCurrentElement();
            }
            if (isDefault && type == QLatin1String("paragraph")) {
                m_defaultParagraphStyle = id;
            }
            m_styles.insert(id, style);
        }
    }
}

void DocxParser::readNumbering()
{
    QXmlStreamReader x(m_package.entry(QStringLiteral("word/numbering.xml")));
    QString abstractId;
    int level = -1;
    QString numId;
    while (!x.atEnd()) {
        x.readNext();
        if (!x.isStartElement()) {
            continue;
        }
        const auto name = x.name();
        if (name == QLatin1String("abstractNum")) {
            abstractId = attributeByName(x, QLatin1StringView("abstractNumId"));
        } else if (name == QLatin1String("lvl")) {
            level = attributeByName(x, QLatin1StringView("ilvl")).toInt();
        } else if (name == QLatin1String("numFmt") && !abstractId.isEmpty()) {
            m_abstractFormats[abstractId].insert(level, attributeByName(x, QLatin1StringView("val")));
        } else if (name == QLatin1String("num")) {
            abstractId.clear();
            numId = attributeByName(x, QLatin1StringView("numId"));
        } else if (name == QLatin1String("abstractNumId") && !numId.isEmpty()) {
            m_numToAbstract.insert(numId, attributeByName(x, QLatin1StringView("val")));
        }
    }
}

QHash<QString, Relationship> DocxParser::readRelationships(const QString &part) const
{
    QHash<QString, Relationship> rels;
    QXmlStreamReader x(m_package.entry(part));
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() && x.name() == QLatin1String("Relationship")) {
            Relationship rel;
            rel.target = attributeByName(x, QLatin1StringView("Target"));
            rel.external = attributeByName(x, QLatin1StringView("TargetMode")) == QLatin1String("External");
            rels.insert(attributeByName(x, QLatin1StringView("Id")), rel);
        }
    }
    return rels;
}

void DocxParser::readFootnotes()
{
    QXmlStreamReader x(m_package.entry(QStringLiteral("word/footnotes.xml")));
    m_inFootnotes = true;
    m_currentRels = &m_footnoteRels;
    while (!x.atEnd()) {
        x.readNext();
        if (!x.isStartElement() || x.name() != QLatin1String("footnote")) {
            continue;
        }
        const QString id = attributeByName(x, QLatin1StringView("id"));
        if (!attributeByName(x, QLatin1StringView("type")).isEmpty()) {
            x.skipCurrentElement(); // separators
            continue;
        }
        QStringList parts;
        while (x.readNextStartElement()) {
            if (x.name() != QLatin1String("p")) {
                x.skipCurrentElement();
                continue;
            }
            ParaProps props;
            for (const Segment &segment : paragraph(x, props)) {
                if (!segment.isPicture() && !segment.text.isEmpty()) {
                    parts.append(segment.text.html().trimmed());
                    m_doc.legacyRuns += segment.text.legacyRuns();
                }
            }
        }
        m_footnoteById.insert(id, parts.join(QLatin1Char(' ')));
    }
    m_inFootnotes = false;
    m_currentRels = &m_rels;
}

void DocxParser::body(QXmlStreamReader &x)
{
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() && x.name() == QLatin1String("body")) {
            blocks(x);
            m_doc.flushList();
            return;
        }
    }
}

void DocxParser::blocks(QXmlStreamReader &x)
{
    const NestingGuard guard(m_depth);
    if (guard.tooDeep()) {
        x.skipCurrentElement();
        return;
    }
    while (x.readNextStartElement()) {
        const auto name = x.name();
        if (name == QLatin1String("p")) {
            ParaProps props;
            QList<Segment> segments = paragraph(x, props);
            const ParaProps fromStyle = styleParagraph(props.style);
            const QString numId = props.numId.isEmpty() ? fromStyle.numId : props.numId;
            const int outline = props.outlineLevel >= 0 ? props.outlineLevel : fromStyle.outlineLevel;
            int heading = headingLevel(props.style);
            if (heading == 0 && outline >= 0 && outline < 9) {
                heading = outline + 1;
            }
            if (!numId.isEmpty() && numId != QLatin1String("0") && heading == 0) {
                const int level = props.listLevel >= 0 ? props.listLevel : qMax(0, fromStyle.listLevel);
                m_doc.addListItems(segments, qMax(level, styleListLevel(props.style)), ordered(numId, level));
                continue;
            }
            m_doc.flushList();
            m_doc.addParagraph(segments,
                               heading == -1                                  ? Block::Kind::Title
                               : heading > 0                                  ? Block::Kind::Heading
                               : styleNameIs(props.style, isCaptionStyleName) ? Block::Kind::Caption
                               : styleNameIs(props.style, isQuoteStyleName)   ? Block::Kind::Quote
                                                                              : Block::Kind::Paragraph,
                               qMax(heading, 0), pictureAlignment(props.jc));
        } else if (name == QLatin1String("tbl")) {
            m_doc.flushList();
            Block block;
            block.kind = Block::Kind::Markup;
            block.html = table(x);
            m_doc.blocks.append(block);
        } else if (name == QLatin1String("sdt") || name == QLatin1String("sdtContent") ||
                   name == QLatin1String("ins") || name == QLatin1String("moveTo") ||
                   name == QLatin1String("customXml") || name == QLatin1String("smartTag")) {
            blocks(x);
        } else {
            x.skipCurrentElement(); // sectPr, w:del, bookmarks, comment ranges…
        }
    }
}

QList<Segment> DocxParser::paragraph(QXmlStreamReader &x, ParaProps &props)
{
    QList<Segment> segments(1);
    bool resolved = false;
    auto resolve = [&]() {
        if (props.style.isEmpty()) {
            props.style = m_defaultParagraphStyle;
        }
        m_paragraphRun = styleRun(props.style);
        resolved = true;
    };
    while (x.readNextStartElement()) {
        if (x.name() == QLatin1String("pPr")) {
            readParaProps(x, props);
            continue;
        }
        if (!resolved) {
            resolve();
        }
        inlineElement(x, segments);
    }
    if (!resolved) {
        resolve();
    }
    return segments;
}

void DocxParser::inlineElement(QXmlStreamReader &x, QList<Segment> &segments)
{
    const auto name = x.name();
    if (name == QLatin1String("r")) {
        textRun(x, segments);
    } else if (name == QLatin1String("hyperlink")) {
        // External links only: an anchor inside the document means nothing once it is an article.
        const Relationship rel = m_currentRels->value(relationshipAttr(x, QLatin1StringView("id")));
        if (rel.external) {
            segments.last().text.startLink(rel.target);
        }
        inlineContent(x, segments);
        if (rel.external) {
            segments.last().text.endLink();
        }
    } else if (name == QLatin1String("ins") || name == QLatin1String("moveTo") || name == QLatin1String("smartTag") ||
               name == QLatin1String("sdt") || name == QLatin1String("sdtContent") ||
               name == QLatin1String("fldSimple") || name == QLatin1String("customXml")) {
        inlineContent(x, segments); // insertions are kept
    } else {
        x.skipCurrentElement(); // w:del, w:moveFrom, comments, bookmarks, proofing marks
    }
}

void DocxParser::inlineContent(QXmlStreamReader &x, QList<Segment> &segments)
{
    const NestingGuard guard(m_depth);
    if (guard.tooDeep()) {
        x.skipCurrentElement();
        return;
    }
    while (x.readNextStartElement()) {
        inlineElement(x, segments);
    }
}

void DocxParser::textRun(QXmlStreamReader &x, QList<Segment> &segments)
{
    RunProps direct;
    RunFormat format;
    auto resolve = [&]() {
        RunProps props = direct;
        if (!direct.charStyle.isEmpty()) {
            props.over(styleRun(direct.charStyle));
        }
        props.over(m_paragraphRun);
        format = RunFormat{};
        format.bold = props.bold.value_or(false);
        format.italic = props.italic.value_or(false);
        format.underline = props.underline.value_or(false);
        applyFontName(format, props.font);
    };
    resolve();
    while (x.readNextStartElement()) {
        const auto name = x.name();
        if (name == QLatin1String("rPr")) {
            readRunProps(x, direct);
            resolve();
            continue;
        }
        if (name == QLatin1String("t")) {
            segments.last().text.addText(x.readElementText(QXmlStreamReader::IncludeChildElements), format);
            continue;
        }
        if (name == QLatin1String("tab")) {
            segments.last().text.addText(QStringLiteral(" "), format);
        } else if (name == QLatin1String("br") || name == QLatin1String("cr")) {
            const QString type = attributeByName(x, QLatin1StringView("type"));
            if (type.isEmpty() || type == QLatin1String("textWrapping")) {
                segments.last().text.addLineBreak();
            }
        } else if (name == QLatin1String("noBreakHyphen")) {
            segments.last().text.addText(QStringLiteral("-"), format);
        } else if (name == QLatin1String("footnoteReference") && !m_inFootnotes) {
            m_doc.footnotes.append(m_footnoteById.value(attributeByName(x, QLatin1StringView("id"))));
            segments.last().text.addNoteMark(int(m_doc.footnotes.size()));
        } else if (name == QLatin1String("drawing") || name == QLatin1String("pict") ||
                   name == QLatin1String("AlternateContent")) {
            image(x, segments);
            continue;
        }
        x.skipCurrentElement(); // w:delText, w:instrText, comment references, the footnote's own mark
    }
}

// An image anywhere inside a drawing (a:blip r:embed, or r:link to an https address), an old VML picture (v:imagedata
// r:id) or the first choice of an mc:AlternateContent (its fallback repeats it).
void DocxParser::image(QXmlStreamReader &x, QList<Segment> &segments)
{
    QString rid;
    QString alt;
    int depth = 1;
    bool inFallback = false;
    while (depth > 0 && !x.atEnd()) {
        x.readNext();
        if (x.isEndElement()) {
            if (x.name() == QLatin1String("Fallback")) {
                inFallback = false;
            }
            --depth;
            continue;
        }
        if (!x.isStartElement()) {
            continue;
        }
        ++depth;
        const auto name = x.name();
        if (name == QLatin1String("Fallback")) {
            inFallback = true;
        } else if (inFallback) {
            continue;
        } else if (name == QLatin1String("docPr")) {
            alt = attributeByName(x, QLatin1StringView("descr"));
            if (alt.isEmpty()) {
                alt = attributeByName(x, QLatin1StringView("title"));
            }
        } else if (name == QLatin1String("blip") && rid.isEmpty()) {
            rid = relationshipAttr(x, QLatin1StringView("embed"));
            if (rid.isEmpty()) {
                rid = relationshipAttr(x, QLatin1StringView("link")); // a picture linked, not saved in the file
            }
        } else if (name == QLatin1String("imagedata") && rid.isEmpty()) {
            rid = relationshipAttr(x, QLatin1StringView("id"));
        }
    }
    const Relationship rel = m_currentRels->value(rid);
    if (rid.isEmpty() || m_inFootnotes) {
        return;
    }
    if (rel.external && html::isWebImageSource(rel.target)) {
        Segment picture; // a picture on the web stays where it is: its address
        picture.webSource = rel.target;
        picture.alt = alt;
        segments.append(picture);
        segments.append(Segment{});
        return;
    }
    if (rel.external || rel.target.isEmpty()) {
        const QString shown = rel.target.isEmpty() ? rid : QFileInfo(rel.target).fileName();
        if (!m_doc.missingImages.contains(shown)) {
            m_doc.missingImages.append(shown); // a picture linked to a file outside the document
        }
        return;
    }
    const QString path = rel.target.startsWith(QLatin1Char('/'))
                             ? rel.target.mid(1)
                             : QDir::cleanPath(QStringLiteral("word/") + rel.target);
    const int index = m_doc.addImage(m_package, path);
    if (index < 0) {
        return;
    }
    Segment picture;
    picture.imageIndex = index;
    picture.alt = alt;
    segments.append(picture);
    segments.append(Segment{});
}

QString DocxParser::table(QXmlStreamReader &x)
{
    QString head;
    QString bodyRows;
    while (x.readNextStartElement()) {
        if (x.name() != QLatin1String("tr")) {
            x.skipCurrentElement();
            continue;
        }
        bool header = false;
        QString row;
        while (x.readNextStartElement()) {
            if (x.name() == QLatin1String("trPr")) {
                while (x.readNextStartElement()) {
                    header = header || (x.name() == QLatin1String("tblHeader") && toggleOn(x));
                    x.skipCurrentElement();
                }
                continue;
            }
            if (x.name() != QLatin1String("tc")) {
                x.skipCurrentElement();
                continue;
            }
            QStringList lines;
            while (x.readNextStartElement()) {
                if (x.name() == QLatin1String("p")) {
                    ParaProps props;
                    for (const Segment &segment : paragraph(x, props)) {
                        if (!segment.isPicture() && !segment.text.isEmpty()) {
                            lines.append(segment.text.html());
                            m_doc.legacyRuns += segment.text.legacyRuns();
                        }
                    }
                } else {
                    x.skipCurrentElement(); // nested tables: the subset has none
                }
            }
            row += (header ? QStringLiteral("<th>") : QStringLiteral("<td>")) + lines.join(QStringLiteral("<br>")) +
                   (header ? QStringLiteral("</th>") : QStringLiteral("</td>"));
        }
        (header && bodyRows.isEmpty() ? head : bodyRows) += QStringLiteral("<tr>") + row + QStringLiteral("</tr>");
    }
    QString html = QStringLiteral("<table>");
    if (!head.isEmpty()) {
        html += QStringLiteral("<thead>") + head + QStringLiteral("</thead>");
    }
    return html + QStringLiteral("<tbody>") + bodyRows + QStringLiteral("</tbody></table>");
}

Result<Document> DocxParser::run(const QString &shown)
{
    // The package's relationships name the main part; Word always calls it word/document.xml.
    QString main = QStringLiteral("word/document.xml");
    for (const Relationship &rel : readRelationships(QStringLiteral("_rels/.rels"))) {
        const QString target = rel.target.startsWith(QLatin1Char('/')) ? rel.target.mid(1) : rel.target;
        if (target.startsWith(QLatin1String("word/")) && target.endsWith(QLatin1String(".xml")) &&
            m_package.contains(target)) {
            main = target;
        }
    }
    if (!m_package.contains(main)) {
        return makeError(ErrorCode::Io,
                         Text::tr("%1 is not a Word document: the package has no word/document.xml.").arg(shown),
                         QStringLiteral("missing %1").arg(main));
    }
    readStyles();
    readNumbering();
    m_rels = readRelationships(QStringLiteral("word/_rels/document.xml.rels"));
    m_footnoteRels = readRelationships(QStringLiteral("word/_rels/footnotes.xml.rels"));
    readFootnotes();
    QXmlStreamReader x(m_package.entry(main));
    body(x);
    if (x.hasError()) {
        return makeError(ErrorCode::Io,
                         Text::tr("%1 is damaged: its text (word/document.xml) is not valid XML.").arg(shown),
                         x.errorString());
    }
    return std::move(m_doc);
}

} // namespace

Result<Document> readDocx(const ZipPackage &package, const QString &shownName)
{
    DocxParser parser(package);
    return parser.run(QDir::toNativeSeparators(shownName));
}

} // namespace toasoan::io::office
