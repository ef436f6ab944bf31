#include "ui/editor/TextSearch.h"

#include "app/text/Normalize.h"
#include "app/text/ToneStyle.h"

#include <QHash>
#include <QTextBlock>
#include <QTextDocument>

namespace toasoan::ui {

namespace {

// One character folded: NFD without marks, đ -> d, optionally case-folded. Cached: a search folds
// the whole document and QString::normalized() per character would dominate.
QString foldCharacter(QChar c, const SearchOptions &options)
{
    if (c.unicode() < 0x80) {
        return QString(options.matchCase ? c : c.toLower());
    }
    static thread_local QHash<quint32, QString> cache;
    const quint32 key = c.unicode() | (options.matchCase ? 0x10000u : 0u) | (options.matchDiacritics ? 0x20000u : 0u);
    if (const auto found = cache.constFind(key); found != cache.cend()) {
        return *found;
    }
    QString folded(c);
    if (!options.matchDiacritics) {
        if (c.unicode() == 0x0111 || c.unicode() == 0x0110) {
            folded = QString(c.unicode() == 0x0111 ? QLatin1Char('d') : QLatin1Char('D'));
        }
        QString stripped;
        for (const QChar part : folded.normalized(QString::NormalizationForm_D)) {
            if (part.category() != QChar::Mark_NonSpacing && part.category() != QChar::Mark_SpacingCombining &&
                part.category() != QChar::Mark_Enclosing) {
                stripped.append(part);
            }
        }
        folded = stripped;
    }
    if (!options.matchCase) {
        folded = folded.toCaseFolded();
    }
    cache.insert(key, folded);
    return folded;
}

struct BlockMatch
{
    qsizetype start = -1;
    qsizetype end = -1;
};

// Matches of `query` (already folded) in one block's text, in order.
QList<BlockMatch> matchesIn(const QString &blockText, const QString &foldedQuery, const SearchOptions &options)
{
    QList<BlockMatch> matches;
    if (foldedQuery.isEmpty()) {
        return matches;
    }
    const FoldedText folded = foldForSearch(blockText, options);
    qsizetype at = 0;
    while ((at = folded.text.indexOf(foldedQuery, at)) >= 0) {
        const qsizetype last = at + foldedQuery.size() - 1;
        BlockMatch m{folded.origin.at(at), folded.origin.at(last) + 1};
        // Marks folded away after the last letter belong to the match ("uy" covers "uỷ" in NFD).
        while (m.end < blockText.size() && blockText.at(m.end).isMark()) {
            ++m.end;
        }
        matches.append(m);
        at += foldedQuery.size();
    }
    return matches;
}

} // namespace

FoldedText foldForSearch(const QString &input, const SearchOptions &options)
{
    // Tone placement never matters: hòa and hoà, thủy and thuỷ are the same word. The conversion
    // keeps lengths, so positions still refer to the input.
    QString text = text::convertToneStyle(input, text::ToneStyle::New).text;
    if (text.size() != input.size()) {
        text = input; // not NFC: positions would no longer match; search as typed
    }
    FoldedText folded;
    folded.text.reserve(text.size());
    folded.origin.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QString part = foldCharacter(text.at(i), options);
        folded.text += part;
        for (qsizetype k = 0; k < part.size(); ++k) {
            folded.origin.append(i);
        }
    }
    return folded;
}

QList<QTextCursor> findAll(const QTextDocument *document, const QString &query, const SearchOptions &options)
{
    QList<QTextCursor> found;
    const QString foldedQuery = foldForSearch(text::normalize(query), options).text;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (const BlockMatch &m : matchesIn(block.text(), foldedQuery, options)) {
            QTextCursor c(const_cast<QTextDocument *>(document));
            c.setPosition(block.position() + m.start);
            c.setPosition(block.position() + m.end, QTextCursor::KeepAnchor);
            found.append(c);
        }
    }
    return found;
}

QTextCursor findText(const QTextDocument *document, const QString &query, const QTextCursor &from,
                     const SearchOptions &options)
{
    const QString foldedQuery = foldForSearch(text::normalize(query), options).text;
    if (foldedQuery.isEmpty()) {
        return {};
    }
    const int origin = options.backward ? from.selectionStart() : from.selectionEnd();
    QTextBlock block = document->findBlock(origin);
    // Walk blocks from the cursor's, wrapping once around the document.
    for (int visited = 0; visited <= document->blockCount(); ++visited) {
        if (!block.isValid()) {
            block = options.backward ? document->lastBlock() : document->firstBlock();
        }
        const QList<BlockMatch> matches = matchesIn(block.text(), foldedQuery, options);
        const int base = block.position();
        const auto accept = [&](const BlockMatch &m) {
            if (visited == 0) {
                return options.backward ? base + m.end <= origin : base + m.start >= origin;
            }
            return true;
        };
        if (options.backward) {
            for (auto it = matches.crbegin(); it != matches.crend(); ++it) {
                if (accept(*it)) {
                    QTextCursor c(const_cast<QTextDocument *>(document));
                    c.setPosition(base + it->start);
                    c.setPosition(base + it->end, QTextCursor::KeepAnchor);
                    return c;
                }
            }
            block = block.previous();
        } else {
            for (const BlockMatch &m : matches) {
                if (accept(m)) {
                    QTextCursor c(const_cast<QTextDocument *>(document));
                    c.setPosition(base + m.start);
                    c.setPosition(base + m.end, QTextCursor::KeepAnchor);
                    return c;
                }
            }
            block = block.next();
        }
    }
    return {};
}

} // namespace toasoan::ui
