#include "app/text/ToneStyle.h"

#include "app/text/Normalize.h"
#include "app/text/Syllable.h"
#include "app/text/VietnameseLetters.h"

namespace toasoan::text {

namespace {

enum class Placement
{
    Same, ///< written the same in both styles (or no tone at all)
    Old,  ///< tone on the o/u: hòa, thủy
    New,  ///< tone on the a/e/y: hoà, thuỷ
};

bool isWordChar(QChar ch)
{
    return ch.isLetter() || ch.isMark();
}

// Only a bare onset may precede the oa/oe/uy ending; "quy" is qu + y, so its tone never moves.
Placement placementOf(const QString &word)
{
    const qsizetype n = word.size();
    if (n < 2) {
        return Placement::Same;
    }
    const QChar first = word.at(n - 2);
    const QChar second = word.at(n - 1);
    const QChar a = toneless(first).toLower();
    const QChar b = toneless(second).toLower();
    const bool ending = (a == QLatin1Char('o') && (b == QLatin1Char('a') || b == QLatin1Char('e'))) ||
                        (a == QLatin1Char('u') && b == QLatin1Char('y'));
    if (!ending) {
        return Placement::Same;
    }
    const QString onset = word.left(n - 2).toLower();
    if (onset == QLatin1String("qu") || !isVietnameseOnset(onset)) {
        return Placement::Same;
    }
    const Tone firstTone = toneOf(first);
    const Tone secondTone = toneOf(second);
    if (firstTone != Tone::None && secondTone == Tone::None) {
        return Placement::Old;
    }
    if (firstTone == Tone::None && secondTone != Tone::None) {
        return Placement::New;
    }
    return Placement::Same;
}

// Moves the tone between the last two letters; each letter keeps its own case.
QString moveTone(const QString &word, ToneStyle target)
{
    const qsizetype n = word.size();
    QString out = word;
    const QChar first = word.at(n - 2);
    const QChar second = word.at(n - 1);
    if (target == ToneStyle::New) {
        out[n - 1] = withTone(second, toneOf(first));
        out[n - 2] = toneless(first);
    } else {
        out[n - 2] = withTone(first, toneOf(second));
        out[n - 1] = toneless(second);
    }
    return out;
}

template <typename Fn>
void forEachWord(const QString &text, Fn fn)
{
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inWord = i < text.size() && isWordChar(text.at(i));
        if (inWord && start < 0) {
            start = i;
        } else if (!inWord && start >= 0) {
            fn(start, text.mid(start, i - start));
            start = -1;
        }
    }
}

} // namespace

ToneConversion convertToneStyle(const QString &text, ToneStyle target)
{
    ToneConversion result;
    result.text = normalize(text);
    const Placement from = target == ToneStyle::New ? Placement::Old : Placement::New;
    const QString source = result.text;
    forEachWord(source, [&](qsizetype position, const QString &word) {
        if (placementOf(word) != from) {
            return;
        }
        const QString after = moveTone(word, target);
        result.text.replace(position, word.size(), after);
        result.changes.append(ToneChange{position, word.size(), word, after});
    });
    return result;
}

QString applyToneChanges(const QString &text, const QList<ToneChange> &changes)
{
    QString out = text;
    for (const ToneChange &change : changes) {
        if (change.before.size() != change.after.size() || change.position < 0 ||
            change.position + change.length > out.size() ||
            QStringView(out).mid(change.position, change.length) != change.before) {
            continue;
        }
        out.replace(change.position, change.length, change.after);
    }
    return out;
}

ToneStyleCounts detectToneStyle(const QString &text)
{
    ToneStyleCounts counts;
    forEachWord(normalize(text), [&](qsizetype, const QString &word) {
        switch (placementOf(word)) {
        case Placement::Old:
            ++counts.oldStyle;
            break;
        case Placement::New:
            ++counts.newStyle;
            break;
        case Placement::Same:
            break;
        }
    });
    return counts;
}

} // namespace toasoan::text
