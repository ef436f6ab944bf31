#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace toasoan::search {

/// What the user typed, taken apart. Only words and "quoted phrases" mean anything: every other
/// character (FTS5 syntax such as *, -, ^, :, parentheses, NEAR, AND/OR) is an ordinary separator or
/// word, so no input can change the shape of the FTS5 expression.
struct ParsedQuery
{
    QList<QStringList> terms;  ///< each term is one word or the words of one quoted phrase, all required
    bool lastIsPrefix = false; ///< the text ended inside its last word: the user is still typing it

    bool isEmpty() const { return terms.isEmpty(); }
};

/// Splits `text` (normalized to NFC first) into terms. With `prefix`, a last word not followed by a
/// space or a closing quote is marked as a prefix ("quan u" finds "Quận ủy").
ParsedQuery parseQuery(const QString &text, bool prefix);

/// The FTS5 MATCH expression for the diacritic-free index: every word folded (đ → d) and quoted.
/// Empty for an empty query.
QString foldedMatchExpression(const ParsedQuery &query);

/// `word` and its twin with the other tone-mark placement, if it has one ("hòa", "hoà").
QStringList spellingVariants(const QString &word);

/// The FTS5 MATCH expression for the exact index: words keep their marks; a word with an old/new
/// tone-mark placement twin matches both ("hòa" OR "hoà"); terms joined by AND.
QString exactMatchExpression(const ParsedQuery &query);

/// The PostgreSQL tsquery text of `query`, for to_tsquery() with the configuration toasoan_fold (which
/// folds marks and đ itself) or, when `exact`, simple: phrases as `<->`, a typed prefix as `:*`, and in
/// exact mode both tone-mark placements of a word.
QString tsQueryExpression(const ParsedQuery &query, bool exact);

} // namespace toasoan::search
