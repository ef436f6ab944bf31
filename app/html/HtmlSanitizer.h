#pragma once

#include <QString>

namespace toasoan::html {

/// Plain text of an HTML fragment (tags dropped, entities decoded, spaces collapsed).
QString plainText(const QString &html);

} // namespace toasoan::html
