#pragma once
// What a body document shows, to compare the editor's live document with its saved body loaded again.

#include "app/html/BodyHtml.h"

#include <QStringList>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

namespace toasoan::test {

// A body loaded as the editor loads it (RichTextEditor::setBodyHtml).
inline void loadBody(QTextDocument &doc, const QString &body)
{
    doc.setHtml(toasoan::html::bodyToQtHtml(body));
}

// What the reader sees of a document: per block its kind (heading level, list, quote) and per
// character its weight, size, slant, underline and link. Empty paragraphs and spaces that end a
// block are room for typing, not saved (the body subset has neither).
inline QStringList looks(const QTextDocument &doc)
{
    const auto charLook = [](const QTextCharFormat &f) {
        return QStringLiteral("%1/%2%3%4%5")
            .arg(f.fontWeight() >= QFont::DemiBold ? QStringLiteral("bold") : QStringLiteral("normal"))
            .arg(f.intProperty(QTextFormat::FontSizeAdjustment))
            .arg(f.fontItalic() ? QStringLiteral("/italic") : QString())
            .arg(f.fontUnderline() ? QStringLiteral("/underline") : QString())
            .arg(f.isAnchor() ? QStringLiteral("/link:") + f.anchorHref() : QString());
    };
    QStringList out;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat f = block.blockFormat();
        QString line = QStringLiteral("h%1 quote%2 list%3 |")
                           .arg(f.headingLevel())
                           .arg(f.intProperty(QTextFormat::BlockQuoteLevel))
                           .arg(block.textList() ? int(block.textList()->format().style()) : 0);
        const QString text = block.text();
        qsizetype shown = text.size();
        while (shown > 0 && text.at(shown - 1).isSpace()) {
            --shown;
        }
        if (shown == 0 && !QTextCursor(block).currentTable()) {
            continue;
        }
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            // One entry per character, so that splitting fragments differently does not count.
            for (int i = 0; i < fragment.length(); ++i) {
                if (fragment.position() + i - block.position() < shown) {
                    line +=
                        QLatin1Char(' ') + fragment.text().at(i) + QLatin1Char('=') + charLook(fragment.charFormat());
                }
            }
        }
        out.append(line);
    }
    return out;
}

} // namespace toasoan::test
