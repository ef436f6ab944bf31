#include "app/diff/WordDiff.h"

#include "app/text/Normalize.h"

#include <QTextBoundaryFinder>
#include <optional>
#include <vector>

namespace toasoan::diff {

namespace {

using Kind = DiffRun::Kind;

// Beyond this many edits the Myers trace gets large (it grows with the square); such texts
// are rewrites, shown as one deletion and one insertion.
constexpr int kMaxEdits = 2000;

struct Op
{
    Kind kind;
    qsizetype index; ///< in `a` for Equal and Delete, in `b` for Insert
};

// Myers' O(ND) shortest edit script between a and b, or nullopt past kMaxEdits.
std::optional<std::vector<Op>> myers(const QStringList &a, const QStringList &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    const qsizetype max = qMin<qsizetype>(n + m, kMaxEdits);
    std::vector<qsizetype> v(2 * max + 3, 0);
    const qsizetype off = max + 1;
    std::vector<std::vector<qsizetype>> trace; // trace[d][k + d] = furthest x on diagonal k after d edits
    qsizetype found = -1;
    for (qsizetype d = 0; d <= max && found < 0; ++d) {
        for (qsizetype k = -d; k <= d; k += 2) {
            qsizetype x =
                (k == -d || (k != d && v[off + k - 1] < v[off + k + 1])) ? v[off + k + 1] : v[off + k - 1] + 1;
            qsizetype y = x - k;
            while (x < n && y < m && a.at(x) == b.at(y)) {
                ++x;
                ++y;
            }
            v[off + k] = x;
            if (x >= n && y >= m) {
                found = d;
            }
        }
        trace.emplace_back(v.begin() + off - d, v.begin() + off + d + 1);
    }
    if (found < 0) {
        return std::nullopt;
    }
    std::vector<Op> ops;
    qsizetype x = n;
    qsizetype y = m;
    for (qsizetype d = found; d > 0; --d) {
        const auto &prev = trace[d - 1];
        const qsizetype k = x - y;
        auto at = [&](qsizetype kk) { return prev[kk + d - 1]; };
        const bool down = k == -d || (k != d && at(k - 1) < at(k + 1));
        const qsizetype prevK = down ? k + 1 : k - 1;
        const qsizetype prevX = at(prevK);
        const qsizetype prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            ops.push_back({Kind::Equal, --x});
            --y;
        }
        if (down) {
            ops.push_back({Kind::Insert, prevY});
        } else {
            ops.push_back({Kind::Delete, prevX});
        }
        x = prevX;
        y = prevY;
    }
    while (x > 0 && y > 0) {
        ops.push_back({Kind::Equal, --x});
        --y;
    }
    std::reverse(ops.begin(), ops.end());
    return ops;
}

struct Group
{
    bool change = false;
    QString equal;
    QString removed;
    QString added;
};

class RunBuilder
{
public:
    void add(Kind kind, const QString &token)
    {
        const bool change = kind != Kind::Equal;
        if (m_groups.empty() || m_groups.back().change != change) {
            m_groups.push_back(Group{change, {}, {}, {}});
        }
        Group &g = m_groups.back();
        (kind == Kind::Equal ? g.equal : kind == Kind::Delete ? g.removed : g.added) += token;
    }

    QList<DiffRun> finish()
    {
        slideSpacesRight();
        foldLoneSpaces();
        QList<DiffRun> runs;
        for (const Group &g : m_groups) {
            if (!g.change) {
                runs.append({Kind::Equal, g.equal});
                continue;
            }
            if (!g.removed.isEmpty()) {
                runs.append({Kind::Delete, g.removed});
            }
            if (!g.added.isEmpty()) {
                runs.append({Kind::Insert, g.added});
            }
        }
        return runs;
    }

private:
    // " Thường trực" deleted before " Quận" and "Thường trực " deleted before "Quận" are the same
    // edit; the second reads as whole words, so a pure deletion or insertion is slid right.
    void slideSpacesRight()
    {
        for (size_t i = 1; i + 1 < m_groups.size(); ++i) {
            Group &prev = m_groups[i - 1];
            Group &g = m_groups[i];
            Group &next = m_groups[i + 1];
            if (!g.change || prev.change || next.change || (!g.removed.isEmpty() && !g.added.isEmpty())) {
                continue;
            }
            QString &text = g.removed.isEmpty() ? g.added : g.removed;
            while (text.size() > 1 && text.at(0) == QLatin1Char(' ') && next.equal.size() > 1 &&
                   next.equal.at(0) == QLatin1Char(' ')) {
                prev.equal += QLatin1Char(' ');
                text = text.mid(1) + QLatin1Char(' ');
                next.equal.remove(0, 1);
            }
        }
    }

    void foldLoneSpaces()
    {
        for (size_t i = 1; i + 1 < m_groups.size();) {
            const Group &left = m_groups[i - 1];
            const Group &mid = m_groups[i];
            const Group &right = m_groups[i + 1];
            const bool space = !mid.change && mid.equal.trimmed().isEmpty() && !mid.equal.contains(QLatin1Char('\n'));
            const bool removes = !left.removed.isEmpty() || !right.removed.isEmpty();
            const bool adds = !left.added.isEmpty() || !right.added.isEmpty();
            if (!(left.change && right.change && space && removes && adds)) {
                ++i;
                continue;
            }
            Group merged{true, {}, left.removed + mid.equal + right.removed, left.added + mid.equal + right.added};
            m_groups[i - 1] = merged;
            m_groups.erase(m_groups.begin() + qsizetype(i), m_groups.begin() + qsizetype(i) + 2);
        }
    }

    std::vector<Group> m_groups;
};

// Word-level diff of a[aBegin, aEnd) and b[bBegin, bEnd) into `out`.
void diffRange(const QStringList &a, qsizetype aBegin, qsizetype aEnd, const QStringList &b, qsizetype bBegin,
               qsizetype bEnd, RunBuilder &out)
{
    qsizetype prefix = 0;
    while (aBegin + prefix < aEnd && bBegin + prefix < bEnd && a.at(aBegin + prefix) == b.at(bBegin + prefix)) {
        out.add(Kind::Equal, a.at(aBegin + prefix));
        ++prefix;
    }
    aBegin += prefix;
    bBegin += prefix;
    qsizetype suffix = 0;
    while (aEnd - suffix > aBegin && bEnd - suffix > bBegin && a.at(aEnd - suffix - 1) == b.at(bEnd - suffix - 1)) {
        ++suffix;
    }
    const QStringList midA = a.mid(aBegin, aEnd - suffix - aBegin);
    const QStringList midB = b.mid(bBegin, bEnd - suffix - bBegin);
    if (auto ops = myers(midA, midB)) {
        for (const Op &op : *ops) {
            out.add(op.kind, op.kind == Kind::Insert ? midB.at(op.index) : midA.at(op.index));
        }
    } else {
        for (const QString &token : midA) {
            out.add(Kind::Delete, token);
        }
        for (const QString &token : midB) {
            out.add(Kind::Insert, token);
        }
    }
    for (qsizetype i = aEnd - suffix; i < aEnd; ++i) {
        out.add(Kind::Equal, a.at(i));
    }
}

// The tokens of paragraphs joined by "\n", with where each paragraph's tokens start and end.
struct Tokens
{
    QStringList tokens;
    QList<std::pair<qsizetype, qsizetype>> ranges;
};

Tokens tokenizeParagraphs(const QStringList &paragraphs)
{
    Tokens t;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        if (i > 0) {
            t.tokens.append(QStringLiteral("\n"));
        }
        const qsizetype start = t.tokens.size();
        t.tokens += tokenizeWords(paragraphs.at(i));
        t.ranges.append({start, t.tokens.size()});
    }
    return t;
}

} // namespace

QStringList tokenizeWords(const QString &input)
{
    const QString text = text::normalize(input);
    QStringList tokens;
    qsizetype lineStart = 0;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0) {
            lineEnd = text.size();
        }
        const QString line = text.mid(lineStart, lineEnd - lineStart);
        QTextBoundaryFinder finder(QTextBoundaryFinder::Word, line);
        qsizetype previous = 0;
        while (finder.toNextBoundary() >= 0) {
            const qsizetype at = finder.position();
            if (at > previous) {
                tokens.append(line.mid(previous, at - previous));
            }
            previous = at;
        }
        if (lineEnd < text.size()) {
            tokens.append(QStringLiteral("\n"));
        }
        lineStart = lineEnd + 1;
    }
    return tokens;
}

QList<DiffRun> diffParagraphs(const QStringList &before, const QStringList &after)
{
    const QStringList a = text::normalize(before);
    const QStringList b = text::normalize(after);
    const Tokens ta = tokenizeParagraphs(a);
    const Tokens tb = tokenizeParagraphs(b);
    RunBuilder out;
    // Unchanged paragraphs anchor the comparison; the stretches between anchors are compared
    // word by word, so a common word in a moved paragraph cannot pull the alignment astray.
    qsizetype nextA = 0;
    qsizetype nextB = 0;
    auto anchors = myers(a, b);
    if (anchors) {
        qsizetype j = 0;
        for (const Op &op : *anchors) {
            if (op.kind == Kind::Insert) {
                j = op.index + 1;
                continue;
            }
            if (op.kind == Kind::Delete) {
                continue;
            }
            const auto [aStart, aEnd] = ta.ranges.at(op.index);
            const auto [bStart, bEnd] = tb.ranges.at(j);
            diffRange(ta.tokens, nextA, aStart, tb.tokens, nextB, bStart, out);
            for (qsizetype i = aStart; i < aEnd; ++i) {
                out.add(Kind::Equal, ta.tokens.at(i));
            }
            nextA = aEnd;
            nextB = bEnd;
            ++j;
        }
    }
    diffRange(ta.tokens, nextA, ta.tokens.size(), tb.tokens, nextB, tb.tokens.size(), out);
    return out.finish();
}

QList<ParagraphHunk> paragraphHunks(const QStringList &before, const QStringList &after)
{
    QList<ParagraphHunk> hunks;
    auto add = [&](bool equal, qsizetype a, qsizetype b) {
        if (!hunks.isEmpty() && hunks.last().equal == equal) {
            hunks.last().beforeCount += a;
            hunks.last().afterCount += b;
            return;
        }
        const qsizetype aStart = hunks.isEmpty() ? 0 : hunks.last().beforeStart + hunks.last().beforeCount;
        const qsizetype bStart = hunks.isEmpty() ? 0 : hunks.last().afterStart + hunks.last().afterCount;
        hunks.append({equal, aStart, a, bStart, b});
    };
    auto ops = myers(before, after);
    if (!ops) {
        // Past the edit limit: one rewrite.
        if (!before.isEmpty() || !after.isEmpty()) {
            add(false, before.size(), after.size());
        }
        return hunks;
    }
    for (const Op &op : *ops) {
        add(op.kind == Kind::Equal, op.kind == Kind::Insert ? 0 : 1, op.kind == Kind::Delete ? 0 : 1);
    }
    return hunks;
}

QList<DiffRun> diffWords(const QString &before, const QString &after)
{
    return diffParagraphs(before.split(QLatin1Char('\n')), after.split(QLatin1Char('\n')));
}

bool hasChanges(const QList<DiffRun> &runs)
{
    return std::any_of(runs.begin(), runs.end(), [](const DiffRun &r) { return r.kind != Kind::Equal; });
}

QString runsToPlainText(const QList<DiffRun> &runs)
{
    QString out;
    for (const DiffRun &run : runs) {
        switch (run.kind) {
        case Kind::Equal:
            out += run.text;
            break;
        case Kind::Delete:
            out += QStringLiteral("[-") + run.text + QStringLiteral("-]");
            break;
        case Kind::Insert:
            out += QStringLiteral("{+") + run.text + QStringLiteral("+}");
            break;
        }
    }
    return out;
}

QString runsToHtml(const QList<DiffRun> &runs)
{
    QString out;
    for (const DiffRun &run : runs) {
        const QString text = run.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        switch (run.kind) {
        case Kind::Equal:
            out += text;
            break;
        case Kind::Delete:
            out += QStringLiteral("<del>") + text + QStringLiteral("</del>");
            break;
        case Kind::Insert:
            out += QStringLiteral("<ins>") + text + QStringLiteral("</ins>");
            break;
        }
    }
    return out;
}

} // namespace toasoan::diff
