#include "app/search/SearchText.h"

#include "app/text/Normalize.h"

namespace toasoan::search {

namespace {

bool isControl(QChar ch)
{
    return ch.unicode() < 0x20 && ch != QLatin1Char('\n') && ch != QLatin1Char('\t');
}

QString withoutControls(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar ch : text) {
        if (!isControl(ch)) {
            out.append(ch);
        }
    }
    return out;
}

// The body HTML comes from our own editor (entities for <, >, &), so a small decoder suffices.
QString decodeEntity(QStringView name)
{
    if (name == u"amp") {
        return QStringLiteral("&");
    }
    if (name == u"lt") {
        return QStringLiteral("<");
    }
    if (name == u"gt") {
        return QStringLiteral(">");
    }
    if (name == u"quot") {
        return QStringLiteral("\"");
    }
    if (name == u"apos") {
        return QStringLiteral("'");
    }
    if (name == u"nbsp") {
        return QStringLiteral(" ");
    }
    if (name.startsWith(u'#') && name.size() > 1) {
        bool ok = false;
        const bool hex = name.at(1) == u'x' || name.at(1) == u'X';
        const uint code = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
            const char32_t c = code;
            return QString::fromUcs4(&c, 1);
        }
    }
    return {};
}

QString decodeEntities(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            const qsizetype end = text.indexOf(QLatin1Char(';'), i + 1);
            if (end > i + 1 && end - i <= 10) {
                const QString decoded = decodeEntity(QStringView(text).mid(i + 1, end - i - 1));
                if (!decoded.isEmpty()) {
                    out.append(decoded);
                    i = end;
                    continue;
                }
            }
        }
        out.append(text.at(i));
    }
    return out;
}

bool isTokenChar(QChar ch)
{
    return ch.isLetterOrNumber() || ch.isMark();
}

} // namespace

QString htmlToSearchText(const QString &html)
{
    QString text;
    text.reserve(html.size());
    qsizetype i = 0;
    while (i < html.size()) {
        const qsizetype open = html.indexOf(QLatin1Char('<'), i);
        const qsizetype close = open < 0 ? -1 : html.indexOf(QLatin1Char('>'), open);
        if (open < 0 || close < 0) {
            text.append(QStringView(html).mid(i));
            break;
        }
        text.append(QStringView(html).mid(i, open - i));
        text.append(QLatin1Char(' ')); // "<p>a</p><p>b</p>" must not read as one word "ab"
        i = close + 1;
    }
    return cleanSearchText(decodeEntities(text));
}

QString cleanSearchText(const QString &text)
{
    return withoutControls(text::normalize(text));
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
        if (isTokenChar(ch)) {
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
