#pragma once

#include <QString>

class QTextDocument;

namespace toasoan::ui {

/// The editor's document as the body subset (see html/BodyWriter.h), read straight from the
/// document's blocks and fragments: several times faster than QTextDocument::toHtml() plus
/// html::bodyFromQtHtml(), which give the same result. Reads only: safe on a document no other
/// thread is changing (e.g. a clone handed to a worker).
QString documentToBody(const QTextDocument &document);

/// How many documentToBody() calls have run on the application's (UI) thread and on other
/// threads since the start: tests and bench_editor check that an autosave serialises elsewhere.
struct BodySerialisations
{
    int onUiThread = 0;
    int offUiThread = 0;
};
BodySerialisations bodySerialisations();

} // namespace toasoan::ui
