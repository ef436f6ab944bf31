#include "app/text/Syllable.h"

#include "app/text/VietnameseLetters.h"

#include <QSet>
#include <QStringList>

namespace toasoan::text {

namespace {

// Rhymes (vần) without tone, as written after an onset. Collected from the standard orthography and
// cross-checked in tests against Debian's hunspell-vi syllable list.
const QSet<QString> &rhymes()
{
    static const QSet<QString> set = [] {
        const char *const list[] = {
            "a",    "ac",  "ach", "ai",   "am",   "an",  "ang",  "anh", "ao",  "ap",  "at",   "au",   "ay",
            "ăc",   "ăm",  "ăn",  "ăng",  "ăp",   "ăt",  "âc",   "âm",  "ân",  "âng", "âp",   "ât",   "âu",
            "ây",   "e",   "ec",  "em",   "en",   "eng", "eo",   "ep",  "et",  "ê",   "êch",  "êm",   "ên",
            "ênh",  "êp",  "êt",  "êu",   "i",    "ia",  "ich",  "im",  "in",  "inh", "ip",   "it",   "iu",
            "iêc",  "iêm", "iên", "iêng", "iêp",  "iêt", "iêu",  "o",   "oc",  "oi",  "om",   "on",   "ong",
            "op",   "ot",  "ooc", "oong", "oa",   "oac", "oach", "oai", "oam", "oan", "oang", "oanh", "oao",
            "oap",  "oat", "oay", "oăc",  "oăm",  "oăn", "oăng", "oăt", "oe",  "oen", "oeo",  "oet",  "ô",
            "ôc",   "ôi",  "ôm",  "ôn",   "ông",  "ôp",  "ôt",   "ơ",   "ơi",  "ơm",  "ơn",   "ơp",   "ơt",
            "u",    "ua",  "uc",  "ui",   "um",   "un",  "ung",  "up",  "ut",  "uy",  "uya",  "uych", "uyn",
            "uynh", "uyt", "uyu", "uyên", "uyêt", "uân", "uâng", "uât", "uây", "uê",  "uêch", "uênh", "uôc",
            "uôi",  "uôm", "uôn", "uông", "uôt",  "uơ",  "ư",    "ưa",  "ưc",  "ưi",  "ưm",   "ưn",   "ưng",
            "ưt",   "ưu",  "ươc", "ươi",  "ươm",  "ươn", "ương", "ươp", "ươt", "ươu", "y",    "yêm",  "yên",
            "yêng", "yêt", "yêu",
        };
        QSet<QString> s;
        for (const char *r : list) {
            s.insert(QString::fromUtf8(r));
        }
        return s;
    }();
    return set;
}

// Rhymes only "qu" takes: its u is the medial, so "quynh" and "quýt" spell uynh and uyt.
const QSet<QString> &quOnlyRhymes()
{
    static const QSet<QString> set = {QStringLiteral("ynh"), QStringLiteral("yt")};
    return set;
}

// After "gi" the i of iê is not written twice: "giêng", "giếc" spell iêng, iêc.
const QSet<QString> &giOnlyRhymes()
{
    static const QSet<QString> set = {QStringLiteral("êng"), QStringLiteral("êc")};
    return set;
}

const QStringList &onsets()
{
    // Longest first so that "ngh" wins over "ng" and "n".
    static const QStringList list = {
        QStringLiteral("ngh"), QStringLiteral("ng"), QStringLiteral("nh"), QStringLiteral("gh"), QStringLiteral("gi"),
        QStringLiteral("kh"),  QStringLiteral("ph"), QStringLiteral("th"), QStringLiteral("tr"), QStringLiteral("ch"),
        QStringLiteral("qu"),  QStringLiteral("b"),  QStringLiteral("c"),  QStringLiteral("d"),  QString(QChar(0x0111)),
        QStringLiteral("g"),   QStringLiteral("h"),  QStringLiteral("k"),  QStringLiteral("l"),  QStringLiteral("m"),
        QStringLiteral("n"),   QStringLiteral("p"),  QStringLiteral("r"),  QStringLiteral("s"),  QStringLiteral("t"),
        QStringLiteral("v"),   QStringLiteral("x"),
    };
    return list;
}

// The front vowels that decide c/k, g/gh and ng/ngh.
bool startsWithFrontVowel(const QString &rhyme)
{
    if (rhyme.isEmpty()) {
        return false;
    }
    const QChar first = rhyme.at(0);
    return first == QLatin1Char('i') || first == QLatin1Char('y') || first == QLatin1Char('e') ||
           first == QChar(0x00EA);
}

bool endsWithStop(const QString &rhyme)
{
    return rhyme.endsWith(QLatin1Char('c')) || rhyme.endsWith(QLatin1String("ch")) ||
           rhyme.endsWith(QLatin1Char('p')) || rhyme.endsWith(QLatin1Char('t'));
}

bool spellingAllowed(const QString &onset, const QString &rhyme)
{
    const bool front = startsWithFrontVowel(rhyme);
    if (onset == QLatin1String("k") || onset == QLatin1String("gh") || onset == QLatin1String("ngh")) {
        return front;
    }
    if (onset == QLatin1String("c") || onset == QLatin1String("ng")) {
        return !front;
    }
    if (onset == QLatin1String("g")) {
        // "gì", "gìn" are g + i-rhymes; "ge"/"gê" must be spelled gh.
        return !front || rhyme.startsWith(QLatin1Char('i'));
    }
    if (onset == QLatin1String("qu")) {
        const QChar first = rhyme.at(0);
        return first != QLatin1Char('u') && first != QChar(0x01B0) && first != QLatin1Char('o');
    }
    return true;
}

} // namespace

bool isVietnameseOnset(const QString &letters)
{
    return letters.isEmpty() || onsets().contains(letters);
}

bool isVietnameseSyllable(const QString &word)
{
    if (word.isEmpty() || word.size() > 8) {
        return false;
    }
    QString plain;
    plain.reserve(word.size());
    Tone tone = Tone::None;
    for (const QChar ch : word) {
        const QChar lower = ch.toLower();
        const Tone t = toneOf(lower);
        if (t != Tone::None) {
            if (tone != Tone::None) {
                return false; // two tones in one syllable
            }
            tone = t;
        }
        const QChar base = toneless(lower);
        const bool vietnamese = decomposeLetter(base).ascii != 0;
        const bool consonant = base >= QLatin1Char('a') && base <= QLatin1Char('z');
        if (!vietnamese && !consonant) {
            return false;
        }
        plain.append(base);
    }

    QString onset;
    for (const QString &candidate : onsets()) {
        if (plain.startsWith(candidate)) {
            onset = candidate;
            break;
        }
    }
    QString rhyme = plain.mid(onset.size());
    if (onset == QLatin1String("gi") && (rhyme.isEmpty() || !isVietnameseVowel(rhyme.at(0)))) {
        onset = QStringLiteral("g");
        rhyme = plain.mid(1);
    }
    if (rhyme.isEmpty()) {
        return false;
    }
    const bool known = rhymes().contains(rhyme) || (onset == QLatin1String("qu") && quOnlyRhymes().contains(rhyme)) ||
                       (onset == QLatin1String("gi") && giOnlyRhymes().contains(rhyme));
    if (!known || !spellingAllowed(onset, rhyme)) {
        return false;
    }
    if (endsWithStop(rhyme) && tone != Tone::Acute && tone != Tone::Dot) {
        return false;
    }
    return true;
}

SyllableScore scoreSyllables(const QString &text)
{
    SyllableScore score;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool letter = i < text.size() && text.at(i).isLetter();
        if (letter && start < 0) {
            start = i;
        } else if (!letter && start >= 0) {
            ++score.words;
            if (isVietnameseSyllable(text.mid(start, i - start))) {
                ++score.valid;
            }
            start = -1;
        }
    }
    return score;
}

} // namespace toasoan::text
