#include "ui/editor/TextCounts.h"

#include <QStringView>
#include <QTextBoundaryFinder>

namespace toasoan::ui {

namespace {

bool isSeparator(char32_t c)
{
    return c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029 || c == 0xFFFC;
}

} // namespace

TextCounts countText(const QString &text)
{
    TextCounts counts;
    bool inWord = false;
    bool wordHasLetter = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (QChar::isSpace(c) || isSeparator(c)) {
            counts.words += inWord && wordHasLetter ? 1 : 0;
            inWord = wordHasLetter = false;
        } else {
            inWord = true;
            wordHasLetter = wordHasLetter || QChar::isLetterOrNumber(c);
        }
    }
    counts.words += inWord && wordHasLetter ? 1 : 0;

    QTextBoundaryFinder clusters(QTextBoundaryFinder::Grapheme, text);
    qsizetype start = 0;
    for (qsizetype end = clusters.toNextBoundary(); end >= 0; end = clusters.toNextBoundary()) {
        const char16_t first = text.at(start).unicode();
        if (!(end - start == 1 && isSeparator(first)) && !(end - start == 2 && first == u'\r')) {
            ++counts.characters;
        }
        start = end;
    }
    return counts;
}

} // namespace toasoan::ui
