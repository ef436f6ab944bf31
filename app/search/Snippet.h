#pragma once

#include "app/search/SearchQuery.h"

#include <QString>

namespace toasoan::search {

/// A passage of `text` (a column of search_docs: the real letters, not the folded ones) around its
/// first hit of `query`, in the form markedToHtml() reads: kHitOpen/kHitClose around each hit in the
/// passage (a quoted phrase as one), kCut where the text goes on. `tokens` words long, starting a
/// few words before the hit (at its paragraph's start when that is near); the text's start when
/// nothing in it matches. Words match as FTS5 matches them: case-insensitively, without marks
/// unless `exact` (then either tone-mark placement), the last word as a prefix when the query says so.
///
/// FTS5's snippet() weighs every hit against every other, so its time grows with the square of a
/// column's hits (minutes for a long report naming "Quận ủy" in every paragraph). This reads the
/// text once up to its first hit and then one passage: linear at worst, and usually a few words.
QString markedSnippet(const QString &text, const ParsedQuery &query, bool exact, int tokens);

} // namespace toasoan::search
