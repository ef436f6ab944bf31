#pragma once

#include <QString>

class QTextDocument;

namespace toasoan::ui {

/// The editor's document as the body subset (see html/BodyWriter.h), read straight from the
/// document's blocks and fragments: several times faster than QTextDocument::toHtml() plus
/// html::bodyFromQtHtml(), which give the same result. Reads only: safe on a document no other
/// thread is changing (e.g. a clone handed to a worker).
QString documentToBody(const QTextDocument &document);

} // namespace toasoan::ui
