#include "ui/tools/ToneChangePreview.h"

namespace toasoan::ui {

namespace {

constexpr QChar kParagraphSeparator(0x2029);
constexpr QChar kEllipsis(0x2026);

bool isLineBreak(QChar ch)
{
    return ch == QLatin1Char('\n') || ch == QLatin1Char('\r') || ch == kParagraphSeparator;
}

bool endsSentence(QChar ch)
{
    return ch == QLatin1Char('.') || ch == QLatin1Char('!') || ch == QLatin1Char('?') || ch == kEllipsis ||
           isLineBreak(ch);
}

// Quotes and brackets may open a sentence: «"Hòa giải…» still starts one.
bool isOpening(QChar ch)
{
    return ch.category() == QChar::Punctuation_Open || ch.category() == QChar::Punctuation_InitialQuote ||
           ch == QLatin1Char('"') || ch == QLatin1Char('\'') || ch == QLatin1Char('-') || ch == QChar(0x2013) ||
           ch == QChar(0x2014);
}

bool isCapitalized(const QString &word)
{
    return !word.isEmpty() && word.front().isUpper();
}

bool isAllCaps(const QString &word)
{
    bool letters = false;
    for (const QChar ch : word) {
        if (ch.isLetter()) {
            letters = true;
            if (!ch.isUpper()) {
                return false;
            }
        }
    }
    return letters;
}

bool atSentenceStart(const QString &text, qsizetype position)
{
    qsizetype i = position - 1;
    while (i >= 0 && ((text.at(i).isSpace() && !isLineBreak(text.at(i))) || isOpening(text.at(i)))) {
        --i;
    }
    return i < 0 || endsSentence(text.at(i));
}

// The word that ends just before `position` (after spaces only), or the one starting right after `end`.
QString wordBefore(const QString &text, qsizetype position)
{
    qsizetype end = position;
    while (end > 0 && text.at(end - 1) == QLatin1Char(' ')) {
        --end;
    }
    if (end == position) {
        return {};
    }
    qsizetype start = end;
    while (start > 0 && text.at(start - 1).isLetter()) {
        --start;
    }
    return text.mid(start, end - start);
}

QString wordAfter(const QString &text, qsizetype end)
{
    qsizetype start = end;
    while (start < text.size() && text.at(start) == QLatin1Char(' ')) {
        ++start;
    }
    if (start == end) {
        return {};
    }
    qsizetype stop = start;
    while (stop < text.size() && text.at(stop).isLetter()) {
        ++stop;
    }
    return text.mid(start, stop - start);
}

QString oneLine(QString text)
{
    for (QChar &ch : text) {
        if (ch.isSpace() || ch == kParagraphSeparator) {
            ch = QLatin1Char(' ');
        }
    }
    return text.simplified();
}

} // namespace

bool looksLikeName(const QString &text, const text::ToneChange &change)
{
    if (!isCapitalized(change.before) || isAllCaps(change.before)) {
        return false;
    }
    const QString previous = wordBefore(text, change.position);
    const QString next = wordAfter(text, change.position + change.length);
    const bool inCapitalizedRun =
        (isCapitalized(previous) && !isAllCaps(previous)) || (isCapitalized(next) && !isAllCaps(next));
    return inCapitalizedRun || !atSentenceStart(text, change.position);
}

QString changeContext(const QString &text, const text::ToneChange &change, int radius)
{
    const qsizetype start = qMax<qsizetype>(0, change.position - radius);
    const qsizetype end = qMin(text.size(), change.position + change.length + radius);
    QString before = text.mid(start, change.position - start);
    QString after = text.mid(change.position + change.length, end - change.position - change.length);
    // Cut at word boundaries so the context does not start or end inside a word.
    if (start > 0) {
        const qsizetype space = before.indexOf(QLatin1Char(' '));
        before = space >= 0 ? before.mid(space + 1) : before;
    }
    if (end < text.size()) {
        const qsizetype space = after.lastIndexOf(QLatin1Char(' '));
        after = space > 0 ? after.left(space) : after;
    }
    // oneLine() trims: put back the spaces that separated the word from its neighbours.
    QString line = oneLine(before);
    if (!line.isEmpty() && (before.back().isSpace() || before.back() == kParagraphSeparator)) {
        line += QLatin1Char(' ');
    }
    line += change.before;
    const QString tail = oneLine(after);
    if (!tail.isEmpty() && (after.front().isSpace() || after.front() == kParagraphSeparator)) {
        line += QLatin1Char(' ');
    }
    line += tail;
    if (start > 0) {
        line.prepend(kEllipsis + QLatin1Char(' '));
    }
    if (end < text.size()) {
        line.append(QLatin1Char(' ') + kEllipsis);
    }
    return line;
}

} // namespace toasoan::ui
