#include "app/diff/ConflictMerge.h"

#include "app/html/BodyHtml.h"
#include "app/html/HtmlLexer.h"
#include "app/html/PlainText.h"
#include "app/text/Normalize.h"

namespace toasoan::diff {

namespace {

// Word runs of two lists of blocks, compared as their text (paragraphs joined by "\n").
QList<DiffRun> blockRuns(const QStringList &current, const QStringList &copy, bool html)
{
    auto texts = [html](const QStringList &blocks) {
        QStringList out;
        for (const QString &block : blocks) {
            out += html ? html::textBlocks(block) : QStringList{block};
        }
        return out;
    };
    return diffParagraphs(texts(current), texts(copy));
}

} // namespace

QStringList bodyBlocks(const QString &body)
{
    const QString normalized = html::normalizeBody(body);
    QStringList blocks;
    int depth = 0;
    qsizetype start = -1;
    for (const html::Token &token : html::tokenize(normalized)) {
        if (token.kind == html::Token::Kind::Text) {
            if (depth == 0 && !token.text.trimmed().isEmpty()) {
                blocks.append(normalized.mid(token.begin, token.end - token.begin).trimmed());
            }
            continue;
        }
        const bool opens =
            token.kind == html::Token::Kind::Start && !token.selfClosing && !html::isVoidElement(token.name);
        if (token.kind == html::Token::Kind::Start && depth == 0) {
            start = token.begin;
        }
        if (opens) {
            ++depth;
        } else if (token.kind == html::Token::Kind::End && depth > 0) {
            --depth;
        }
        if (depth == 0 && start >= 0) {
            blocks.append(normalized.mid(start, token.end - start));
            start = -1;
        }
    }
    if (start >= 0) {
        blocks.append(normalized.mid(start));
    }
    return blocks;
}

TextMerge::TextMerge(const Article &current, const Article &copy) : m_current(current)
{
    auto single = [this](const char *field, const QString &a, const QString &b) {
        const QString na = text::normalize(a);
        const QString nb = text::normalize(b);
        MergeHunk hunk{QString::fromLatin1(field), na != nb, {na}, {nb}, {}};
        if (hunk.changed) {
            hunk.runs = diffWords(na, nb);
        }
        m_hunks.append(hunk);
    };
    single("title", current.title, copy.title);
    single("sapo", current.sapo, copy.sapo);
    const QStringList a = bodyBlocks(current.body);
    const QStringList b = bodyBlocks(copy.body);
    for (const ParagraphHunk &p : paragraphHunks(a, b)) {
        MergeHunk hunk{QStringLiteral("body"),
                       !p.equal,
                       a.mid(p.beforeStart, p.beforeCount),
                       b.mid(p.afterStart, p.afterCount),
                       {}};
        if (hunk.changed) {
            hunk.runs = blockRuns(hunk.current, hunk.copy, true);
        }
        m_hunks.append(hunk);
    }
}

QList<MergeHunk> TextMerge::changes() const
{
    QList<MergeHunk> out;
    for (const MergeHunk &hunk : m_hunks) {
        if (hunk.changed) {
            out.append(hunk);
        }
    }
    return out;
}

Article TextMerge::merged(const QList<MergeSide> &sides) const
{
    Article out = m_current;
    QString title;
    QString sapo;
    QStringList body;
    qsizetype change = 0;
    for (const MergeHunk &hunk : m_hunks) {
        const bool copy = hunk.changed && change < sides.size() && sides.at(change) == MergeSide::Copy;
        change += hunk.changed ? 1 : 0;
        const QStringList &part = copy ? hunk.copy : hunk.current;
        if (hunk.field == QLatin1String("title")) {
            title = part.join(QString());
        } else if (hunk.field == QLatin1String("sapo")) {
            sapo = part.join(QString());
        } else {
            body += part;
        }
    }
    out.title = title;
    out.sapo = sapo;
    out.body = html::normalizeBody(body.join(QLatin1Char('\n')));
    return out;
}

} // namespace toasoan::diff
