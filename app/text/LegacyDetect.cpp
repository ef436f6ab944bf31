#include "app/text/LegacyDetect.h"

#include "app/text/LegacyTables.h"
#include "app/text/Normalize.h"
#include "app/text/Syllable.h"
#include "app/text/VietnameseLetters.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <array>

namespace toasoan::text {

namespace {

// Evidence gathered from the raw text before decoding anything.
struct TextClues
{
    int unicodeOnly = 0;   ///< ă đ ơ ư ạ…: only Unicode text has them
    int latin1InWords = 0; ///< Latin-1/Windows-1252 symbols touching letters: legacy bytes
    int viqrMarks = 0;     ///< "e^", "a(", "o+", "a`", "dd"…
    int asciiUpper = 0;
    int asciiLower = 0;
};

bool isLegacyByteChar(QChar ch)
{
    const char16_t u = ch.unicode();
    return (u >= 0x80 && u <= 0xFF) || (u > 0xFF && legacy::unicodeToCp1252(u) >= 0);
}

TextClues gatherClues(const QString &text)
{
    TextClues clues;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar ch = text.at(i);
        const QChar prev = i > 0 ? text.at(i - 1) : QChar();
        const QChar next = i + 1 < n ? text.at(i + 1) : QChar();
        if (ch.unicode() < 0x80 && ch.isLetter()) {
            ++(ch.isUpper() ? clues.asciiUpper : clues.asciiLower);
        }
        if (isUnicodeOnlyVietnameseLetter(ch)) {
            ++clues.unicodeOnly;
        } else if (isLegacyByteChar(ch) && (prev.isLetter() || next.isLetter())) {
            ++clues.latin1InWords;
        }
        const bool vowel = QStringView(u"aeiouyAEIOUY").contains(prev);
        if (vowel && (QStringView(u"^(+`~").contains(ch) ||
                      (QStringView(u"'.?").contains(ch) && next.isLetter() && next.unicode() < 0x80))) {
            ++clues.viqrMarks;
        }
        if ((ch == QLatin1Char('d') || ch == QLatin1Char('D')) && !prev.isLetterOrNumber() &&
            (next == QLatin1Char('d') || next == QLatin1Char('D') || next == QLatin1Char('9'))) {
            ++clues.viqrMarks;
        }
    }
    return clues;
}

QString fontNameOnly(QString name)
{
    name.replace(QLatin1String("&quot;"), QLatin1String(" "));
    name.replace(QLatin1String("&#39;"), QLatin1String(" "));
    name.remove(QLatin1Char('"')).remove(QLatin1Char('\''));
    return name.trimmed();
}

// A CSS font-family list starting at `pos`: names quoted with ", ' or &quot; (Word), or bare.
QStringList parseFontList(const QString &s, qsizetype pos)
{
    QStringList names;
    const qsizetype n = s.size();
    const auto skipSpaces = [&] {
        while (pos < n && s.at(pos).isSpace()) {
            ++pos;
        }
    };
    for (;;) {
        skipSpaces();
        if (pos >= n) {
            break;
        }
        QString name;
        if (QStringView(s).mid(pos).startsWith(QLatin1String("&quot;"))) {
            const qsizetype end = s.indexOf(QLatin1String("&quot;"), pos + 6);
            name = s.mid(pos + 6, end < 0 ? -1 : end - pos - 6);
            pos = end < 0 ? n : end + 6;
        } else if (s.at(pos) == QLatin1Char('"') || s.at(pos) == QLatin1Char('\'')) {
            const qsizetype end = s.indexOf(s.at(pos), pos + 1);
            name = s.mid(pos + 1, end < 0 ? -1 : end - pos - 1);
            pos = end < 0 ? n : end + 1;
        } else {
            const qsizetype begin = pos;
            while (pos < n && !QStringView(u",;\"'<>{}\n").contains(s.at(pos))) {
                ++pos;
            }
            name = s.mid(begin, pos - begin);
        }
        name = name.trimmed();
        if (!name.isEmpty()) {
            names.append(name);
        }
        skipSpaces();
        if (pos >= n || s.at(pos) != QLatin1Char(',')) {
            break;
        }
        ++pos;
    }
    return names;
}

} // namespace

FontHint classifyFontName(const QString &fontName)
{
    const QString name = fontNameOnly(fontName);
    if (name.isEmpty()) {
        return {};
    }
    if (name.startsWith(QLatin1String(".Vn"), Qt::CaseInsensitive)) {
        // The all-caps variants end in a capital H: .VnTimeH, .VnArialH, .VnArial NarrowH.
        return FontHint{true, LegacyEncoding::Tcvn3, name.endsWith(QLatin1Char('H'))};
    }
    if (name.startsWith(QLatin1String("VNI-"), Qt::CaseInsensitive) ||
        name.startsWith(QLatin1String("VNI "), Qt::CaseInsensitive)) {
        return FontHint{true, LegacyEncoding::Vni, false};
    }
    return FontHint{true, LegacyEncoding::Unicode, false};
}

QStringList fontNamesIn(const QString &html)
{
    QStringList names;
    static const QRegularExpression cssRe(QStringLiteral(R"(font-family\s*:\s*)"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression faceRe(QStringLiteral(R"re(\bface\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))re"),
                                           QRegularExpression::CaseInsensitiveOption);
    for (auto it = cssRe.globalMatch(html); it.hasNext();) {
        names += parseFontList(html, it.next().capturedEnd());
    }
    for (auto it = faceRe.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString list = match.captured(1) + match.captured(2) + match.captured(3);
        for (const QString &part : list.split(QLatin1Char(','))) {
            const QString name = fontNameOnly(part);
            if (!name.isEmpty()) {
                names.append(name);
            }
        }
    }
    return names;
}

FontHint legacyFontHint(const QString &html)
{
    int tcvn3 = 0;
    int tcvn3Caps = 0;
    int vni = 0;
    for (const QString &name : fontNamesIn(html)) {
        const FontHint hint = classifyFontName(name);
        if (hint.encoding == LegacyEncoding::Tcvn3) {
            ++(hint.capsFont ? tcvn3Caps : tcvn3);
        } else if (hint.encoding == LegacyEncoding::Vni) {
            ++vni;
        }
    }
    if (tcvn3 + tcvn3Caps == 0 && vni == 0) {
        return {};
    }
    if (vni > tcvn3 + tcvn3Caps) {
        return FontHint{true, LegacyEncoding::Vni, false};
    }
    return FontHint{true, LegacyEncoding::Tcvn3, tcvn3 == 0};
}

LegacyDetection detectLegacy(const QString &plainText, const QString &html)
{
    const FontHint hint = legacyFontHint(html);
    const TextClues clues = gatherClues(plainText);
    if (!hint.found && clues.latin1InWords == 0 && clues.viqrMarks == 0) {
        return LegacyDetection{LegacyEncoding::Unicode, 1.0, false, false};
    }

    // Caps fonts show every code as a capital, so text typed for them often has no lower-case ASCII.
    const bool capsGuess = clues.asciiUpper >= 3 && clues.asciiLower == 0;
    const bool caps = hint.found && hint.encoding == LegacyEncoding::Tcvn3 ? hint.capsFont : capsGuess;

    struct Candidate
    {
        LegacyEncoding encoding;
        double share;
    };
    const QString raw = normalize(plainText);
    const double rawShare = scoreSyllables(raw).share();
    std::array<Candidate, 3> candidates = {{
        {LegacyEncoding::Tcvn3, 0.0},
        {LegacyEncoding::Vni, 0.0},
        {LegacyEncoding::Viqr, 0.0},
    }};
    for (Candidate &candidate : candidates) {
        const QString decoded = decodeLegacy(plainText, candidate.encoding, caps);
        // A decoding that changes nothing is no evidence for that encoding.
        candidate.share = decoded == raw ? 0.0 : scoreSyllables(decoded).share();
    }
    // Legacy bytes never produce ở, ạ, Đ…: text with a fair number of them is Unicode unless a decoding is
    // far better. A stray one in a long legacy text (a partly converted file) barely counts.
    const bool hasUnicodeLetters = clues.unicodeOnly > 0 && clues.unicodeOnly * 10 >= clues.latin1InWords;
    const double unicodeBias = hasUnicodeLetters ? 0.3 : 0.02;
    const auto weighted = [&](const Candidate &c) {
        const bool hinted = hint.found && hint.encoding == c.encoding;
        return c.share + (hinted ? 0.05 : 0.0);
    };
    const Candidate best =
        *std::max_element(candidates.begin(), candidates.end(),
                          [&](const Candidate &a, const Candidate &b) { return weighted(a) < weighted(b); });
    const double margin = weighted(best) - (rawShare + unicodeBias);
    if (best.share <= 0.0 || margin <= 0.0) {
        const double confidence = hint.found ? std::clamp(0.5 - margin, 0.5, 0.9) : std::clamp(0.6 - margin, 0.6, 1.0);
        return LegacyDetection{LegacyEncoding::Unicode, confidence, false, false};
    }
    const bool byFont = hint.found && hint.encoding == best.encoding;
    const double strength = std::min(1.0, margin / 0.3 + (byFont ? 0.5 : 0.0));
    return LegacyDetection{best.encoding, std::clamp(best.share * strength, 0.05, 1.0),
                           best.encoding == LegacyEncoding::Tcvn3 && caps, byFont};
}

QString legacyEncodingName(LegacyEncoding encoding)
{
    switch (encoding) {
    case LegacyEncoding::Tcvn3:
        return QCoreApplication::translate("toasoan::text::LegacyEncoding", "TCVN3 (ABC)");
    case LegacyEncoding::Vni:
        return QCoreApplication::translate("toasoan::text::LegacyEncoding", "VNI Windows");
    case LegacyEncoding::Viqr:
        return QCoreApplication::translate("toasoan::text::LegacyEncoding", "VIQR");
    case LegacyEncoding::Unicode:
        break;
    }
    return QCoreApplication::translate("toasoan::text::LegacyEncoding", "Unicode");
}

} // namespace toasoan::text
