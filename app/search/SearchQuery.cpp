#include "app/search/SearchQuery.h"

#include "app/search/SearchText.h"
#include "app/text/Normalize.h"
#include "app/text/ToneStyle.h"

namespace toasoan::search {

namespace {

// Phrases of many words each with two spellings would explode; past this many combinations the
// phrase keeps the spelling the user typed.
constexpr int kMaxPhraseVariants = 16;

// The two query languages: FTS5's MATCH and PostgreSQL's tsquery.
enum class Syntax
{
    Fts5,
    TsQuery
};

QString quoted(const QStringList &words, bool prefix, Syntax syntax = Syntax::Fts5)
{
    // Words hold letters, digits and marks only (searchTokens), so they never contain a quote.
    if (syntax == Syntax::TsQuery) {
        QStringList lexemes;
        for (const QString &word : words) {
            lexemes.append(QLatin1Char('\'') + word + QLatin1Char('\''));
        }
        return QLatin1Char('(') + lexemes.join(QLatin1String(" <-> ")) + (prefix ? QStringLiteral(":*") : QString()) +
               QLatin1Char(')');
    }
    return QLatin1Char('"') + words.join(QLatin1Char(' ')) + QLatin1Char('"') +
           (prefix ? QStringLiteral("*") : QString());
}

QString exactTerm(const QStringList &words, bool prefix, Syntax syntax = Syntax::Fts5)
{
    QList<QStringList> phrases{{}};
    for (const QString &word : words) {
        const QStringList variants = spellingVariants(word);
        if (phrases.size() * variants.size() > kMaxPhraseVariants) {
            for (QStringList &phrase : phrases) {
                phrase.append(word);
            }
            continue;
        }
        QList<QStringList> next;
        for (const QStringList &phrase : std::as_const(phrases)) {
            for (const QString &variant : variants) {
                next.append(phrase + QStringList{variant});
            }
        }
        phrases = next;
    }
    if (phrases.size() == 1) {
        return quoted(phrases.constFirst(), prefix, syntax);
    }
    QStringList alternatives;
    for (const QStringList &phrase : std::as_const(phrases)) {
        alternatives.append(quoted(phrase, prefix, syntax));
    }
    const QLatin1String orOperator = syntax == Syntax::TsQuery ? QLatin1String(" | ") : QLatin1String(" OR ");
    return QLatin1Char('(') + alternatives.join(orOperator) + QLatin1Char(')');
}

} // namespace

QStringList spellingVariants(const QString &word)
{
    QStringList variants{word};
    for (text::ToneStyle style : {text::ToneStyle::Old, text::ToneStyle::New}) {
        const QString other = text::convertToneStyle(word, style).text;
        if (!variants.contains(other)) {
            variants.append(other);
        }
    }
    return variants;
}

ParsedQuery parseQuery(const QString &text, bool prefix)
{
    const QString input = text::normalize(text);
    ParsedQuery query;
    QString segment;
    bool inQuote = false;
    auto flush = [&](bool asPhrase) {
        const QStringList words = searchTokens(segment);
        segment.clear();
        if (words.isEmpty()) {
            return;
        }
        if (asPhrase) {
            query.terms.append(words);
        } else {
            for (const QString &word : words) {
                query.terms.append(QStringList{word});
            }
        }
    };
    for (QChar ch : input) {
        if (ch == QLatin1Char('"')) {
            flush(inQuote);
            inQuote = !inQuote;
        } else {
            segment.append(ch);
        }
    }
    flush(inQuote);
    if (prefix && !query.terms.isEmpty()) {
        const QChar last = input.at(input.size() - 1);
        query.lastIsPrefix = last.isLetterOrNumber() || last.isMark();
    }
    return query;
}

QString foldedMatchExpression(const ParsedQuery &query)
{
    QStringList parts;
    for (qsizetype i = 0; i < query.terms.size(); ++i) {
        QStringList words;
        for (const QString &word : query.terms.at(i)) {
            words.append(foldStrokedD(word));
        }
        parts.append(quoted(words, query.lastIsPrefix && i == query.terms.size() - 1));
    }
    return parts.join(QLatin1Char(' '));
}

QString exactMatchExpression(const ParsedQuery &query)
{
    QStringList parts;
    for (qsizetype i = 0; i < query.terms.size(); ++i) {
        parts.append(exactTerm(query.terms.at(i), query.lastIsPrefix && i == query.terms.size() - 1));
    }
    // Explicit: FTS5 refuses an implicit AND next to a parenthesised OR ("quận" ("ủy" OR "uỷ")).
    return parts.join(QLatin1String(" AND "));
}

QString tsQueryExpression(const ParsedQuery &query, bool exact)
{
    QStringList parts;
    for (qsizetype i = 0; i < query.terms.size(); ++i) {
        const bool prefix = query.lastIsPrefix && i == query.terms.size() - 1;
        parts.append(exact ? exactTerm(query.terms.at(i), prefix, Syntax::TsQuery)
                           : quoted(query.terms.at(i), prefix, Syntax::TsQuery));
    }
    return parts.join(QLatin1String(" & "));
}

} // namespace toasoan::search
