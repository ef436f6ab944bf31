#include "app/html/PlainText.h"

#include "app/html/HtmlLexer.h"
#include "app/text/Normalize.h"

#include <QRegularExpression>
#include <algorithm>

namespace toasoan::html {

namespace {

bool isBlock(const QString &name)
{
    static const QStringList blocks = {
        QStringLiteral("p"),       QStringLiteral("div"),     QStringLiteral("li"),
        QStringLiteral("ul"),      QStringLiteral("ol"),      QStringLiteral("dl"),
        QStringLiteral("dd"),      QStringLiteral("dt"),      QStringLiteral("h1"),
        QStringLiteral("h2"),      QStringLiteral("h3"),      QStringLiteral("h4"),
        QStringLiteral("h5"),      QStringLiteral("h6"),      QStringLiteral("blockquote"),
        QStringLiteral("pre"),     QStringLiteral("hr"),      QStringLiteral("table"),
        QStringLiteral("caption"), QStringLiteral("thead"),   QStringLiteral("tbody"),
        QStringLiteral("tfoot"),   QStringLiteral("figure"),  QStringLiteral("figcaption"),
        QStringLiteral("section"), QStringLiteral("article"), QStringLiteral("header"),
        QStringLiteral("footer"),  QStringLiteral("aside"),   QStringLiteral("nav"),
        QStringLiteral("main"),    QStringLiteral("address"), QStringLiteral("body"),
        QStringLiteral("html"),    QStringLiteral("head"),    QStringLiteral("details"),
        QStringLiteral("summary"),
    };
    return blocks.contains(name);
}

bool isCell(const QString &name)
{
    return name == QLatin1String("td") || name == QLatin1String("th");
}

class Collector
{
public:
    explicit Collector(const PlainTextOptions &options) : m_options(options) {}

    enum class Kind
    {
        Other,
        ListItem,
        Row,
        Continued, ///< after a <br>: the same paragraph goes on
    };

    struct Block
    {
        QString text;
        Kind kind = Kind::Other;
        bool heading = false;
        int number = 0;
        int level = 0;
    };

    QList<Block> run(const QString &html)
    {
        for (const Token &t : tokenize(html)) {
            if (t.kind == Token::Kind::Text) {
                if (!m_inRcdata) {
                    m_current += t.text;
                }
            } else if (isRcdataElement(t.name)) {
                m_inRcdata = t.kind == Token::Kind::Start && !t.selfClosing;
            } else if (t.name == QLatin1String("tr")) {
                flush();
                m_inCell = false;
                m_kind = Kind::Row;
            } else if (isCell(t.name)) {
                cell(t);
            } else if (t.name == QLatin1String("br") || isBlock(t.name)) {
                if (m_inCell) {
                    m_current += QLatin1Char(' '); // a paragraph inside a cell stays in its row
                } else {
                    flush();
                    m_kind = t.name == QLatin1String("br")                                   ? Kind::Continued
                             : t.name == QLatin1String("li") && t.kind == Token::Kind::Start ? Kind::ListItem
                                                                                             : Kind::Other;
                    track(t);
                }
            } else if (t.name == QLatin1String("img") && !m_current.isEmpty()) {
                m_current += QLatin1Char(' ');
            }
        }
        flush();
        return std::move(m_blocks);
    }

private:
    // Headings and the numbers of ordered lists, for structuredBlocks().
    void track(const Token &t)
    {
        const bool start = t.kind == Token::Kind::Start;
        if (t.name == QLatin1String("ol") || t.name == QLatin1String("ul")) {
            if (start && !t.selfClosing) {
                m_lists.append(t.name == QLatin1String("ol") ? 0 : -1);
            } else if (!start && !m_lists.isEmpty()) {
                m_lists.removeLast();
            }
        }
        m_heading = start && t.name.size() == 2 && t.name.at(0) == QLatin1Char('h') &&
                    t.name.at(1) >= QLatin1Char('1') && t.name.at(1) <= QLatin1Char('5');
        m_number = 0;
        m_level = 0;
        if (m_kind == Kind::ListItem) {
            m_level = int(m_lists.size());
            if (!m_lists.isEmpty() && m_lists.constLast() >= 0) {
                m_number = ++m_lists.last();
            }
        }
    }

    void cell(const Token &t)
    {
        if (t.kind == Token::Kind::Start) {
            const QString before = clean(m_current);
            if (m_inCell || !before.isEmpty()) {
                m_cells.append(before); // the previous cell had no end tag
                m_current.clear();
            }
            m_inCell = true;
        } else if (m_inCell) {
            m_cells.append(clean(m_current));
            m_current.clear();
            m_inCell = false;
        }
    }

    QString clean(const QString &raw) const
    {
        QString text = raw; // simplified() also turns NBSP into a space
        if (!m_options.keepSoftHyphens) {
            text.remove(QChar(0xAD)); // invisible, and would split words
        }
        return text::normalize(text.simplified());
    }

    void flush()
    {
        QString block;
        if (!m_cells.isEmpty()) {
            if (const QString rest = clean(m_current); !rest.isEmpty()) {
                m_cells.append(rest);
            }
            while (!m_cells.isEmpty() && m_cells.constLast().isEmpty()) {
                m_cells.removeLast();
            }
            block = m_cells.join(m_options.readable ? QStringLiteral(" | ") : QStringLiteral("\t"));
            m_cells.clear();
        } else {
            block = clean(m_current);
        }
        m_current.clear();
        if (!block.isEmpty()) {
            m_blocks.append(Block{block, m_kind, m_heading, m_number, m_level});
        }
    }

    const PlainTextOptions &m_options;
    QList<Block> m_blocks;
    Kind m_kind = Kind::Other;
    bool m_heading = false;
    int m_number = 0;
    int m_level = 0;
    QList<int> m_lists; ///< open lists, innermost last: the last number given in an ol, -1 for a ul
    QString m_current;
    QStringList m_cells; ///< the cells of the current table row
    bool m_inCell = false;
    bool m_inRcdata = false;
};

} // namespace

QStringList textBlocks(const QString &html, const PlainTextOptions &options)
{
    QStringList texts;
    for (const auto &block : Collector(options).run(html)) {
        texts.append(block.text);
    }
    return texts;
}

QList<TextBlock> structuredBlocks(const QString &html, const PlainTextOptions &options)
{
    QList<TextBlock> blocks;
    for (const auto &block : Collector(options).run(html)) {
        const bool item = block.kind == Collector::Kind::ListItem;
        blocks.append(TextBlock{block.text, block.heading, item, item ? block.number : 0, item ? block.level : 0});
    }
    return blocks;
}

QString toPlainText(const QString &html, const PlainTextOptions &options)
{
    if (!options.readable) {
        return textBlocks(html, options).join(QLatin1Char('\n'));
    }
    using Kind = Collector::Kind;
    QString out;
    Kind previous = Kind::Other;
    for (const auto &block : Collector(options).run(html)) {
        if (!out.isEmpty()) {
            const bool together =
                block.kind == Kind::Continued || (block.kind == previous && block.kind != Kind::Other);
            out += together ? QStringLiteral("\n") : QStringLiteral("\n\n");
        }
        if (block.kind == Kind::ListItem) {
            out += QString(2 * std::max(0, block.level - 1), QLatin1Char(' ')) + QStringLiteral("• ");
        }
        out += block.text;
        previous = block.kind;
    }
    return out;
}

QString toSearchText(const QString &html)
{
    return text::normalizeForSearch(toPlainText(html));
}

} // namespace toasoan::html
