#include "app/editing/TextCounts.h"

#include <QTextBoundaryFinder>

namespace toasoan::editing {

namespace {

bool isSeparator(char32_t c)
{
    return c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029 || c == 0xFFFC;
}

int countWords(const QString &text)
{
    int words = 0;
    bool inWord = false;
    bool wordHasLetter = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (QChar::isSpace(c) || isSeparator(c)) {
            words += inWord && wordHasLetter ? 1 : 0;
            inWord = wordHasLetter = false;
        } else {
            inWord = true;
            wordHasLetter = wordHasLetter || QChar::isLetterOrNumber(c);
        }
    }
    return words + (inWord && wordHasLetter ? 1 : 0);
}

int countCharacters(const QString &text)
{
    if (text.isEmpty()) {
        return 0;
    }
    int characters = 0;
    QTextBoundaryFinder clusters(QTextBoundaryFinder::Grapheme, text);
    qsizetype start = 0;
    for (qsizetype end = clusters.toNextBoundary(); end >= 0; end = clusters.toNextBoundary()) {
        const char16_t first = text.at(start).unicode();
        if (!(end - start == 1 && isSeparator(first)) && !(end - start == 2 && first == u'\r')) {
            ++characters;
        }
        start = end;
    }
    return characters;
}

} // namespace

TextCounts countText(const QString &text)
{
    return TextCounts{countWords(text), countCharacters(text)};
}

int graphemeCount(const QString &text)
{
    return countCharacters(text);
}

int wordCount(const QString &text)
{
    return countWords(text);
}

} // namespace toasoan::editing
