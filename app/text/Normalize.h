#pragma once

#include <QString>
#include <QStringList>

namespace toasoan::text {

/// NFC with the Vietnamese fix-ups every entry point needs: U+00D0 (Icelandic eth, often typed
/// for Đ) becomes U+0110, U+00F0 becomes U+0111, a lone surrogate becomes U+FFFD. Use for every
/// string that enters the core.
QString normalize(const QString &text);
QStringList normalize(const QStringList &list);
/// `text` with each lone surrogate (half a UTF-16 pair, from a hostile JSON string or a cut UTF-16
/// file) made U+FFFD, as UTF-8 would make it; nothing else changes. normalize() does this too.
QString withoutLoneSurrogates(QString text);
/// normalize() with control characters other than tab and newline removed: text safe to index for
/// search, whose snippets use control characters as markers.
QString normalizeForSearch(const QString &text);

} // namespace toasoan::text
