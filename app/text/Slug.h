#pragma once

#include <QString>
#include <functional>

namespace toasoan::text {

/// URL slug the way WordPress makes it from Vietnamese: "Đường Kinh tế" -> "duong-kinh-te".
/// NFC, đ/Đ -> d, strip marks, lower-case, runs of other characters -> '-', trimmed, cut at
/// `maxLength` on a word boundary where possible.
QString slugify(const QString &text, int maxLength = 190);

/// `base` when `taken(base)` is false, else the first free of base-2, base-3… as WordPress does. The base
/// is shortened so the result fits `maxLength`. An empty base, or no free slug in 10,000 tries, gives "".
QString uniqueSlug(const QString &base, const std::function<bool(const QString &)> &taken, int maxLength = 190);

} // namespace toasoan::text
