#include "app/search/SearchText.h"

#include "app/html/PlainText.h"
#include "app/text/Normalize.h"

namespace toasoan::search {

bool isSearchTokenChar(QChar ch)
{
    return ch.isLetterOrNumber() || ch.isMark();
}

QString htmlToSearchText(const QString &html)
{
    return html::toSearchText(html);
}

QString cleanSearchText(const QString &text)
{
    return text::normalizeForSearch(text);
}

QString foldStrokedD(const QString &text)
{
    QString out = text;
    out.replace(QChar(0x0111), QLatin1Char('d'));
    out.replace(QChar(0x0110), QLatin1Char('D'));
    return out;
}

QStringList searchTokens(const QString &text)
{
    QStringList tokens;
    QString current;
    for (QChar ch : text) {
        if (isSearchTokenChar(ch)) {
            current.append(ch);
        } else if (!current.isEmpty()) {
            tokens.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty()) {
        tokens.append(current);
    }
    return tokens;
}

QString markedToHtml(const QString &marked)
{
    QString out;
    out.reserve(marked.size() + 16);
    bool space = false;
    for (QChar ch : marked) {
        if (ch.isSpace()) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty()) {
            out.append(QLatin1Char(' '));
        }
        space = false;
        switch (ch.unicode()) {
        case kHitOpen:
            out.append(QLatin1String("<b>"));
            break;
        case kHitClose:
            out.append(QLatin1String("</b>"));
            break;
        case kCut:
            out.append(QChar(0x2026));
            break;
        case u'&':
            out.append(QLatin1String("&amp;"));
            break;
        case u'<':
            out.append(QLatin1String("&lt;"));
            break;
        case u'>':
            out.append(QLatin1String("&gt;"));
            break;
        case u'"':
            out.append(QLatin1String("&quot;"));
            break;
        default:
            out.append(ch);
        }
    }
    return out;
}

QString unfoldMarked(const QString &markedFolded, const QString &original)
{
    QString plain;
    plain.reserve(markedFolded.size());
    for (QChar ch : markedFolded) {
        if (ch != QChar(kHitOpen) && ch != QChar(kHitClose) && ch != QChar(kCut)) {
            plain.append(ch);
        }
    }
    const qsizetype at = foldStrokedD(original).indexOf(plain);
    if (at < 0 || plain.isEmpty()) {
        return markedFolded;
    }
    QString out;
    out.reserve(markedFolded.size());
    qsizetype source = at;
    for (QChar ch : markedFolded) {
        if (ch == QChar(kHitOpen) || ch == QChar(kHitClose) || ch == QChar(kCut)) {
            out.append(ch);
        } else {
            out.append(original.at(source++));
        }
    }
    return out;
}

} // namespace toasoan::search
