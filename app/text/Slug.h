#pragma once

#include <QString>

namespace toasoan::text {

/// URL slug the way WordPress makes it from Vietnamese: "Đường Kinh tế" -> "duong-kinh-te".
/// NFC, đ/Đ -> d, strip marks, lower-case, runs of other characters -> '-', trimmed, cut at
/// `maxLength` on a word boundary where possible.
QString slugify(const QString &text, int maxLength = 190);

} // namespace toasoan::text
