#include "app/search/Snippet.h"

#include "app/search/SearchText.h"

#include <array>
#include <deque>
#include <optional>

namespace toasoan::search {

namespace {

constexpr int kLead = 4;           // words shown before the first hit...
constexpr int kParagraphLead = 10; // ...or back to its paragraph's start when that is this near
constexpr qsizetype kMaxGap = 80;  // characters kept of a run without words at either end

// What FTS5's unicode61 tokenizer with remove_diacritics folds a character to: the base of its
// canonical decomposition ("ậ" → "a"), lower-case; đ → d as the folded index has it; 0 for a mark,
// which folding drops.
char16_t foldedChar(char16_t u)
{
    static const std::array<char16_t, 0x2000> table = [] {
        std::array<char16_t, 0x2000> t{};
        for (char16_t c = 0; c < t.size(); ++c) {
            QChar base(c);
            while (base.decompositionTag() == QChar::Canonical && !base.decomposition().isEmpty()) {
                base = base.decomposition().at(0);
            }
            t[c] = QChar(c).isMark() ? 0 : base.toLower().unicode();
        }
        t[0x0110] = u'd';
        t[0x0111] = u'd';
        return t;
    }();
    if (u < table.size()) {
        return table[u];
    }
    return QChar::isMark(u) ? 0 : QChar::toLower(u);
}

void appendKey(QString &key, QStringView word, bool exact)
{
    for (const QChar ch : word) {
        if (exact) {
            key.append(ch.toLower());
        } else if (const char16_t folded = foldedChar(ch.unicode())) {
            key.append(QChar(folded));
        }
    }
}

QString keyOf(QStringView word, bool exact)
{
    QString key;
    appendKey(key, word, exact);
    return key;
}

struct Word
{
    QStringList keys; ///< the spellings that match
    bool prefix = false;

    bool matches(const QString &key) const
    {
        for (const QString &k : keys) {
            if (prefix ? key.startsWith(k) : key == k) {
                return true;
            }
        }
        return false;
    }
};

struct Token
{
    qsizetype index = 0; ///< in the whole text
    qsizetype begin = 0;
    qsizetype end = 0;
    bool startsLine = false; ///< first of its line (paragraph)
    QString key;
};

// The words of a text, one at a time.
class Tokens
{
public:
    Tokens(const QString &text, bool exact) : m_text(text), m_exact(exact) {}

    bool next(Token &t)
    {
        bool newLine = m_count == 0;
        while (m_pos < m_text.size() && !isSearchTokenChar(m_text.at(m_pos))) {
            newLine = newLine || m_text.at(m_pos) == QLatin1Char('\n');
            ++m_pos;
        }
        if (m_pos >= m_text.size()) {
            return false;
        }
        t.index = m_count++;
        t.begin = m_pos;
        while (m_pos < m_text.size() && isSearchTokenChar(m_text.at(m_pos))) {
            ++m_pos;
        }
        t.end = m_pos;
        t.startsLine = newLine;
        t.key.resize(0);
        appendKey(t.key, QStringView(m_text).mid(t.begin, t.end - t.begin), m_exact);
        return true;
    }

private:
    const QString &m_text;
    bool m_exact;
    qsizetype m_pos = 0;
    qsizetype m_count = 0;
};

QList<QList<Word>> termsOf(const ParsedQuery &query, bool exact)
{
    QList<QList<Word>> terms;
    for (qsizetype i = 0; i < query.terms.size(); ++i) {
        QList<Word> words;
        const QStringList &typed = query.terms.at(i);
        for (qsizetype j = 0; j < typed.size(); ++j) {
            Word w;
            for (const QString &spelling : exact ? spellingVariants(typed.at(j)) : QStringList{typed.at(j)}) {
                w.keys.append(keyOf(spelling, exact));
            }
            w.prefix = query.lastIsPrefix && i == query.terms.size() - 1 && j == typed.size() - 1;
            words.append(w);
        }
        terms.append(words);
    }
    return terms;
}

} // namespace

QString markedSnippet(const QString &text, const ParsedQuery &query, bool exact, int tokens)
{
    const QList<QList<Word>> terms = termsOf(query, exact);
    qsizetype longest = 1;
    for (const QList<Word> &term : terms) {
        longest = std::max(longest, term.size());
    }
    std::optional<Tokens> reader(std::in_place, text, exact);
    std::deque<Token> buffer; // the words before `at` that may start the passage, and those after it
    bool more = true;
    auto fill = [&](qsizetype count) {
        while (more && qsizetype(buffer.size()) < count) {
            Token t;
            more = reader->next(t);
            if (more) {
                buffer.push_back(std::move(t));
            }
        }
    };
    // The length of the term matching at buffer[i], 0 for none.
    auto matchAt = [&](qsizetype i) -> qsizetype {
        for (const QList<Word> &term : terms) {
            fill(i + term.size());
            bool all = i + term.size() <= qsizetype(buffer.size());
            for (qsizetype j = 0; all && j < term.size(); ++j) {
                all = term.at(j).matches(buffer.at(i + j).key);
            }
            if (all) {
                return term.size();
            }
        }
        return 0;
    };

    // Up to the first hit: one pass, keeping only the last few words.
    qsizetype at = 0;
    bool found = false;
    for (fill(1); at < qsizetype(buffer.size()); fill(at + 1)) {
        if (matchAt(at) > 0) {
            found = true;
            break;
        }
        ++at;
        if (at > kParagraphLead) {
            buffer.pop_front();
            --at;
        }
    }
    qsizetype first = 0;
    if (!found) { // nothing matches: the text's start
        reader.emplace(text, exact);
        buffer.clear();
        more = true;
        fill(1);
        if (buffer.empty()) {
            return text.left(kMaxGap); // not a single word
        }
    } else {
        first = std::max<qsizetype>(0, at - kLead);
        for (qsizetype i = at; i >= 0 && i >= at - kParagraphLead; --i) {
            if (buffer.at(i).startsLine) {
                first = i;
                break;
            }
        }
    }
    const qsizetype last = first + tokens; // one past the passage's last word
    fill(last + longest);
    const qsizetype end = std::min<qsizetype>(last, buffer.size());

    // The hits in the passage, a phrase as one; overlapping ones merged.
    QList<std::pair<qsizetype, qsizetype>> hits;
    for (qsizetype i = first; i < end; ++i) {
        const qsizetype length = matchAt(i);
        if (length > 0 && i + length <= end) {
            const qsizetype begin = buffer.at(i).begin;
            const qsizetype stop = buffer.at(i + length - 1).end;
            if (!hits.isEmpty() && begin <= hits.last().second) {
                hits.last().second = std::max(hits.last().second, stop);
            } else {
                hits.append({begin, stop});
            }
        }
    }

    const Token &from = buffer.at(first);
    const Token &to = buffer.at(end - 1);
    const bool cutBefore = from.index > 0;
    const bool cutAfter = qsizetype(buffer.size()) > end;
    const qsizetype begin = cutBefore ? from.begin : std::max<qsizetype>(0, from.begin - kMaxGap);
    const qsizetype stop = cutAfter ? to.end : std::min(text.size(), to.end + kMaxGap);
    QString out;
    out.reserve(stop - begin + 2 * hits.size() + 2);
    if (cutBefore) {
        out.append(QChar(kCut));
    }
    qsizetype copied = begin;
    for (const auto &[hitBegin, hitEnd] : std::as_const(hits)) {
        out.append(QStringView(text).mid(copied, hitBegin - copied));
        out.append(QChar(kHitOpen));
        out.append(QStringView(text).mid(hitBegin, hitEnd - hitBegin));
        out.append(QChar(kHitClose));
        copied = hitEnd;
    }
    out.append(QStringView(text).mid(copied, stop - copied));
    if (cutAfter) {
        out.append(QChar(kCut));
    }
    return out;
}

} // namespace toasoan::search
