#include "ui/editor/DocumentHtml.h"

#include "app/html/BodyWriter.h"

#include <QCoreApplication>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>
#include <QThread>
#include <atomic>

namespace toasoan::ui {

namespace {

using html::BodyWriter;

const QString kP = QStringLiteral("p");
const QString kLi = QStringLiteral("li");
const QString kA = QStringLiteral("a");
const QString kStrong = QStringLiteral("strong");
const QString kEm = QStringLiteral("em");
const QString kU = QStringLiteral("u");
const QString kBr = QStringLiteral("br");
const QString kImg = QStringLiteral("img");

QString listTag(const QTextList *list)
{
    switch (list->format().style()) {
    case QTextListFormat::ListDisc:
    case QTextListFormat::ListCircle:
    case QTextListFormat::ListSquare:
        return QStringLiteral("ul");
    default:
        return QStringLiteral("ol");
    }
}

QString alignName(Qt::Alignment alignment)
{
    if (alignment & Qt::AlignHCenter) {
        return QStringLiteral("center");
    }
    if (alignment & Qt::AlignRight) {
        return QStringLiteral("right");
    }
    return QStringLiteral("left");
}

bool isQuote(const QTextBlockFormat &format)
{
    return format.intProperty(QTextFormat::BlockQuoteLevel) > 0;
}

class Walker
{
public:
    explicit Walker(BodyWriter &writer) : m_writer(writer) {}

    void frame(const QTextFrame *frame)
    {
        for (auto it = frame->begin(); !it.atEnd(); ++it) {
            if (const QTextFrame *child = it.currentFrame()) {
                closeContainers();
                if (const auto *table = qobject_cast<const QTextTable *>(child)) {
                    this->table(table);
                } else {
                    this->frame(child);
                }
            } else {
                block(it.currentBlock());
            }
        }
        closeContainers();
    }

private:
    void closeContainers()
    {
        closeListsFrom(0);
        if (m_quote) {
            m_writer.end(QStringLiteral("blockquote"));
            m_quote = false;
        }
    }

    void block(const QTextBlock &block)
    {
        const QTextBlockFormat format = block.blockFormat();
        const QTextList *list = block.textList();
        const bool quote = !list && isQuote(format);
        if (list && !m_quote) {
            openList(list);
        } else if (list || quote != m_quote || !m_lists.isEmpty()) {
            closeContainers();
            if (list) {
                openList(list);
            } else if (quote) {
                m_quote = true;
                m_writer.start(QStringLiteral("blockquote"));
            }
        }
        QString tag = kP;
        const int level = format.headingLevel();
        if (list) {
            tag = kLi;
        } else if (level == 6) {
            tag = QStringLiteral("figcaption"); // the caption under an image (see html::bodyToQtHtml)
        } else if (level > 0) {
            tag = level <= 2 ? QStringLiteral("h2") : QStringLiteral("h3");
        }
        if (format.hasProperty(QTextFormat::BlockAlignment)) {
            m_writer.start(tag, {{QStringLiteral("align"), alignName(format.alignment())}});
        } else {
            m_writer.start(tag);
        }
        fragments(block);
        m_writer.end(tag);
    }

    // QTextDocument keeps a nested list as a list of its own with a larger indent: the lists open
    // around a block are those with a smaller indent that came before it (the writer joins a list
    // written right after an item to that item).
    void openList(const QTextList *list)
    {
        qsizetype keep = 0;
        while (keep < m_lists.size() && m_lists.at(keep) != list &&
               m_lists.at(keep)->format().indent() < list->format().indent()) {
            ++keep;
        }
        if (keep < m_lists.size() && m_lists.at(keep) == list) {
            closeListsFrom(keep + 1);
            return;
        }
        closeListsFrom(keep);
        m_lists.append(list);
        m_writer.start(listTag(list));
    }

    void closeListsFrom(qsizetype first)
    {
        while (m_lists.size() > first) {
            m_writer.end(listTag(m_lists.takeLast()));
        }
    }

    void fragments(const QTextBlock &block)
    {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            const QString text = fragment.text();
            if (format.isImageFormat()) {
                const QTextImageFormat image = format.toImageFormat();
                for (qsizetype i = 0; i < text.size(); ++i) {
                    m_writer.start(kImg, {{QStringLiteral("src"), image.name()},
                                          {QStringLiteral("alt"), image.stringProperty(QTextFormat::ImageAltText)}});
                }
                continue;
            }
            QStringList opened;
            if (format.isAnchor() && !format.anchorHref().isEmpty()) {
                m_writer.start(kA, {{QStringLiteral("href"), format.anchorHref()}});
                opened.append(kA);
            }
            if (format.fontWeight() >= QFont::DemiBold) {
                m_writer.start(kStrong);
                opened.append(kStrong);
            }
            if (format.fontItalic()) {
                m_writer.start(kEm);
                opened.append(kEm);
            }
            if (format.fontUnderline()) {
                m_writer.start(kU);
                opened.append(kU);
            }
            qsizetype start = 0;
            for (qsizetype i = 0; i <= text.size(); ++i) {
                if (i == text.size() || text.at(i) == QChar::LineSeparator ||
                    text.at(i) == QChar::ObjectReplacementCharacter) {
                    if (i > start) {
                        m_writer.text(text.mid(start, i - start));
                    }
                    if (i < text.size() && text.at(i) == QChar::LineSeparator) {
                        m_writer.start(kBr);
                    }
                    start = i + 1;
                }
            }
            for (auto name = opened.crbegin(); name != opened.crend(); ++name) {
                m_writer.end(*name);
            }
        }
    }

    void table(const QTextTable *table)
    {
        const int headerRows = std::min(table->format().headerRowCount(), table->rows());
        m_writer.start(QStringLiteral("table"));
        for (int row = 0; row < table->rows(); ++row) {
            const bool header = row < headerRows;
            if (row == 0 && header) {
                m_writer.start(QStringLiteral("thead"));
            }
            if (row == headerRows) {
                if (headerRows > 0) {
                    m_writer.end(QStringLiteral("thead"));
                }
                m_writer.start(QStringLiteral("tbody"));
            }
            m_writer.start(QStringLiteral("tr"));
            const QString cellTag = header ? QStringLiteral("th") : QStringLiteral("td");
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                if (cell.row() != row || cell.column() != column) {
                    continue; // covered by a merged cell: the subset has no spans
                }
                m_writer.start(cellTag);
                for (auto it = cell.begin(); !it.atEnd(); ++it) {
                    if (it.currentFrame() == nullptr) {
                        m_writer.start(kP);
                        fragments(it.currentBlock());
                        m_writer.end(kP);
                    }
                }
                m_writer.end(cellTag);
            }
            m_writer.end(QStringLiteral("tr"));
        }
        m_writer.end(QStringLiteral("table"));
    }

    BodyWriter &m_writer;
    QList<const QTextList *> m_lists; ///< open lists, outermost first
    bool m_quote = false;
};

std::atomic<int> serialisedOnUiThread = 0;
std::atomic<int> serialisedOffUiThread = 0;

} // namespace

QString documentToBody(const QTextDocument &document)
{
    const QCoreApplication *app = QCoreApplication::instance();
    ++(app && QThread::currentThread() == app->thread() ? serialisedOnUiThread : serialisedOffUiThread);
    BodyWriter writer;
    Walker(writer).frame(document.rootFrame());
    return writer.finish();
}

BodySerialisations bodySerialisations()
{
    return BodySerialisations{serialisedOnUiThread.load(), serialisedOffUiThread.load()};
}

} // namespace toasoan::ui
