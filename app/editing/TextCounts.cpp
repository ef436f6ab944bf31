#include "app/editing/TextCounts.h"

#include <QTextBoundaryFinder>

namespace toasoan::editing {

int graphemeCount(const QString &text)
{
    if (text.isEmpty()) {
        return 0;
    }
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    int count = 0;
    while (finder.toNextBoundary() >= 0) {
        ++count;
    }
    return count;
}

int wordCount(const QString &text)
{
    if (text.isEmpty()) {
        return 0;
    }
    // ICU marks the start of every segment; only segments holding a letter or digit are words.
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    int count = 0;
    qsizetype start = 0;
    while (true) {
        const qsizetype end = finder.toNextBoundary();
        if (end < 0) {
            break;
        }
        for (qsizetype i = start; i < end; ++i) {
            if (text.at(i).isLetterOrNumber()) {
                ++count;
                break;
            }
        }
        start = end;
    }
    return count;
}

} // namespace toasoan::editing
