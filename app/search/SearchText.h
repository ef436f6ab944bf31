#pragma once

#include <QString>
#include <QStringList>

namespace toasoan::search {

/// Markers that FTS5 snippet()/highlight() put around hits and cut ends. Control characters never
/// survive htmlToSearchText(), so they cannot collide with the indexed text.
inline constexpr char16_t kHitOpen = 0x0002;
inline constexpr char16_t kHitClose = 0x0003;
inline constexpr char16_t kCut = 0x0004;

/// The searchable plain text of an article body: html::toPlainText() (one line per block, inline
/// tags inside a word do not split it, references decoded, NFC), control characters other than
/// tab and newline removed.
QString htmlToSearchText(const QString &html);

/// Plain text (title, tags...) made safe to index: NFC, control characters removed.
QString cleanSearchText(const QString &text);

/// The diacritic-free index folds đ/Đ to d/D (FTS5 remove_diacritics does not: U+0111 has no
/// decomposition). One UTF-16 unit for one, so positions in folded and original text agree.
QString foldStrokedD(const QString &text);

/// True for the characters FTS5 unicode61 puts in words: letters, digits and marks.
bool isSearchTokenChar(QChar ch);

/// The words FTS5 unicode61 would see in `text`: runs of letters, digits and marks.
QStringList searchTokens(const QString &text);

/// Turns FTS5 output carrying kHitOpen/kHitClose/kCut markers into HTML: text escaped,
/// hits in <b>...</b>, cut ends as "…", runs of white space collapsed.
QString markedToHtml(const QString &marked);

/// Carries the markers of `markedFolded` (a fragment of foldStrokedD(original) with markers) over to
/// the same fragment of `original`, so snippets show "Đà Nẵng" rather than the folded "Da Nẵng".
/// Gives `markedFolded` unchanged when the fragment cannot be found.
QString unfoldMarked(const QString &markedFolded, const QString &original);

} // namespace toasoan::search
