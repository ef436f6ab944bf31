#include "app/html/BodyWriter.h"

#include "app/html/BodyWriter_p.h"
#include "app/html/Entities.h"
#include "app/html/HtmlLexer.h"
#include "app/text/Normalize.h"

namespace toasoan::html {

using namespace writer;

void BodyWriter::Private::appendBlock(const QString &html)
{
    if (!out.isEmpty()) {
        out += QLatin1Char('\n');
    }
    out += html;
}

QList<Format> BodyWriter::Private::desired() const
{
    QList<Format> wanted;
    const bool headingBlock =
        block == Block::Heading2 || block == Block::Heading3 || (block == Block::Cell && cellHeader);
    const bool linked = std::any_of(active.cbegin(), active.cend(),
                                    [](const Format &f) { return f.tag == QLatin1String("a") && !f.href.isEmpty(); });
    bool inLink = false;
    for (const Format &f : active) {
        if (f.tag == QLatin1String("a")) {
            if (f.href.isEmpty() || inLink) {
                continue;
            }
            inLink = true;
        } else if ((f.tag == QLatin1String("strong") && headingBlock) || (f.tag == QLatin1String("u") && linked) ||
                   std::any_of(wanted.cbegin(), wanted.cend(), [&](const Format &w) { return w.tag == f.tag; })) {
            continue;
        }
        wanted.append(f);
    }
    return wanted;
}

QList<Format> BodyWriter::Private::closeStale()
{
    QList<Format> wanted = desired();
    qsizetype same = 0;
    while (same < written.size() && same < wanted.size() && written.at(same) == wanted.at(same)) {
        ++same;
    }
    while (written.size() > same) {
        content += QStringLiteral("</") + written.takeLast().tag + QLatin1Char('>');
    }
    return wanted.mid(same);
}

void BodyWriter::Private::openFormats(const QList<Format> &formats)
{
    for (const Format &f : formats) {
        if (f.tag == QLatin1String("a")) {
            content += QStringLiteral("<a href=\"") + escapeAttribute(f.href) + QStringLiteral("\">");
        } else {
            content += QLatin1Char('<') + f.tag + QLatin1Char('>');
        }
        written.append(f);
    }
}

void BodyWriter::Private::openBlock(Block kind)
{
    closeBlock();
    block = kind;
    formatsDirty = true;
}

void BodyWriter::Private::closeBlock()
{
    if (block == Block::None) {
        return;
    }
    if (lastBreak >= 0) {
        content.truncate(lastBreak); // a break that ends a block shows nothing
    }
    while (!written.isEmpty()) {
        content += QStringLiteral("</") + written.takeLast().tag + QLatin1Char('>');
    }
    const QString inner = visible ? content : QString();
    switch (block) {
    case Block::Paragraph:
    case Block::Heading2:
    case Block::Heading3: {
        const QString tag = block == Block::Paragraph  ? QStringLiteral("p")
                            : block == Block::Heading2 ? QStringLiteral("h2")
                                                       : QStringLiteral("h3");
        if (visible) {
            appendBlock(QLatin1Char('<') + tag + QLatin1Char('>') + inner + QStringLiteral("</") + tag +
                        QLatin1Char('>'));
        }
        break;
    }
    case Block::Item:
        if (visible) {
            lists.last().items.append(inner);
            lists.last().lastHasSublist = false;
        }
        break;
    case Block::QuoteParagraph:
        if (visible) {
            quoteParagraphs.append(QStringLiteral("<p>") + inner + QStringLiteral("</p>"));
        }
        break;
    case Block::Cell:
        if (rows.isEmpty()) {
            rows.append(Row{inHead, {}});
        }
        rows.last().cells.append(Cell{cellHeader, inner});
        break;
    case Block::Caption:
        if (visible) {
            figure += QStringLiteral("<figcaption>") + inner + QStringLiteral("</figcaption>");
            figureHasCaption = true;
        }
        break;
    case Block::TableCaption:
        if (visible) {
            tableCaptions.append(QStringLiteral("<p>") + inner + QStringLiteral("</p>"));
        }
        break;
    case Block::None:
        break;
    }
    block = Block::None;
    formatsDirty = true;
    content.clear();
    hasText = visible = pendingSpace = pendingBreak = false;
    lastBreak = -1;
}

bool BodyWriter::Private::ensureBlock()
{
    if (block != Block::None) {
        return true;
    }
    switch (container) {
    case Container::None:
        openBlock(Block::Paragraph);
        return true;
    case Container::Figure:
        closeFigure();
        openBlock(Block::Paragraph);
        return true;
    case Container::Quote:
        openBlock(Block::QuoteParagraph);
        return true;
    case Container::List:
        openBlock(Block::Item);
        return true;
    case Container::Table:
        return false;
    }
    return false;
}

void BodyWriter::Private::writeSpace()
{
    if (pendingSpace && hasText && lastBreak < 0) {
        content += QLatin1Char(' ');
    }
    pendingSpace = false;
}

void BodyWriter::Private::text(const QString &characters)
{
    for (const QChar c : characters) {
        if (isCollapsible(c)) {
            pendingSpace = true;
            continue;
        }
        if (c.unicode() < 0x20 || c.unicode() == 0x7F) {
            continue; // controls have no place in an article
        }
        if (!ensureBlock()) {
            continue;
        }
        if (pendingBreak) {
            // A block boundary right after a <br> starts the one new line that <br> started already: the
            // body has no <br><br> in an item or cell, since reading one back keeps one break.
            if (lastBreak < 0) {
                content += QLatin1String("<br>");
            }
            lastBreak = -1;
            pendingBreak = false;
            pendingSpace = false;
        }
        if (formatsDirty) {
            const QList<Format> toOpen = closeStale();
            writeSpace();
            openFormats(toOpen);
            formatsDirty = false;
        } else {
            writeSpace();
        }
        appendEscaped(content, c);
        hasText = true;
        visible = visible || !isInvisible(c);
        lastBreak = -1;
    }
}

void BodyWriter::Private::lineBreak()
{
    if (block == Block::None || !hasText) {
        return; // a break before any text shows nothing
    }
    if (lastBreak >= 0) {
        if (block == Block::Paragraph || block == Block::QuoteParagraph) {
            content.truncate(lastBreak); // <br><br>: the web's way of starting a paragraph
            lastBreak = -1;
            closeBlock();
        }
        return;
    }
    pendingSpace = false;
    pendingBreak = false;
    lastBreak = content.size();
    content += QLatin1String("<br>");
}

BodyWriter::BodyWriter() : d(new Private) {}

BodyWriter::~BodyWriter()
{
    delete d;
}

void BodyWriter::start(const QString &name, const Attributes &attributes)
{
    if (!d->dropping.isEmpty()) {
        if (name == d->dropping.constLast() && !isVoidElement(name)) {
            d->dropping.append(name);
        }
        return;
    }
    if (dropsElementContent(name)) {
        if (!isVoidElement(name)) {
            d->dropping.append(name);
        }
        return;
    }
    const QString tag = inlineTag(name);
    if (!tag.isEmpty()) {
        if (d->active.size() < kMaxFormats) {
            QString href;
            if (tag == QLatin1String("a")) {
                href = compactUrl(attribute(attributes, "href"));
                if (!isBodyLinkUrl(href)) {
                    href.clear();
                }
            }
            d->active.append(Format{tag, href});
            d->formatsDirty = true;
        }
        return;
    }
    if (name == QLatin1String("br")) {
        d->lineBreak();
        return;
    }
    if (name == QLatin1String("img")) {
        d->image(attributes);
        return;
    }
    if (!isVoidElement(name) && d->scopes.size() < kMaxScopes) {
        d->scopes.append({name, d->active.size()});
    }
    d->structureStart(name, attributes);
}

void BodyWriter::end(const QString &name)
{
    if (!d->dropping.isEmpty()) {
        if (name == d->dropping.constLast()) {
            d->dropping.removeLast();
        }
        return;
    }
    const QString tag = inlineTag(name);
    if (!tag.isEmpty()) {
        for (qsizetype i = d->active.size() - 1; i >= 0; --i) {
            if (d->active.at(i).tag == tag) {
                d->active.removeAt(i);
                d->formatsDirty = true;
                break;
            }
        }
        return;
    }
    // Formatting opened inside an element ends with it, even when the source forgot to close it.
    for (qsizetype i = d->scopes.size() - 1; i >= 0; --i) {
        if (d->scopes.at(i).first == name) {
            d->active.resize(std::min(d->active.size(), d->scopes.at(i).second));
            d->formatsDirty = true;
            d->scopes.resize(i);
            break;
        }
    }
    d->structureEnd(name);
}

void BodyWriter::text(const QString &characters)
{
    if (d->dropping.isEmpty()) {
        d->text(characters);
    }
}

QString BodyWriter::finish()
{
    d->closeContainer();
    d->closeBlock();
    d->active.clear();
    d->scopes.clear();
    d->dropping.clear();
    QString result = text::normalize(d->out);
    d->out.clear();
    return result;
}

bool BodyWriter::droppingContent() const
{
    return !d->dropping.isEmpty();
}

int BodyWriter::droppedImages() const
{
    return d->dropped;
}

} // namespace toasoan::html
